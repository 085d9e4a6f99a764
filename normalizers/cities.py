"""City names: any inflected form to the nominative, and whether a word is a city at all.

A word list (`extractors/data/cities.txt`) tells cities from districts and
regions («Междуреченск» is a city, «Центральный» a district, «Кузбасс» a
region); pymorphy3 brings inflected forms back to the nominative, part by part
for hyphenated names («Ленинск-Кузнецкого» → «Ленинск-Кузнецкий»).
"""
from __future__ import annotations

import functools
import itertools
import re

from normalizers.wordlists import data_lines


# Endings of Russian town names, for toponyms that are not in the list.
TOWN_ENDINGS = re.compile(r"(?:ск|цк|ово|ево|ино|ыно|град|горск|поль|бург|ы|и)$")
PARTS = re.compile(r"([\s-]+)")
CITY_WORD = re.compile(r"^(?:г\.|гор\.|город)\s*")
# «Междуреченский городской округ» → Междуреченск, «Беловский» → Белово: stems of city adjectives.
ADJECTIVE_ENDINGS = (("ский", ("ск", "о", "", "и")), ("цкий", ("цк",)))


def _morph():
    from extractors import models  # imported late: the extractors package imports this module

    return models.morph()


def _key(text: str) -> str:
    return " ".join(str(text).lower().replace("ё", "е").split())


@functools.lru_cache(maxsize=1)
def cities() -> dict[str, str]:
    """Normalized key → the city as written in the list."""
    out = {}
    for line in data_lines("cities.txt"):
        out[_key(line)] = line
    return out


def _nominatives(part: str, geox_only: bool) -> list[str]:
    """Nominative candidates of one word of a name, most likely first."""
    out = []
    for parse in _morph().parse(part)[:4]:
        if geox_only and "Geox" not in parse.tag:
            continue
        if parse.normal_form not in out:
            out.append(parse.normal_form)
    return out


def _title(name: str) -> str:
    return "".join(p if PARTS.fullmatch(p) or p in ("на", "де") else p[:1].upper() + p[1:]
                   for p in PARTS.split(name))


@functools.lru_cache(maxsize=8192)
def city_nominative(word: str, loose: bool = False) -> str:
    """The city a word names, in the nominative; "" when it is not a city.

    `loose` also accepts toponyms missing from the list, for contexts that
    already say «город» («г. Абинска»).

    >>> city_nominative("Междуреченска")
    'Междуреченск'
    >>> city_nominative("Ленинск-Кузнецкого")
    'Ленинск-Кузнецкий'
    >>> city_nominative("Красноярске")
    'Красноярск'
    >>> city_nominative("Центральный"), city_nominative("Кузбасса"), city_nominative("г. Мыски")
    ('', '', 'Мыски')
    >>> city_nominative("Абинска"), city_nominative("Абинска", loose=True)
    ('', 'Абинск')
    """
    word = CITY_WORD.sub("", " ".join(str(word).strip(" \t.,;:«»\"()").split()))
    if not word or not word[0].isupper():
        return ""
    table = cities()
    if _key(word) in table:
        return table[_key(word)]
    pieces = PARTS.split(word)
    words = pieces[::2]
    if len(words) > 4:
        return ""
    options = [_nominatives(w, geox_only=False) or [w.lower()] for w in words]
    for combo in itertools.islice(itertools.product(*options), 64):
        joined = "".join(combo[i // 2] if i % 2 == 0 else pieces[i] for i in range(len(pieces)))
        if _key(joined) in table:
            return table[_key(joined)]
    if loose and len(words) == 1:
        for parse in _morph().parse(words[0])[:3]:
            if {"Geox", "NOUN"} <= parse.tag.grammemes and TOWN_ENDINGS.search(parse.normal_form):
                return _title(parse.normal_form)
    return ""


@functools.lru_cache(maxsize=4096)
def city_of_adjective(word: str) -> str:
    """The listed city an adjective is made from, for «X городской округ»; "" when none.

    >>> city_of_adjective("Междуреченского"), city_of_adjective("Беловский"), city_of_adjective("Новокузнецкого")
    ('Междуреченск', 'Белово', 'Новокузнецк')
    >>> city_of_adjective("Центральный")
    ''
    """
    table = cities()
    for parse in _morph().parse(word)[:3]:
        if "ADJF" not in parse.tag:
            continue
        normal = parse.normal_form
        for ending, replacements in ADJECTIVE_ENDINGS:
            if normal.endswith(ending):
                stem = normal[: -len(ending)]
                for tail in replacements:
                    if _key(stem + tail) in table:
                        return table[_key(stem + tail)]
    return ""


MUNICIPALITY = re.compile(r"^(?P<adj>[А-ЯЁ][\w-]+)\s+(?:городск\w*\s+округ\w*|ГО)\b")


def city_of_place(text: str) -> str:
    """The city a place phrase names: «г. Междуреченск», «Мысков», «Беловского городского округа».

    >>> city_of_place("г. Междуреченск"), city_of_place("Междуреченского городского округа"), city_of_place("Центральный")
    ('Междуреченск', 'Междуреченск', '')
    """
    text = " ".join(str(text or "").split())
    municipality = MUNICIPALITY.match(text)
    if municipality:
        word = municipality.group("adj")
        return city_nominative(word) or city_of_adjective(word)
    return city_nominative(text)


def is_city(label: str) -> bool:
    """True when a table row label or a heading names a known city.

    >>> is_city("Междуреченск"), is_city("Центральный"), is_city("ИТОГО")
    (True, False, False)
    """
    return bool(city_of_place(label))
