"""Organizations with abbreviations linked (issue 3).

Candidates, each normalized to the nominative (`normalizers.orgs`):
- a head noun of an organization kind (`data/org_kinds.txt`) with its adjectives
  and complements: «Томского государственного университета», «Совета
  депутатов города Энска», «фонда «Новые горизонты»»;
- a legal form before a quoted name: «МБУ «Городская столовая»», «АНО «...»»;
- one-word agencies (pymorphy3's Orgn, «Рос...», «Мин...», «...надзор»);
- acronyms by shape («КОиМП», «НИПКиПРО», «НГПУ»), linked to the expansion that
  spells them, else kept when their shape or context says organization;
- the organizations people's roles belong to (`people` records).
A candidate needs something that makes it a name (a capital past its first
word, a quote, an acronym, or an acronym spelling it): «органы местного
самоуправления» is not one. Schools and kindergartens (`normalizers.schools`)
are left to the school tables.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from svodka.extractors.models import morph
from svodka.extractors.people import IMENI_BEFORE, ORG_KINDS, TOKEN, is_role_word, is_title_word, lemma, parses
from svodka.normalizers.names import fold, is_given_name, is_patronymic
from svodka.normalizers.orgs import expands, is_acronym, modifies, nominative_org
from svodka.normalizers.schools import FORM_RE, classify, kind_regex
from svodka.normalizers.wordlists import data_lines
from svodka.extractors.records import add_record, doc_text, records

def load_abbreviations() -> frozenset[str]:
    """data/abbreviations.txt as written (case matters: «СанПиН»), spaces removed."""
    return frozenset(line.replace(" ", "") for line in data_lines("abbreviations.txt"))


NOT_ORG_ABBR = load_abbreviations()
# A legal form by its shape: letters ending in ОУ, БУ, АУ, КУ (МБОУ, ГБОУ, КОГОБУ, ОГБОУ, МОАУ, МКУ ...),
# regional prefixes included. Universities end in ГУ/ПУ/ТУ and are not matched.
# A form written together with its education level («ГАУДПО», «МБУДО») is one too.
# «МУ» (муниципальное учреждение) is the one two-letter form.
LEGAL_FORM_SHAPE = re.compile(r"(?:[А-ЯЁ]{1,5}[ОБАК]|М)У(?:ДПО|ДО|ВО|СПО)?")
# Meetings that share a head noun with bodies: «родительское собрание «...»», «педагогический совет
# «...»» followed by a quoted theme are events; a plural phrase («Детские общественные объединения»,
# a section title) is a kind of thing, not one organization.
EVENT_HEADS = {"собрание", "совет", "объединение"}
UNIT_HEADS = {"отдел", "отделение", "сектор", "лаборатория", "кафедра"}
LEGAL_FORMS = NOT_ORG_ABBR
SWALLOWED_KINDS = {"администрация"}
# Cultural venues are institutions only when named as one: a status adjective («областной театр драмы»),
# a dedication («им. ...») or a quoted name; «школьный театр», «музей ... Кузбасса» are kinds of places.
VENUE_KINDS = {"театр", "музей", "библиотека", "филармония"}
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
NOT_AGENCY = re.compile(r"^(?:Росси|Российск|Ростов|Роскошн|Минут|Миниатюр|Минимал|Минерал|Министр[а-яё]*$|Министерств)")
TERRITORY_HEADS = {"республика", "область", "край", "округ", "район", "город", "поселок", "посёлок", "село"}  # «Республики Татарстан»: the proper name after it stays in the name
# Institutes and faculties that are parts of a university, named with it in the genitive.
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


# --- token helpers ----------------------------------------------------------------------------

def tokenize(text: str):
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


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


def is_adjective(word: str) -> bool:
    ps = parses(word.lower())
    return ps[0].tag.POS in ("ADJF", "PRTF") or "-" in word and all(
        parses(part)[0].tag.POS in ("ADJF", "PRTF", "ADVB") or part.endswith("о") for part in word.lower().split("-"))


def kind_of(word: str) -> str:
    """The org kind a noun names, '' if none (plural heads are generic mentions)."""
    if not word.isalpha() or is_acronym(word):
        return ""
    for p in parses(word.lower()):
        if p.tag.POS == "NOUN" and (p.normal_form in ORG_KINDS or p.normal_form in VENUE_KINDS):
            return p.normal_form if p.tag.number != "plur" or p.score < 0.3 else ""
        if p.score >= 0.3:
            break
    return ""


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


# --- candidates ----------------------------------------------------------------------------------

def complement_end(text, toks, j, part: bool = False, proper: bool = False) -> int:
    """Index after the complements of a head noun ending at toks[j-1].

    `part`: the head names a part of an organization («Региональное отделение»); the organization
    it belongs to, named after it in the genitive, is part of its name.
    `proper`: the phrase starts with a capital; then a parent named by its legal description after
    the head («институт федерального ... учреждения ... «X»») is part of the name too.
    """
    head = j
    if j + 2 < len(toks) and toks[j][0] == "(" and kind_of(toks[j + 1][0]) in PART_KINDS and toks[j + 2][0] == ")":
        j += 3  # «Энского института (филиала) ...»: the institute is a branch of the body named next
    parent_at = j
    while j < len(toks):
        word = toks[j][0]
        low = word.lower()
        if "\n" in text[toks[j - 1][2]:toks[j][1]]:
            break
        if alpha(word) and is_adjective(word) and _kind_follows(toks, j):
            k = _past_adjectives(toks, j)
            if proper and j == parent_at and word.islower() and kind_of(toks[k][0]) in GENERIC_HEADS \
                    and _gen(toks[k][0]) and kind_of(toks[head - 1][0]) not in GENERIC_HEADS:
                parent = complement_end(text, toks, k + 1)  # «институт федерального ... учреждения ... «X»»:
                if toks[parent - 1][0] == "»":  # the body it is a part of, named by its legal description
                    j = parent
                    break
            if j > head and word[:1].isupper() and toks[j - 1][0].lower() != "и" and _gen(toks[k][0]) \
                    and kind_of(toks[k][0]) in SWALLOWED_KINDS and "\n" not in text[toks[j][1]:toks[k][1]]:
                j = k + 1  # «Управление образования Энской городской администрации»: the body it belongs to
                continue
            if j == head and word[:1].isupper() and kind_of(toks[head - 1][0]) in FACULTY_KINDS \
                    and kind_of(toks[k][0]) in UNIVERSITY_KINDS and _gen(toks[k][0]):
                j = complement_end(text, toks, k + 1)  # «Педагогический институт Энского государственного
                break  # университета»: an institute of a university, named with it
            if part and j == head:  # «Региональное отделение Российского движения ...»
                while not kind_of(toks[j][0]):
                    j += 1
                j += 1
                continue
            break
        if part and j == head and word[:1].isupper() and kind_of(word) and _gen(word):
            j += 1  # «Территориальный отдел Управления ...»: the part of a capitalized body
            continue
        if starts_person(toks, j, text):
            break  # «директор Городского методического центра Кириллова Ольга Вадимовна»
        if word[:1].isupper() and alpha(word) and not is_acronym(word) and j > head \
                and lemma(toks[j - 1][0].lower()) in TERRITORY_HEADS and not kind_of(word) and not is_role_word(word):
            j += 1  # «Республики Татарстан», «Республики Коми»: a name in the nominative
            continue
        if word in MUNICIPAL and j > head:
            k = j
            while k < len(toks) and toks[k][0] in MUNICIPAL:
                k += 1
            if k < len(toks) and toks[k][0] == "«" and quote_end(toks, k) > k:
                j = quote_end(toks, k)  # «администрации МО ГО «Энск»»: the municipality it belongs to
            break
        if is_acronym(word) and stop_abbr(word):
            break
        if j == head and word.islower() and word.isalpha() and any(
                p.tag.case == "ablt" and p.tag.POS == "NOUN" and p.score >= 0.2 for p in parses(low)):
            j += 1
            continue
        if word[:1].isupper() and alpha(word) and not is_acronym(word) and not _proper(word) \
                and kind_of(word) not in SWALLOWED_KINDS and lemma(low) not in TERRITORY_HEADS \
                and not (toks[j - 1][0][:1].isupper() and is_adjective(toks[j - 1][0])) \
                and not (j + 1 < len(toks) and toks[j + 1][0][:1].isupper() and _proper(toks[j + 1][0])):
            break
        if word == "«":
            k = quote_end(toks, j)
            if k == j:
                break
            j = k + 2 * territory_follows(text, toks, k)  # «фонд «...» Энской области»
            break
        if low in ("им", "имени") and j >= head:  # «университета им. К.Д. Ушинского»: the name goes on
            k = j + 1 + (j + 1 < len(toks) and toks[j + 1][0] == ".")
            start_k = k
            while k < len(toks) and k < start_k + 8 and (INITIALS.fullmatch(toks[k][0]) or toks[k][0] == "."
                                                       and INITIALS.fullmatch(toks[k - 1][0])
                                                       or alpha(toks[k][0]) and toks[k][0][:1].isupper()
                                                       and not is_acronym(toks[k][0])):
                k += 1
            if k > start_k and alpha(toks[k - 1][0]):
                j = k
                continue
            break
        if is_acronym(word) and not stop_abbr(word) or word in ("РФ",):
            j += 1
            continue
        if low in ("по", "для", "при"):
            if low == "при" and j + 1 < len(toks) and lemma(toks[j + 1][0].lower()) in CIRCUMSTANCES:
                break
            k = j + 1
            while k < len(toks) and toks[k][0].isalpha() and not _verbal(toks[k][0]) \
                    and not _kind_follows(toks, k) \
                    and (toks[k][0].islower() or is_geo(toks[k][0]) or is_adjective(toks[k][0])) \
                    and not kind_of(toks[k][0]) and toks[k][0] not in ("в", "на", "с", "что", "как"):
                k += 1
            if k == j + 1:
                break
            j = k
            continue
        if low in ("в", "на") and j + 1 < len(toks):
            k = j + 1
            while k < len(toks) and toks[k][0].islower() and toks[k][0].isalpha() and k < j + 4:
                k += 1
            if k < len(toks) and toks[k][0][:1].isupper() and is_geo(toks[k][0]):
                j = k + 1
                continue
            break
        if word == "," and j > head and enumeration_follows(text, toks, j):
            j += 1  # «Комитет образования, культуры, спорта и ...»: the fields of one body
            continue
        if low == "с" and lemma(toks[j - 1][0].lower()) in WITH_NOUNS and with_end(toks, j) > j:
            j = with_end(toks, j)  # «Управление по работе с молодежью»
            continue
        if low == "и" and j + 1 < len(toks) and alpha(toks[j + 1][0]) and _gen(toks[j + 1][0]) \
                and _gen(toks[j - 1][0]) and not kind_of(toks[j + 1][0]) and not is_agency(toks[j + 1][0]):
            j += 1
            continue
        if low in ("г", "г.о") and j + 2 < len(toks) and toks[j + 1][0] == "." and toks[j + 2][0][:1].isupper():
            j += 3
            continue  # «г. Энска» (before «г» is read as a genitive)
        if alpha(word):
            k = kind_of(word)
            if k in PARENT_BODIES and word.islower() and j > head and _gen(word) and parent_chain(text, toks, j):
                j += 1  # «Департамент образования комитета по социальной политике администрации города»
                continue
            if k and k not in SWALLOWED_KINDS:
                break
            if _gen(word) and not (word.islower() and parses(low)[0].tag.POS in ("VERB", "INFN", "PRTS", "GRND")):
                j += 1
                continue
        break
    while j > 0 and toks[j - 1][0].lower() in ("и", "по", "для", "при"):
        j -= 1
    return j


def parent_chain(text, toks, j) -> bool:
    """toks[j], a lowercase body, leads on the same line to the administration it belongs to: the body before
    it is its unit, one name («отдел ... комитета по ... администрации города»)."""
    for k in range(j + 1, min(len(toks), j + 10)):
        if "\n" in text[toks[k - 1][2]:toks[k][1]] or toks[k][0] in (",", ";", "(", "«"):
            return False
        if kind_of(toks[k][0]) in SWALLOWED_KINDS:
            return True
    return False


def venue_named(phrase: str) -> bool:
    """A theatre, museum or library named as an institution.

    >>> venue_named("Энском областном театре драмы им. А.Н. Островского"), venue_named("Школьный театр")
    (True, False)
    >>> venue_named("музей «Истоки»"), venue_named("музей истории образования Энского края")
    (True, False)
    """
    return "«" in phrase or bool(DEDICATION.search(phrase + " ")) or any(
        lemma(w.lower()) in VENUE_STATUS for w in re.findall(r"[А-ЯЁа-яё]+", phrase))


def _past_adjectives(toks, j) -> int:
    """Index of the first token from toks[j] on that is not an adjective (the noun they qualify)."""
    while j < len(toks) and toks[j][0].isalpha() and is_adjective(toks[j][0]) and not kind_of(toks[j][0]):
        j += 1
    return j


def _field(word: str) -> bool:
    """A lowercase word of a body's field in the genitive singular: «культуры», «молодежной»."""
    return word.isalpha() and word.islower() and not kind_of(word) and not _verbal(word) and any(
        p.tag.case == "gent" and p.tag.number == "sing" and p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.score >= 0.05
        for p in parses(word))


