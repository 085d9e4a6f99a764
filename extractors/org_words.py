"""The words organization names are made of: vocabularies and tests on one token.

What `org_phrases` builds candidates from and `org_names` judges them by: the
head nouns of organizations (`data/org_kinds.txt`), legal forms and
abbreviations that are no organization (`data/abbreviations.txt`), one-word
federal bodies (`data/known_orgs.txt`), and pymorphy3 tests on single words
(a genitive, an adjective agreeing with its noun, a place, a person's name).
Schools and kindergartens are recognized here too, so that organizations never
double the school tables.
"""
from __future__ import annotations

import functools
import re

from svodka.extractors.people import ORG_KINDS, TOKEN, parses
from svodka.extractors.person_words import LEGAL_FORM_SHAPE, LEGAL_FORMS  # noqa: F401  (re-exported)
from svodka.normalizers.morph import known
from svodka.normalizers.names import fold, is_given_name, is_patronymic
from svodka.normalizers.orgs import is_acronym
from svodka.normalizers.schools import FORM_RE, FULL_FORM_RE, classify, kind_regex
from svodka.normalizers.wordlists import data_lines


def load_abbreviations() -> frozenset[str]:
    """data/abbreviations.txt as written (case matters: «СанПиН»), spaces removed."""
    return frozenset(line.replace(" ", "") for line in data_lines("abbreviations.txt"))


REGION_ABBR = frozenset(data_lines("region_abbreviations.txt"))
NOT_ORG_ABBR = load_abbreviations() | REGION_ABBR
# Meetings that share a head noun with bodies: «родительское собрание «...»», «педагогический совет
# «...»» followed by a quoted theme are events; a plural phrase («Детские общественные объединения»,
# a section title) is a kind of thing, not one organization.
EVENT_HEADS = {"собрание", "совет", "объединение", "ассамблея"}
GATHERINGS = {"ассамблея", "лига"}  # a body only when its head is capitalized («Генеральная Ассамблея ООН»,
# «Лига молодых педагогов»; «школьная шахматная лига» is a competition)
UNIT_HEADS = {"отдел", "отделение", "сектор", "лаборатория", "кафедра"}
# Units named by their function, of no body or territory named: generic even when capitalized mid-sentence
# («приказом Управления образования», «Методическому отделу»).
FUNCTION_UNITS = UNIT_HEADS | {"управление", "департамент", "комитет"}
SWALLOWED_KINDS = {"администрация"}
# The level of a territory a body serves: «краевой институт развития образования», «районный Совет ветеранов» name
# the one body of that kind in the territory, even in lowercase (issue 11).
TERRITORY_STATUS = {"областной", "краевой", "республиканский", "городской", "районный", "окружной", "межрайонный"}
# Units of an administration and meetings: named by their field and parent, not by the level alone
# («районное управление образованием», «районное методическое объединение» are generic).
ADMIN_UNITS = {"управление", "департамент", "комитет", "отдел", "отделение", "сектор", "комиссия", "администрация",
               "совет", "собрание", "объединение", "учреждение", "организация", "предприятие", "орган"}
# Heads only organizations read, not people.py's roles (so «председатель горкома профсоюза» stays one role there):
# «организация» heads a name only as a union's part («районная организация профсоюза ...») or before a quoted name
# (every «образовательная организация» would be one); committees of unions; assemblies; a governor's «аппарат».
ORG_ONLY_KINDS = {"организация", "горком", "райком", "обком", "ассамблея", "аппарат"}
UNIONS = {"профсоюз", "горком", "райком", "обком"}  # «горком профсоюза работников образования»: a union's name
# Additional and preschool education named by words (`child_institution`): the head, and a field of children's
# creativity or upbringing after it («Дом творчества», «Центр эстетического воспитания детей») or a children's
# adjective before it («детско-юношеский центр»); «Центр развития ребёнка» is a kindergarten.
CHILD_HEADS = {"центр", "дом", "дворец", "станция"}
CHILD_FIELDS = {"творчество", "внешкольный", "юный"}  # «Центр внешкольной работы», «Станция юных натуралистов»
CHILD_CARE = {"развитие", "воспитание"}  # only of children: «Центр развития ребёнка», «... воспитания детей»
CHILD_ADJECTIVES = {"детский", "детско-юношеский", "юношеский"}
# Cultural venues are institutions only when named as one: a status adjective («областной театр драмы»),
# a dedication («им. ...») or a quoted name; «школьный театр», «музей ... Кузбасса» are kinds of places.
VENUE_KINDS = {"театр", "музей", "библиотека", "филармония"}
HOUSE_OF = {"культура", "кино", "офицер", "актёр", "актер", "учёный", "учитель"}  # «Дом культуры»: a venue too
VENUE_STATUS = {"государственный", "областной", "краевой", "республиканский", "городской", "муниципальный",
                "районный", "окружной", "национальный", "центральный", "академический"}
