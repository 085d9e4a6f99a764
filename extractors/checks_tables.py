"""Checks of a table's own sums: totals rows, total columns, a breakdown table against its event's count."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from svodka.extractors.checks_shared import SUBSET_HEADER, _add, _people_column, _value
from svodka.extractors.records import meta, records


# A breakdown row naming a municipality, not a district of one city («Центральный район» may be either: not here).
MUNICIPALITY_WORD = re.compile(r"\b(?:МО|ГО|МР|округ\w*|муниципальн\w*|поселени\w*)\b|\b(?:г|с|п|пгт)\.\s*[А-ЯЁ]")


def _parts(table: dict) -> list[dict]:
    return [r for r in table["rows"] if not r["is_total"] and not r["continues"]]


def _additive(header: str) -> bool:
    """Counts that add up: not percentages, averages, scores or money."""
    from svodka.normalizers.counted import NOT_PEOPLE_HEADER

    return not NOT_PEOPLE_HEADER.search(header)


def check_totals_rows(doc: Doc) -> None:
    """A totals row («ИТОГО», «ВСЕГО») against the sum of the rows above it.

    With subtotals («Итого по району» ... «ВСЕГО») a totals row may equal the rows since the previous
    totals row, all the rows, or the subtotals above it.
    """
    for table in records(doc, "tables"):
        for col in (c for c in table.get("count_columns", []) if _additive(table["header"][c])):
            segment, everything, subtotals = [], [], []
            rows = [r for r in table["rows"] if not r["continues"]]
            last_total = max((i for i, r in enumerate(rows) if r["is_total"]), default=-1)
            for i, row in enumerate(rows):
                value = _value(row, col)
                if not row["is_total"]:
                    if value is not None:
                        segment.append(value)
                        everything.append(value)
                    continue
                if value is not None and len(segment) + len(subtotals) >= 2 and not row.get("derived") and \
                        value not in (sum(segment), sum(everything), sum(subtotals)):
                    computed = sum(everything) if i == last_total and subtotals else sum(segment)
                    cell = row["cells"][col]
                    _add(doc, cell["start"], cell["end"], "sum_mismatch",
                         f"{table['name']}, {row['label']}, {table['header'][col]}", value, computed,
                         "итоговая строка не равна сумме столбца")
                if value is not None:
                    subtotals.append(value)
                segment = []


def check_row_totals(doc: Doc) -> None:
    """A row's total column («Всего») against the sum of its other count columns."""
    for table in records(doc, "tables"):
        totals = table.get("total_columns", [])
        header = table["header"]
        parts_cols = [c for c in table.get("count_columns", []) if c not in totals and _additive(header[c])]
        if totals and all(_people_column(header[t]) for t in totals):  # «Всего, чел.»: its parts count people too
            parts_cols = [c for c in parts_cols if _people_column(header[c])]  # not «Кол-во ОО»
        if not totals or len(parts_cols) < 2:
            continue
        subset = any(SUBSET_HEADER.search(table["header"][c]) for c in parts_cols)
        for row in table["rows"]:
            if row["continues"]:
                continue
            for col in totals:
                stated = _value(row, col)
                values = [_value(row, c) for c in parts_cols]
                if stated is None or all(v is None for v in values):
                    continue
                computed = sum(v for v in values if v is not None)
                if computed > stated if subset else computed != stated:
                    cell = row["cells"][col]
                    _add(doc, cell["start"], cell["end"], "sum_mismatch", f"{table['name']}, {row['label']}",
                         stated, computed, "итог строки не равен сумме её частей")


def _words(header: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[А-Яа-яЁёA-Za-z]{3,}", header)}


def _same_column(cols: list[int], header: list[str], wanted: str) -> list[int]:
    """Of several count columns, the one whose own words («очно» in «Участники, чел. очно» beside
    «... дистанционно») the breakdown's header names («Кол-во участников (очно)»)."""
    if len(cols) <= 1:
        return cols
    common = set.intersection(*(_words(header[c]) for c in cols))
    named = [c for c in cols if (_words(header[c]) - common) & _words(wanted)]
    return named if len(named) == 1 else []


def _names_place(label: str) -> bool:
    """A row label naming a town or a municipality («г. Белово», «Беловский МО»), not a city's own district."""
    from svodka.normalizers.cities import city_of_place

    return bool(city_of_place(label) or MUNICIPALITY_WORD.search(label))


def _scope_column(doc: Doc, table: dict, other: dict) -> list[int]:
    """The column of `other` counting the area a breakdown's rows divide: when the rows are a city's own
    districts («Центральный», «Бачатский»), the one count column whose header names the report's city
    («Беловский ГО» beside «Другие территории» and «Всего»); [] when the rows name towns or municipalities
    (their sum is the total) or no column names the city."""
    from svodka.normalizers.cities import city_of_place

    city = meta(doc).get("city")
    if not city or any(_names_place(r["label"]) for r in _parts(table)):
        return []
    cols = [c for c in other.get("count_columns", []) if city_of_place(other["header"][c]) == city]
    return cols if len(cols) == 1 else []


def _event_count(doc: Doc, table: dict, event_id: str, wanted: str = ""):
    """(count, where) another table or the prose states for an event (`wanted`: the breakdown's header)."""
    for other in records(doc, "tables"):
        if other is table:
            continue
        for row in other["rows"]:
            if row.get("event_id") != event_id or row["is_total"]:
                continue
            cols = _scope_column(doc, table, other) or \
                _same_column(other.get("total_columns") or other.get("count_columns", []), other["header"], wanted)
            if len(cols) == 1 and _value(row, cols[0]) is not None and _people_column(other["header"][cols[0]]):
                return _value(row, cols[0]), other["name"]
    return None, ""


def check_breakdowns(doc: Doc) -> None:
    """A breakdown table (by district) against the count stated elsewhere for its event."""
    for table in records(doc, "tables"):
        event_id = table.get("event_id")
        counts = table.get("count_columns", [])
        if not event_id or len(counts) != 1 or not _people_column(table["header"][counts[0]]):
            continue
        values = [_value(r, counts[0]) for r in _parts(table)]
        if sum(v is not None for v in values) < 2:
            continue
        stated, source = _event_count(doc, table, event_id, table["header"][counts[0]])
        computed = sum(v for v in values if v is not None)
        if stated is not None and stated != computed:
            _add(doc, table["char_start"], table["char_end"], "sum_mismatch", table["name"], stated, computed,
                 f"сумма строк {computed}, а {source} указывает {stated} для того же мероприятия")
