"""Document-level facts for documents.csv: title and the period of the reported event.

A report often opens with its issuer's letterhead («Министерство ...»,
«Муниципальное ... учреждение ...») and only then its own heading («ОТЧЁТ
о проведении ...»): the title is that heading, else the first block that is
not letterhead. The period is the events' dates, else a date in the heading,
else the first day-level date that is not a reference to an act («от
07.10.2017 № 1235»); then it takes in the report's ranges that overlap it (sections
«3–4 апреля» of a conference opened on the 3rd), but not deadlines («до 5
апреля») or dates outside it.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from svodka.extractors.dates import head_end
from svodka.normalizers.dates import is_act_reference
from svodka.extractors.records import doc_text, meta, records

TITLE_MAX = 300
HEAD_SCAN_BLOCKS = 8  # how many leading blocks may hold the heading
# Nouns a report's own heading starts with (maybe after an adjective or two: «Публичный отчёт»).
HEADING_WORDS = ("отчет", "отчёт", "резолюция", "справка", "протокол", "информация", "итоги", "пресс-релиз",
                 "решение", "программа", "обзор", "анализ", "доклад", "рекомендации", "сведения", "материалы")
# Nouns that make a short leading block an issuer's letterhead, not a heading.
LETTERHEAD_WORDS = ("министерств", "департамент", "управлени", "комитет", "администраци", "учреждени",
                    "университет", "институт", "академи", "колледж", "техникум", "центр", "правительств",
                    "федераци", "отдел образования", "мбоу", "маоу", "мку", "гбоу", "гау", "фгбоу")
# Stamps above a heading: approval, appendix marks.
STAMP_WORDS = ("утверждаю", "утверждено", "утвержден", "согласовано", "приложение", "принято", "рассмотрено")
LETTERHEAD_MAX = 300
_ADJ = r"(?:[а-яё]+-)?[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\s+"
_HEADING = re.compile(rf"^(?:{_ADJ}){{0,2}}(?:" + "|".join(re.escape(w) for w in HEADING_WORDS) + r")(?![а-яё])", re.I)
_HEADING_ALONE = re.compile(rf"^(?:{_ADJ}){{0,2}}(?:" + "|".join(re.escape(w) for w in HEADING_WORDS) + r")[.:]?$",
                            re.I)
_STAMP = re.compile(r"^(?:" + "|".join(STAMP_WORDS) + r")(?![а-яё])", re.I)
_SPACED_CAPS = re.compile(r"^(?:[А-ЯЁ] ){2,}[А-ЯЁ](?![А-ЯЁа-яё])")  # «О Т Ч Ё Т»
_LETTERHEAD = re.compile("|".join(re.escape(w) for w in LETTERHEAD_WORDS), re.I)
_PLACE_OR_DATE = re.compile(r"^(?:г\.\s*\S+|[\d.\s\-–—]+|\S+\s+\d{4}\s*г?\.?)$", re.I)
# Words before a date that make it a deadline, a reference or a plan rather than a day of the event.
NOT_EVENT_BEFORE = re.compile(r"(?:\bдо|\bне\s+позднее|\bне\s+позже|\bк|\bпо\s+состоянию\s+на|\bот|\bсрок\w*)\s*$",
                              re.IGNORECASE)
_SENTENCE = re.compile(r"^(.+?[.!?])(?=\s+[А-ЯЁA-Z«\"]|$)")


def _clean(line: str) -> str:
    line = " ".join(line.replace("*", " ").replace("#", " ").split())
    return _SPACED_CAPS.sub(lambda m: m.group().replace(" ", ""), line)


def blocks(text: str, limit: int = HEAD_SCAN_BLOCKS) -> list[list[str]]:
    """The first non-empty blocks (paragraphs) as their cleaned non-empty lines, markdown emphasis removed."""
    out = []
    for block in re.split(r"\n\s*\n", text):
        lines = [c for c in (_clean(line) for line in block.split("\n")) if c]
        if lines:
            out.append(lines)
            if len(out) >= limit:
                break
    return out


def _cut(line: str) -> str:
    return line if len(line) <= TITLE_MAX else line[:TITLE_MAX].rsplit(" ", 1)[0]


def guess_title(text: str) -> str:
    """The report's own heading, else the first sentence of the first block that is not letterhead.

    >>> guess_title("\\n\\n**ОТЧЁТ\\nо семинаре**\\n\\nТекст")
    'ОТЧЁТ о семинаре'
    >>> guess_title("**Муниципальное бюджетное учреждение «Центр»**\\n\\n**ОТЧЕТ о конференции**\\n\\nТекст.")
    'ОТЧЕТ о конференции'
    >>> guess_title("Министерство просвещения\\n\\nВ Томске 11 мая прошла сессия. Она длилась два дня.")
    'В Томске 11 мая прошла сессия.'
    """
    heads = blocks(text)
    for i, lines in enumerate(heads):
        for k, line in enumerate(lines):
            if _HEADING.match(line):  # the heading may follow letterhead lines in the same block
                title = " ".join(lines[k:])
                if _HEADING_ALONE.match(title) and i + 1 < len(heads):  # «ОТЧЁТ» alone, its subject next
                    title = f"{title} {' '.join(heads[i + 1])}"
                return _cut(title)
        line = " ".join(lines)
        if _PLACE_OR_DATE.match(line) or _STAMP.match(line) or (
                len(line) <= LETTERHEAD_MAX and _LETTERHEAD.search(line) and not line.endswith((".", "!", "?"))):
            continue
        sentence = _SENTENCE.match(line)  # the first block of content: a heading, or prose's first sentence
        return _cut(sentence.group(1) if sentence else line)
    return _cut(" ".join(heads[0])) if heads else ""


def _overlaps(date: dict, first: str, last: str) -> bool:
    """Whether a dated mention shares a day with [first, last]."""
    return date["start"] <= last and (date.get("end") or date["start"]) >= first


def widen(first: str, last: str, dated: list[dict], text: str) -> tuple[str, str]:
    """[first, last] grown by the report's ranges that overlap it: a conference opened «3 апреля»
    whose sections ran «3–4 апреля» lasted to the 4th.

    A date outside the span (a day before: arrival, a later deadline «до 30 мая», a plan «следующую
    провести 2 апреля 2026 года») is not taken in, nor a range after «до»/«от»/«к»/«срок» (deadlines,
    references), nor a range around the whole span (a registration window «приём заявок с 1 по 10 апреля»).

    >>> rows = [{"kind": "range", "start": "2025-04-03", "end": "2025-04-04", "char_start": 20},
    ...         {"kind": "day", "start": "2025-05-30", "end": "2025-05-30", "char_start": 60}]
    >>> widen("2025-04-03", "2025-04-03", rows, " " * 80)
    ('2025-04-03', '2025-04-04')
    """
    candidates = [d for d in dated if d.get("kind") in ("day", "range") and
                  not NOT_EVENT_BEFORE.search(text[max(0, d["char_start"] - 24):d["char_start"]])]
    grown = True
    while grown:
        grown = False
        for d in candidates:
            start, end = d["start"], d.get("end") or d["start"]
            if start < first and end > last:
                continue  # a window around the whole event («приём заявок с 1 по 10 апреля»)
            if _overlaps(d, first, last) and (start < first or end > last):
                first, last, grown = min(first, start), max(last, end), True
    return first, last


def document_period(doc: Doc) -> tuple[str, str]:
    """The span of the events' dates (or the heading's range holding them), else a date in the heading,
    else the first day-level date; widened by the report's ranges that overlap it (`widen`)."""
    text = doc_text(doc)
    dated = [d for d in records(doc, "dates") if d.get("start") and not is_act_reference(text, d)]
    first, last = _period(doc, text, dated)
    return widen(first, last, dated, text) if first else ("", "")


def _period(doc: Doc, text: str, dated: list[dict]) -> tuple[str, str]:
    end = head_end(text)
    head = [d for d in dated if d["char_start"] < end]
    events = [e for e in records(doc, "events") if e.get("date_start")]
    if events:
        first = min(e["date_start"] for e in events)
        last = max(e.get("date_end") or e["date_start"] for e in events)
        for d in head:  # «Дни науки 9-21 февраля» whose sessions end on the 17th: the heading's range
            if d.get("kind") == "range" and d["start"] <= first and last <= d["end"]:
                return d["start"], d["end"]
        return first, last
    for kinds in (("range",), ("day",), ("month",)):
        for d in head:
            if d.get("kind") in kinds:
                return d["start"], d.get("end") or d["start"]
    for d in dated:
        if d.get("kind") in ("day", "range"):
            return d["start"], d.get("end") or d["start"]
    return "", ""


@Language.component("svodka_meta")
def meta_component(doc: Doc) -> Doc:
    info = meta(doc)
    if not info.get("title"):
        info["title"] = guess_title(doc_text(doc))
    if not info.get("period_start"):
        info["period_start"], info["period_end"] = document_period(doc)
    return doc