# Associations of people (clubs) are organizations when written as a body's name, capitalized («Клуб для
# принимающих семей «Содружество»») or after a legal form; «городской клуб «Педагогический дебют»», «клуб
# молодых педагогов» in lowercase are groups of colleagues.
INFORMAL_KINDS = {"клуб"}
DEDICATION_TAIL = re.compile(r"\s+(?:им\.|имени)\s*(?:[А-ЯЁ]\.\s*){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?=\s*\))")
DEDICATION = re.compile(r"\b(?:им\.|имени)\s")
# «при поддержке фонда»: the circumstances of an event, not a body a unit is attached to («Совет при Губернаторе»)
CIRCUMSTANCES = {"поддержка", "участие", "содействие", "помощь", "финансирование", "организация", "проведение"}
WITH_NOUNS = {"работа", "взаимодействие", "связь", "сотрудничество"}  # «по работе с молодежью»: a field  # «управление образования администрации города» is one name
SUBUNITS = {"кафедра", "отдел", "сектор", "лаборатория", "факультет", "группа"}
STAFF = {"сотрудник", "специалист", "представитель", "работник", "преподаватель", "студент", "эксперт"}
COUNTRY = {"рф", "россии", "российской", "федерации"}
AGENCY = re.compile(r"^(?:Рос[а-яё]{4,}|Мин[а-яё]{5,}|[А-ЯЁ][а-яё]*надзор[а-яё]*)$")
NUMBERED = re.compile(r"^(\d+)\.([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)*)$")  # «2.Департаменту»
SURNAME_END = re.compile(r"(?:енко|ко|ук|юк|ов|ова|ев|ева|ин|ина|ский|ская|цкий|цкая|ич|швили|дзе|ян)$")  # «Миноченко»
NOT_AGENCY = re.compile(r"^(?:Росси|Российск|Ростов|Роскошн|Минут|Миниатюр|Минимал|Минерал|Министр[а-яё]*$|Министерств)")
TERRITORY_HEADS = {"республика", "область", "край", "округ", "район", "город", "поселок", "посёлок", "село"}  # «Республики Татарстан»: the proper name after it stays in the name
# Institutes and faculties that are parts of a university, named with it in the genitive.
UNIT_OF = {"комитет", "комиссия", "фракция", "отдел", "сектор"}  # «комитет Законодательного Собрания ...»: a unit of it
PARENT_BODIES = {"комитет", "департамент", "управление"}  # a unit's parent named before the administration
FACULTY_KINDS = {"институт", "факультет", "колледж", "филиал"}
UNIVERSITY_KINDS = {"университет", "академия"}
# Municipality designations before a quoted name («МО ГО «Энск»», «МР «Энский район»»): a territory, not a body.
MUNICIPAL = {"МО", "ГО", "МР", "ГП", "СП"}
PART_KINDS = {"отделение", "филиал", "представительство", "отдел"}  # «отделения «Движения первых»»
KNOWN_BODIES = {fold(name): name for name in data_lines("known_orgs.txt")}  # folded → nominative
INITIALS = re.compile(r"[А-ЯЁ](?:\.[А-ЯЁ])*")
CITY_GAP = re.compile(r"\s+(?:город[а-я]*|г\.)\s*[А-ЯЁ][а-яё-]+\s*\(\s*")  # «центр» города Энска (ЭИМЦ)
CITY_TAIL = re.compile(r"(?<=»)\s+г\.\s*[А-ЯЁ][а-яё-]+$")  # «МАУ «X» г. Энска»; «администрации г. Энска» keeps it
GENERIC_HEADS = {"учреждение", "организация", "предприятие", "орган"}
# Church bodies are named by their see or place: any adjective before one is a name («Энская епархия», at a line's
# start too, where a capital proves nothing)
CHURCH_BODIES = {"епархия", "митрополия", "благочиние"}


