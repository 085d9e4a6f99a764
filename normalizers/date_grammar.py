"""The grammar of Russian date mentions: month tables and compiled regexes, no year resolution.

`scan(text)` finds raw mentions (day, range, month, year, academic year) with
their numbers; a day written without its year keeps `y1 = None` so that
`normalizers.dates` can resolve it from context. Regexes rather than natasha's
`DatesExtractor`: that one has no ranges and reads «01.09.23» as 1923.

>>> [(x["kind"], x["y1"], x["m1"], x["d1"], x["m2"], x["d2"]) for x in scan("с 28 февраля по 3 марта")]
[('range', None, 2, 28, 3, 3)]
"""
from __future__ import annotations

import re

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
MONTH_ABBR = {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7,
              "авг": 8, "сен": 9, "сент": 9, "окт": 10, "нояб": 11, "ноя": 11, "дек": 12}
MONTH_FORMS = {stem + end: num for stem, (num, ends) in MONTHS.items() for end in ends}
MONTH_FORMS.update({abbr + ".": num for abbr, num in MONTH_ABBR.items()})
WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
            "пн", "вт", "ср", "чт", "пт", "сб", "вс")
# What a month alone needs before it to be a date («в октябре»), not a name («Первое сентября»).
MONTH_PREPOSITIONS = ("в", "во", "к", "на", "до", "с", "со", "по", "за", "в течение", "в конце", "в начале",
                      "в середине", "с начала", "до конца")
# «ул. 8 Марта», «проспект 50 лет Октября»: streets named after dates.
STREET_WORDS = ("ул", "улица", "улице", "улицы", "пр", "пр-т", "просп", "проспект", "проспекте", "пл", "площадь",
                "площади", "пер", "переулок", "переулке", "б-р", "бульвар", "бульваре", "наб", "набережная",
                "набережной", "мкр", "микрорайон", "микрорайоне", "пос", "поселок", "посёлок", "совхоз", "колхоз")
CLAIMED = "claimed"  # a reader's verdict: these characters are no date, let no later pattern read them
TWO_DIGIT_PIVOT = 70  # «01.09.23» is 2023, «01.09.85» is 1985


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_H = r"[^\S\n]"  # a space on the same line
_S = r"(?:[^\S\n]|\n(?![^\S\n]*\n))"  # a space, or one line break (never a blank line)
_DASH = r"[-‐‑‒–—―−]"
_D = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)"
_M = r"(?:0?[1-9]|1[0-2])(?!\d)"
_Y4 = r"(?:19|20)\d\d(?!\d)"
_YEAR_WORD = r"(?:год(?:а|у|ом|е)?|г\.?\s?г\.?|гг?\.?)(?![а-яё])"
_YTAIL = rf"(?:{_S}*{_YEAR_WORD})?"
# A month ends where no lower-case letter follows; a capital right after a lower-case month is the next word
# glued on by a page's markup lost in extraction («26 сентябряЗавершена»), after a capital one it goes on
# («МАРТОВСКИЙ»).
_MON_END = r"(?-i:(?![а-яё])(?!(?<=[А-ЯЁ])[А-ЯЁ]))"
_MON = "(?:" + _alternation(MONTH_FORMS) + ")" + _MON_END
_MON_FULL = "(?:" + _alternation(w for w in MONTH_FORMS if not w.endswith(".")) + ")" + _MON_END
_NOT_AFTER_NUM = r"(?<![\d№.,/])(?<!№\s)"
_NOT_BEFORE_NUM = r"(?!\.?\d)(?!,\d)"
_LIST_ITEM = rf"{_D}(?:{_DASH}{_D})?"  # «25-28, 31 ноября»: a list item may be a range of days
_CONN = rf"(?P<conn>{_H}*{_DASH}{_S}*|{_S}+(?:по|до){_S}+)"  # a dash on the next line is a list's bullet


def _day(n: str) -> str:
    """A day number, maybe quoted («9») or with an ordinal ending (10-го)."""
    return rf"[«\"“]?(?P<{n}>{_D})(?:-?(?:го|е|ое))?[»\"”]?"


def _year(n: str) -> str:
    """An optional year after a month; on the next line only when «год»/«г.» says so (not a table's count)."""
    return rf"(?:{_H}*(?:\n{_H}*(?={_Y4}{_S}*{_YEAR_WORD}))?(?P<{n}>{_Y4}){_YTAIL})?"


