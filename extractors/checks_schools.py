"""Checks of counts of schools: a table row or a sentence stating fewer or other schools than it lists."""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from svodka.extractors.checks_parts import ADJECTIVE
from svodka.extractors.checks_shared import _add, _value
from svodka.extractors.records import doc_text, records, state
from svodka.normalizers.numbers import numeral_value


SCHOOL_NUMBER = re.compile(r"№\s*№?\s*(\d+(?:\s*,\s*\d+)*)")
BARE_NUMBERS = re.compile(r"^\s*\d+(?:\s*,\s*\d+)*\s*,?\s*$")

SCHOOLS_HEADER = re.compile(r"\bОО\b|школ|учреждени|организаци", re.IGNORECASE)

# A noun counting schools, then a colon or a bracket opening their list: «в шести ОУ:», «4 школ города (».
SCHOOL_NOUN = r"(?:ОО|ОУ|ДОО|ДОУ|(?i:школ|учреждени|организаци|гимнази|лице[ея]|детск[а-яё]+\s+сад)[а-яё]*)"
SCHOOLS_LIST_HEAD = re.compile(rf"(?<![\w-]){SCHOOL_NOUN}(?![\w-])[^.:;()\d,\n]{{0,60}}?\s*(?P<open>[:(])")
LIST_SEPARATOR = re.compile(r"\s*(?:[,;]\s*)?(?:и\s+)?")
LIST_GAP = 20  # characters between two schools of one list


def _fallback_school_count(row: dict, skip) -> int:
    """Distinct school numbers in a row's cells, when no school records came from tables."""
    numbers = set()
    for i, cell in enumerate(row["cells"]):
        if i in skip:
            continue
        text = cell["text"]
        if BARE_NUMBERS.match(text):
            numbers.update(re.findall(r"\d+", text))
        for match in SCHOOL_NUMBER.finditer(text):
            numbers.update(re.findall(r"\d+", match.group(1)))
    return len(numbers)


def check_school_counts(doc: Doc) -> None:
    """A row stating fewer attendees (or other school counts) than the schools it lists."""
    schools = sorted((s for s in records(doc, "schools") if s.get("source") == "table"), key=lambda s: s["char_start"])
    school_starts = [s["char_start"] for s in schools]
    for table in records(doc, "tables"):
        counts = table.get("count_columns", [])
        if len(counts) != 1:
            continue
        col = counts[0]
        names_schools = bool(SCHOOLS_HEADER.search(table["header"][col]))
        rows = table["rows"]
        for i, row in enumerate(rows):
            if row["continues"] or row["is_total"]:
                continue
            stated = _value(row, col)
            if stated is None:
                continue
            group = [row] + [r for r in _following_continuations(rows, i)]
            skip = {table.get("label_column"), *counts}
            if schools:
                spans = [(c["start"], c["end"]) for r in group for j, c in enumerate(r["cells"]) if j not in skip]
                keys = {(s.get("sector"), s.get("number") or s.get("name")) for a, b in spans
                        for s in schools[bisect.bisect_left(school_starts, a):bisect.bisect_left(school_starts, b + 1)]}
                listed = len(keys)
            else:
                listed = sum(_fallback_school_count(r, skip) for r in group)
            if listed and (stated < listed or (names_schools and stated != listed)):
                cell = row["cells"][col]
                _add(doc, cell["start"], cell["end"], "school_count_mismatch", f"{table['name']}, {row['label']}",
                     stated, listed, f"в строке указано {stated}, а перечислено школ: {listed}")


def _stated_before(text: str, noun_start: int):
    """(count, start) of the count a school noun is counted by: «в шести ОУ», «7 образовательных организаций»,
    «четыре дошкольных учреждения» (up to two adjectives between); None when no count is there."""
    words = list(re.finditer(r"[№\w-]+", text[max(0, noun_start - 80):noun_start]))
    offset = max(0, noun_start - 80)
    for k in range(1, min(4, len(words) + 1)):
        word = words[-k]
        between = words[len(words) - k + 1:]
        if not all(re.fullmatch(ADJECTIVE, w.group(), re.IGNORECASE) for w in between):
            return None
        value = numeral_value(word.group())
        if value is not None:
            before = words[-k - 1].group() if k < len(words) else ""
            return (value, offset + word.start()) if before != "№" and value >= 2 else None
    return None


def _sorted_schools(doc: Doc) -> tuple[list[dict], list[int]]:
    """The school records by start, and their starts (for bisect), sorted once per document."""
    found = records(doc, "schools")
    cached = state(doc).get("sorted_schools")
    if cached is None or cached[0] != len(found):
        ordered = sorted(found, key=lambda s: s["char_start"])
        cached = (len(found), ordered, [s["char_start"] for s in ordered])
        state(doc)["sorted_schools"] = cached
    return cached[1], cached[2]


def _listed_schools(doc: Doc, text: str, start: int, closer: str) -> tuple[int, int]:
    """(schools, end) of a list of school mentions from `start`: only school names and separators, ended by
    `closer` («)»), or by «.», «;» or the line end after a colon; (0, start) when anything else stands there
    («МБОУ СОШ № 7, 19, Гимназия, Лицей созданы …»: the list goes on in words, it may name more)."""
    ordered, starts = _sorted_schools(doc)
    keys, pos = set(), start
    k = bisect.bisect_left(starts, start)
    while k < len(ordered):
        begin, here = starts[k], []
        while k < len(ordered) and starts[k] == begin:
            here.append(ordered[k])
            k += 1
        if begin < pos or begin - pos > LIST_GAP or not LIST_SEPARATOR.fullmatch(text[pos:begin]):
            break
        keys.update((s.get("sector"), s.get("kind"), s.get("number") or s.get("name")) for s in here)
        pos = max(s["char_end"] for s in here)
    ends = re.compile(r"\s*\)") if closer == "(" else re.compile(r"\s*(?:[.;]|\n|$)")
    return (len(keys), pos) if keys and ends.match(text, pos) else (0, start)


def check_prose_school_counts(doc: Doc) -> None:
    """A count of schools in prose against the schools listed after it: «прошли в шести ОУ: МАОУ «СОШ
    № 8», МБОУ «Гимназия № 3» и …», «7 образовательных организаций города: …», «в трёх школах (…)»."""
    text = doc_text(doc)
    for head in SCHOOLS_LIST_HEAD.finditer(text):
        stated = _stated_before(text, head.start())
        if stated is None:
            continue
        listed, end = _listed_schools(doc, text, head.end(), head.group("open"))
        if listed and listed != stated[0]:
            _add(doc, stated[1], end, "school_count_mismatch",
                 f"«{text[stated[1]:head.end()].strip()}», перечислено {listed}", stated[0], listed,
                 f"в тексте указано {stated[0]} школ, а перечислено {listed}")


def _following_continuations(rows, i):
    for row in rows[i + 1:]:
        if not row["continues"]:
            break
        yield row
