"""A person's organization as a table writes it: cleaned of punctuation and places, in the nominative
(«МБОУ лицея № 11» → «МБОУ лицей № 11», «67-й школы» → «67-я школа»), and whether a lowercase phrase names
a body at all («отдела образования» does, «образовательной организации» does not)."""
from __future__ import annotations

import re

from svodka.extractors.person_words import ORG_KINDS, ORG_UNITS, lemma, parses
from svodka.normalizers.orgs import is_acronym, nominative_org
from svodka.normalizers.schools import kind_regex

PLACE_ONLY = re.compile(r"(?:г|гор|с|п|пос|ст|д)\.\s*[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?$|город[а-я]*\s+[А-ЯЁ][а-яё-]+$")


def clean_org(org: str) -> str:
    org = TRAILING_AND.sub("", org.strip(" ,.-–—"))  # «МБОУ «СОШ № 2» и» before the next name
    if re.fullmatch(r"«[^«»]+»", org):
        org = org[1:-1]
    if not org or not any(ch.isupper() for ch in org) and "№" not in org and not names_a_body(org):
        return ""
    words = org.split()
    if len(words) == 1 and not is_acronym(org) and any("Geox" in p.tag for p in parses(org)) or PLACE_ONLY.match(org):
        return ""  # «г. Энска»: a place, not an organization
    return ordinal_school(org) or school_nominative(org) or adjective_school(org) or nominative_org(org)


TRAILING_AND = re.compile(r"\s+и$")
SCHOOL_ADJECTIVE = re.compile(r"([А-ЯЁ][а-яё]+(?:ой|ей|ую))[ \t]+(?:СОШ|ООШ|НОШ)\b")


def adjective_school(org: str) -> str:
    """«Озёрской СОШ № 2» → «Озёрская СОШ № 2»: a village's adjective before a school's acronym agrees with
    «школа»; '' for anything else."""
    m = SCHOOL_ADJECTIVE.match(org)
    form = next((p.inflect({"nomn", "sing", "femn"}) for p in parses(m.group(1).lower()) if p.tag.POS == "ADJF"),
                None) if m else None
    return form.word.capitalize() + org[m.end(1):] if form else ""


def names_a_body(org: str) -> bool:
    """A lowercase phrase that still names one body: a unit with its complement («отдела образования»,
    «профсоюзной организации «Профсоюз образования»»), or a school's kind («детского сада «Росинка»»);
    a bare «образовательной организации» names none."""
    if ordinal_school(org):
        return True  # «67-й школы»
    words = re.findall(r"[а-яё]+(?:-[а-яё]+)*|\S", org.lower())
    for k, word in enumerate(words):
        if not word[:1].isalpha():
            return False
        if lemma(word) in ORG_UNITS | ORG_KINDS:
            return k + 1 < len(words) or k >= 2  # «городского методического объединения»
        if parses(word)[0].tag.POS not in ("ADJF", "PRTF"):
            break
    if len(words) == 2 and "Anum" in parses(words[0])[0].tag and kind_regex().match(words[1]):
        return True  # «первой гимназии», «третьей школы»: a school named by its ordinal
    return bool(kind_regex().match(org)) and len(org.split()) > 2


NUMBERED_ORDINAL = re.compile(r"(\d{1,3})-?(?:й|я|ой|ая|ей|ую|го|ого|его|му|ому|м|ом)\s+([а-яё]+)")


def ordinal_school(org: str) -> str:
    """«67-й школы» → «67-я школа»: a school named by its number as an ordinal, in the nominative; '' else."""
    m = NUMBERED_ORDINAL.fullmatch(org)
    if not m or not kind_regex().match(m.group(2)):
        return ""
    form = next((p.inflect({"nomn", "sing"}) for p in parses(m.group(2)) if p.tag.POS == "NOUN"), None)
    if form is None:
        return ""
    ending = {"femn": "я", "masc": "й", "neut": "е"}.get(form.tag.gender, "й")
    return f"{m.group(1)}-{ending} {form.word}"


SCHOOL_AFTER_FORM = re.compile(r"^([А-ЯЁ]{2,}\s+)(.*?)(?:\s+г\.\s*[А-ЯЁ][а-яё-]+)?$")


def school_nominative(org: str) -> str:
    """«МБОУ лицея № 11 г. Энска» → «МБОУ лицей № 11»: a legal form, then a school's kind (in an oblique
    case), the town after it being the school's place, not its name; '' for anything else."""
    m = SCHOOL_AFTER_FORM.match(org)
    if not m or not kind_regex().match(m.group(2)):
        return ""
    rest = m.group(2) if not m.group(2)[:1].islower() else nominative_org(m.group(2))
    return m.group(1) + (rest[:1].lower() + rest[1:] if m.group(2)[:1].islower() else rest)
