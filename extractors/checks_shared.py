"""What every family of checks uses: a finding written once, a cell's number, a people column, a sentence's bounds."""
from __future__ import annotations

import bisect
import functools
import re

from spacy.tokens import Doc

from svodka.extractors import models
from svodka.extractors.records import add_record, records
from svodka.normalizers.lines import line_of
from svodka.normalizers.numbers import parse_cell
from svodka.normalizers.sentences import sentences


GROUP = "checks"

SUBSET_HEADER = re.compile(r"из\s+них|в\s+том\s+числе|в\s+т\.\s*ч", re.IGNORECASE)

ANYONE = {"человек", "участник"}  # people lemmas that count anyone, whatever group the other count names

MAX_CHECKS = 1000  # per document: more is a generated text, not a report, and each check is compared with the others


def _add(doc: Doc, start: int, end: int, kind: str, where: str, stated: int, computed: int, detail: str) -> None:
    """Write a check, once: two rules reading the same numbers at the same place make one finding."""
    if len(records(doc, GROUP)) >= MAX_CHECKS:
        return
    same = doc.user_data.setdefault("svodka_checks_by_numbers", {}).setdefault((kind, stated, computed), [])
    if any(c["char_start"] < end and start < c["char_end"] for c in same):
        return
    same.append(add_record(doc, GROUP, start, end, kind=kind, where=where, stated=stated, computed=computed,
                           detail=detail))


def _value(row: dict, col: int) -> int | None:
    return parse_cell(row["cells"][col]["text"]) if col < len(row["cells"]) else None


def _people_column(header: str) -> bool:
    """A column counting people, not schools, percentages or scores."""
    from svodka.normalizers.counted import people_column

    return people_column(header)


def _sentence_bounds(text: str, start: int) -> tuple[int, int]:
    """(start, end) of the sentence holding `start` (or of the next one on its line), as the shared splitter
    cuts sentences."""
    line_start, line_end = line_of(text, start)
    bounds = _line_sentences(text, line_start, line_end)
    k = bisect.bisect_right(bounds, start, key=lambda b: b[1])  # the first sentence ending after `start`
    if k < len(bounds):  # the sentence holding `start`, or the next one when `start` falls between two
        left, right = bounds[k]
        return min(left, start), right
    return start, start


@functools.lru_cache(maxsize=16)
def _line_sentences(text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
    """The sentences of one line, split once however many counts it holds (a long line stays linear)."""
    return list(sentences(text, line_start, line_end))


def _sentence_of(text: str, start: int) -> str:
    left, right = _sentence_bounds(text, start)
    return text[left:right]


def _people_lemma(span: str) -> str:
    """The noun counting people in a count's span («1 250 педагогов края» → «педагог»)."""
    from svodka.normalizers.counted import _is_people

    for word in re.findall(r"[А-Яа-яЁё]+", span):
        if _is_people(word):
            return _lemma(word)
    return ""


def _lemma(word: str) -> str:
    return models.parses(word.lower())[0].normal_form
