"""Russian dates, ranges, times, months and (academic) years as ISO rows.

A pure function over a string (no spaCy): the dates extractor runs it over the
whole document, the tables extractor over single cells. Written as compiled
regexes fed by month tables, because natasha's `DatesExtractor` has no ranges
and reads «01.09.23» as 1923.

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
from collections import Counter
from datetime import date

# Month stems and the case endings they take (nominative, genitive, prepositional, ...).
MONTHS = {
    "январ": (1, ("ь", "я", "е", "ю", "ём", "ем")),
    "феврал": (2, ("ь", "я", "е", "ю", "ём", "ем")),
    "март": (3, ("", "а", "е", "у", "ом")),
    "апрел": (4, ("ь", "я", "е", "ю", "ем")),
    "ма": (5, ("й", "я", "е", "ю", "ем")),
    "июн": (6, ("ь", "я", "е", "ю", "ем")),
    "июл": (7, ("ь", "я", "е", "ю", "ем")),
    "август": (8, ("", "а", "е", "у", "ом")),
    "сентябр": (9, ("ь", "я", "е", "ю", "ём", "ем")),
    "октябр": (10, ("ь", "я", "е", "ю", "ём", "ем")),
    "ноябр": (11, ("ь", "я", "е", "ю", "ём", "ем")),
    "декабр": (12, ("ь", "я", "е", "ю", "ём", "ем")),
}
# Abbreviations, only read right after a day number («9 фев. 2023»).
MONTH_ABBR = {
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7,
    "авг": 8, "сен": 9, "сент": 9, "окт": 10, "нояб": 11, "ноя": 11, "дек": 12,
}
MONTH_FORMS = {stem + end: num for stem, (num, ends) in MONTHS.items() for end in ends}
MONTH_FORMS.update({abbr + ".": num for abbr, num in MONTH_ABBR.items()})

WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
            "пн", "вт", "ср", "чт", "пт", "сб", "вс")
TWO_DIGIT_PIVOT = 70  # «01.09.23» is 2023, «01.09.85» is 1985


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MON_FULL = "(?:" + _alternation(w for w in MONTH_FORMS if not w.endswith(".")) + ")(?![а-яё])"
_MON_ANY = "(?:" + _alternation(MONTH_FORMS) + ")(?![а-яё])"
_DASH = r"[-‐‑‒–—]"
_D = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)"
_M = r"(?:0?[1-9]|1[0-2])"
_Y4 = r"(?:19|20)\d\d"
_S = r"(?:[^\S\n]|\n(?![^\S\n]*\n))"  # a space, or one line break (not a blank line)
_YTAIL = rf"(?:{_S}*(?:год(?:а|у|ом|е)?|гг?\.?)(?![а-яё]))?"
_NO_NUM_BEFORE = r"(?<![\d№.,])(?<!№\s)(?<!№\s\s)"
_NO_NUM_AFTER = r"(?![\d])(?!\.\d)(?!,\d)"


def _wday(n: str) -> str:
    return rf"[«\"“]?(?P<{n}>{_D})[»\"”]?"


def _wyear(n: str) -> str:
    return rf"(?:{_S}*(?P<{n}>{_Y4}){_YTAIL})?"


PATTERNS = [
    ("academic_year", re.compile(
        rf"{_NO_NUM_BEFORE}(?P<y1>{_Y4}){_S}*(?:/|{_DASH}){_S}*(?P<y2>{_Y4}|\d\d)(?!\d)"
        rf"(?={_S}*уч(?:\.|ебн))(?:{_S}*уч(?:\.|ебн[а-яё]*)(?:{_S}*(?:г(?:\.|од[а-яё]*)|гг\.?))?)?", re.I)),
    ("academic_year", re.compile(rf"{_NO_NUM_BEFORE}(?P<y1>{_Y4}){_S}*/{_S}*(?P<y2>{_Y4})(?!\d)", re.I)),
    ("year_range", re.compile(
        rf"{_NO_NUM_BEFORE}(?P<y1>{_Y4}){_S}*{_DASH}{_S}*(?P<y2>{_Y4})(?!\d)(?:{_S}*(?:гг\.?|годы|годах|годов|года)(?![а-яё]))?",
        re.I)),
    ("num_range", re.compile(
        rf"{_NO_NUM_BEFORE}(?:(?P<prep>(?:в{_S}+период{_S}+)?(?:с|со){_S}+|в{_S}+период{_S}+))?"
        rf"(?P<d1>{_D})(?:[./](?P<m1>{_M})(?:[./](?P<y1>{_Y4}|\d\d))?)?(?:{_S}*г\.)?"
        rf"{_S}*(?:{_DASH}|{_S}(?:по|до){_S}){_S}*"
        rf"(?P<d2>{_D})[./](?P<m2>{_M})[./](?P<y2>{_Y4}|\d\d){_NO_NUM_AFTER}{_YTAIL}", re.I)),
    ("word_range", re.compile(
        rf"(?<![\d№])(?:(?P<prep>(?:в{_S}+период{_S}+)?(?:с|со){_S}+|в{_S}+период{_S}+))?"
        rf"{_wday('d1')}(?:{_S}+(?P<m1>{_MON_ANY}){_wyear('y1')})?"
        rf"{_S}*(?P<conn>{_DASH}|{_S}(?:по|до){_S}){_S}*"
        rf"{_wday('d2')}{_S}*(?P<m2>{_MON_ANY}){_wyear('y2')}", re.I)),
    ("word_list", re.compile(
        rf"(?<![\d№])(?P<days>{_D}(?:{_S}*,{_S}*{_D})*{_S}*(?:,|{_S}и){_S}*){_wday('d2')}{_S}+(?P<m2>{_MON_ANY}){_wyear('y2')}",
        re.I)),
    ("word_day", re.compile(rf"(?<![\d№]){_wday('d1')}{_S}*(?P<m1>{_MON_ANY}){_wyear('y1')}", re.I)),
    ("num_day", re.compile(
        rf"{_NO_NUM_BEFORE}(?P<d1>{_D})[./](?P<m1>{_M})[./](?P<y1>{_Y4}|(?<=\d\d[./]\d\d[./])\d\d)"
        rf"{_NO_NUM_AFTER}{_YTAIL}", re.I)),
    ("month", re.compile(
        rf"(?<![а-яё\d])(?:(?:в|во|к|на|до|с|со|по|за|в{_S}+течение|в{_S}+конце|в{_S}+начале){_S}+)?(?<![а-яё])(?P<m1>{_MON_FULL})"
        rf"(?![а-яё])(?:{_S}+(?P<y1>{_Y4}){_YTAIL})?", re.I)),
    ("year", re.compile(
        rf"{_NO_NUM_BEFORE}(?P<y1>{_Y4}){_S}*(?:год(?:а|у|ом|е)?|гг?\.)(?![а-яё])", re.I)),
]
_TIME = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:\(?(?:" + "|".join(WEEKDAYS) + r")(?![а-яё])\)?,?[^\S\n]*)?(?:(?:в|с|начало|начало[^\S\n]+в)[^\S\n]+)?(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?![\d])(?!\.\d)", re.I)
_MONTH_PREP = re.compile(r"^(?:в|во|к|на|до|с|со|по|за|в\s+течение|в\s+конце|в\s+начале)\s", re.I)
_OPEN_QUOTE = "«\"“„"
_CLOSE_QUOTE = "»\"”"


def _opens_name(text: str, start: int, day_start: int) -> bool:
    """A day right after an opening quote that is not closed around the day: «1 сентября – ...»."""
    before = text[max(0, start - 2):day_start].strip()
    if not before or before[-1] not in _OPEN_QUOTE:
        return False
    after = text[day_start:day_start + 3].lstrip("0123456789")
    return not after or after[0] not in _CLOSE_QUOTE


def month_number(word: str) -> int | None:
    """«февраля» → 2, «авг.» → 8.

    >>> month_number("Августе"), month_number("сент."), month_number("маяк")
    (8, 9, None)
    """
    return MONTH_FORMS.get(word.lower().strip())


def full_year(text: str | None) -> int | None:
    """Four digits as they are; two digits around a pivot («23» → 2023, «85» → 1985)."""
    if not text:
        return None
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < TWO_DIGIT_PIVOT else 1900
    return year


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _mention(kind, m, start, end, y1, m1, d1, y2=None, m2=None, d2=None, time=""):
    return {"kind": kind, "char_start": start, "char_end": end, "y1": y1, "m1": m1, "d1": d1,
            "y2": y2, "m2": m2, "d2": d2, "time": time}


def scan(text: str) -> list[dict]:
    """Raw mentions in text order; day-level ones may lack a year (`y1`/`y2` None)."""
    taken = [False] * (len(text) + 1)
    found = []
    for name, rx in PATTERNS:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(taken[s:e]):
                continue
            for mention in _read(name, m, text):
                found.append(mention)
            if found and found[-1]["char_end"] > e:
                e = found[-1]["char_end"]
            for i in range(s, e):
                taken[i] = True
    found.sort(key=lambda x: x["char_start"])
    return found


def _read(name: str, m: re.Match, text: str) -> list[dict]:
    g = m.groupdict()
    s, e = m.span()
    if name in ("academic_year", "year_range"):
        y1 = int(g["y1"])
        y2 = full_year(g["y2"]) if len(g["y2"]) == 2 else int(g["y2"])
        if len(g["y2"]) == 2:
            y2 = y1 // 100 * 100 + int(g["y2"])
        if name == "year_range" and not (y1 < y2 <= y1 + 10):
            return []
        kind = "academic_year" if name == "academic_year" else "year"
        return [_mention(kind, m, s, e, y1, None, None, y2)]
    if name == "year":
        return [_mention("year", m, s, e, int(g["y1"]), None, None)]
    if name == "month":
        y = full_year(g["y1"])
        if y is None and not _MONTH_PREP.match(m.group(0)):
            return []
        return [_mention("month", m, s, e, y, month_number(g["m1"]), None)]
    if name in ("num_range", "num_day", "word_day", "word_range", "word_list"):
        if name != "word_list" and g.get("d1") is None:
            return []
        if name in ("num_day", "word_day"):
            mon = int(g["m1"]) if name == "num_day" else month_number(g["m1"])
            if mon is None:
                return []
            if name == "word_day" and g["y1"] is None and _opens_name(text, s, m.start("d1")):
                return []  # «1 сентября – каждому школьнику»: a name, not a date
            out = _mention("day", m, s, e, full_year(g["y1"]), mon, int(g["d1"]))
            return [_with_time(out, text)]
        if name == "word_list":
            mon = month_number(g["m2"])
            y = full_year(g["y2"])
            out = []
            for dm in re.finditer(_D, g["days"]):
                ds = m.start("days") + dm.start()
                out.append(_mention("day", m, ds, ds + len(dm.group(0)), y, mon, int(dm.group(0))))
            out.append(_with_time(_mention("day", m, m.start("d2"), e, y, mon, int(g["d2"])), text))
            return out
        # ranges
        if name == "word_range":
            m1 = month_number(g["m1"]) if g["m1"] else None
            m2 = month_number(g["m2"])
            if not g["prep"] and g["conn"].strip() in ("по", "до") and m1 is None:
                return []  # «9 по 21 февраля» needs «с» or «в период»
        else:
            m1 = int(g["m1"]) if g["m1"] else None
            m2 = int(g["m2"])
        if m2 is None:
            return []
        y2 = full_year(g["y2"])
        y1 = full_year(g["y1"])
        m1 = m1 or m2
        d1, d2 = int(g["d1"]), int(g["d2"])
        if (m1, d1) == (m2, d2) and y1 in (None, y2):
            return [_with_time(_mention("day", m, s, e, y2, m2, d2), text)]
        if y1 is None and y2 is not None:
            y1 = y2 - 1 if (m1, d1) > (m2, d2) else y2
        if y1 is not None and y2 is not None and (y1, m1, d1) >= (y2, m2, d2):
            return []
        if y1 is None and m1 == m2 and d1 >= d2:
            return []
        return [_with_time(_mention("range", m, s, e, y1, m1, d1, y2, m2, d2), text)]
    return []


def _with_time(mention: dict, text: str) -> dict:
    t = _TIME.match(text, mention["char_end"])
    if t:
        mention["time"] = f"{int(t.group('h')):02d}:{t.group('mi')}"
        mention["char_end"] = t.end()
    return mention


def main_year(mentions: list[dict]) -> int | None:
    """The most frequent explicit year of day-, range- and month-level mentions (latest on ties)."""
    years = Counter(x["y1"] for x in mentions if x["y1"] and x["kind"] in ("day", "range", "month"))
    years.update(x["y2"] for x in mentions if x["y2"] and x["kind"] == "range")
    if not years:
        return None
    return max(years, key=lambda y: (years[y], y))


def resolve(mention: dict, default_year: int | None) -> dict | None:
    """ISO start/end for one raw mention; None when the day does not exist."""
    kind = mention["kind"]
    y1, y2 = mention["y1"], mention["y2"]
    if kind == "academic_year":
        return {"kind": kind, "start": f"{y1}-09-01", "end": f"{max(y2, y1 + 1)}-08-31"}
    if kind == "year":
        return {"kind": kind, "start": f"{y1}-01-01", "end": f"{y2 or y1}-12-31"}
    if kind == "month":
        y = y1 or default_year
        if y is None:
            return {"kind": kind, "start": "", "end": ""}
        last = calendar.monthrange(y, mention["m1"])[1]
        return {"kind": kind, "start": f"{y}-{mention['m1']:02d}-01", "end": f"{y}-{mention['m1']:02d}-{last:02d}"}
    m1, d1 = mention["m1"], mention["d1"]
    if kind == "day":
        y = y1 or default_year
        if y is None:
            return {"kind": kind, "start": "", "end": ""} if _day(2000, m1, d1) else None
        first = _day(y, m1, d1)
        return {"kind": kind, "start": first.isoformat(), "end": first.isoformat()} if first else None
    m2, d2 = mention["m2"], mention["d2"]
    if y1 is None and y2 is None:
        if default_year is None:
            ok = _day(2000, m1, d1) and _day(2000, m2, d2)
            return {"kind": kind, "start": "", "end": ""} if ok else None
        y1 = y2 = default_year
        if (m1, d1) > (m2, d2):
            y1 = default_year - 1
    first, last = _day(y1, m1, d1), _day(y2, m2, d2)
    if not first or not last or first >= last:
        return None
    return {"kind": kind, "start": first.isoformat(), "end": last.isoformat()}


# «К 1 сентября классы откроются в 15 районах, а в 2021 году во всех»: the contrasted year is a later one.
_CONTRAST = re.compile(rf",?{_S}*а{_S}+(?:уже{_S}+|затем{_S}+|потом{_S}+)?(?:в|во|с|со|к|на){_S}+(?P<y>{_Y4}){_S}*(?:год|г\.)",
                       re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def context_year(text: str, mention: dict, default_year: int | None) -> int | None:
    """The year for a mention written without one: the default, unless its sentence contrasts it with a later year.

    >>> context_year("К 1 сентября откроются в 15, а в 2021 году во всех.", {"char_end": 12}, 2021)
    2020
    """
    rest = text[mention["char_end"]:mention["char_end"] + 300]
    end = _SENTENCE_END.search(rest)
    contrast = _CONTRAST.search(rest[:end.start() if end else len(rest)])
    if contrast:
        later = int(contrast.group("y"))
        return default_year if default_year and default_year < later else later - 1
    return default_year


def resolve_all(text: str, mentions: list[dict], default_year: int | None) -> list[dict]:
    """Rows for dates.csv from raw mentions; yearless ones take the context year."""
    rows = []
    for x in mentions:
        yearless = x["y1"] is None and x["y2"] is None and x["kind"] in ("day", "range", "month")
        iso = resolve(x, context_year(text, x, default_year) if yearless else default_year)
        if iso is None:
            continue
        rows.append({"text": text[x["char_start"]:x["char_end"]], **iso, "time": x["time"],
                     "char_start": x["char_start"], "char_end": x["char_end"]})
    return rows


def parse_dates(text: str, default_year: int | None = None) -> list[dict]:
    """Every date-like mention in `text`, in order, as rows for dates.csv.

    Each row: text, kind (day/range/month/year/academic_year), start, end (ISO),
    time (HH:MM or ""), char_start, char_end (offsets into `text`). A day or
    month without a year takes `default_year`, else the text's own most
    frequent year; if neither exists, start and end are "".

    >>> [(r["text"], r["start"], r["end"]) for r in parse_dates("с 03.08.2021 по 05.08.2021, 01.09.23")]
    [('с 03.08.2021 по 05.08.2021', '2021-08-03', '2021-08-05'), ('01.09.23', '2023-09-01', '2023-09-01')]
    >>> [(r["kind"], r["start"]) for r in parse_dates("в августе 2021 года, № 1235, 3.1.")]
    [('month', '2021-08-01')]
    """
    mentions = scan(text)
    return resolve_all(text, mentions, default_year if default_year is not None else main_year(mentions))
