"""Attendance from tables: one row per count cell, only in tables whose header, caption or lead-in says they count
people."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from svodka.extractors.records import add_record, doc_text, records
from svodka.extractors.tables import TOTAL_HEADER
from svodka.normalizers.counted import _is_people, people_column
from svodka.normalizers.headings import _paragraphs_before
from svodka.normalizers.numbers import parse_cell


GROUP = "attendance"

LEAD_LINE = 400  # characters of a line above a table that may say what it counts
LEAD_LINES = 2  # lines above a table read for that: a caption, and a heading or lead-in above it


def _add(doc: Doc, start: int, end: int, label: str, **fields) -> dict:
    """An attendance record (`label` is a field here, not the span's label)."""
    record = add_record(doc, GROUP, start, end, **fields)
    record["label"] = label
    return record


# Header words that say a table counts people without a people noun: «чел.», «Численность»; columns headed by
# places («Беловский ГО», «Другие территории», «Ленинский АО») count the people who came from them.
PEOPLE_MARK = re.compile(r"(?<![\w-])чел\b|человек|численност|контингент", re.IGNORECASE)
PLACE_HEADER = re.compile(r"(?<![\w-])(?:ГО|МО|АО|МР|ГП)(?![\w-])|район|территори|агломерац|город|округ|поселени|"
                          r"муниципалитет|област|кра[йяе]\b|республик", re.IGNORECASE)


def says_people(text: str) -> bool:
    """A header, caption or lead-in line naming people or head counts.

    >>> says_people("Кол-во участников"), says_people("Численность детей, чел."), says_people("Таблица 3")
    (True, True, False)
    """
    return bool(PEOPLE_MARK.search(text)) or _names_people(text)


def counts_people(table: dict, text: str) -> bool:
    """A table counts people only where it says what it counts: a header cell, its caption, its heading or the
    two lines above it name people or head counts, or its count columns are headed by places; a grid of numbers
    under no such header (a table of codes, scores or random digits) gives no attendance."""
    from svodka.normalizers.cities import city_of_place

    header = table["header"]
    if any(says_people(h) for h in header) or says_people(table.get("caption", "")) or \
            says_people(table.get("heading", "")):
        return True
    counts = [header[c] for c in table.get("count_columns", []) if header[c]]
    if counts and all(PLACE_HEADER.search(h) or city_of_place(h) or TOTAL_HEADER.match(h) for h in counts) and \
            any(not TOTAL_HEADER.match(h) for h in counts):
        return True
    return any(len(line) <= LEAD_LINE and says_people(line)
               for _, _, line in _paragraphs_before(text, table["char_start"], limit=LEAD_LINES))


def table_rows(doc: Doc) -> list[dict]:
    """One attendance record per count cell of every table that counts people."""
    out = []
    for table in records(doc, "tables"):
        header = table["header"]
        if not counts_people(table, doc_text(doc)):
            continue
        for number, row in enumerate(table["rows"], 1):
            if row["continues"]:
                continue
            for col in table.get("count_columns", []):
                if not people_column(header[col]):
                    continue
                cell = row["cells"][col]
                count = parse_cell(cell["text"])
                if count is None:
                    continue
                out.append(_add(
                    doc, cell["start"], cell["end"], table=table["name"], row=number, label=row["label"],
                    column=header[col], count=count, is_total=row["is_total"] or col in table.get("total_columns", []),
                    event_id=row.get("event_id") or table.get("event_id", ""), source="table",
                    table_id=table["table_id"]))
    return out


def _names_people(phrase: str) -> bool:
    """A phrase with a noun counting people in it («Участники круглого стола»)."""
    return any(_is_people(w) for w in re.findall(r"[А-Яа-яЁё]+", phrase))
