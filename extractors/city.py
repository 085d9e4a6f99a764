"""The city a document is about (issue 4): `meta(doc)["city"]`, nominative, "" for a region.

Every capitalized word that names a city (`normalizers.cities`) is a vote:
«г. Черногорск», «города Новокузнецка», «Ленинск-Кузнецкого городского
округа» count three times, a plain mention once, a city in an enumeration of
cities («Кемерово, Белово, Гурьевска») half, and table cells not at all (they
list where participants came from). Votes in the document's opening count
double. The leader wins only if it is clearly ahead; a report about a region
(«Кузбасс», «Красноярский край») that names a few towns in passing gets "".
"""
from __future__ import annotations

import re
from collections import defaultdict

from spacy.language import Language
from spacy.tokens import Doc

from normalizers.cities import city_nominative, city_of_adjective
from pipeline.records import meta

CANDIDATE = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")
CITY_BEFORE = re.compile(r"(?:\bг\.|\bгор\.|\bгород(?:а|е|у|ом)?|\bгородах|\bгородов)\s*$", re.IGNORECASE)
MUNICIPALITY_AFTER = re.compile(r"\s*(?:городск\w*\s+округ\w*|ГО\b)")
STRONG, PLAIN, LISTED = 3.0, 1.0, 0.5
OPENING = 600  # characters of the title and first lines
MIN_SCORE, LEAD = 3.0, 2.0


def _listed(text: str, start: int, end: int) -> bool:
    """Whether a city stands in a comma list of other cities."""
    before = re.search(r"([А-ЯЁ][\w-]+)\s*,\s*$", text[max(0, start - 40):start])
    after = re.match(r"\s*,\s*([А-ЯЁ][\w-]+)", text[end:end + 40])
    return any(m and city_nominative(m.group(1)) for m in (before, after))


def city_votes(text: str) -> dict[str, float]:
    """City → weighted count of its mentions in prose.

    >>> dict(city_votes("г. Черногорск. Глава города Черногорска и гости из Абакана"))
    {'Черногорск': 12.0, 'Абакан': 2.0}
    """
    votes: dict[str, float] = defaultdict(float)
    for match in CANDIDATE.finditer(text):
        start, end = match.span()
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if "\t" in text[line_start:line_end if line_end >= 0 else len(text)]:
            continue
        strong = bool(CITY_BEFORE.search(text[max(0, start - 12):start]) or MUNICIPALITY_AFTER.match(text, end))
        city = city_nominative(match.group(), loose=strong)
        if not city and MUNICIPALITY_AFTER.match(text, end):
            city = city_of_adjective(match.group())
        if not city:
            continue
        weight = STRONG if strong else LISTED if _listed(text, start, end) else PLAIN
        votes[city] += weight * (2 if start < OPENING else 1)
    return votes


def document_city(text: str) -> str:
    """The city a document is about, or "" when no city clearly leads.

    >>> document_city("В Красноярске прошла сессия. Работа в Красноярске. Итоги сессии в Красноярске.")
    'Красноярск'
    >>> document_city("Съезд педагогов Кузбасса. Опыт Кемерова, Междуреченска и Мариинского района.")
    ''
    """
    votes = sorted(city_votes(text).items(), key=lambda kv: -kv[1])
    if not votes or votes[0][1] < MIN_SCORE:
        return ""
    if len(votes) > 1 and votes[0][1] < LEAD * votes[1][1]:
        return ""
    return votes[0][0]


@Language.component("svodka_city")
def city_component(doc: Doc) -> Doc:
    info = meta(doc)
    if not info.get("city"):
        info["city"] = document_city(doc.text)
    return doc
