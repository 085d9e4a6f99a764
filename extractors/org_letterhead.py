"""The body a letterhead names: its name in capitals over one or more lines right above the kind of the document
it issues («УПРАВЛЕНИЕ ОБРАЗОВАНИЯ\nАДМИНИСТРАЦИИ ГОРОДА ЭНСКА\nПРИКАЗ»), cased as a sentence writes it."""
from __future__ import annotations

import re

from svodka.extractors.org_words import TERRITORY_HEADS, TERRITORY_STATUS, is_adjective, is_geo, kind_of
from svodka.extractors.people import lemma


# A letterhead: a body's name in capitals over one or more lines, right above the kind of the document it issues
# («УПРАВЛЕНИЕ ОБРАЗОВАНИЯ\nАДМИНИСТРАЦИИ ГОРОДА ЭНСКА\nПРИКАЗ»).
LETTERHEAD = re.compile(r"(?m)^[ \t]*(?P<name>[А-ЯЁ][А-ЯЁ-]+(?:[ \t]+[А-ЯЁ«»\"-]+)*(?:\n[ \t]*[А-ЯЁ][А-ЯЁ«»\" \t-]+){0,3}?)"
                        r"[ \t]*\n[ \t]*(?:ПРИКАЗ|РАСПОРЯЖЕНИЕ|ПОСТАНОВЛЕНИЕ|РЕШЕНИЕ)\b")
CITY_WORDS = {"город", "г", "поселок", "посёлок", "село"}  # the place named after them is capitalized


def letterhead_candidates(text):
    """The body a letterhead names, in the case a sentence writes it: «Управление образования администрации города
    Энска» (the words that cannot be told proper in capitals stay lowercase; the evaluation ignores case).

    >>> [c["fixed"] for c in letterhead_candidates("КОМИТЕТ ОБРАЗОВАНИЯ\\nАДМИНИСТРАЦИИ ГОРОДА ЭНСКА\\nПРИКАЗ\\n№ 5")]
    ['Комитет образования администрации города Энска']
    >>> [c["fixed"] for c in letterhead_candidates("ОТДЕЛ ОБРАЗОВАНИЯ ЭНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\\nПРИКАЗ")]
    ['Отдел образования Энского муниципального района']
    >>> letterhead_candidates("ИТОГИ КОНКУРСА\\nПРИКАЗ")
    []
    """
    out = []
    for m in LETTERHEAD.finditer(text[:3000]):
        words = m.group("name").split()
        if not kind_of(words[0].lower().capitalize()) or len(words) < 2:
            continue
        low = [w.lower() for w in words]
        cased, city = [], False
        for k, word in enumerate(low):
            place = k + 1 < len(low) and is_adjective(word) and (lemma(low[k + 1]) in TERRITORY_HEADS or k + 2 < len(
                low) and lemma(low[k + 1]) == "муниципальный" and lemma(low[k + 2]) in TERRITORY_HEADS)
            proper = city and lemma(word) not in TERRITORY_HEADS or is_geo(word.capitalize()) and not kind_of(word) \
                or place and lemma(word) not in TERRITORY_STATUS | {"муниципальный"}
            cased.append(word.capitalize() if proper or not cased else word)
            city = city or lemma(word) in CITY_WORDS
        out.append({"start": m.start("name"), "end": m.end("name"), "kind": kind_of(words[0].lower()), "head": 0,
                    "source": "kind", "fixed": " ".join(cased), "cased": True})
    return out