def tokenize(text: str):
    """(token, start, end) of the text's words and signs; a list number glued to a word («2.Департаменту») is
    two tokens."""
    out = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
    if not any(NUMBERED.match(word) for word, _, _ in out if word[:1].isdigit()):
        return out
    split = []
    for word, start, end in out:
        glued = word[:1].isdigit() and NUMBERED.match(word)
        if glued:
            dot = start + glued.end(1)
            split += [(glued.group(1), start, dot), (".", dot, dot + 1), (glued.group(2), dot + 1, end)]
        else:
            split.append((word, start, end))
    return split


def alpha(tok: str) -> bool:
    return tok.replace("-", "").isalpha()


def base_acronym(word: str) -> str:
    """An acronym without a case ending: «ВУЗов» → «ВУЗ», «СНИПов» → «СНИП».

    >>> base_acronym("ВУЗов"), base_acronym("ТомГУ")
    ('ВУЗ', 'ТомГУ')
    """
    return re.sub(r"(?<=[А-ЯЁ]{2})(?:ов|ам|ами|ах|ом|а|у|е|ы)$", "", word)


def stop_abbr(word: str) -> bool:
    """Not an organization: a listed abbreviation or a legal form by its shape.

    >>> stop_abbr("КОГОБУ"), stop_abbr("МОАУ"), stop_abbr("ТГУ"), stop_abbr("ФГОС")
    (True, True, False, True)
    """
    word = word.replace(" ", "")
    return word in NOT_ORG_ABBR or base_acronym(word) in NOT_ORG_ABBR or bool(LEGAL_FORM_SHAPE.fullmatch(word))


@functools.lru_cache(maxsize=1 << 16)  # a test of one word against fixed vocabularies: asked for every token
def is_adjective(word: str) -> bool:
    ps = parses(word.lower())
    return ps[0].tag.POS in ("ADJF", "PRTF") or "-" in word and all(
        parses(part)[0].tag.POS in ("ADJF", "PRTF", "ADVB") or part.endswith("о") for part in word.lower().split("-"))


def compound_first(word: str) -> bool:
    """The first part of a compound place name that a spaced dash split off: «Казачинско – Ленского района»,
    «Южно – Сахалинска» (a place or an adverb-like stem in «-о», not a noun such as «Министерство»).

    >>> compound_first("Казачинско"), compound_first("Южно"), compound_first("Министерство")
    (True, True, False)
    """
    if not (word[:1].isupper() and word.endswith("о") and word.isalpha()):
        return False
    best = parses(word.lower())[0]
    return not known(word.lower()) or best.tag.POS in ("ADVB", "ADJS") or "Geox" in best.tag


@functools.lru_cache(maxsize=1 << 16)  # a test of one word against fixed vocabularies: asked for every token
def kind_of(word: str) -> str:
    """The org kind a noun names, '' if none (plural heads are generic mentions); a compound's by its first noun
    («музей-заповедник», «библиотека-филиал»)."""
    head, dash, rest = word.partition("-")
    if dash and head.isalpha() and rest.isalpha() and head.islower() == rest.islower():
        return kind_of(head)
    if not word.isalpha() or is_acronym(word):
        return ""
    for p in parses(word.lower()):
        if p.tag.POS == "NOUN" and (p.normal_form in ORG_KINDS or p.normal_form in VENUE_KINDS | ORG_ONLY_KINDS):
            return p.normal_form if p.tag.number != "plur" or p.score < 0.3 else ""
        if p.score >= 0.3:
            break
    return ""


@functools.lru_cache(maxsize=1 << 16)  # a test of one word against fixed vocabularies: asked for every token
def is_geo(word: str) -> bool:
    return any("Geox" in p.tag and p.score >= 0.2 for p in parses(word))