def enumeration_follows(text, toks, j) -> bool:
    """toks[j] is a comma inside a list of fields that ends with «и»: «образования, культуры, спорта и
    работы ...». Plural lists («управления образования, школ и детских садов») are different bodies."""
    if not _field(toks[j - 1][0]):
        return False
    k = j
    for _ in range(6):
        if k >= len(toks) or toks[k][0] not in (",", "и"):
            return False
        conj = toks[k][0] == "и"
        n = k + 1
        while n < len(toks) and n < k + 4 and _field(toks[n][0]):
            n += 1
        if n == k + 1 or "\n" in text[toks[k][1]:toks[n - 1][2]] or not _noun(toks[n - 1][0]):
            return False
        if conj:
            return True
        k = n
    return False


def _noun(word: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.score >= 0.05 for p in parses(word.lower()))


def with_end(toks, j) -> int:
    """Index after «с» + lowercase adjectives + a noun in the instrumental, else j."""
    k = j + 1
    while k < len(toks) and toks[k][0].isalpha() and toks[k][0].islower() and not _instrumental_noun(toks[k][0]) \
            and any(p.tag.case == "ablt" and p.tag.POS in ("ADJF", "PRTF") for p in parses(toks[k][0])):
        k += 1
    if k < len(toks) and toks[k][0].isalpha() and toks[k][0].islower() and _instrumental_noun(toks[k][0]):
        return k + 1
    return j


