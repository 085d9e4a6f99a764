"""The tables of CONTRACT.md: name -> columns, and which record group feeds each.

Columns listed first are the contract's; tables may carry more after them.
"""
from __future__ import annotations

TABLES: dict[str, list[str]] = {
    "documents": ["doc_id", "path", "sha256", "status", "error", "n_chars", "title", "city",
                  "period_start", "period_end", "format", "encoding"],
    "people": ["doc_id", "person_id", "surname", "first_name", "patronymic", "initials", "gender",
               "role", "organization", "n_mentions", "char_start", "char_end"],
    "organizations": ["doc_id", "org_id", "name", "short_name", "n_mentions", "char_start", "char_end"],
    "school_mentions": ["doc_id", "school_id", "text", "start", "end", "source", "city", "sector",
                        "kind", "number", "name"],
    "schools": ["school_id", "city", "sector", "kind", "number", "name", "canonical_name", "variants",
                "n_documents", "n_mentions", "official_name", "inn"],
    "dates": ["doc_id", "text", "kind", "start", "end", "time", "char_start", "char_end"],
    "events": ["doc_id", "event_id", "title", "kind", "date_start", "date_end", "time",
               "venue_school_id", "venue_text", "char_start", "char_end"],
    "attendance": ["doc_id", "table", "row", "label", "column", "count", "is_total", "scope", "category", "event_id",
                   "source", "char_start", "char_end"],
    "checks": ["doc_id", "kind", "where", "stated", "computed", "detail", "char_start", "char_end"],
}

# Per-document tables and the record group that feeds each.
GROUP_OF = {
    "people": "people",
    "organizations": "organizations",
    "school_mentions": "schools",
    "dates": "dates",
    "events": "events",
    "attendance": "attendance",
    "checks": "checks",
}

# Record keys renamed on the way into a table.
RENAMES = {"school_mentions": {"char_start": "start", "char_end": "end"}}

DOCUMENT_TABLES = list(GROUP_OF)