def quote_end(toks, i, lenient: bool = False) -> int:
    """Index after the quoted name opening at toks[i] (nested quotes allowed).

    `lenient`: a name whose inner quote is never closed («ЦСО «Забота», ...) ends at its last «»».
    """
    depth, last = 0, i
    for k in range(i, min(len(toks), i + 40)):
        if toks[k][0] in (",", ";", ".") and depth > 0 and lenient and last > i:
            return last
        if toks[k][0] == "«":
            depth += 1
        elif toks[k][0] == "»":
            depth -= 1
            last = k + 1
            if depth == 0:
                if k + 1 < len(toks) and toks[k + 1][0] == "»":
                    return k + 2
                return k + 1
        elif toks[k][0] == "\n":
            break
    return i


def past_adjectives(toks, j) -> int:
    """Index of the first token from toks[j] on that is not an adjective (the noun they qualify)."""
    while j < len(toks) and toks[j][0].isalpha() and is_adjective(toks[j][0]) and not kind_of(toks[j][0]):
        j += 1
    return j


def is_field(word: str) -> bool:
    """A lowercase word of a body's field in the genitive singular: «культуры», «молодежной»."""
    return word.isalpha() and word.islower() and not kind_of(word) and not is_verbal(word) and any(
        p.tag.case == "gent" and p.tag.number == "sing" and p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.score >= 0.05
        for p in parses(word))


def plural_field(word: str) -> bool:
    """A field named by a plural noun in the genitive («туризма, курортов и …»), not a school's kind («школ»)."""
    return word.isalpha() and word.islower() and not kind_of(word) and not kind_regex().match(word) and all(
        p.tag.case == "gent" and p.tag.number == "plur" for p in parses(word)[:1] if p.tag.POS == "NOUN") \
        and parses(word)[0].tag.POS == "NOUN"


def is_noun(word: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.score >= 0.05 for p in parses(word.lower()))


def is_instrumental_noun(word: str) -> bool:
    return any(p.tag.case == "ablt" and p.tag.POS == "NOUN" and p.score >= 0.05 for p in parses(word))


def agrees(adjective: str, noun: str) -> bool:
    """An adjective that can stand before the noun: same case and number.

    >>> agrees("Межмуниципального", "отдела"), agrees("несовершеннолетних", "отдела")
    (True, False)
    """
    forms = {(p.tag.case, p.tag.number) for p in parses(noun.lower()) if p.tag.POS == "NOUN"}
    if "-" in adjective:
        adjective = adjective.split("-")[-1]
    return any((p.tag.case, p.tag.number) in forms for p in parses(adjective.lower())
               if p.tag.POS in ("ADJF", "PRTF")) or not forms


def kind_follows(toks, j) -> bool:
    k = past_adjectives(toks, j)
    return k > j and k < len(toks) and bool(kind_of(toks[k][0]))


def is_proper(word: str) -> bool:
    """A capitalized word that is a place, a person's name or unknown, not a common noun."""
    if not re.fullmatch(r"[А-ЯЁа-яё-]+", word):
        return False
    if not known(word.lower()) or fold(word) in COUNTRY:
        return True
    return any(("Geox" in p.tag or "Name" in p.tag or "Surn" in p.tag or "Orgn" in p.tag) and p.score >= 0.1
               for p in parses(word)) or parses(word.lower())[0].tag.POS in ("ADJF", "PRTF")


def is_verbal(word: str) -> bool:
    best = parses(word.lower())[0]
    return best.tag.POS in ("VERB", "INFN", "PRTS", "GRND") and best.score > 0.3


def is_gen(word: str) -> bool:
    return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR") and p.score >= 0.05
               for p in parses(word.lower())) or (word[:1].isupper() and not parses(word.lower())[0].tag.POS)


