"""Russian dates, ranges, times, months and (academic) years as ISO rows for dates.csv.

`parse_dates(text, default_year)` is the one entry point: the dates extractor
runs the same steps over a whole document, the tables extractor calls it on
single cells. The grammar is in `normalizers.date_grammar`; this module gives
years to the mentions written without one and turns them into ISO rows.

>>> [(r["kind"], r["start"], r["end"], r["time"]) for r in parse_dates("9 февраля 10:30", 2023)]
[('day', '2023-02-09', '2023-02-09', '10:30')]
>>> [(r["text"], r["start"], r["end"]) for r in parse_dates("с 28 февраля по 3 марта 2024 г.")]
[('с 28 февраля по 3 марта 2024 г.', '2024-02-28', '2024-03-03')]
>>> [(r["kind"], r["start"], r["end"]) for r in parse_dates("в 2021/2022 учебном году")]
[('academic_year', '2021-09-01', '2022-08-31')]
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections import Counter
from datetime import date

from svodka.normalizers.date_grammar import full_year, month_number, scan, scan_cell  # noqa: F401  (re-exported)

CELL_MAX = 40  # a text this short may be a table cell: a bare «09.02» in it is a day
# Yearless days in a report on academic year Y1/Y2: August (its conferences open the year) to December are Y1.
ACADEMIC_FIRST_MONTH = 8

# «К 1 сентября классы откроются в 15 районах, а в 2021 году во всех»: the contrasted year is a later one.
_CONTRAST = re.compile(r",?\s*а\s+(?:уже\s+|затем\s+|потом\s+)?(?:в|во|с|со|к|на)\s+(?P<y>(?:19|20)\d\d)\s*(?:год|г\.)",
                       re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_ACT_BEFORE = re.compile(r"(?<![а-яё])от\s*$", re.I)
_ACT_AFTER = re.compile(r"^\s*(?:г\.|года)?\s*№")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def is_act_reference(text: str, found: dict) -> bool:
    """«приказ от 07.10.2017 № 1235»: the date of a cited act, not of anything the text reports.

    >>> is_act_reference("приказ от 07.10.2017 № 1235", {"char_start": 10, "char_end": 20})
    True
    """
    start, end = found["char_start"], found["char_end"]
    return bool(_ACT_BEFORE.search(text[max(0, start - 5):start]) and _ACT_AFTER.match(text[end:end + 12]))


def paragraph_years(text: str, mentions: list[dict]) -> dict[int, int]:
    """For each mention (by index), the one explicit year its paragraph gives it, if the dates agree: those
    before it in the paragraph and those after it in its own sentence. A year stated later in the paragraph
    («Следующий фестиваль – в октябре 2024 года») says nothing of an earlier «4 октября».

    Cited acts' dates do not count: «от 07.10.2017 № 1235» says nothing of the year of «25-27 августа».
    """
    bounds = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text) + 1]
    dated = [x for x in mentions if x["kind"] in ("day", "range", "month") and x["y1"] and not is_act_reference(text, x)]
    out = {}
    for i, x in enumerate(mentions):
        paragraph = bisect_right(bounds, x["char_start"])
        years = set()
        for y in dated:
            if bisect_right(bounds, y["char_start"]) != paragraph:
                continue
            if y["char_start"] < x["char_start"] or not _SENTENCE_END.search(text, x["char_end"], y["char_start"]):
                years.update({y["y1"], y["y2"] or y["y1"]})
        if len(years) == 1:
            out[i] = next(iter(years))
    return out


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def main_year(mentions: list[dict]) -> int | None:
    """The most frequent explicit year of day-, range- and month-level mentions (the latest on ties)."""
    years = Counter(x["y1"] for x in mentions if x["y1"] and x["kind"] in ("day", "range", "month"))
    years.update(x["y2"] for x in mentions if x["y2"] and x["kind"] == "range")
    return max(years, key=lambda y: (years[y], y)) if years else None


def main_academic_year(mentions: list[dict]) -> tuple[int, int] | None:
    """The most frequent academic year («2021/2022 учебный год») as (2021, 2022)."""
    pairs = Counter((x["y1"], x["y1"] + 1) for x in mentions if x["kind"] == "academic_year")
    return max(pairs, key=lambda p: (pairs[p], p)) if pairs else None


def context_year(text: str, found: dict, default_year: int | None) -> int | None:
    """The year of a mention written without one: the default, unless its sentence contrasts it with a later year.

    >>> context_year("К 1 сентября откроются в 15, а в 2021 году во всех.", {"char_end": 12}, 2021)
    2020
    """
    rest = text[found["char_end"]:found["char_end"] + 300]
    end = _SENTENCE_END.search(rest)
    contrast = _CONTRAST.search(rest[:end.start() if end else len(rest)])
    if contrast:
        later = int(contrast.group("y"))
        return default_year if default_year and default_year < later else later - 1
    return default_year


def fill_years(found: dict, year: int | None, academic: tuple[int, int] | None = None) -> dict:
    """A copy of a yearless mention with years: the academic year's half its month falls in, else `year`.

    >>> x = fill_years({"kind": "range", "y1": None, "m1": 12, "d1": 28, "y2": None, "m2": 1, "d2": 10}, 2024)
    >>> x["y1"], x["y2"]
    (2023, 2024)
    """
    m1, m2 = found["m1"], found["m2"] or found["m1"]
    if academic:
        y1 = academic[0] if m1 >= ACADEMIC_FIRST_MONTH else academic[1]
        y2 = academic[0] if m2 >= ACADEMIC_FIRST_MONTH else academic[1]
    elif year is None:
        return found
    else:
        y1 = y2 = year
        if (m1, found["d1"] or 1) > (m2, found["d2"] or found["d1"] or 1):  # «с 28 декабря по 10 января»
            y1 = year - 1
    return {**found, "y1": y1, "y2": y2 if found["kind"] != "day" else None}


def resolve(found: dict) -> dict | None:
    """ISO start/end of one mention; "" when its year is unknown; None when the day does not exist."""
    kind, y1, y2 = found["kind"], found["y1"], found["y2"]
    m1, d1, m2, d2 = found["m1"], found["d1"], found["m2"], found["d2"]
    if kind == "academic_year":
        return {"kind": kind, "start": f"{y1}-09-01", "end": f"{y2}-08-31"}
    if kind == "year":
        return {"kind": kind, "start": f"{y1}-01-01", "end": f"{y2 or y1}-12-31"}
    if kind == "month":
        if y1 is None:
            return {"kind": kind, "start": "", "end": ""}
        y2, m2 = y2 or y1, m2 or m1
        last = calendar.monthrange(y2, m2)[1]
        return {"kind": kind, "start": f"{y1}-{m1:02d}-01", "end": f"{y2}-{m2:02d}-{last:02d}"}
    if kind == "day":
        m2, d2, y2 = m1, d1, y1
    if y1 is None or y2 is None:
        ok = _day(2000, m1, d1) and _day(2000, m2, d2)  # a leap year: 29 февраля may exist
        return {"kind": kind, "start": "", "end": ""} if ok else None
    first, last = _day(y1, m1, d1), _day(y2, m2, d2)
    if not first or not last or first > last or (kind == "range" and first == last):
        return None
    return {"kind": kind, "start": first.isoformat(), "end": last.isoformat()}


def resolve_all(text: str, mentions: list[dict], default_year: int | None,
                academic: tuple[int, int] | None = None) -> list[dict]:
    """Rows for dates.csv from raw mentions.

    A yearless mention takes the year its paragraph's dated mentions agree on,
    else `default_year` (or, given `academic`, the half of that academic year
    its month falls in); a later year contrasted in its sentence overrides both.
    """
    rows = []
    local = paragraph_years(text, mentions)
    for i, x in enumerate(mentions):
        if x["y1"] is None and x["y2"] is None and x["kind"] in ("day", "range", "month"):
            near = local.get(i, default_year)
            year = context_year(text, x, near)
            x = fill_years(x, year, academic if year == default_year else None)
        iso = resolve(x)
        if iso is not None:
            rows.append({"text": text[x["char_start"]:x["char_end"]], **iso, "time": x["time"],
                         "char_start": x["char_start"], "char_end": x["char_end"]})
    return rows


def parse_dates(text: str, default_year: int | None = None) -> list[dict]:
    """Every date-like mention in `text`, in order, as rows for dates.csv.

    Each row: text, kind (day/range/month/year/academic_year), start, end (ISO),
    time (HH:MM or ""), char_start, char_end (offsets into `text`). A day or
    month without a year takes `default_year`, else the text's own most
    frequent year; if neither exists, start and end are "". A short text that
    is only «09.02» (a table cell of a schedule) is read as that day.

    >>> [(r["text"], r["start"], r["end"]) for r in parse_dates("с 03.08.2021 по 05.08.2021, 01.09.23")]
    [('с 03.08.2021 по 05.08.2021', '2021-08-03', '2021-08-05'), ('01.09.23', '2023-09-01', '2023-09-01')]
    >>> [(r["kind"], r["start"]) for r in parse_dates("в августе 2021 года, № 1235, 3.1.")]
    [('month', '2021-08-01')]
    >>> [(r["start"], r["time"]) for r in parse_dates("9 февраля 10:30", "")]
    [('', '10:30')]
    >>> [(r["start"], r["time"]) for r in parse_dates("09.02 10:30", 2023)], parse_dates("в 12.05 раза", 2023)
    ([('2023-02-09', '10:30')], [])
    """
    mentions = scan_cell(text) if len(text) <= CELL_MAX else scan(text)
    year = _as_year(default_year)
    return resolve_all(text, mentions, year if year is not None else main_year(mentions))


def _as_year(value) -> int | None:
    """A year from an int or its digits («2023»); None for "" or anything else (meta's year may be "")."""
    text = str(value).strip() if value is not None else ""
    return int(text) if text.isdigit() and len(text) == 4 else None
