"""How the counts of a report add up: the `scope` and `category` of each attendance row (issue 12).

An analyst who sums `count` over rows with `scope = 'event'` gets the
participations the report states, with nothing counted twice:

- `total`: a totals row, a cell of a «Всего» column, a prose total («всего …»),
  a prose count that restates a table's total;
- `part`: a breakdown of a count counted elsewhere: a table of one event's
  participants by district (its event is counted in another table or the
  prose), a prose part («из них», after a colon), a prose count of an event a
  table already counts (its mode, its place), a prose count of the same
  event right after that event's prose count;
- `event`: the rest: one event's participants, a table row of events, the
  prose count of one event.

`category` says who was counted, in the nominative plural: the cell of a
table's category column («кураторы наставничества»), or the people noun right
after a prose count («15 педагогов» → «педагоги»). Generic nouns («человек»,
«участников») say nothing about who and leave it empty.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from svodka.normalizers.counted import COUNT_NOUNS, GENERIC_NOUNS
from svodka.normalizers.event_kinds import kind_of
from svodka.normalizers.morph import parses
from svodka.normalizers.numbers import find_numbers, numeral_value
from svodka.extractors.records import doc_text, records

CATEGORY_HEADER = re.compile(r"^\s*(?:категори|должност|кто\b|состав\s+участник|участники\s*$)", re.IGNORECASE)
PEOPLE_NOUNS = COUNT_NOUNS - GENERIC_NOUNS
# The count's number, then the words up to the first stop: «более 100 педагогов», «1096** руководящих и … работников».
WORD_OR_STOP = re.compile(r"[А-Яа-яЁё]+|[.,;:()!?–—\n]")


def category_column(table: dict) -> int | None:
    """The column that says who a row counts («Категория», «Должность»), if the table has one."""
    for i, header in enumerate(table.get("header", [])):
        if i != table.get("label_column") and i not in table.get("count_columns", []) and CATEGORY_HEADER.match(header):
            return i
    return None


def plural_nominative(word: str) -> str:
    """A people noun in the nominative plural, or "" when the word counts no one in particular.

    >>> plural_nominative("педагогов"), plural_nominative("учителя"), plural_nominative("человек")
    ('педагоги', 'учителя', '')
    """
    for parse in parses(word.lower())[:3]:
        if parse.normal_form in PEOPLE_NOUNS:
            forms = [f.word for f in parse.lexeme if {"nomn", "plur"} in f.tag]
            # «учителя», not the bookish «учители»: the plural in -а/-я when the word has both
            return next((f for f in forms if f[-1] in "ая"), forms[0]) if forms else parse.normal_form
        if parse.tag.POS == "PRTF":  # «обучающихся», «учащихся»: participles used as nouns
            single = parse.inflect({"nomn", "sing", "masc"})
            plural = parse.inflect({"nomn", "plur"})
            if single and plural and single.word in PEOPLE_NOUNS:
                return plural.word
    return ""


def prose_category(text: str, start: int, end: int) -> str:
    """Who a prose count counts: the first people noun after its number, before any punctuation.

    >>> prose_category("Приняли участие 15 молодых педагогов школ.", 16, 18)
    'педагоги'
    >>> prose_category("Пришли 40 человек: учителя и родители.", 7, 9)
    ''
    >>> prose_category("Участвовали три учителя.", 12, 15)
    'учителя'
    """
    number = next(find_numbers(text[start:end]), None)
    if number is None:  # a count in words: «шесть человек», «трёх педагогов»
        word = next((m for m in WORD_OR_STOP.finditer(text, start, end) if numeral_value(m.group())), None)
        if word is None:
            return ""
        after = word.end()
    else:
        after = start + number[2]
    for n, match in enumerate(WORD_OR_STOP.finditer(text, after, after + 120)):
        word = match.group()
        if n >= 6 or not word[0].isalpha():
            break
        category = plural_nominative(word)
        if category or any(p.normal_form in GENERIC_NOUNS for p in parses(word.lower())):
            return category
    return ""


def _table_scope(row: dict, tables: dict, counted_elsewhere: set) -> str:
    if row["is_total"]:
        return "total"
    table = tables.get(row.get("table_id"))
    if table is not None and table.get("event_id") and table["event_id"] in counted_elsewhere:
        return "part"  # a breakdown (by district) of an event another table or the prose counts
    return "event"


def link_events(doc: Doc, prose: list[dict], table_totals: set) -> None:
    """A prose count its sentence left unlinked counts the event its label names by kind («всего участников
    конференции»), else the report's own event (its heading's, or its only one). A count restating a
    table's total stays unlinked: it totals the table's events."""
    events = records(doc, "events")
    main = next((e for e in events if e.get("main")), events[0] if len(events) == 1 else None)
    for row in prose:
        if row.get("event_id") or row["count"] in table_totals:
            continue
        named = kind_of(row["label"])
        same = [e for e in events if named and e["kind"] == named[0]]
        if len(same) == 1:
            row["event_id"] = same[0]["event_id"]
        elif not same and main is not None:  # a kind with no event of its own is a part of the report's event
            row["event_id"] = main["event_id"]
    by_row = {r["row"]: r for r in prose}
    for row in prose:  # a part counts the event of its whole
        whole = by_row.get(row.get("part_of_row"))
        if whole is not None and whole.get("event_id") and not row.get("event_id"):
            row["event_id"] = whole["event_id"]


def assign_scopes(doc: Doc) -> None:
    """Set `scope` and `category` on every attendance record of the document."""
    rows = records(doc, "attendance")
    tables = {t["table_id"]: t for t in records(doc, "tables")}
    text = doc_text(doc)
    table_rows = [r for r in rows if r["source"] == "table"]
    prose = [r for r in rows if r["source"] != "table"]
    # Events counted where they are listed: a row of an events table (its event cell), not a table of its own.
    listed = {r["event_id"] for r in table_rows
              if r.get("event_id") and not tables.get(r.get("table_id"), {}).get("event_id")}
    stated_in_prose = {r["event_id"] for r in prose if r.get("event_id") and not r.get("part_of_row")}
    counted_elsewhere = listed | stated_in_prose
    table_totals = {r["count"] for r in table_rows if r["is_total"]}
    link_events(doc, prose, table_totals)
    for row in table_rows:
        row["scope"] = _table_scope(row, tables, counted_elsewhere)
        table = tables.get(row.get("table_id"), {})
        col = category_column(table)
        category = ""
        if col is not None and 0 < row["row"] <= len(table["rows"]):
            category = table["rows"][row["row"] - 1]["cells"][col]["text"].strip()
        row["category"] = category
    wholes = {r["part_of_row"] for r in prose if r.get("part_of_row")}
    for row in prose:
        if row["is_total"] and row["row"] not in wholes:
            scope = "total"
        elif row.get("part_of_row") or row.get("event_id") in listed:
            scope = "part"
        elif row["count"] in table_totals:
            scope = "total"  # the prose restates a table's total
        else:
            scope = "event"
        row["scope"] = scope
        row["category"] = prose_category(text, row["char_start"], row["char_end"])
    if not any(r["scope"] == "event" for r in rows):
        # A report that states only a total («Всего приняли участие 120 педагогов») counts one event with it.
        first = next((r for r in prose if r["scope"] == "total" and r["count"] not in table_totals), None)
        if first is not None:
            first["scope"] = "event"


@Language.component("svodka_attendance_scope")
def attendance_scope_component(doc: Doc) -> Doc:
    assign_scopes(doc)
    return doc
