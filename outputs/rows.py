"""From a processed spaCy Doc to plain rows: one `DocResult` per document.

A `DocResult` is a JSON-able dict `{"document": {...}, "tables": {name: [row, ...]}}`
so it can cross process boundaries, be cached for incremental runs and be
written by the table writers without spaCy.
"""
from __future__ import annotations

from svodka.corpus.source import Source
from svodka.outputs.schema import GROUP_OF, RENAMES, TABLES
from svodka.extractors.records import meta, records


def _row(table: str, doc_id: str, record: dict) -> dict:
    renames = RENAMES.get(table, {})
    row = {renames.get(k, k): v for k, v in record.items()}
    row["doc_id"] = doc_id
    out = {col: row.get(col, "") for col in TABLES[table]}
    if table == "events" and record.get("venue"):
        out["venue"] = record["venue"]  # school key; runner.link_venues turns it into venue_school_id
    return out


def document_row(source: Source | None, status: str, error: str = "", info: dict | None = None,
                 path: str = "", doc_id: str = "", sha256: str = "") -> dict:
    info = info or {}
    row = {
        "doc_id": source.doc_id if source else doc_id,
        "path": source.path if source else path,
        "sha256": source.sha256 if source else sha256,
        "status": status,
        "error": error,
        "n_chars": len(source.text) if source else "",
        "format": source.format if source else "",
        "encoding": source.encoding if source else "",
        **{k: info.get(k, "") for k in ("title", "city", "period_start", "period_end")},
    }
    return {col: row.get(col, "") for col in TABLES["documents"]}


def doc_result(source: Source, doc) -> dict:
    """Rows of every per-document table for one processed document."""
    tables = {name: [_row(name, source.doc_id, r) for r in records(doc, group)] for name, group in GROUP_OF.items()}
    return {"document": document_row(source, "ok", info=meta(doc)), "tables": tables}


def failed_result(path: str, doc_id: str, status: str, error: str, sha256: str = "") -> dict:
    return {"document": document_row(None, status, error, path=path, doc_id=doc_id, sha256=sha256),
            "tables": {name: [] for name in GROUP_OF}}
