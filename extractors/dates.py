"""Dates, ranges and times with the year resolved from context (issue 3).

The grammar lives in `normalizers.dates`; this component picks the document's
main year (the one the heading states, else the most frequent explicit one),
gives it to the day-level mentions written without a year, writes group
`dates` and sets `meta(doc)["year"]` for the other extractors.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from normalizers.dates import main_year, resolve_all, scan
from pipeline.records import add_record, meta

HEAD_BLOCKS = 4  # the heading of a report: its first few non-empty blocks
HEAD_CHARS = 1200


def head_end(text: str) -> int:
    """Offset where the heading (first non-empty blocks) ends."""
    count = 0
    for m in re.finditer(r"\S[\s\S]*?(?=\n\s*\n|\Z)", text):
        count += 1
        if count >= HEAD_BLOCKS or m.end() >= HEAD_CHARS:
            return min(m.end(), HEAD_CHARS)
    return min(len(text), HEAD_CHARS)


def document_year(text: str, mentions: list[dict]) -> int | None:
    """The heading's year, else the most frequent explicit year of dated mentions, else of any year."""
    end = head_end(text)
    head = main_year([x for x in mentions if x["char_start"] < end])
    if head:
        return head
    year = main_year(mentions)
    if year:
        return year
    years = Counter(x["y1"] for x in mentions if x["kind"] == "year" and x["y1"])
    return max(years, key=lambda y: (years[y], y)) if years else None


@Language.component("svodka_dates")
def dates_component(doc: Doc) -> Doc:
    mentions = scan(doc.text)
    year = document_year(doc.text, mentions)
    meta(doc)["year"] = year or ""
    for row in resolve_all(doc.text, mentions, year):
        record = add_record(doc, "dates", row["char_start"], row["char_end"], label=row["kind"],
                            kind=row["kind"], time=row["time"])
        record.update(start=row["start"], end=row["end"])  # add_record's own start/end are offsets
    return doc