def starts_person(toks, j, text: str = "") -> bool:
    """toks[j] starts «Фамилия Имя Отчество», «Имя Отчество», «Имя Фамилия», «И.О. Фамилия» or «Фамилия И.О.»:
    the organization's name ended before it («начальника Управления образования Иванова Ия Петровна», «... Петренко Д.В.»).
    A patronymic is evidence enough for the first name before it (rare names are not in pymorphy3)."""
    words = [w for w, _, _ in toks[j:j + 3]]
    if len(words) >= 2 and all(alpha(w) and w[:1].isupper() for w in words[:2]):
        if is_patronymic(words[1]) and is_given_name(words[0]):
            return True
        if is_given_name(words[0]) and parses(words[0])[0].tag.case == "nomn" \
                and not is_acronym(words[1]) and (not known(words[1].lower()) or any(
                    "Surn" in p.tag and p.tag.case == "nomn" for p in parses(words[1])) or not any(
                    p.tag.case == "nomn" and p.tag.POS in ("NOUN", "ADJF") for p in parses(words[1]))
                    or not any(p.tag.case == "gent" for p in parses(words[1]))):
            return True  # «Имя Фамилия» in the nominative: «главы района Иван Петров», «области Ия Уба» (no genitive:
            # no complement of the body); «фонд Ивана Петрова» keeps it
        if len(words) == 3 and words[2][:1].isupper() and is_patronymic(words[2]) and not is_acronym(words[0]):
            return True
    if not words or not alpha(words[0]) or not words[0][:1].isupper() or is_acronym(words[0]):
        return False
    if initials_end(toks, j) > j + 1 and initials_end(toks, j) < len(toks) and alpha(toks[initials_end(toks, j)][0]) \
            and "\n" not in text[toks[j][1]:toks[initials_end(toks, j)][1]]:
        return True  # «И. О. Фамилия»
    n = initials_end(toks, j + 1)
    return n > j + 1 and not (n < len(toks) and alpha(toks[n][0]) and toks[n][0][:1].isupper()
                              and "\n" not in text[toks[n - 1][2]:toks[n][1]] and name_like(toks[n][0]))


def name_like(word: str) -> bool:
    """A capitalized word that may be a name: initials before it are its («Кузбасса И.И. Петров»); a common word
    opens the next sentence, and the initials end the name before them («… Лосева О.А. Слово взяла …»)."""
    return not known(word.lower()) or any("Surn" in p.tag or "Name" in p.tag for p in parses(word))


OBLIQUE = frozenset({"gent", "datv", "ablt", "loct", "accs"})
NOT_DEDICATION = frozenset({"datv", "ablt", "loct"})  # «центра … Алине Котовой»: no body is named so


@functools.lru_cache(maxsize=1 << 16)  # a test of two words against fixed vocabularies: asked at every complement
def person_in_case(first: str, second: str, cases: frozenset = OBLIQUE) -> bool:
    """«Валерия Зорина», «Натальи Вережи»: a first name and a surname in one oblique case, the person a role
    before the body names («главы администрации областного центра Валерия Зорина»), never its complement.

    >>> person_in_case("Валерия", "Зорина"), person_in_case("Натальи", "Вережи"), person_in_case("Надежды", "России")
    (True, True, False)
    """
    if not (alpha(first) and alpha(second) and first[:1].isupper() and second[:1].isupper()) or is_acronym(second):
        return False
    if not is_given_name(first):
        return False
    names = {p.tag.case for p in parses(first) if "Name" in p.tag and p.tag.case in cases}
    surnames = {p.tag.case for p in parses(second) if "Surn" in p.tag or not known(second.lower())}
    return bool(names & surnames)


@functools.lru_cache(maxsize=1 << 16)  # a test of two words against fixed vocabularies: asked after territories
def name_and_surname(first: str, second: str) -> bool:
    """«Роман Дубов»: a first name pymorphy3 ranks below a common noun, then a surname in the same case; the
    person after a body («… республики Роман Дубов»), never a territory's proper name («Республики Саха Якутия»).

    >>> name_and_surname("Роман", "Дубов"), name_and_surname("Саха", "Якутия")
    (True, False)
    """
    if not (alpha(first) and alpha(second) and first[:1].isupper() and second[:1].isupper()):
        return False
    names = {p.tag.case for p in parses(first) if "Name" in p.tag}
    surnames = {p.tag.case for p in parses(second) if "Surn" in p.tag}
    return bool(names & surnames)


def initials_end(toks, k) -> int:
    """Index after initials starting at toks[k] («Д.В.», «Д. В.»), k if there are none. Initials followed
    by a capitalized word on the same line belong to it («... Кузбасса И.И. Петров»): the caller checks."""
    n = k
    while n + 1 < len(toks) and INITIALS.fullmatch(toks[n][0]) and toks[n + 1][0] == ".":
        n += 2
    return n


