"""The run's tables as a Frictionless data package: types, descriptions and keys.

`datapackage.json` lets `frictionless validate OUT/datapackage.json` check
every table (types, enums, unique keys, links between tables) and lets
frictionless, pandas or DuckDB load the tables typed. The same field types
drive `outputs.query` (DuckDB views) and the .xlsx workbook.
Column names come from `outputs.schema.TABLES`; this module only adds
what a reader needs to know about them.
"""
from __future__ import annotations

from pathlib import Path

from svodka.outputs.schema import TABLES
from svodka.outputs.writer import write_json

DESCRIPTOR = "datapackage.json"

_DOC_ID = ("string", "The document's file name (its path relative to the corpus root when two files share "
                     "a name); see documents.csv.")
_CHAR_START = ("integer", "Offset of the first character of the source text in the document's text as svodka "
                          "read it (0-based).")
_CHAR_END = ("integer", "Offset just past the last character of the source text (text[start:end]).")
_SCHOOL_FIELDS = {
    "city": ("string", "Municipality the institution is in, nominative (Новокузнецк)."),
    "sector": ("string", "school / preschool / additional / other."),
    "kind": ("string", "Kind of institution: СОШ, ООШ, НОШ, Гимназия, Лицей, ДОУ, УДО, Школа, ..."),
    "number": ("integer", "The institution's number (digits only); empty for named institutions."),
    "name": ("string", "Proper name of an institution without a number («Колосок»); empty otherwise."),
}

# table -> column -> (Frictionless type, description)
FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "documents": {
        "doc_id": ("string", "The document's file name, unique in the corpus (the path relative to the corpus "
                             "root when two files share a name)."),
        "path": ("string", "Path of the file as given to the run."),
        "sha256": ("string", "SHA-256 of the file's bytes."),
        "status": ("string", "ok: read and analyzed; failed: unreadable or an extractor failed (see error); "
                             "skipped: unsupported or too large."),
        "error": ("string", "Why the document is not ok, in one line."),
        "n_chars": ("integer", "Characters in the document's text as read."),
        "title": ("string", "The document's title (its first paragraph when no title is marked)."),
        "city": ("string", "The city the report is about, nominative."),
        "period_start": ("date", "First day of the reported events."),
        "period_end": ("date", "Last day of the reported events."),
        "format": ("string", "File format: txt, docx, html, pdf."),
        "encoding": ("string", "Text encoding detected for .txt and .html files."),
    },
    "people": {
        "doc_id": _DOC_ID,
        "person_id": ("string", "The person's id within the document (all mentions merged)."),
        "surname": ("string", "Surname, nominative, the person's own gender (Чернышева)."),
        "first_name": ("string", "First name, nominative; empty when only an initial is given."),
        "patronymic": ("string", "Patronymic, nominative; empty when unknown."),
        "initials": ("string", "Initials from whatever is known (И.О., or С. for the first name only)."),
        "gender": ("string", "The person's gender when the name or the text tells it."),
        "role": ("string", "Position as written, nominative, shortest form (заместитель директора по УВР)."),
        "organization": ("string", "Organization the role belongs to, as written."),
        "n_mentions": ("integer", "Mentions of the person in the document."),
        "char_start": _CHAR_START,
        "char_end": _CHAR_END,
    },
    "organizations": {
        "doc_id": _DOC_ID,
        "org_id": ("string", "The organization's id within the document (all mentions merged)."),
        "name": ("string", "Full name, nominative, when the document gives it."),
        "short_name": ("string", "Abbreviation, when the document gives one (ТГПУ)."),
        "n_mentions": ("integer", "Mentions of the organization in the document."),
        "char_start": _CHAR_START,
        "char_end": _CHAR_END,
    },
    "school_mentions": {
        "doc_id": _DOC_ID,
        "school_id": ("string", "The institution in schools.csv (stable across runs)."),
        "text": ("string", "The mention as written."),
        "start": _CHAR_START,
        "end": _CHAR_END,
        "source": ("string", "prose or table (a table cell)."),
        **_SCHOOL_FIELDS,
    },
    "schools": {
        "school_id": ("string", "Stable id of the institution: a hash of (city, sector, number or name)."),
        **_SCHOOL_FIELDS,
        "canonical_name": ("string", "One name for the institution (kind № number, or its name)."),
        "variants": ("string", "Distinct surface forms seen in the corpus, |-joined."),
        "n_documents": ("integer", "Documents that mention the institution."),
        "n_mentions": ("integer", "Mentions across the corpus."),
        "official_name": ("string", "Official name from the reference registry (run --registry), else empty."),
        "inn": ("string", "INN from the reference registry (run --registry), else empty."),
    },
    "dates": {
        "doc_id": _DOC_ID,
        "text": ("string", "The date or period as written."),
        "kind": ("string", "day / range / month / year / academic_year."),
        "start": ("date", "First day of the date or period."),
        "end": ("date", "Last day (equal to start for one day)."),
        "time": ("string", "Time of day HH:MM, when given."),
        "char_start": _CHAR_START,
        "char_end": _CHAR_END,
    },
    "events": {
        "doc_id": _DOC_ID,
        "event_id": ("string", "The event's id within the document; attendance rows refer to it."),
        "title": ("string", "The event's title as written."),
        "kind": ("string", "семинар, конференция, круглый стол, ..."),
        "date_start": ("date", "First day of the event."),
        "date_end": ("date", "Last day of the event."),
        "time": ("string", "Start time HH:MM, when given."),
        "venue_school_id": ("string", "The school the event took place in (schools.csv), when named."),
        "venue_text": ("string", "The venue as written."),
        "char_start": _CHAR_START,
        "char_end": _CHAR_END,
    },
    "attendance": {
        "doc_id": _DOC_ID,
        "table": ("string", "The table the count comes from (Таблица 1, district table after <event>, prose)."),
        "row": ("integer", "Row number within the table."),
        "label": ("string", "The row's label: event title, district, or a short phrase for prose."),
        "column": ("string", "The header of the count's column."),
        "count": ("integer", "Number of people."),
        "is_total": ("boolean", "True for a totals row (ИТОГО, ВСЕГО)."),
        "event_id": ("string", "The event counted (events.csv), when known."),
        "source": ("string", "table or prose."),
        "char_start": _CHAR_START,
        "char_end": _CHAR_END,
    },
    "checks": {
        "doc_id": _DOC_ID,
        "kind": ("string", "What was checked (sum_mismatch, ...)."),
        "where": ("string", "Where in the document: table and row."),
        "stated": ("integer", "The number the document states."),
        "computed": ("integer", "The number svodka computed from the parts."),
        "detail": ("string", "The check in words."),
        "char_start": _CHAR_START,
        "char_end": _CHAR_END,
    },
}

