"""Kinds of events (`extractors/data/event_kinds.txt`) and the patterns that find one in a title, a heading or a cell:
vocabulary events, tables and attendance labels share."""
from __future__ import annotations

import re

from svodka.normalizers.morph import parses
from svodka.normalizers.wordlists import data_lines

SHORT_WORD = 4  # letters: a stem cut from a word this short says too little («дни» → «дней» shares only «дн»)


def _word_regex(word: str) -> str:
    """A word of a kind in any case: a longer word by its stem, a short one by its forms (pymorphy3, in the word's
    own number: «дни» → дни|дней|дням|днями|днях; a fleeting vowel is no problem then); ё and е alike.

    >>> _word_regex("дни")
    '(?:днями|дней|дням|днях|дни)'
    """
    if len(word) > SHORT_WORD:
        stem = word[:-2] if len(word) > 6 else word[:-1]
        return re.escape(stem).replace("ё", "[её]") + r"\w*"
    best = parses(word)[0]
    forms = {f.word for f in best.lexeme if f.tag.number == best.tag.number} | {word}
    return "(?:" + "|".join(re.escape(f).replace("ё", "[её]") for f in sorted(forms, key=lambda f: (-len(f), f))) + ")"


def _kind_regex(kind: str) -> str:
    """A kind's words in any case, a hyphen or a spaced dash between the parts of a compound.

    >>> re.fullmatch(_kind_regex("дни науки"), "днях науки") is not None
    True
    """
    words = []
    for word in kind.split():
        parts = [_word_regex(p) for p in word.split("-")]
        words.append(r"\s*[-‐–]?\s*".join(parts))
    return r"\s+".join(words)


def load_kinds(name: str = "event_kinds.txt") -> dict[str, str]:
    """Event kinds from the data file: surface kind -> kind written to events.csv."""
    kinds = {}
    for line in data_lines(name):
        line = line.split("#", 1)[0].strip()
        if line:
            surface, _, general = line.partition("=")
            kinds[surface.strip().lower()] = (general or surface).strip().lower()
    return kinds


KINDS = load_kinds()
_ALTERNATIVES = sorted(KINDS, key=len, reverse=True)
KIND_ANY = re.compile(r"(?<![\w-])(" + "|".join(f"(?P<k{i}>{_kind_regex(k)})" for i, k in enumerate(_ALTERNATIVES))
                      + r")(?![\w-])", re.IGNORECASE)
# A heading or cell that starts with an event kind, after up to three qualifying words.
QUALIFIER = r"(?:[IVXLC]+|\d+-?\w{0,2}|[\w-]+(?:ая|яя|ий|ый|ой|ое|ее|ые|ие))"
KIND_START = re.compile(r"^\s*(?:" + QUALIFIER + r"\s+){0,3}?" + KIND_ANY.pattern, re.IGNORECASE)


def kind_of(text: str, start_only: bool = False) -> tuple[str, int, int] | None:
    """(kind, start, end) of the first event kind named in `text`.

    >>> kind_of("Региональная научно-практическая конференция «Система оценки»")[0]
    'конференция'
    >>> kind_of("Форсайт- сессия «Проектирование»")[0]
    'форсайт-сессия'
    """
    match = (KIND_START.match if start_only else KIND_ANY.search)(text)
    if not match:
        return None
    for name, value in match.groupdict().items():
        if value is not None:
            kind = KINDS[_ALTERNATIVES[int(name[1:])]]
            return kind, match.start(name), match.end(name)
    return None


TITLE_HEADER = re.compile(r"мероприят|названи|наименовани|тема|форма", re.IGNORECASE)