def _instrumental_noun(word: str) -> bool:
    return any(p.tag.case == "ablt" and p.tag.POS == "NOUN" and p.score >= 0.05 for p in parses(word))


def territory_follows(text, toks, k) -> bool:
    """toks[k:k+2] is a region in the genitive, on the same line: «Энской области», «Энского края»."""
    if k + 1 >= len(toks) or "\n" in text[toks[k - 1][2]:toks[k + 1][1]]:
        return False
    adjective, noun = toks[k][0], toks[k + 1][0]
    return adjective[:1].isupper() and alpha(adjective) and is_adjective(adjective) and noun.islower() \
        and lemma(noun) in TERRITORY_HEADS and _gen(noun) and agrees(adjective, noun)


def starts_person(toks, j, text: str = "") -> bool:
    """toks[j] starts «Фамилия Имя Отчество», «Имя Отчество» or «Фамилия И.О.»: the organization's name
    ended before it («начальника Управления образования Иванова Ия Петровна», «... Петренко Д.В.»).
    A patronymic is evidence enough for the first name before it (rare names are not in pymorphy3)."""
    words = [w for w, _, _ in toks[j:j + 3]]
    if len(words) >= 2 and all(alpha(w) and w[:1].isupper() for w in words[:2]):
        if is_patronymic(words[1]) and is_given_name(words[0]):
            return True
        if len(words) == 3 and words[2][:1].isupper() and is_patronymic(words[2]) and not is_acronym(words[0]):
            return True
    if not words or not alpha(words[0]) or not words[0][:1].isupper() or is_acronym(words[0]):
        return False
    n = initials_end(toks, j + 1)
    return n > j + 1 and not (n < len(toks) and alpha(toks[n][0]) and toks[n][0][:1].isupper()
                              and "\n" not in text[toks[n - 1][2]:toks[n][1]])


def initials_end(toks, k) -> int:
    """Index after initials starting at toks[k] («Д.В.», «Д. В.»), k if there are none. Initials followed
    by a capitalized word on the same line belong to it («... Кузбасса И.И. Петров»): the caller checks."""
    n = k
    while n + 1 < len(toks) and INITIALS.fullmatch(toks[n][0]) and toks[n + 1][0] == ".":
        n += 2
    return n


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