# Values fixed by CONTRACT.md.
ENUMS: dict[tuple[str, str], list[str]] = {
    ("documents", "status"): ["ok", "failed", "skipped"],
    ("school_mentions", "source"): ["prose", "table"],
    ("school_mentions", "sector"): ["school", "preschool", "additional", "other"],
    ("schools", "sector"): ["school", "preschool", "additional", "other"],
    ("dates", "kind"): ["day", "range", "month", "year", "academic_year"],
    ("attendance", "source"): ["table", "prose"],
}
PATTERNS: dict[tuple[str, str], str] = {
    ("dates", "time"): r"[0-2]\d:[0-5]\d",
    ("events", "time"): r"[0-2]\d:[0-5]\d",
}

PRIMARY_KEYS: dict[str, list[str]] = {
    "documents": ["doc_id"],
    "people": ["doc_id", "person_id"],
    "organizations": ["doc_id", "org_id"],
    "schools": ["school_id"],
    "events": ["doc_id", "event_id"],
}

# table -> [(fields, referenced table, referenced fields)]
FOREIGN_KEYS: dict[str, list[tuple[list[str], str, list[str]]]] = {
    **{name: [(["doc_id"], "documents", ["doc_id"])] for name in TABLES if "doc_id" in TABLES[name]
       and name != "documents"},
}
FOREIGN_KEYS["school_mentions"] = FOREIGN_KEYS["school_mentions"] + [(["school_id"], "schools", ["school_id"])]
FOREIGN_KEYS["events"] = FOREIGN_KEYS["events"] + [(["venue_school_id"], "schools", ["school_id"])]
# Not (doc_id, event_id): Frictionless rejects a composite key with one empty part, and
# prose counts often have no event. With corpus-unique event ids this is a full check.
FOREIGN_KEYS["attendance"] = FOREIGN_KEYS["attendance"] + [(["event_id"], "events", ["event_id"])]


def field_type(table: str, column: str) -> str:
    """The Frictionless type of a column; columns not described here are strings."""
    return FIELDS.get(table, {}).get(column, ("string", ""))[0]


def table_schema(table: str, columns: list[str] | None = None) -> dict:
    """A Frictionless Table Schema for one table (its columns as in TABLES unless given)."""
    fields = []
    for column in columns or TABLES[table]:
        kind, description = FIELDS.get(table, {}).get(column, ("string", ""))
        field = {"name": column, "type": kind}
        if description:
            field["description"] = description
        constraints = {}
        if (table, column) in ENUMS:
            constraints["enum"] = ENUMS[table, column]
        if (table, column) in PATTERNS:
            constraints["pattern"] = PATTERNS[table, column]
        if column in PRIMARY_KEYS.get(table, []):
            constraints["required"] = True
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema = {"fields": fields, "missingValues": [""]}
    if table in PRIMARY_KEYS:
        schema["primaryKey"] = PRIMARY_KEYS[table]
    if table in FOREIGN_KEYS:
        schema["foreignKeys"] = [{"fields": own, "reference": {"resource": other, "fields": theirs}}
                                 for own, other, theirs in FOREIGN_KEYS[table]]
    return schema


def resource(table: str, description: str = "") -> dict:
    return {
        "name": table,
        "path": f"{table}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": {"delimiter": ",", "doubleQuote": True, "header": True},
        **({"description": description} if description else {}),
        "schema": table_schema(table),
    }


# What one row of each table stands for (CONTRACT.md).
ROW_MEANS = {
    "documents": "One row per input document.",
    "people": "One row per person per document (mentions merged).",
    "organizations": "One row per organization per document (mentions merged).",
    "school_mentions": "One row per mention of an educational institution.",
    "schools": "One row per institution across the whole corpus.",
    "dates": "One row per date or period mention.",
    "events": "One row per event a document reports.",
    "attendance": "One count of participants per row (tidy).",
    "checks": "One row per arithmetic inconsistency found.",
}


def descriptor(created: str = "", version: str = "") -> dict:
    """The data package descriptor of a run folder (resources in TABLES order)."""
    package = {
        "profile": "tabular-data-package",
        "name": "svodka-run",
        "title": "svodka tables mined from education event reports",
        "description": "Tables written by svodka" + (f" {version}" if version else "")
                       + "; run.json tells how the run was made.",
        "resources": [resource(name, ROW_MEANS.get(name, "")) for name in TABLES],
    }
    if created:
        package["created"] = created
    return package


def write_datapackage(out_dir: Path, created: str = "", version: str = "") -> Path:
    """Write `datapackage.json` beside the tables; returns its path."""
    path = Path(out_dir) / DESCRIPTOR
    write_json(path, descriptor(created, version))
    return path