@functools.lru_cache(maxsize=1 << 16)  # a test of one word against fixed vocabularies: asked for every token
def is_legal_form(word: str) -> bool:
    """A listed legal form or one by its shape («МБУ», «ГАУДПО»); the region after it («... МО «X»») is listed.

    >>> is_legal_form("МБУ"), is_legal_form("ГАУДПО"), is_legal_form("МУ"), is_legal_form("ТГУ")
    (True, True, True, False)
    """
    return word in LEGAL_FORMS or bool(LEGAL_FORM_SHAPE.fullmatch(word))


@functools.lru_cache(maxsize=1 << 16)  # a test of one word against fixed vocabularies: asked for every token
def known_body(word: str) -> str:
    """The nominative of a listed one-word federal body in any case, '' if not one.

    >>> known_body("Рособрнадзора"), known_body("Росмолодежью"), known_body("Минпросвещения"), known_body("Ростова")
    ('Рособрнадзор', 'Росмолодежь', 'Минпросвещения', '')
    """
    if not word[:1].isupper() or not word.isalpha():
        return ""
    name = KNOWN_BODIES.get(fold(word)) or next((KNOWN_BODIES[fold(p.normal_form)] for p in parses(word.lower())
                                                 if fold(p.normal_form) in KNOWN_BODIES), "")
    return name if "ё" in word.lower() else name.replace("ё", "е")  # spelled as the text spells it


@functools.lru_cache(maxsize=1 << 16)  # a test of one word against fixed vocabularies: asked for every token
def is_agency(word: str) -> bool:
    """A one-word body: listed, pymorphy3's Orgn, or by its shape («Рос...», «Мин...», «...надзор»)
    when it is not a person's name («Ростислав»), a place («Лесозаводска», «Россоши» are read as a company
    or by the shape too) or another word pymorphy3 knows («Росинка», «Россошанского»).

    >>> [is_agency(w) for w in ("Рособрнадзора", "Кузбаснадзор", "Лесозаводска", "Россоши", "Росинка")]
    [True, True, False, False, False]
    """
    if not word[:1].isupper() or not word.isalpha() or is_acronym(word):
        return False  # acronyms are read by acronym_candidates
    if known_body(word):
        return True
    readings = parses(word)
    place = max((p.score for p in readings if "Geox" in p.tag), default=0)
    company = max((p.score for p in readings if "Orgn" in p.tag), default=0)
    if company >= 0.3 and company > place:
        return True
    return bool(AGENCY.match(word)) and not NOT_AGENCY.match(word) and not SURNAME_END.search(word) and not place \
        and not any(
        ("Name" in p.tag or "Surn" in p.tag or "Patr" in p.tag) and p.score >= 0.1 for p in readings) \
        and not known(word.lower())


# Acronyms of a territory's service centres for schools: «(Г)ЦРО» (центр развития образования), «(И)МЦ»
# ((информационно-)методический центр), «ЦОКО», «ЦНППМ». After a school's legal form («МОУ «ГЦРО»», «МКОУ ЦРО»)
# they name the centre, an organization, not a school.
SERVICE_CENTRES = ("ЦРО", "МЦ", "ЦОКО", "ЦНППМ")
SERVICE_CENTRE = re.compile(r"[«\"]?[А-ЯЁ]*(?:" + "|".join(SERVICE_CENTRES) + r")[»\"]?$")


# «дошкольного образовательного учреждения №15»: a school's legal form without its level, a number after it
BARE_SCHOOL_FORM = re.compile(r"(?i)(?:общеобразовательн|дошкольн)\w*\s+(?:образовательн\w*\s+)?(?:учреждени|организаци)\w*"
                              r"\s*№")


def is_school(phrase: str) -> bool:
    """A school, a kindergarten or an institution of additional education: the school tables' business.

    >>> is_school("МОУ «СОШ № 5»"), is_school("МОУ «ГЦРО»"), is_school("МКОУ ИМЦ")
    (True, False, False)
    >>> is_school("Муниципальное казённое общеобразовательное учреждение Энская")
    True
    """
    if classify(phrase)[0] or child_institution(phrase) or school_unit(phrase):
        return True
    full = FULL_FORM_RE.search(phrase)
    if full and (full.group("what") or "").lower() in ("общеобразовательн", "дошкольн") or BARE_SCHOOL_FORM.match(phrase):
        return True  # a school's legal form written out, its name cut off or in another line; without its level
    form = FORM_RE.search(phrase)
    return bool(form) and form.group("suffix") not in ("ДПО", "ВО") and not re.search(
        r"(?i)университет|институт|академи", phrase) and not SERVICE_CENTRE.match(phrase[form.end():].strip())


