"""The organization a name is written with when no apposition gives one.

Lists of winners and participants name a person's school or body beside the
name, not in an apposition: «Иванов Пётр (МБОУ СОШ № 3, учитель Петрова А.А.)»,
«Сидорова Анна МБДОУ № 12;», «МКОУ «Энская СОШ» (директор Петров А.А.)». A
report's section heading may name the host of the section's event
(«Семинар «…» (МБОУ «СОШ № 5»)»), whose staff the section names without it.
School mentions come from `svodka_schools` (their spans); other organizations
are recognised by shape: a legal form or an acronym first, or a capitalized
phrase with a kind of body in it.
"""
from __future__ import annotations

import bisect
import re

from svodka.extractors.person_words import (
    LEGAL_FORM_SHAPE, LEGAL_FORMS, ORG_KINDS, ORG_UNITS, TEAM_NOUNS, is_role_word, is_title_word, lemma, parses,
)
from svodka.normalizers.lines import line_of
from svodka.extractors.person_roles import clean_org
from svodka.normalizers.morph import known
from svodka.normalizers.orgs import modifies, nominative_org
from svodka.normalizers.schools import FORM_RE, kind_regex

ACRONYM_LIKE = re.compile(r"(?:[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ][А-ЯЁа-яё]*\d*|[А-ЯЁ]{2,}\d+)(?:-[А-ЯЁ]{2,})*(?![а-яё])")
PLACE_TAIL = re.compile(r"[ \t]*(?:г|с|п|д|ст|пос|пгт|х|дер)\.[ \t]*[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")
WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
NUMBERED = re.compile(r"№[ \t]*\d")
OPEN_BRACKET = re.compile(r"[ \t]*\(")
# A name, then its school: «Петров Илья МБДОУ № 5», «Петров Илья, МБДОУ № 5», «Анна Котова из школы № 7», a
# learner's class between («Илья Петров из 6 класса Энской школы», «Петров Илья, 8 «А» класс СОШ № 2»), a
# structural unit's abbreviation before the school it belongs to («Котова Анна, СП «Детский сад № 2» ГБОУ …»).
UNIT_PREFIXES = ("СП", "ОСП", "ОП")
SCHOOL_GAP = re.compile(r"[ \t]*(?:,\s*)?(?P<from>из[ \t]+)?"
                        r"(?P<cls>\d{1,2}[ \t]*-?[ \t]*(?:«?[А-ЯЁа-яё]»?[ \t]*)?класс[а-я]*[ \t]+(?P<adj>[А-ЯЁ][а-яё]+(?:ой|ей|ая|ого)[ \t]+)?)?"
                        r"(?P<unit>(?:" + "|".join(UNIT_PREFIXES) + r")[ \t]*(?:[–—-][ \t]*)?«?[ \t]*)?")
LIST_JOIN = re.compile(r"[ \t]*(?:,|и)[ \t]*")
SENTENCE_START = re.compile(r"[.!?]\s+(?=[А-ЯЁ«])")
SENTENCE_REACH = 2000  # characters looked back for a sentence's start: a long line is read in pieces
HOST_HEADING = re.compile(r"\((?P<org>[^()\n]+)\)\.?[ \t]*$")
# Roles of staff whose organization is the one a list item or a section names for its pupils or event.
STAFF_ROLES = {"учитель", "учительница", "педагог", "воспитатель", "воспитательница", "наставник", "руководитель",
               "тренер", "преподаватель", "преподавательница", "инструктор", "заместитель", "зам", "директор", "методист", "педагог-психолог", "логопед",
               "учитель-логопед", "педагог-организатор", "заведующий", "заведующая", "старший"}


def bracket_items(text: str, start: int) -> list[tuple[int, int]]:
    """The comma-separated items of the bracket opened at text[start] («(» included), up to its «)» or
    the line's end; quotes keep their commas."""
    items, depth, item_start = [], 0, start + 1
    for k in range(start + 1, min(len(text), start + 400)):
        ch = text[k]
        if ch == "«":
            depth = 1
        elif ch == "»":
            depth = 0
        elif ch in ")\n" or ch in ",;" and depth == 0:
            items.append((item_start, k))
            item_start = k + 1
            if ch in ")\n":
                break
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].rstrip())) for s, e in items]