PATTERNS = [
    ("iso_day", rf"(?<![\d.])(?P<y1>{_Y4})-(?P<m1>0[1-9]|1[0-2])-(?P<d1>0[1-9]|[12]\d|3[01])(?!\d)"),
    ("academic_year", rf"{_NOT_AFTER_NUM}(?P<y1>{_Y4}){_S}*(?:/|{_DASH}){_S}*(?P<y2>{_Y4}|\d\d(?!\d))"
                      rf"(?={_S}*уч(?:\.|ебн))(?:{_S}*уч(?:\.|ебн[а-яё]*)(?:{_S}*(?:г(?:\.|од[а-яё]*)|гг\.?))?)?"),
    ("academic_year", rf"{_NOT_AFTER_NUM}(?P<y1>{_Y4}){_S}*/{_S}*(?P<y2>{_Y4})"),
    ("year_range", rf"{_NOT_AFTER_NUM}(?P<y1>{_Y4}){_S}*{_DASH}{_S}*(?P<y2>{_Y4}|\d\d(?=\s*гг))"
                   rf"(?:{_S}*(?:гг\.?|годы|годах|годов|года)(?![а-яё]))?"),
    ("num_range", rf"{_NOT_AFTER_NUM}(?P<d1>{_D})(?:[./](?P<m1>{_M})(?:[./](?P<y1>{_Y4}|\d\d(?!\d)))?)?"
                  rf"(?:{_S}*г\.)?{_CONN}(?P<d2>{_D})[./](?P<m2>{_M})[./](?P<y2>{_Y4}|\d\d(?!\d))"
                  rf"{_NOT_BEFORE_NUM}{_YTAIL}"),
    ("word_range", rf"(?<![\d№])(?<!№\s)(?<!\d:){_day('d1')}(?:{_S}+(?P<m1>{_MON}){_year('y1')})?{_CONN}"
                   rf"{_day('d2')}{_S}*(?P<m2>{_MON}){_year('y2')}"),
    ("word_list", rf"(?<![\d№])(?<!№\s)(?<!\d:)(?P<days>{_LIST_ITEM}(?:{_S}*,{_S}*{_LIST_ITEM})*{_S}*(?:,|{_S}и){_S}*)"
                  rf"{_day('d2')}{_S}+(?P<m2>{_MON}){_year('y2')}"),
    ("word_day", rf"(?<![\d№])(?<!№\s)(?<!\d:){_day('d1')}{_S}*(?P<m1>{_MON}){_year('y1')}"),
    # «с 01.02 по 08.02 2010 года»: the year after the second day, a space apart, «год» after it
    ("num_range", rf"{_NOT_AFTER_NUM}(?P<d1>{_D})[./](?P<m1>{_M}){_CONN}(?P<d2>{_D})[./](?P<m2>{_M})\.?{_H}+"
                  rf"(?P<y2>{_Y4}){_S}*{_YEAR_WORD}"),
    # «28.04» alone on its line: a page's date stamp (in prose such a number may be anything)
    ("line_day", rf"(?<![^\n])[^\S\n]*(?P<d1>0[1-9]|[12]\d|3[01])\.(?P<m1>0[1-9]|1[0-2])[^\S\n]*(?![^\n])"),
    ("num_day", rf"{_NOT_AFTER_NUM}(?P<d1>{_D})[./](?P<m1>{_M})[./](?P<y1>{_Y4}|(?<=\d\d[./]\d\d[./])\d\d(?!\d))"
                rf"{_NOT_BEFORE_NUM}{_YTAIL}"),
    ("month_range", rf"(?<![а-яё\d])(?P<m1>{_MON_FULL})(?:{_S}*{_DASH}{_S}*|{_S}+(?:по|до){_S}+)(?P<m2>{_MON_FULL})"
                    rf"{_year('y1')}"),
    ("month", rf"(?<![а-яё\d])(?P<m1>{_MON_FULL}){_year('y1')}"),
    ("year", rf"{_NOT_AFTER_NUM}(?P<y1>{_Y4}){_S}*{_YEAR_WORD}"),
]
# A cheap first-character test in front of each pattern: most positions fail it at once.
_STARTS_MONTH = "(?=[" + "".join(sorted({w[0] for w in MONTH_FORMS})) + "])"
_STARTS_NUMBER = "(?=[«\"“0-9])"
PATTERNS = [(name, re.compile((_STARTS_MONTH if name.startswith("month") else _STARTS_NUMBER) + rx, re.I))
            for name, rx in PATTERNS]