def _kind_follows(toks, j) -> bool:
    k = _past_adjectives(toks, j)
    return k > j and k < len(toks) and bool(kind_of(toks[k][0]))


def _proper(word: str) -> bool:
    """A capitalized word that is a place, a person's name or unknown, not a common noun."""
    if not re.fullmatch(r"[А-ЯЁа-яё-]+", word):
        return False
    if not morph().word_is_known(word.lower()) or fold(word) in COUNTRY:
        return True
    return any(("Geox" in p.tag or "Name" in p.tag or "Surn" in p.tag or "Orgn" in p.tag) and p.score >= 0.1
               for p in parses(word)) or parses(word.lower())[0].tag.POS in ("ADJF", "PRTF")


def _verbal(word: str) -> bool:
    best = parses(word.lower())[0]
    return best.tag.POS in ("VERB", "INFN", "PRTS", "GRND") and best.score > 0.3


def _gen(word: str) -> bool:
    return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR") and p.score >= 0.05
               for p in parses(word.lower())) or (word[:1].isupper() and not parses(word.lower())[0].tag.POS)


def kind_candidates(text, toks):
    """Head-noun phrases: adjectives + org-kind noun + complements."""
    out = []
    for i, (word, _, _) in enumerate(toks):
        kind = kind_of(word)
        if not kind:
            continue
        s = i
        while s > 0 and (toks[s - 1][0].isalpha() or "-" in toks[s - 1][0] or toks[s - 1][0] == ")"):
            if toks[s - 1][0] == ")":  # «Казанского (Приволжского) федерального университета»
                if s >= 4 and toks[s - 3][0] == "(" and is_adjective(toks[s - 2][0]) and is_adjective(toks[s - 4][0]) \
                        and agrees(toks[s - 2][0], word) and agrees(toks[s - 4][0], word):
                    s -= 3
                    continue
                break
            if not (is_adjective(toks[s - 1][0]) or modifies(toks[s - 1][0], word)) \
                    or kind_of(toks[s - 1][0]) or not agrees(toks[s - 1][0], word) \
                    or "\n" in text[toks[s - 1][2]:toks[s][1]]:
                break
            s -= 1
        if word[:1].isupper():  # «сильного Института ...»: the name starts at the capital
            while s < i and toks[s][0].islower():
                s += 1
        e = complement_end(text, toks, i + 1, part=s < i and kind in PART_KINDS, proper=toks[s][0][:1].isupper())
        if kind in EVENT_HEADS and i + 1 < len(toks) and toks[i + 1][0] == "«" and word.islower():
            continue  # «общегородское родительское собрание «Готовность ...»»: a meeting and its theme
        if s < i and all(all(p.tag.number == "plur" for p in parses(w.lower()) if p.tag.POS in ("ADJF", "PRTF"))
                         for w, _, _ in toks[s:i]):
            continue  # «Детские общественные объединения»: plural, a kind of body
        if kind in SWALLOWED_KINDS and s > 0 and (is_acronym(toks[s - 1][0]) and not stop_abbr(toks[s - 1][0])
                                                  or kind_of(toks[s - 1][0])):
            continue  # «УО администрации города ...»: part of the name before it
        if s > 0 and toks[s - 1][0].lower() in ("органов", "органы", "органам", "органах"):
            continue  # «органов управления образованием»: a generic mention
        if IMENI_BEFORE.search(text, max(0, toks[s][1] - 80), toks[s][1]):
            continue  # «имени Героя Советского Союза ...»: part of a dedication, not an organization
        if word.islower() and school_follows(text, toks[e - 1][2]):
            continue  # «центр «...» МБОУ СОШ № 12», «... на базе школы № 5»: a unit of the school
        if kind in VENUE_KINDS and not venue_named(text[toks[s][1]:toks[e - 1][2]]):
            continue  # «школьный театр», «музей ... Кузбасса»: a kind of place, not an institution's name
        out.append({"start": toks[s][1], "end": toks[e - 1][2], "kind": kind, "head": i - s,
                    "source": "kind"})
    return out


SCHOOL_OWNER = re.compile(r"\s*(?:,\s*)?(?:(?:созданн|открыт|действующ|работающ|функционирующ)[а-яё]*\s+)?"
                          r"(?:на\s+базе\s+)?")


def school_follows(text: str, end: int) -> bool:
    """A school named right after a unit («центр «...» МБОУ СОШ № 12», «центр, созданный на базе
    гимназии № 3»): the unit belongs to the school and is no organization of its own."""
    rest = text[end:end + 120]
    rest = rest[SCHOOL_OWNER.match(rest).end():]
    return bool(FORM_RE.match(rest) or kind_regex().match(rest))


def legal_form_candidates(text, toks):
    """An acronym legal form before a quoted name: «МБУ «Городская столовая»»."""
    out = []
    for i, (word, _, _) in enumerate(toks):
        if not is_legal_form(word):
            continue
        q = i + 1
        if q + 2 < len(toks) and toks[q][0] == "г" and toks[q + 1][0] == "." and toks[q + 2][0][:1].isupper() \
                and alpha(toks[q + 2][0]):
            q += 3  # «МБУ г. Энска «ЭМЦ»»: the city between the form and the name
        if q < len(toks) and toks[q][0] == "«":
            e = quote_end(toks, q, lenient=True)
            s = i
            while s > 0 and (is_legal_form(toks[s - 1][0]) or FORM_RE.fullmatch(toks[s - 1][0])):  # «ГАУ ДПО «...»»
                s -= 1
            if all(toks[n][0] in MUNICIPAL for n in range(s, i + 1)):
                continue  # «МО ГО «Энск»»: a municipality, not an organization
            if e > q:
                out.append({"start": toks[s][1], "end": toks[e - 1][2], "kind": "form", "source": "form"})
    return out