def is_org_like(phrase: str) -> bool:
    """A phrase that names an organization by its shape: a legal form, a school's kind, an acronym
    first («РЛИ», «ИТЛ24 г. Энска»), or capitalized words with a kind of body among them («Федеральное
    … учреждение «…»»); not a role, a person or a class («5А класс»)."""
    words = WORD.findall(phrase)
    if not words or is_role_word(words[0]) or is_title_word(words[0]):
        return False
    if kind_regex().match(phrase) and (len(words) > 1 or phrase[:1].isupper() or NUMBERED.search(phrase)):
        return True  # «детский сад «Рябинушка»», «Гимназия № 1», «лицей №17»
    if not phrase[:1].isupper():  # «(управление образования ЭАО)»: a body's kind in lowercase, named by an acronym
        return lemma(words[0]) in ORG_KINDS | ORG_UNITS and any(ACRONYM_LIKE.fullmatch(w) for w in words[1:])
    if FORM_RE.match(phrase) or ACRONYM_LIKE.match(phrase):
        return True
    if len(words) <= 6 and parses(words[0].lower())[0].tag.POS == "ADJF" and kind_regex().search(phrase):
        return True  # «Сурская средняя школа»: a place's adjective before a school's kind
    return any(lemma(w) in ORG_KINDS | ORG_UNITS or ACRONYM_LIKE.fullmatch(w) for w in words[1:6])


def school_at(schools, pos: int):
    """The school mention starting at `pos` (spans as (start, end)), or None."""
    return next(((s, e) for s, e in schools if s == pos), None)


def org_beside(text: str, start: int, end: int, schools) -> tuple[str, tuple | None]:
    """The organization written right after a name: the first organization in its bracket («(5 класс,
    МБОУ «Лицей № 2»)»), or a school mention right after it («Петров Илья МБДОУ № 5;», «Петров Илья,
    МБОУ «Гимназия», рук. …»)."""
    bracket = OPEN_BRACKET.match(text, end)
    if bracket:
        for s, e in bracket_items(text, bracket.end() - 1):
            if is_org_like(text[s:e]):
                return text[s:e].rstrip(" .").strip(), (s, e)
        return "", None
    gap = SCHOOL_GAP.match(text[end:end + 40])
    school = school_at(schools, end + gap.end())
    adjective = gap.group("adj") and school  # «Озёрской СОШ № 2»: the adjective is not part of the mention
    school = school or gap.group("adj") and school_at(schools, end + gap.start("adj"))
    if not school and gap.group("from"):
        school = described_before(text, end + gap.end(), schools)  # «из физико-математического лицея № 9»
    if not (school and school[1] > school[0]):
        return described_school(text, end + gap.end()) if gap.group("from") else ("", None)
    school = with_place(text, (gap.start("adj") + end if adjective else school[0], school[1]))
    if gap.group("unit"):  # the unit's abbreviation and its quoted name
        school = (end + gap.start("unit"), school[1] + (text[school[1]:school[1] + 1] == "»"))
        return text[school[0]:school[1]], school
    return (school_org(text, school) if gap.group("from") or gap.group("cls") else text[school[0]:school[1]]), school


def described_before(text: str, pos: int, schools) -> tuple[int, int] | None:
    """A school mention after one to three adjectives from `pos` on («из Энской сош № 1», «из
    физико-математического лицея № 9»): the span from the adjectives, or None."""
    k = bisect.bisect_right(schools, (pos, len(text)))
    if k == len(schools) or schools[k][0] > pos + 80:
        return None
    words = text[pos:schools[k][0]].split()
    head = WORD.match(text, schools[k][0])
    if not 1 <= len(words) <= 3 or not head or not all(WORD.fullmatch(w) and parses(w.lower())[0].tag.POS in (
            "ADJF", "PRTF") and "Apro" not in parses(w.lower())[0].tag for w in words) \
            or known(head.group().lower()) and not modifies(words[-1], head.group()):
        return None  # (not «из нашей школы»; «сош» is no word to agree with)
    return pos, schools[k][1]


DESCRIBED_SCHOOL = re.compile(r"(?:[а-яё]+[ \t]+){1,3}[а-яё]+")


def described_school(text: str, pos: int) -> tuple[str, tuple | None]:
    """A school a name comes «из» described by its adjectives, without a number («Иван Котов из второй
    городской школы» → «Вторая городская школа»); not a pronoun's («из нашей школы»)."""
    m = DESCRIBED_SCHOOL.match(text, pos, pos + 80)
    words = m.group().split() if m else []
    k = 0
    while k < len(words) and all(p.tag.POS == "ADJF" and "Apro" not in p.tag for p in parses(words[k])[:1]):
        k += 1
    if not k or k == len(words) or not kind_regex().fullmatch(words[k]):
        return "", None
    phrase = " ".join(words[:k + 1])
    span = (pos, pos + len(re.match(r"(?:[а-яё]+[ \t]+){%d}[а-яё]+" % k, m.group()).group()))
    return nominative_org(phrase), span


