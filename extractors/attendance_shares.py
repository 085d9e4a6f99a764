"""Shares of a head count by school or place, listed after its colon.

«46 школьников: в гимназии № 6 (15 чел.), школе № 3 – 9 чел., в лицее № 1 и
школе № 18 – по 7 человек», «27 учителей из четырёх городов: Лесозаводска (7),
Артёма (6) и Уссурийска (1)»: every item of the list is a school or a place
(a capitalized name) with its count in brackets or after a dash; «A и B – по 7»
gives 7 to each. One share per school or place, its label the people of the
whole and the school or place («школьники школы № 3», «учителя Лесозаводска»).
A list any item of which is something else (a nomination, a title in quotes,
a number first: «270 – в секциях») is left to the breakdown rules.
"""
from __future__ import annotations

import re

ITEM = re.compile(r"^(?P<name>[^()–—]+?)\s*(?:\(\s*(?:около\s+|более\s+)?(?P<paren>\d{1,6})\s*(?P<unit1>[а-яё][а-яё.]*)?\s*\)"
                  r"|\s[-–—]\s*(?P<by>по\s+)?(?P<dash>\d{1,6})\s*(?P<unit2>[а-яё][а-яё.]*)?)\s*\.?$", re.IGNORECASE)
LEADING_PREPOSITION = re.compile(r"^(?:в|во|на|из|от)\s+", re.IGNORECASE)
AND = re.compile(r"\s+и\s+")
ITEM_AND = re.compile(r"(?:(?<=\))|(?<=чел\.)|(?<=человек)|(?<=человека))\s+и\s+")  # «… (1) и Большого Камня (1)»
MAX_NAME_WORDS = 5
MIN_ITEMS = 2


def _segments(text: str, start: int):
    """(start, end) of the comma/semicolon-separated items of text[start:], not splitting inside «» or ()."""
    depth, cut = 0, start
    for pos in range(start, len(text)):
        char = text[pos]
        if char in "«(":
            depth += 1
        elif char in "»)":
            depth = max(0, depth - 1)
        elif char in ",;" and depth == 0:
            yield cut, pos
            cut = pos + 1
    yield cut, len(text)


def _items(text: str, start: int):
    """(start, end) of each list item after `start`: commas, semicolons, and «и» after a completed item."""
    for s, e in _segments(text, start):
        cut = s
        for match in ITEM_AND.finditer(text, s, e):
            yield cut, match.start()
            cut = match.end()
        yield cut, e


def _is_unit(word: str | None) -> bool:
    from svodka.normalizers.counted import _is_people

    return word is None or word.lower().rstrip(".") in ("чел", "человек", "человека") or _is_people(word.rstrip("."))


def _is_name(name: str) -> bool:
    """A school («гимназии № 6», «МБОУ «СОШ № 12»») or a place named by a capitalized word («Большого Камня»)."""
    from svodka.extractors.schools import find_mentions

    if not name or len(name.split()) > MAX_NAME_WORDS or name.startswith("«"):
        return False
    mentions = find_mentions(name)
    if mentions:
        return mentions[0]["start"] == 0 and mentions[-1]["end"] >= len(name.rstrip("»")) - 1
    return name[:1].isupper() and not re.search(r"\d", name)


def _genitive(name: str) -> str:
    """A school in the genitive («школе № 3» → «школы № 3»); a place as written (it follows «из N городов:»)."""
    from svodka.normalizers.phrases import inflect_phrase

    words = name.split()
    return inflect_phrase(words, "gent") if words[0][:1].islower() else name


def school_shares(sentence: str, colon: int, people: str) -> list[dict]:
    """The shares listed after the colon at `colon`: dicts with count, label, start and end (offsets into the
    sentence), or [] unless at least MIN_ITEMS items in a row are schools or places with their counts."""
    out = []
    for s, e in _items(sentence, colon + 1):
        item = sentence[s:e].strip()
        match = ITEM.match(item)
        if not match:
            break
        name = LEADING_PREPOSITION.sub("", match.group("name").strip())
        names = [LEADING_PREPOSITION.sub("", n) for n in AND.split(name)]
        count = match.group("paren") or match.group("dash")
        if not _is_unit(match.group("unit1") or match.group("unit2")) or not all(_is_name(n) for n in names):
            break
        lead = s + len(sentence[s:e]) - len(sentence[s:e].lstrip())
        number = lead + match.start("paren" if match.group("paren") else "dash")
        each = bool(match.group("by")) and len(names) > 1
        labels = [f"{people} {_genitive(n)}" for n in names] if each else \
            [f"{people} {' и '.join(_genitive(n) for n in names)}"]
        out.extend({"count": int(count), "label": label, "start": number, "end": number + len(count)}
                   for label in labels)
    return out if len(out) >= MIN_ITEMS else []
