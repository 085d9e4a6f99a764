"""Document-level facts for documents.csv: title and the period of the reported event."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.records import meta, records

TITLE_MAX = 300


def guess_title(text: str) -> str:
    """The first non-empty paragraph, on one line, cut to a readable length.

    >>> guess_title("\\n\\n**ОТЧЁТ\\nо семинаре**\\n\\nТекст")
    'ОТЧЁТ о семинаре'
    """
    for block in re.split(r"\n\s*\n", text):
        line = " ".join(block.replace("*", " ").split())
        if line:
            return line[:TITLE_MAX]
    return ""


def document_period(doc: Doc) -> tuple[str, str]:
    """The span of the events' dates, else of the first day-level date found."""
    events = [e for e in records(doc, "events") if e.get("date_start")]
    if events:
        return min(e["date_start"] for e in events), max(e.get("date_end") or e["date_start"] for e in events)
    for d in records(doc, "dates"):
        if d.get("kind") in ("day", "range") and d.get("start"):
            return d["start"], d.get("end") or d["start"]
    return "", ""


@Language.component("svodka_meta")
def meta_component(doc: Doc) -> Doc:
    info = meta(doc)
    info.setdefault("title", guess_title(doc.text))
    if not info.get("period_start"):
        info["period_start"], info["period_end"] = document_period(doc)
    return doc
