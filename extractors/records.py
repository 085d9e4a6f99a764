"""How components share what they find: plain-dict records beside spaCy span groups.

Each component appends records (JSON-able dicts carrying `char_start`,
`char_end` and the normalized fields) to `doc._.svodka["records"][group]` and
the matching span to `doc.spans[group]`, so the audit page can show every span
and the table writers read plain rows. Values stay plain (no dataclasses):
spaCy's multiprocessing pickles them.
"""
from __future__ import annotations

from spacy.tokens import Doc

if not Doc.has_extension("svodka"):
    Doc.set_extension("svodka", default=None)


def init_doc(doc: Doc, doc_id: str = "", tables=(), text: str | None = None) -> Doc:
    """Attach the document's id, its real tables (as dicts) and empty record groups; `text`, the string the
    tokenizer was given, is `doc.text` (spaCy keeps every character) without rebuilding it from the tokens."""
    doc._.svodka = {"doc_id": doc_id, "tables": [t if isinstance(t, dict) else t.to_dict() for t in tables],
                    "records": {}, "meta": {}}
    if text is not None:
        doc._.svodka["text"] = text
    return doc


def state(doc: Doc) -> dict:
    found = doc._.svodka  # each `doc._` access builds spaCy's accessor anew: read it once
    if found is None:
        found = init_doc(doc)._.svodka
    return found


def records(doc: Doc, group: str) -> list[dict]:
    """The records of one group (created empty on first use)."""
    return state(doc)["records"].setdefault(group, [])


def meta(doc: Doc) -> dict:
    """Document-level facts: city, year, title, period."""
    return state(doc)["meta"]


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept once per document: spaCy rebuilds that string from the tokens on every access."""
    st = state(doc)
    if "text" not in st:
        st["text"] = doc.text
    return st["text"]


def add_record(doc: Doc, group: str, start: int, end: int, label: str = "", **fields) -> dict:
    """Append one record and its span; returns the record so callers can refine it."""
    record = {"char_start": start, "char_end": end, "text": doc_text(doc)[start:end], **fields}
    records(doc, group).append(record)
    span = doc.char_span(start, end, label=label or group, alignment_mode="expand") if end > start else None
    if span is not None:
        if group not in doc.spans:
            doc.spans[group] = []
        doc.spans[group].append(span)
    return record