def is_legal_form(word: str) -> bool:
    """A listed legal form or one by its shape («МБУ», «ГАУДПО»); the region after it («... МО «X»») is listed.

    >>> is_legal_form("МБУ"), is_legal_form("ГАУДПО"), is_legal_form("МУ"), is_legal_form("ТГУ")
    (True, True, True, False)
    """
    return word in LEGAL_FORMS or bool(LEGAL_FORM_SHAPE.fullmatch(word))


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


def is_agency(word: str) -> bool:
    """A one-word body: listed, pymorphy3's Orgn, or by its shape («Рос...», «Мин...», «...надзор»)
    when it is not a person's name («Ростислав»)."""
    if not word[:1].isupper() or not word.isalpha() or is_acronym(word):
        return False  # acronyms are read by acronym_candidates
    if known_body(word) or any("Orgn" in p.tag and p.score >= 0.3 for p in parses(word)):
        return True
    return bool(AGENCY.match(word)) and not NOT_AGENCY.match(word) and not any(
        ("Name" in p.tag or "Surn" in p.tag or "Patr" in p.tag) and p.score >= 0.1 for p in parses(word))


def agency_candidates(toks):
    out = []
    for i, (word, start, end) in enumerate(toks):
        if is_agency(word):
            e = i + 1
            while e < len(toks) and fold(toks[e][0]) in COUNTRY:
                e += 1
            out.append({"start": start, "end": toks[e - 1][2], "kind": "agency", "source": "agency"})
    return out


ACRONYM_RUN = re.compile(r"(?<![\w«])(?:[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ][А-ЯЁа-яё]*|[А-ЯЁ]{2,})"
                         r"(?:\s+(?:и\s+)?(?:[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ][А-ЯЁа-яё]*|[А-ЯЁ]{2,}))*(?![\w-])")


def acronym_candidates(text):
    out = []
    for m in ACRONYM_RUN.finditer(text):
        words = m.group().split()
        if all(w == "и" or stop_abbr(w) for w in words) or is_school(m.group()):
            continue
        bracketed = text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")"
        if not bracketed and any(w.isupper() and len(w) > 3 and morph().word_is_known(w.lower()) for w in words):
            continue  # an uppercase heading («ДЕНЬ ОТКРЫТЫХ ДВЕРЕЙ»); alone in brackets an acronym («(ЭТОГУ)»)
        if text[m.start() - 1:m.start()] == "#" or any(len(run) > 2 for run in re.findall(r"[а-яё]+", m.group())):
            continue  # a hashtag or a capitalized compound («МыРядом»), not an acronym
        if in_school_name(text, m.start(), m.end()):
            continue  # «МОУ «СОШ № 5 ЭГО»»: part of a school's name (its territory), the school tables' business
        # a legal form or a kind leading the run: the school/legal-form parts are not the acronym
        out.append({"start": m.start(), "end": m.end(), "kind": "acronym", "source": "acronym"})
    return out


# --- acceptance and normalization ---------------------------------------------------------------

def is_school(phrase: str) -> bool:
    if classify(phrase)[0]:
        return True
    form = FORM_RE.search(phrase)
    return bool(form) and form.group("suffix") not in ("ДПО", "ВО") and not re.search(
        r"(?i)университет|институт|академи", phrase)


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


def is_named(text: str, cand: dict) -> bool:
    """Something in the phrase makes it a name, not a generic mention."""
    phrase = text[cand["start"]:cand["end"]]
    if cand["source"] in ("form", "agency", "acronym", "people"):
        return True
    if "«" in phrase:
        return True
    words = phrase.split()
    if cand.get("kind") in GENERIC_HEADS:
        return False
    if cand.get("kind") in EVENT_HEADS and lemma(words[-1].lower()) == cand["kind"]:
        return False  # «Координационный совет», «Общее собрание»: a body of something unnamed
    if cand.get("kind") in EVENT_HEADS and members_only(words):
        return False  # «Совет отцов», «Совет старшеклассников»: a council of a group, of no body or place named
    if any(is_acronym(w) and not stop_abbr(w) for w in words):
        return True
    if any(w[:1].isupper() and not stop_abbr(w) for w in words[1:]):
        return True
    before = text[max(0, cand["start"] - 6):cand["start"]]
    sentence_start = re.search(r"[.!?\n:;]\s*$", before) is not None or not before.strip() and cand["start"] <= 6
    first = words[0].strip("«»")
    proper = not sentence_start or not morph().word_is_known(first.lower())
    return first[:1].isupper() and proper and len(words) > 1


def members_only(words: list[str]) -> bool:
    """After the head of a council only lowercase words ending in a plural genitive noun: the group it
    gathers, and no territory or body it belongs to («Совет молодых педагогов города Энска» names one).

    >>> members_only("Совет отцов".split()), members_only("Совет молодых педагогов".split())
    (True, True)
    >>> members_only("Совет депутатов города Энска".split()), members_only("Совет ветеранов труда".split())
    (False, False)
    """
    rest = words[1:]
    return bool(rest) and all(w.isalpha() and w.islower() for w in rest) and any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur" and p.score >= 0.2
        for p in parses(rest[-1]))


def unit_of_acronym(phrase: str) -> str:
    """The acronym ending a unit or a branch written in lowercase and named by nothing else
    («центра непрерывного образования ЭИРО», «филиал ЭГТУ»), '' if the phrase is not one.

    >>> unit_of_acronym("центра непрерывного образования ЭИРО"), unit_of_acronym("филиал ЭГТУ")
    ('ЭИРО', 'ЭГТУ')
    >>> unit_of_acronym("Центр развития ЭИРО"), unit_of_acronym("министерства образования РФ")
    ('', '')
    """
    words = phrase.split()
    k = len(words)
    while k > 1 and is_acronym(words[k - 1]) and not stop_abbr(words[k - 1]) and fold(words[k - 1]) not in COUNTRY:
        k -= 1
    return " ".join(words[k:]) if 0 < k < len(words) and all(w.islower() for w in words[:k]) else ""