def child_institution(phrase: str) -> bool:
    """A centre, house, palace or station of children's creativity, upbringing or development, named by words
    rather than by a kind `normalizers.schools` lists: additional or preschool education, never an organization.

    >>> child_institution("Центра эстетического воспитания детей"), child_institution("Дом творчества")
    (True, True)
    >>> child_institution("Центр развития ребёнка"), child_institution("детско-юношеского центра")
    (True, True)
    >>> child_institution("Центр развития образования"), child_institution("Центр поддержки одарённых детей")
    (False, False)
    >>> child_institution("Центр патриотического воспитания молодёжи «Авангард»")
    False
    """
    lemmas = [parses(w.lower())[0].normal_form for w in re.findall(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*",
                                                                     re.sub(r"«[^»]*»?", " ", phrase))]
    head = next((k for k, w in enumerate(lemmas) if w in CHILD_HEADS), None)
    if head is None:
        return False
    rest = lemmas[head + 1:]
    children = any(w in ("ребёнок", "ребенок") for w in rest)
    return any(w in CHILD_FIELDS for w in rest) or any(w in CHILD_ADJECTIVES for w in lemmas[:head]) \
        or children and any(w in CHILD_CARE for w in rest)


SCHOOL_UNITS = {fold(name) for name in data_lines("school_units.txt")}


def school_unit(phrase: str) -> bool:
    """A centre named by a programme's brand for units of schools: «центра «Точка роста»» (`data/school_units.txt`).

    >>> school_unit("центра «Точка роста»"), school_unit("Центр «Вектор»")
    (True, False)
    """
    quoted = re.search(r"«([^«»]+)»", phrase)
    return bool(quoted) and fold(quoted.group(1)) in SCHOOL_UNITS


def unquoted_head(cand: dict, phrase: str) -> str:
    """What decides whether a candidate is a school: a fund or a publisher named «Северная школа»
    is not one, so for an organization kind head the quoted name does not count."""
    if cand.get("source") == "kind" and cand.get("kind") not in GENERIC_HEADS | {"дом", "центр"}:
        return re.sub(r"«.*»", "", phrase)
    return phrase


def in_school_name(text: str, start: int, end: int) -> bool:
    """Inside the quoted name of a school: «СОШ № 3 им. Героя Советского Союза ...»."""
    line_start = text.rfind("\n", max(0, start - 300), start) + 1 or max(0, start - 300)
    line_start = max(line_start, start - 300)
    opening = text.rfind("«", line_start, start)
    if opening < 0 or text.rfind("»", opening, start) >= 0:
        return False
    closing = text.find("»", end, end + 300)
    if closing < 0 or "\n" in text[end:closing]:
        return False
    return is_school(text[max(line_start, opening - 12):closing + 1])


def dedication_end(toks, k) -> int:
    """Index after a church's dedication from toks[k]: capitalized words, a lowercase genitive between two
    («Казанской иконы Божией Матери»).

    >>> dedication_end(tokenize("в честь Казанской иконы Божией Матери прошла"), 2)
    6
    """
    start = k
    while k < len(toks) and k < start + 8 and alpha(toks[k][0]) and not (k > start and starts_person(toks, k)) and (
            toks[k][0][:1].isupper() or k + 1 < len(toks) and toks[k + 1][0][:1].isupper() and is_gen(toks[k][0])):
        k += 1
    return k


def with_end(toks, j) -> int:
    """Index after «с» + lowercase adjectives + a noun in the instrumental, else j."""
    k = j + 1
    while k < len(toks) and toks[k][0].isalpha() and toks[k][0].islower() and not is_instrumental_noun(toks[k][0]) \
            and any(p.tag.case == "ablt" and p.tag.POS in ("ADJF", "PRTF") for p in parses(toks[k][0])):
        k += 1
    if k < len(toks) and toks[k][0].isalpha() and toks[k][0].islower() and is_instrumental_noun(toks[k][0]):
        return k + 1
    return j