# Looked for right before a match (cheaper than an optional prefix tried at every position).
_RANGE_PREP = re.compile(rf"(?<![а-яёa-z])(?:(?:в{_S}+период{_S}+)?(?:с|со|c|от){_S}+|в{_S}+период{_S}+)\Z", re.I)
_MONTH_PREP = re.compile(rf"(?<![а-яё])(?:{_alternation(MONTH_PREPOSITIONS)}){_S}+\Z", re.I)
_STREET = re.compile(rf"(?<![а-яё])(?:{_alternation(STREET_WORDS)})\.?{_S}*\Z", re.I)
_TIME = re.compile(
    rf"{_H}*,?{_H}*(?:\(?(?:{_alternation(WEEKDAYS)})(?![а-яё])\)?,?{_H}*)?"
    rf"(?:(?P<prep>в|с|начало|начало{_H}+в){_H}+)?(?P<h>[01]?\d|2[0-3])(?P<sep>[:.]|-(?=00|30))(?P<mi>[0-5]\d)"
    rf"(?!\d)(?!\.\d)", re.I)
# A table cell that is nothing but «09.02» (maybe «09.02. 10:30»): a day, though in prose it could be a number.
CELL_DAY = re.compile(rf"^\s*(?P<d1>0[1-9]|[12]\d|3[01])\.(?P<m1>0[1-9]|1[0-2])\.?(?=\s|$)")
_OPEN_QUOTE = "«\"“„"
_CLOSE_QUOTE = "»\"”"


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


def mention(kind, start, end, y1=None, m1=None, d1=None, y2=None, m2=None, d2=None, time="") -> dict:
    return {"kind": kind, "char_start": start, "char_end": end, "y1": y1, "m1": m1, "d1": d1,
            "y2": y2, "m2": m2, "d2": d2, "time": time}


def scan_cell(text: str) -> list[dict]:
    """The mentions of a table cell: those of `scan`, or the cell's bare «09.02»."""
    found = scan(text)
    m = CELL_DAY.match(text)
    if found or not m or text[m.end():].strip() and not _TIME.fullmatch(text, m.end(), len(text.rstrip())):
        return found
    return [with_time(mention("day", m.start("d1"), m.end(), None, int(m["m1"]), int(m["d1"])), text)]


def scan(text: str) -> list[dict]:
    """Raw mentions in text order; the first pattern to claim characters keeps them."""
    taken = bytearray(len(text) + 1)
    found = []
    for name, rx in PATTERNS:
        for m in rx.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            got = READERS[name](m, text)
            found.extend(x for x in got if x["kind"] != CLAIMED)
            if got:
                s, e = min(x["char_start"] for x in got), max(x["char_end"] for x in got)
                taken[s:e] = b"\x01" * (e - s)
    found.sort(key=lambda x: x["char_start"])
    return found


def _before(rx: re.Pattern, text: str, start: int, width: int = 24) -> int | None:
    """Where a prefix matched by `rx` begins right before `start`, or None."""
    window = text[max(0, start - width):start]
    m = rx.search(window)
    return start - len(window) + m.start() if m else None


def _opens_name(text: str, day_start: int) -> bool:
    """A day right after an opening quote that is not closed around it: «1 сентября – каждому школьнику»."""
    before = text[max(0, day_start - 2):day_start].strip()
    after = text[day_start:day_start + 3].lstrip("0123456789")
    return bool(before) and before[-1] in _OPEN_QUOTE and not (after and after[0] in _CLOSE_QUOTE)


def with_time(found: dict, text: str) -> dict:
    """A time right after the date («9 февраля 10:30», «… в 9.00») goes on its row."""
    t = _TIME.match(text, found["char_end"])
    if t and (t.group("sep") != "-" or t.group("prep")):
        found["time"] = f"{int(t.group('h')):02d}:{t.group('mi')}"
        found["char_end"] = t.end()
    return found


_SINGULAR_YEAR = re.compile(rf"{_S}*(?:год|году)(?![а-яё])", re.I)


# «конкурса «Талантливая молодёжь» 2007 года»: a year after a quoted title names that title's season.
_AFTER_TITLE = re.compile(r"»\s*\Z")


def _birth_year(m, text) -> bool:
    """The year (or years) just matched are followed by «г.р.» or «года рождения».

    >>> [x["kind"] for x in scan("спортсмены 1996 г.р. и старше; дети 2005-2006 гг.р.; в 2023 году")]
    ['year']
    """
    return bool(_BIRTH.match(text, m.start(), m.end() + 16))


_BIRTH = re.compile(rf"\d{{4}}(?:{_S}*{_DASH}{_S}*\d{{2,4}})?{_S}*(?:г(?:г|ода)?\.?){_S}*р(?:\.|ожд)")