def names_another(text: str, acronym: str, cands) -> bool:
    """The acronym is the short name of another candidate: it spells one, or stands in brackets right after
    one («... институт ... (ЭИРО)»). Then a unit named by it is a mention of that organization; an acronym
    of a territory («управление образования ЭГО») leaves the unit a name of its own."""
    for c in cands:
        phrase = text[c["start"]:c["end"]]
        if unit_of_acronym(phrase):
            continue
        if expands(acronym, bare_name(clean_name(phrase))) \
                or re.match(r"\W{0,3}\(\s*" + re.escape(acronym) + r"\s*\)", text[c["end"]:c["end"] + len(acronym) + 8]):
            return True
    return False


def informal_group(phrase: str) -> bool:
    """A club written in lowercase: a group of people, not an organization (see INFORMAL_KINDS).

    >>> informal_group("городского клуба «Молодой учитель»"), informal_group("Клуб для принимающих семей «Лад»")
    (True, False)
    """
    words = phrase.split()
    head = next((kind_of(w) for w in words if kind_of(w)), "")
    return head in INFORMAL_KINDS and words[0].islower()


def names_an_org(phrase: str) -> bool:
    """What a role's organization must have to be one: a kind noun, an acronym or a quoted name."""
    words = phrase.split()
    if words and (is_role_word(words[0]) or is_title_word(words[0])):
        return False  # «заместитель директора ЦРСО»: a role with its organization's acronym
    return "«" in phrase or any(kind_of(w) for w in words) or any(is_acronym(w) and not stop_abbr(w) for w in words)


def acronym_ok(text: str, cand: dict, count: dict) -> bool:
    word = text[cand["start"]:cand["end"]]
    if word.isupper() and len(word) > 3:  # a heading's word, or a long acronym
        return not morph().word_is_known(word.lower())
    prev = re.search(r"([А-ЯЁа-яё]+)\s*$", text[max(0, cand["start"] - 40):cand["start"]])
    prev_lemma = lemma(prev.group(1).lower()) if prev else ""
    if prev_lemma in SUBUNITS:
        return False
    if any(ch.islower() for ch in word.replace(" и ", "")):
        return True
    if prev and (is_role_word(prev.group(1)) or prev_lemma in STAFF):
        return True
    return count.get(word, 0) >= 2


def clean_name(phrase: str) -> str:
    phrase = " ".join(phrase.split()).strip(" ,.;:-–—")
    phrase = CITY_TAIL.sub("", phrase)
    if re.fullmatch(r"«[^«»]+»", phrase):
        phrase = phrase[1:-1]
    phrase = phrase.rstrip(" «(")
    return phrase + "»" * (phrase.count("«") - phrase.count("»"))  # «МКУ «ЦСО «Забота»» written unclosed


def quoted_name(phrase: str) -> str:
    """The quoted name of «учреждение ... «Центр развития образования»» (generic heads)."""
    m = re.search(r"«(.+)»\s*$", phrase)
    return m.group(1) if m else ""


GENERIC_HEADS = {"учреждение", "организация", "предприятие", "орган"}


def normalize(text: str, cand: dict) -> str:
    phrase = clean_name(text[cand["start"]:cand["end"]])
    if cand["source"] in ("acronym", "form"):
        return phrase
    if cand["source"] == "agency" and phrase.startswith("Мин"):
        return phrase  # «Минпросвещения России» does not decline
    if cand["source"] == "agency" and known_body(phrase.split()[0]):
        return " ".join([known_body(phrase.split()[0])] + phrase.split()[1:])  # «Рособрнадзора» → «Рособрнадзор»
    if cand.get("kind") in GENERIC_HEADS and quoted_name(phrase):
        return quoted_name(phrase)
    part = PART_OF.match(phrase)
    if part and lemma(part.group(1).lower()) in PART_KINDS and not _nominative(part.group(2).split()[0]):
        return nominative_org(part.group(2))  # «отделения «Движения первых»» → «Движение первых»
    return nominative_org(phrase)


PART_OF = re.compile(r"^(?:[А-ЯЁа-яё-]+\s+)*?([А-ЯЁа-яё]+)\s+«([^«»]+)»$")


def _nominative(word: str) -> bool:
    return any(p.tag.case == "nomn" and p.score >= 0.1 for p in parses(word.lower()))


def leading_acronyms(name: str) -> str:
    """The acronyms a name starts with: «УО администрации ...» → «УО».

    >>> leading_acronyms("МАУ ДПО ЦРО"), leading_acronyms("Совет депутатов"), leading_acronyms("ОИРО ПК и ПП края")
    ('МАУ ДПО ЦРО', '', 'ОИРО ПК и ПП')
    """
    lead = []
    words = name.split()
    for k, word in enumerate(words):
        if word == "и" and lead and k + 1 < len(words) and is_acronym(words[k + 1]):
            lead.append(word)  # «... ПК и ПРО»: one abbreviation with «и» inside
            continue
        if not is_acronym(word):
            break
        lead.append(word)
    return " ".join(lead)


def bare_name(name: str) -> str:
    """The legal forms before a quoted name do not belong to it: «ГБУ ДПО «X»» is X.

    >>> bare_name("ГБУ ДПО «Энский институт развития образования»"), bare_name("АНО «Ромашка» г. Энска")
    ('Энский институт развития образования', 'АНО «Ромашка» г. Энска')
    """
    return name[name.index("«") + 1:-1] if re.fullmatch(r"(?:[А-ЯЁ]{2,}\s+)+«.+»", name) else name


