"""Phrases quoted from a report, put in another case: «городской недели» → «городская неделя».

Pure functions over words, with pymorphy3: the case a phrase is in (from its
head noun and the adjectives agreeing with it) and the phrase in another case,
abbreviations («ЕГЭ», «НПК») and Roman numerals kept as written.
"""
from __future__ import annotations

import re

from svodka.normalizers.morph import parses

ROMAN = re.compile(r"[IVXLC]+")


def _parse(word: str, cases=()):
    """The first reading of a word with one of `cases`, else its first reading."""
    found = parses(word)
    for parse in found:
        if any(c in parse.tag for c in cases):
            return parse
    return found[0]


def agreed_cases(words: list[str]) -> tuple[str, ...]:
    """The case a phrase quoted from the text is in, from its head noun and the adjectives agreeing with it
    («городской недели» is a genitive singular, not «недели» as a nominative plural).

    >>> agreed_cases(["городской", "недели", "молодого", "педагога"]), agreed_cases(["Неделя", "молодого"])
    (('gent',), ('nomn',))
    """
    nouns = [k for k, w in enumerate(words) if w[:1].isalpha() and not (len(w) > 1 and w.isupper())
             and parses(w.lower())[0].tag.POS == "NOUN"]
    if not nouns:
        return ("nomn",)
    modifiers = [w for w in words[:nouns[0]] if w[:1].isalpha()]
    for parse in parses(words[nouns[0]].lower()):
        case, number = parse.tag.case, parse.tag.number
        if parse.tag.POS == "NOUN" and case and all(
                any(p.tag.case == case and p.tag.number == number for p in parses(m.lower())) for m in modifiers):
            return (case,)
    return ("nomn",)


def _lemmas(word: str) -> set[str]:
    low = word.lower()
    return {low} | {p.normal_form for p in parses(low)}


def inflect_phrase(words: list[str], case: str, cases=()) -> str:
    """The adjectives and head noun of a phrase in `case` (number kept); its complements as written.
    An abbreviation («ЕГЭ по …», «НПК …») is a head noun that does not change.

    >>> inflect_phrase(["общегородское", "родительское", "собрание"], "loct", ("nomn",))
    'общегородском родительском собрании'
    >>> inflect_phrase(["ЕГЭ", "по", "математике"], "nomn")
    'ЕГЭ по математике'
    """
    out, done = [], False
    for word in words:
        abbreviation = len(word) > 1 and word.isupper() and not ROMAN.fullmatch(word)  # «VI городской фестиваль»
        if ROMAN.fullmatch(word):
            out.append(word)
            continue
        if done or word.startswith("«") or not word[:1].isalpha() or word[:1].isupper() and out or abbreviation:
            done = done or word.startswith("«") or abbreviation
            out.append(word)
            continue
        parse = _parse(word.lower(), cases)
        if parse.tag.POS in ("NOUN", "ADJF", "PRTF"):
            form = parse.inflect({case})
            out.append(form.word if form else word.lower())
            done = parse.tag.POS == "NOUN"
        else:
            out.append(word.lower())
    return " ".join(out)