def _year_pair(kind):
    def read(m, text):
        if _birth_year(m, text):
            return [mention(CLAIMED, m.start(), m.end())]
        y1, raw2 = int(m["y1"]), m["y2"]
        y2 = y1 // 100 * 100 + int(raw2) if len(raw2) == 2 else int(raw2)
        single = _SINGULAR_YEAR.match(text, m.end()) if kind == "year" and y2 == y1 + 1 else None
        if single:  # «в 2008-2009 году»: two years as one «год» are a school year
            return [mention("academic_year", m.start(), single.end(), y1, y2=y2)]
        return [mention(kind, m.start(), m.end(), y1, y2=y2)] if y1 < y2 <= y1 + 10 else []
    return read


def _year_only(m, text):
    if _birth_year(m, text):
        return [mention(CLAIMED, m.start(), m.end())]
    found = mention("year", m.start(), m.end(), int(m["y1"]))
    found["titled"] = bool(_AFTER_TITLE.search(text, max(0, m.start() - 3), m.start()))
    return [found]


def _month(m, text):
    y = full_year(m["y1"])
    start = _before(_MONTH_PREP, text, m.start())
    if y is None and start is None:
        return []
    m1 = month_number(m["m1"])
    m2 = month_number(m["m2"]) if "m2" in m.re.groupindex else m1
    y1 = y - 1 if y is not None and m1 > m2 else y  # «в декабре – январе 2024 года»
    return [mention("month", m.start() if start is None else start, m.end(), y1, m1, y2=y, m2=m2)]


def _day_mention(m, text):
    mon = int(m["m1"]) if m["m1"].isdigit() else month_number(m["m1"])
    year = m.groupdict().get("y1")
    if year is None and (_opens_name(text, m.start("d1")) or _before(_STREET, text, m.start()) is not None):
        return []  # «1 сентября – каждому школьнику», «ул. 8 Марта»: names, not dates
    return [with_time(mention("day", m.start(), m.end(), full_year(year), mon, int(m["d1"])), text)]


def _day_list(m, text):
    mon, y = month_number(m["m2"]), full_year(m["y2"])
    out = []
    for item in re.finditer(_LIST_ITEM, m["days"]):
        s, e = m.start("days") + item.start(), m.start("days") + item.end()
        days = [int(d) for d in re.findall(r"\d+", item.group())]
        if len(days) == 2 and days[0] < days[1]:
            out.append(mention("range", s, e, y, mon, days[0], y, mon, days[1]))
        else:
            out += [mention("day", s, e, y, mon, days[-1])] if len(days) == 1 else []
    out.append(with_time(mention("day", m.start("d2"), m.end(), y, mon, int(m["d2"])), text))
    return out


def _range(m, text):
    numeric = m["m2"].isdigit()
    m2 = int(m["m2"]) if numeric else month_number(m["m2"])
    m1 = (int(m["m1"]) if numeric else month_number(m["m1"])) if m["m1"] else m2
    d1, d2 = int(m["d1"]), int(m["d2"])
    y1, y2 = full_year(m.groupdict().get("y1")), full_year(m["y2"])
    start = _before(_RANGE_PREP, text, m.start())
    if start is None and m["conn"].strip() in ("по", "до") and not m["m1"]:
        return []  # «9 по 21 февраля» needs «с» or «в период» before it
    start = m.start() if start is None else start
    if (m1, d1) == (m2, d2) and y1 in (None, y2):
        return [with_time(mention("day", start, m.end(), y2, m2, d2), text)]
    crosses_new_year = (m1, d1) > (m2, d2)
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if crosses_new_year else y2
    elif y2 is None and y1 is not None:  # «с 28 декабря 2022 г. по 10 января»
        y2 = y1 + 1 if crosses_new_year else y1
    if (y1 is not None and (y1, m1, d1) >= (y2, m2, d2)) or (y1 is None and m1 == m2 and d1 >= d2):
        return [mention(CLAIMED, start, m.end())]  # «21-9 февраля»: not a date, nor is its «9 февраля»
    return [with_time(mention("range", start, m.end(), y1, m1, d1, y2, m2, d2), text)]


READERS = {
    "iso_day": _day_mention, "academic_year": _year_pair("academic_year"), "year_range": _year_pair("year"),
    "num_range": _range, "word_range": _range, "line_day": _day_mention, "word_list": _day_list, "word_day": _day_mention,
    "num_day": _day_mention, "month_range": _month, "month": _month, "year": _year_only,
}