def key_tokens(name: str) -> set[str]:
    """Words that identify a name; the legal forms before a quoted name do not («ГБУ ДПО «X»» is X)."""
    name = bare_name(name)
    return {fold(w) for w in re.findall(r"[А-ЯЁа-яёA-Za-z0-9.-]+", name)} - COUNTRY - {"г.", "города", "администрации"}


def shorts_differ(a: dict, b: dict) -> bool:
    """Two names whose abbreviations tell them apart: different short names, or a short name that
    spells its own name but not the other's longer one («СурГУ» is not «... государственный педагогический
    университет»; a shorter mention, «Движение первых» of «Российское движение ... «Движение первых»», may be).

    >>> uni = {"name": "Энский государственный университет", "short": "ЭнГУ"}
    >>> shorts_differ(uni, {"name": "Энский государственный педагогический университет", "short": ""})
    True
    >>> shorts_differ(uni, {"name": "Энский государственный университет", "short": ""})
    False
    """
    sa, sb = a.get("short", ""), b.get("short", "")
    if sa and sb:
        return fold(sa) != fold(sb)
    for x, y in ((a, b), (b, a)):
        if x.get("short") and len(key_tokens(y["name"])) > len(key_tokens(x["name"])) \
                and expands(x["short"], x["name"]) and not expands(x["short"], bare_name(y["name"])):
            return True
    return False


def bare_kind(name: str) -> str:
    """The kind a one-word name is no more than: «Центр», «Институт» → its lemma; else ''.

    >>> bare_kind("Центр"), bare_kind("Рособрнадзор"), bare_kind("Центр «Вариант»")
    ('центр', '', '')
    """
    return kind_of(name) if re.fullmatch(r"[А-ЯЁа-яё]+", name) else ""


def same_org(a: dict, b: dict) -> bool:
    ka, kb = key_tokens(a["name"]), key_tokens(b["name"])
    if not ka or not kb or shorts_differ(a, b):
        return False
    first_a, first_b = fold(a["name"].split()[0]), fold(b["name"].split()[0])
    if ka == kb:
        return True
    head_a, head_b = a.get("kind"), b.get("kind")
    return bool(head_a and head_a == head_b and (ka <= kb or kb <= ka) and (first_a == first_b or
                                                                       min(len(ka), len(kb)) >= 2))


# --- the component ------------------------------------------------------------------------------

FIELD_PREPOSITIONS = ("по", "для")  # a role's field («по научной работе»), left in its organization by mistake


def named_start(text: str, start: int, end: int) -> int:
    """Where the name in a role's organization starts: «управления общего образования Департамента
    образования ...» is a unit of the Департамент (its name is capitalized); an administration
    stays part of the unit before it («управление образования Администрации города»)."""
    if not text[start:start + 1].islower():
        return start
    toks = tokenize(text[start:end])
    if toks and (toks[0][0] in FIELD_PREPOSITIONS or lemma(toks[0][0]) in UNIT_HEADS | SUBUNITS):
        # «[проректор] по научной работе ЭИРО», «[заведующий] отделом мониторинга МБУ «ЭМЦ»»: a field or a unit
        # of the institution named after it by its legal form or acronym; the institution is the organization
        named = next((s for word, s, _ in toks[1:] if is_acronym(word) and (word in LEGAL_FORMS or not stop_abbr(word)
                                                                              or LEGAL_FORM_SHAPE.fullmatch(word))), None)
        if named is not None and (toks[0][0] in FIELD_PREPOSITIONS or LEGAL_FORM_SHAPE.fullmatch(
                text[start + named:end].split()[0]) or text[start + named:end].split()[0] in LEGAL_FORMS):
            return start + named
    for word, s, _ in toks[1:]:
        if word.lower() in ("им", "имени"):
            break  # «школы имени Героя Советского Союза ...»: a dedication, not a parent organization
        if word[:1].isupper() and kind_of(word) and kind_of(word) not in SWALLOWED_KINDS:
            return start + s
    return start


