"""The tense of the verb nearest to a place in a text, by pymorphy3.

A report tells what happened and announces what comes next in one breath
(«3 декабря завершился муниципальный этап; региональный пройдёт в январе 2016
года»): the verb beside a date says which of the two it is.
"""
from __future__ import annotations

import re

from svodka.normalizers.morph import parses

REACH = 80  # characters looked at on each side, within the sentence
WORD = re.compile(r"[А-Яа-яЁё]+")
SENTENCE_END = re.compile(r"[.!?\n]")
TENSES = ("past", "pres", "futr")


def verb_tense(word: str) -> str | None:
    """'past', 'pres' or 'futr' when the word's likeliest reading is a finite verb.

    >>> verb_tense("завершился"), verb_tense("пройдёт"), verb_tense("состоится"), verb_tense("этапе")
    ('past', 'futr', 'futr', None)
    """
    readings = parses(word.lower())
    if not readings or readings[0].tag.POS != "VERB":
        return None
    return next((t for t in TENSES if t in readings[0].tag), None)


def nearest_tense(text: str, start: int, end: int) -> str | None:
    """The tense of the finite verb nearest to text[start:end] in its sentence (within REACH characters).

    >>> text = "3 декабря завершился этап, а региональный пройдёт в январе 2016 года."
    >>> nearest_tense(text, 0, 9), nearest_tense(text, text.index("январе"), text.index(" 2016") + 5)
    ('past', 'futr')
    """
    left = max(0, start - REACH)
    stop = None
    for stop in SENTENCE_END.finditer(text, left, start):
        pass
    if stop is not None:
        left = stop.end()
    after = SENTENCE_END.search(text, end, end + REACH)
    right = after.start() if after else min(len(text), end + REACH)
    best = None
    for word in WORD.finditer(text, left, right):
        if start <= word.start() < end:
            continue
        tense = verb_tense(word.group())
        if tense:
            distance = start - word.end() if word.end() <= start else word.start() - end
            if best is None or distance < best[0]:
                best = (distance, tense)
    return best[1] if best else None
