"""Sentences of a report, with offsets: one splitter for every rule that reads a sentence.

A period ends a sentence only before a space and a capital, a quote, a bracket
or a digit, and not after an abbreviation («г. Томска», «им. Ушинского»,
«ул. Ленина»), an initial («И.И. Петров») or inside a number or time
(«10.00», «24.08.2023»). A line end always ends one: headings and table rows
are lines of their own. A run longer than MAX_SENTENCE characters (a page
without punctuation, a list of thousands of schools) is cut into pieces at a
comma or a space, so every rule that reads a sentence stays linear in the
document's length.
"""
from __future__ import annotations

import re

# Abbreviations followed by a period and often by a capital: a place, a name, a number.
ABBREVIATIONS = frozenset("""
г гг г.о с п пос пгт ст д дер р-н обл ул пр пр-т просп пер пл ш им зам рук каб корп стр кв
т тт тыс млн млрд руб коп чел мин ч см рис табл прил стр напр др пр проф доц акад канд
""".split())
END = re.compile(r"[.!?…]+(?=[ \t]+[«\"(\dА-ЯЁA-Z])")
WORD_BEFORE = re.compile(r"([\w-]+)$")
# «… 2024 г. Семинар …», «… и т.д. Потом …»: these abbreviations end a sentence before a capital.
# Longer than any sentence a report has (the longest seen is under 1,000 characters).
MAX_SENTENCE = 2000
FINAL_ABBREVIATION = re.compile(r"(?:(?:19|20)\d\d[ \t]*гг?|\bт\.[ \t]?[дп])$")


# A line that goes on in lower case after one that ends in a letter or a comma: a text wrapped at a fixed width
# («20 учителей гимназии\nбыли приглашены на …»), one sentence across the break.
WRAPPED_BREAK = re.compile(r"(?<=[а-яёa-z,])[ \t]*\n(?=[ \t]*[а-яё])")


def unwrapped(text: str) -> str:
    """`text` with the line breaks of a wrapped sentence made spaces (same length, so offsets hold).

    >>> unwrapped("20 учителей школы\\nбыли приглашены.\\nИтоги")
    '20 учителей школы были приглашены.\\nИтоги'
    """
    return WRAPPED_BREAK.sub(lambda m: " " * len(m.group()), text)


def _ends_here(text: str, match) -> bool:
    """Whether the punctuation at `match` ends a sentence (not an abbreviation's or an initial's period)."""
    if match.group() != ".":
        return True
    word = WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if not word:
        return True
    low = word.group(1).lower()
    if FINAL_ABBREVIATION.search(text, max(0, match.start() - 12), match.start()):
        return True
    if low in ABBREVIATIONS or "." + low in text[max(0, word.start() - 1):word.end()]:
        return False  # «г.», «т.», and the last part of «г.о.»
    return not (len(low) == 1 and word.group(1).isupper())  # an initial


def sentences(text: str, start: int = 0, end: int | None = None):
    """(start, end) of each non-blank sentence of text[start:end], in order.

    >>> text = "В 10.00 в г. Томске открылся семинар. Его вела И.И. Петрова.\\nИтоги 2024 г. Всё"
    >>> [text[s:e] for s, e in sentences(text)]
    ['В 10.00 в г. Томске открылся семинар.', 'Его вела И.И. Петрова.', 'Итоги 2024 г.', 'Всё']
    """
    end = len(text) if end is None else end
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        line_end = end if newline < 0 else newline
        cut = pos
        for match in END.finditer(text, pos, line_end):
            if _ends_here(text, match):
                yield from _piece(text, cut, match.end())
                cut = match.end()
        yield from _piece(text, cut, line_end)
        pos = line_end + 1


def _piece(text: str, start: int, end: int):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = _soft_cut(text, start, start + MAX_SENTENCE)
        yield from _piece(text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


def _soft_cut(text: str, start: int, limit: int) -> int:
    """Where to cut text[start:limit]: after its last comma or semicolon, else its last space, else at the limit.

    >>> _soft_cut("один, два три", 0, 13)
    5
    """
    window = max(start + 1, limit - MAX_SENTENCE // 4)
    for marks in (",;:", " \t"):
        found = max(text.rfind(mark, window, limit - 1) for mark in marks)
        if found >= 0:
            return found + 1
    return limit


def pieces(text: str, start: int, end: int, limit: int = MAX_SENTENCE):
    """(start, end) pieces of text[start:end], none longer than `limit`: a long sentence (a list of thousands
    of schools, a line without punctuation) is cut after its last «;», «,» or «:», else a space, so a rule
    reading a sentence whole stays linear in the document's length.

    >>> [(s, e) for s, e in pieces("аа, бб; вв, гг", 0, 14, 8)]
    [(0, 7), (8, 14)]
    """
    while end - start > limit:
        cut = _soft_cut(text, start, start + limit)
        yield from _piece(text, start, cut)
        start = cut
    yield from _piece(text, start, end)