def school_org(text: str, span: tuple[int, int]) -> str:
    """A school mention as a person's organization: as written after a legal form («МБОУ СОШ № 6 г. Энска»),
    else in the nominative («мичуринской школы № 1» → «Мичуринская школа № 1»)."""
    school = text[span[0]:span[1]]
    return school if re.match(r"[А-ЯЁ]{2,}\b", school) else clean_org(school)


def with_place(text: str, school: tuple[int, int]) -> tuple[int, int]:
    """The school's span with the place written right after it («МБОУ СОШ № 6 г. Энска»)."""
    tail = PLACE_TAIL.match(text, school[1])
    return (school[0], tail.end()) if tail else school


def org_around(text: str, start: int, schools) -> tuple[str, tuple | None]:
    """The organization of the bracket a name stands in: an earlier item of it («(МКОУ СШ № 1, учитель
    Петрова А.А.)»), or the organization right before it («МКОУ «Энская СОШ» (директор Петров А.А.)»)."""
    line_start = line_of(text, start)[0]
    opened = text.rfind("(", line_start, start)
    if opened < 0 or ")" in text[opened:start]:
        return "", None
    for s, e in bracket_items(text, opened):
        if e > start:
            break
        if is_org_like(text[s:e]):
            return text[s:e], (s, e)
    before = text[line_start:opened].rstrip()
    school = next(((s, e) for s, e in schools if e == line_start + len(before) and s >= line_start), None)
    inner = WORD.findall(text[opened + 1:start])
    if not all(w.islower() for w in inner):  # only a role between the bracket and the name
        return "", None
    if school:
        return text[school[0]:school[1]], school
    formed = FORM_LED.search(before[-160:])
    first = formed.group().split()[0] if formed else ""
    if first in LEGAL_FORMS or LEGAL_FORM_SHAPE.fullmatch(first):  # «ГАУ ДПО ЭИРО (Котова Анна, методист)»
        s = line_start + len(before) - len(before[-160:]) + formed.start()
        return formed.group(), (s, line_start + len(before))
    body = QUOTED_BODY.search(before[-120:])
    words = list(WORD.finditer(body.group("kind"))) if body else []
    if words and lemma(words[-1].group()) in ORG_KINDS:
        # «в зале культурного центра «Радуга» (директор Котова А.И.)»: a named body in the genitive, with the
        # adjectives of its kind noun
        k = len(words) - 1
        while k and parses(words[k - 1].group())[0].tag.POS in ("ADJF", "PRTF"):
            k -= 1
        s = line_start + len(before) - len(before[-120:]) + body.start() + words[k].start()
        return clean_org(text[s:line_start + len(before)]), (s, line_start + len(before))
    return "", None


# A legal form's name: acronyms, then maybe a quoted name and a town («МУ ДО «Центр» г. Энска», «ГАУ ДПО ЭИРО»)
FORM_LED = re.compile(r"(?<![А-ЯЁа-яё«])(?:[А-ЯЁ]{2,}[ \t]+)*[А-ЯЁ]{2,}(?:[ \t]+«[^«»\n]+»)?(?:[ \t]*г\.[ \t]*[А-ЯЁ][а-яё-]+)?$")
# A body named in lowercase words before its quoted name («образовательного центра «Бухта»»)
QUOTED_BODY = re.compile(r"(?<![А-ЯЁа-яё])(?P<kind>(?:[а-яё]+[ \t]+){1,3})«[^«»\n]+»$")


