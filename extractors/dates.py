"""Dates, ranges and times with the year resolved from context (issue 3).

The grammar and the ISO rows come from `normalizers.dates`; this component
picks the document's year for the mentions written without one: the heading's
academic year when it states one (August-December in its first year,
January-July in its second), else the year the heading's dates state, else
the most frequent year of the dates, else of bare years («за 2022 год»; not a birth year
«2005 г.р.», nor a title's season «конкурса «…» 2007 года»), else a school year («2013-2014 гг.»),
else the year a quoted title is named after («Учитель года – 2021», «… 2007 года»), else the year of a Victory
anniversary the text celebrates («к 80-летию Победы» is 2025). A day no year reaches is not written.
Within that, a paragraph whose dated mentions agree on one year lends it to
its yearless ones. It writes group `dates` and sets `meta(doc)["year"]`.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from svodka.normalizers.dates import (fill_years, full_year, is_act_reference, main_academic_year, main_year,
                                      resolve_all, scan)
from svodka.normalizers.tense import nearest_tense
from svodka.extractors.records import add_record, doc_text, meta

HEAD_BLOCKS = 4  # the heading of a report: its first few non-empty blocks ...
HEAD_CHARS = 1200  # ... within its first characters
# «… года – 2021»», «… года-97»», "… – 2024": the year a title is named after (two digits only after a dash, in a
# «года» title), in «» or straight quotes
TITLE_YEAR = re.compile(r"[-–—\s]((?:19|20)\d\d)\s*[»\"“”]|(?<=года)[^«»\"\n]{0,40}[-–—](\d\d)\s*[»\"“”]")
_BLOCK = re.compile(r"\S[\s\S]*?(?=\n\s*\n|\Z)")


def head_end(text: str) -> int:
    """Offset where the heading (the first non-empty blocks) ends."""
    for count, m in enumerate(_BLOCK.finditer(text, 0, HEAD_CHARS), start=1):
        if count >= HEAD_BLOCKS:
            return m.end()
    return min(len(text), HEAD_CHARS)


def _agrees(mentions: list[dict], academic: tuple[int, int]) -> bool:
    """Whether the dated mentions fall in the halves of the academic year their months say («октябрь 2024
    года» does not agree with 2023/2024: its October is 2023's)."""
    from svodka.normalizers.dates import ACADEMIC_FIRST_MONTH

    for x in mentions:
        if x["kind"] in ("day", "month") and x["y1"] and x.get("m1"):
            half = academic[0] if x["m1"] >= ACADEMIC_FIRST_MONTH else academic[1]
            if x["y1"] != half:
                return False
    return True


# «в соответствии с Порядком, утверждённым приказом … от», «согласно письму … от»: the act is cited
CITING = re.compile(r"(?:соответствии\s+с|согласно|на\s+основании|во\s+исполнение|утвержд[её]нн[а-яё]*|приказом|"
                    r"постановлением|распоряжением|письмом|решением)[^;\n]{0,160}$", re.IGNORECASE)


def cited_act(text: str, x: dict) -> bool:
    """The date of an act the text cites: it dates that act, not the report, and lends its year to nothing.
    A report's own «Приказ от 12.10.2023 № 45» is no citation.

    >>> text = "В соответствии с Порядком, утверждённым приказом Минпросвещения от 18.11.2013 № 1252, итоги"
    >>> cited_act(text, {"char_start": text.index("18.11"), "char_end": text.index(" № ")})
    True
    >>> text = "ПРИКАЗ от 12.10.2023 № 45 Об итогах олимпиады"
    >>> cited_act(text, {"char_start": text.index("12.10"), "char_end": text.index(" № ")})
    False
    """
    return is_act_reference(text, x) and bool(CITING.search(text, max(0, x["char_start"] - 200), x["char_start"]))


def document_year(text: str, mentions: list[dict]) -> tuple[int | None, tuple[int, int] | None]:
    """(year, academic year) for the mentions without a year; see the module's docstring for the order."""
    end = head_end(text)
    mentions = [x for x in mentions if not cited_act(text, x)]
    head = [x for x in mentions if x["char_start"] < end]
    year, academic = main_year(head), main_academic_year(head)
    if academic and summed_up(head, academic, text) and year in (None, academic[1]):
        return academic[1], None
    if academic and (year is None or year in academic) and _agrees(head, academic):
        return year or academic[0], academic
    if year:
        return year, None
    year = main_year(mentions)
    if academic and (year is None or year in academic):
        return year or academic[0], academic
    if year:
        return year, None
    bare = [x for x in mentions if x["kind"] == "year" and not x["y2"] and not x.get("titled")]
    head_bare = [x["y1"] for x in bare if x["char_start"] < end]
    if head_bare:
        return head_bare[0], None  # «Отчёт о работе за 2022 год»: the heading's first bare year
    years = Counter(x["y1"] for x in bare)
    if years:
        return max(years, key=lambda y: (years[y], y)), None
    academic = main_academic_year(mentions)
    if academic and summed_up(mentions, academic, text):
        return academic[1], None
    academic = academic or school_year_pair(mentions, text)
    if academic:
        return academic[0], academic
    return title_year(text, mentions) or victory_year(text), None


# «по итогам работы в 2012-2013 годах»: a period already over, so the report's days fall in the next one
AFTER_PERIOD = re.compile(r"по\s+итогам(?:\s+[а-яё]+){0,2}\s+(?:в|за)?\s*$", re.IGNORECASE)


def after_period(text: str, x: dict) -> bool:
    """Whether the text sums up the period this mention names («по итогам работы в 2012-2013 годах»)."""
    return bool(AFTER_PERIOD.search(text, max(0, x["char_start"] - 40), x["char_start"]))


def summed_up(mentions: list[dict], academic: tuple[int, int], text: str) -> bool:
    """Whether the text sums this academic year up («по итогам 2012-2013 учебного года»): its yearless days
    then come after it, in its second calendar year (the May ceremony and the August conference alike).

    >>> text = "16 августа прошёл форум. Награждены по итогам 2012-2013 учебного года."
    >>> summed_up([{"kind": "academic_year", "y1": 2012, "char_start": text.index("2012")}], (2012, 2013), text)
    True
    """
    return any(x["kind"] == "academic_year" and x["y1"] == academic[0] and after_period(text, x) for x in mentions)


def school_year_pair(mentions: list[dict], text: str = "") -> tuple[int, int] | None:
    """Two years in a row as a period («в 2013-2014 гг. в конкурсе участвовали …»): a school year, as good as
    «2013/2014 учебный год» for the yearless days of a school report; the one after it when the text sums
    that period up («награждены по итогам работы в 2012-2013 годах»).

    >>> def pair(text): return [{"kind": "year", "y1": 2012, "y2": 2013, "char_start": text.index("2012")}]
    >>> text = "награждены по итогам работы в 2012-2013 годах"
    >>> school_year_pair(pair(text), text)
    (2013, 2014)
    >>> text = "педагоги школы участвовали в 2012-2013 годах"
    >>> school_year_pair(pair(text), text)
    (2012, 2013)
    """
    def period(x: dict) -> tuple[int, int]:
        over = after_period(text, x)
        return x["y1"] + over, x["y2"] + over

    pairs = Counter(period(x) for x in mentions if x["kind"] == "year" and x["y2"] == x["y1"] + 1)
    return max(pairs, key=lambda p: (pairs[p], p)) if pairs else None


# «посвящённый 77-ой годовщине Победы», «к 80-летию Великой Победы»: the anniversary of 1945 names the year
VICTORY = re.compile(r"(?<!\d)(\d{2})[ -]*(?:[а-яё]{1,3}[ ]+)?(?:годовщин[а-яё]*|-?лети[а-яё]+)[ ]+(?:Великой[ ]+)?Победы",
                     re.IGNORECASE)
VICTORY_YEAR = 1945


def victory_year(text: str) -> int | None:
    """The year of a Victory Day anniversary the text celebrates, the last resort for its yearless days.

    >>> victory_year("Смотр, посвящённый 77-ой годовщине Победы, прошёл 5 мая"), victory_year("к 80-летию Победы")
    (2022, 2025)
    """
    found = VICTORY.search(text)
    return VICTORY_YEAR + int(found.group(1)) if found else None


def title_year(text: str, mentions: list[dict]) -> int | None:
    """The first year a title is named after: «конкурс «Воспитатель года - 2021»», «… области-97»», or a year
    right after a quoted title («конкурса «Талантливая молодёжь» 2007 года»)."""
    found = TITLE_YEAR.search(text)
    titled = next((x for x in mentions if x.get("titled")), None)
    if titled and (found is None or titled["char_start"] < found.start()):
        return titled["y1"]
    if found is None:
        return None
    return int(found.group(1)) if found.group(1) else full_year(found.group(2))


def announced_after(text: str, mentions: list[dict], year: int) -> list[dict]:
    """The mentions, with the year before `year` given to the yearless days told in the past ahead of an
    announcement that alone carries `year`: «3 декабря завершился муниципальный этап … Региональный этап
    пройдёт в январе 2016 года» puts that December in 2015 (a later month of the calendar, before it in time).
    """
    dated = [x for x in mentions if x["kind"] in ("day", "range", "month") and x["y1"] == year]
    if not dated or any(nearest_tense(text, x["char_start"], x["char_end"]) != "futr" for x in dated):
        return mentions
    month, first = min(x["m1"] for x in dated), min(x["char_start"] for x in dated)
    return [fill_years(x, year - 1)
            if x["y1"] is None and x["y2"] is None and x["kind"] in ("day", "range", "month")
            and x["char_start"] < first and x["m1"] > month
            and nearest_tense(text, x["char_start"], x["char_end"]) == "past" else x
            for x in mentions]


@Language.component("svodka_dates")
def dates_component(doc: Doc) -> Doc:
    text = doc_text(doc)
    mentions = scan(text)
    year, academic = document_year(text, mentions)
    meta(doc)["year"] = year or ""
    if year and not academic:
        mentions = announced_after(text, mentions, year)
    for row in resolve_all(text, mentions, year, academic):
        if row["kind"] in ("day", "range") and not row["start"]:
            continue  # no year anywhere to give it: not a calendar date a reader could name
        record = add_record(doc, "dates", row["char_start"], row["char_end"], label=row["kind"],
                            kind=row["kind"], time=row["time"])
        record.update(start=row["start"], end=row["end"])  # add_record's own start/end are offsets
    return doc