def extract_organizations(text: str, people_orgs=(), ner_orgs=()) -> list[dict]:
    """Organizations of one document, merged, with short names linked.

    `people_orgs`: (start, end) of the organizations people's roles name; `ner_orgs`:
    natasha's ORG spans, taken as evidence that a phrase at a sentence start is a name.
    """
    toks = tokenize(text)
    cands = legal_form_candidates(text, toks) + kind_candidates(text, toks) + agency_candidates(toks)
    people_orgs = [(named_start(text, s, e), e) for s, e in people_orgs]
    cands += [{"start": s, "end": e, "kind": kind_of(text[s:e].split()[0]) if text[s:e].split() else "",
               "source": "people"} for s, e in people_orgs]
    acronyms = acronym_candidates(text)
    # longest first, no overlaps; acronyms inside a name become its short name candidates
    cands = [c for c in cands if (c["source"] != "people" or names_an_org(text[c["start"]:c["end"]]))
             and not informal_group(text[c["start"]:c["end"]])]
    cands = [c for c in cands if not (unit_of_acronym(text[c["start"]:c["end"]]) and names_another(
        text, unit_of_acronym(text[c["start"]:c["end"]]), cands))]
    for c in cands:
        # natasha's ORG is no evidence for a unit or a meeting named by its function only
        # («Отдел дошкольного образования» heading a report, «Педагогический совет состоялся ...»)
        c["named"] = is_named(text, c) or c.get("kind") not in GENERIC_HEADS | EVENT_HEADS | UNIT_HEADS \
            and text[c["start"]].isupper() \
            and any(s <= c["start"] and c["end"] <= e for s, e in ner_orgs)
    cands.sort(key=lambda c: (not c["named"], c["start"], -(c["end"] - c["start"])))
    kept = []
    for c in cands:
        if any(c["start"] < k["end"] and k["start"] < c["end"] for k in kept):
            continue
        phrase = text[c["start"]:c["end"]]
        if is_school(unquoted_head(c, phrase)) or len(phrase) < 2 or in_school_name(text, c["start"], c["end"]):
            continue
        c["name"] = normalize(text, c)
        kept.append(c)
    count: dict[str, int] = {}
    for a in acronyms:
        word = text[a["start"]:a["end"]]
        count[word] = count.get(word, 0) + 1
    orgs: list[dict] = []
    for c in sorted(kept, key=lambda c: c["start"]):
        c.setdefault("short", "")
        lead = leading_acronyms(c["name"])
        if c["source"] == "people" and lead and not stop_abbr(lead):
            c["short"] = lead  # «УО администрации города ...», «МАУ ДПО ЦРО»
        c["mentions"] = 1
        orgs.append(c)
    for o in list(orgs):  # a bracket right after a name gives its short name
        if "(" not in text[max(0, o["start"] - 2):o["start"]] or text[o["end"]:o["end"] + 1] != ")":
            continue
        prev = next((p for p in reversed(orgs) if p["end"] <= o["start"] and o["start"] - p["end"] <= 3
                     and p is not o and not p.get("short")), None)
        if prev is None:
            continue
        if o["source"] in ("agency", "kind") and len(o["name"].split()) <= 2 and not bare_kind(o["name"]) \
                or o["source"] == "form" and quoted_name(o["name"]) \
                and expands(quoted_name(o["name"]), bare_name(prev["name"])):
            # «Министерство ... (Минобрнауки России)»; «учреждение «Энский методический центр» (МБУ «ЭМЦ»)»
            prev["short"], prev["mentions"] = o["name"], prev["mentions"] + 1
            orgs.remove(o)
    # acronyms: a parenthesis right after a name, an expansion anywhere, else on their own
    for a in acronyms:
        word = " ".join(text[a["start"]:a["end"]].split())
        inside = next((o for o in orgs if o["start"] <= a["start"] and a["end"] <= o["end"]), None)
        if inside is not None:
            if inside["source"] in ("people", "form") and fold(inside["name"]) == fold(word):
                continue
            if inside["source"] != "form" and not inside.get("short") and expands(word, inside["name"]) \
                    and text[a["start"] - 1:a["start"]] == "(":
                inside["short"] = word
            continue
        target = None
        if "(" in text[max(0, a["start"] - 3):a["start"]]:  # «Центр ...» (МАУ ДПО ЦРО)
            target = next((o for o in reversed(orgs) if o["end"] <= a["start"] and not o.get("short") and (
                a["start"] - o["end"] <= 4 or CITY_GAP.fullmatch(text[o["end"]:a["start"]]))), None)
            tail = DEDICATION_TAIL.match(text, a["end"])
            if target is not None and tail:  # «(ЭГПУ им. А.А. Петрова)»: the dedication is part of the short name
                word += " " + " ".join(tail.group().split())
        if target is None:
            target = next((o for o in orgs if fold(leading_acronyms(o.get("short", ""))) == fold(word)
                           or fold(o["name"]) == fold(word)), None)
        if target is None:
            target = next((o for o in orgs if expands(word, bare_name(o["name"])) and not o.get("short")), None)
        if target is not None:
            target["short"] = target.get("short") or word
            target["named"] = True
            target["mentions"] += 1
            continue
        if not acronym_ok(text, {"start": a["start"], "end": a["end"]}, count):
            continue
        orgs.append({"start": a["start"], "end": a["end"], "name": word, "short": word, "kind": "acronym",
                     "source": "acronym", "named": True, "mentions": 1})
    merged: list[dict] = []
    for o in sorted(orgs, key=lambda o: o["start"]):
        if not o["named"]:
            continue
        bare = bare_kind(o["name"])
        if bare and not o["short"]:  # «Центр сотрудничает с ...»: a back-reference, never a name of its own
            heads = [m for m in merged if bare in map(kind_of, m["name"].split())]
            if len(heads) == 1:
                heads[0]["mentions"] += o["mentions"]
            continue
        same = next((m for m in merged if same_org(m, o) or o["short"] and fold(o["short"]) == fold(m["short"])
                     or m["short"] and fold(o["name"]) == fold(m["short"])
                     or m["short"] and not o["short"] and expands(m["short"], o["name"])
                     or o["short"] and not m["short"] and expands(o["short"], m["name"])), None)
        if same is None:
            merged.append(dict(o))
            continue
        same["mentions"] += o["mentions"]
        same["short"] = same["short"] or o["short"]
        acronym_led = bool(leading_acronyms(same["name"]))
        if o["source"] != "acronym" and not leading_acronyms(o["name"]) and (
                acronym_led or len(key_tokens(o["name"])) > len(key_tokens(same["name"]))):
            same["name"] = o["name"]
    return [{"start": o["start"], "end": o["end"], "org_id": f"O{n}", "name": o["name"],
             "short_name": o["short"] if o["short"] != o["name"] or o["source"] == "acronym" else o["short"],
             "n_mentions": o["mentions"]} for n, o in enumerate(merged, 1)]


@Language.component("svodka_organizations")
def organizations_component(doc: Doc) -> Doc:
    people_orgs = [tuple(span) for person in records(doc, "people") for span in person.get("org_spans", [])]
    ner_orgs = [(r["char_start"], r["char_end"]) for r in records(doc, "ner") if r.get("type") == "ORG"]
    for row in extract_organizations(doc_text(doc), people_orgs, ner_orgs):
        start, end = row.pop("start"), row.pop("end")
        add_record(doc, "organizations", start, end, **row)
    return doc
