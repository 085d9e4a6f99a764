"""A plural role's head left out after its first item: «у учителей русского языка Котовой А.А. (урок …),
начальных классов Лосевой Н.А. (…), истории Зуевой Р.Г.» — each later item names only the complement, and
the head of the role before it («учитель») is understood.
"""
from __future__ import annotations

import re

from svodka.extractors.person_words import is_role_word, is_title_word, parses

# After the previous name (and its bracket), a separator, then up to four words right before the name
ELIDED = re.compile(r"[ \t]*(?:\([^()\n]*\)\.?)?[ \t]*[,;][ \t]*"
                    r"(?P<words>(?:[а-яё]+|[А-ЯЁ]{2,})(?:[ \t]+(?:[а-яё]+|[А-ЯЁ]{2,})){0,3})[ \t]+")


def elided_role(text: str, prev: dict, start: int) -> str:
    """The role of a name at `start` whose item gives only a complement of the previous item's role (`prev`, a
    mention with `end` and `role`), or "".

    >>> text = "учителей физики Котовой А.А. (опыты), начальных классов Лосевой Н.А."
    >>> elided_role(text, {"end": 28, "role": "учитель физики"}, text.index("Лосевой"))
    'учитель начальных классов'
    >>> text = "учителей физики Котовой А.А., завуча Лосевой Н.А."
    >>> elided_role(text, {"end": 28, "role": "учитель физики"}, text.index("Лосевой"))
    ''
    """
    m = ELIDED.fullmatch(text, prev["end"], start)
    words = m.group("words").split() if m else []
    if not words or not all(_complement(w) for w in words):
        return ""
    role = prev["role"].split()
    head = next((k for k, w in enumerate(role) if is_role_word(w)), None)
    return " ".join(role[:head + 1] + words) if head is not None else ""


def _complement(word: str) -> bool:
    """An acronym («ИЗО») or a lowercase genitive that is no role and no verb."""
    if word.isupper():
        return True
    if is_role_word(word) or is_title_word(word):
        return False
    best = parses(word)[0]
    return best.tag.POS in ("NOUN", "ADJF", "PRTF") and any(p.tag.case == "gent" for p in parses(word)[:3])