def host_of_sections(text: str, schools) -> list[tuple[int, str, tuple]]:
    """(offset, organization, span) for each heading line that names its event's host in a closing bracket
    («Семинар-практикум «…» (МБОУ «СОШ № 5»)»), in text order."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        m = HOST_HEADING.search(line.group())
        if not m or re.search(r"[.!?]\s+[А-ЯЁ]", line.group()[:m.start()]):
            continue  # one sentence, the bracket closing it: a heading, not a paragraph
        s, e = line.start() + m.start("org"), line.start() + m.end("org")
        if any(a == s and b == e for a, b in schools):
            out.append((line.end(), text[s:e], (s, e)))
    return out


def subject_school(text: str, start: int, schools) -> tuple[str, tuple | None]:
    """The school a sentence opens with, as its subject («МБДОУ № 2 представляли педагоги воспитатель
    Петрова …»), for the staff it names."""
    floor = max(0, start - SENTENCE_REACH)  # within its line, never from the text's start
    line = text.rfind("\n", floor, start) + 1 or floor
    sentence = max(line, max((m.end() for m in SENTENCE_START.finditer(text, line, start)), default=0))
    first = re.match(r"\s*", text[sentence:start])
    school = school_at(schools, sentence + first.end())
    return (text[school[0]:school[1]], school) if school else ("", None)


def is_staff(role: str) -> bool:
    """A staff role, its head maybe after one modifier («научный руководитель»)."""
    return any(lemma(word) in STAFF_ROLES for word in role.split()[:2])


def share_school_backwards(text: str, mentions: list[dict]) -> None:
    """«1 место – Котов Иван, Лосев Пётр, МБОУ «СОШ № 8»», «Котов Иван и Лосев Пётр из школы № 8»: the school
    after the last name of a list is the school of every name listed before it that has none of its own."""
    for k in range(len(mentions) - 1, 0, -1):
        m, prev = mentions[k], mentions[k - 1]
        if m.get("list_school") and not prev["org"] and not prev["role"] \
                and LIST_JOIN.fullmatch(text, prev["end"], m["start"]):
            prev.update(org=m["org"], org_beside=True, list_school=True)


TEAM_WORD = re.compile(r"(?<![А-ЯЁа-яё])(?:команд|сборн)[а-яё]*")
TEAM_REACH = 1500  # characters a team's school reaches back (linear time in one-line texts)
ADJECTIVE_BEFORE = re.compile(r"([а-яё]+(?:-[а-яё]+)?)[ \t]+$")


def with_adjective(text: str, school: tuple[int, int]) -> tuple[int, int]:
    """The school's span with a lowercase adjective agreeing with its kind («озёрской школы № 2»)."""
    before = ADJECTIVE_BEFORE.search(text, max(0, school[0] - 40), school[0])
    head = WORD.match(text, school[0])
    if before and head and lemma(before.group(1)) not in TEAM_NOUNS and modifies(before.group(1), head.group()):
        return before.start(1), school[1]
    return school


def team_school(text: str, start: int, schools, line_start: int) -> tuple[tuple[int, int] | None, bool]:
    """(school, named) for the team a name is listed in: «команда [первая] школы № 1» earlier in its sentence,
    else, when the sentence names a team without a school («В составе команды выступали …»), the last team
    with a school earlier in its paragraph (from `line_start`); `named`: the sentence names a team."""
    line_start = max(line_start, start - TEAM_REACH)
    sentence = max([line_start] + [m.end() for m in SENTENCE_START.finditer(text, line_start, start)])
    latest, named = None, False
    for cue in TEAM_WORD.finditer(text, line_start, start):
        if lemma(cue.group()) not in TEAM_NOUNS:
            continue
        school = _school_after(text, cue.end(), schools)
        if school:
            latest = with_place(text, with_adjective(text, school))
        elif _names_another_team(text, cue.end()):
            latest = None  # «сборная Энска», «команда гостей»: a team of its own, not the one named before
        if cue.start() >= sentence:
            named = True
            if school:
                return latest, True
    return (latest if named else None), named


def _names_another_team(text: str, pos: int) -> bool:
    """The words after a team noun name the team (a capitalized word, a genitive complement), unlike «В составе
    команды выступали …», which refers to the team named before."""
    word = re.match(r"[ \t]+([А-ЯЁа-яё]+)", text[pos:pos + 40])
    if not word:
        return False
    best = parses(word.group(1).lower())[0]
    return word.group(1)[:1].isupper() or best.tag.POS in ("NOUN", "ADJF", "PRTF") and best.tag.case == "gent"


def _school_after(text: str, pos: int, schools) -> tuple[int, int] | None:
    """A school mention after `pos` with at most two lowercase words between («первая команда МКОУ …»,
    «команды озёрской школы № 2»)."""
    gap = re.match(r"(?:[ \t]+[а-яё]+(?:-[а-яё]+)?){0,2}[ \t]+", text[pos:pos + 60])
    if not gap:
        return None
    k = bisect.bisect_right(schools, (pos, len(text)))
    if k < len(schools) and schools[k][0] <= pos + gap.end():
        return schools[k]
    return None


def only_school(text: str, start: int, schools, line_start: int) -> tuple[int, int] | None:
    """The one school a paragraph names before `start` (every mention the same), for the staff it names
    later («Педагоги МБОУ СОШ № 6 … На уроках учителей математики Котовой А.И., …»); None for none or several."""
    k = bisect.bisect_left(schools, (line_start, 0))
    found = set()
    first = None
    while k < len(schools) and schools[k][1] <= start and len(found) < 2:
        found.add(re.sub(r"\s+", "", text[schools[k][0]:schools[k][1]]).lower())
        first = first or schools[k]
        k += 1
    return with_place(text, first) if len(found) == 1 else None
