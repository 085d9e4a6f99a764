"""Candidate phrases for organizations, found in the token stream of a text.

- a head noun of an organization kind with its adjectives and complements
  (`kind_candidates`, the grammar of `complement_end`): «Томского
  государственного университета», «Совета депутатов города Энска»;
- a legal form before a quoted name (`legal_form_candidates`): «МБУ «...»»;
- one-word agencies (`agency_candidates`): «Рособрнадзора»;
- runs of acronyms (`acronym_candidates`): «НИПКиПРО», «ИРО РК»;
- the body a role's head names (`role_body_candidates`): «заместителя министра образования Энского края»
  → «министерство образования Энского края», whether or not a person is named with it.
Whether a candidate is a name, and its nominative, is `org_names`' job.
"""
from __future__ import annotations

import re

from svodka.extractors.org_words import (
    CIRCUMSTANCES, COUNTRY, DEDICATION, EVENT_HEADS, FACULTY_KINDS, FUNCTION_UNITS, GENERIC_HEADS, HOUSE_OF, INITIALS,
    MUNICIPAL, NOT_DEDICATION, OBLIQUE, PARENT_BODIES, PART_KINDS, REGION_ABBR, SWALLOWED_KINDS, TERRITORY_HEADS, TERRITORY_STATUS,
    UNIONS, UNIT_OF, UNIVERSITY_KINDS, VENUE_KINDS, VENUE_STATUS, WITH_NOUNS, agrees, alpha, compound_first,
    dedication_end, in_school_name, is_adjective, is_agency, is_field, is_gen, is_geo, is_instrumental_noun,
    is_legal_form, is_noun, is_proper, is_school, is_verbal, kind_follows, kind_of, known_body, name_and_surname,
    past_adjectives, plural_field, person_in_case, quote_end, starts_person, stop_abbr, tokenize, with_end)
from svodka.extractors.org_outlets import OUTLET_FORMS, OUTLET_NAME
from svodka.extractors.people import IMENI_BEFORE, is_role_word, lemma
from svodka.extractors.person_words import BODY_OF_HEAD
from svodka.extractors.models import parses
from svodka.normalizers.morph import known
from svodka.normalizers.names import fold
from svodka.normalizers.orgs import is_acronym, modifies
from svodka.normalizers.schools import FORM_RE, form_sector, kind_regex


def complement_end(text, toks, j, part: bool = False, proper: bool = False, fields: bool = True,
                   held: bool = False) -> int:
    """Index after the complements of a head noun ending at toks[j-1].

    `part`: the head names a part of an organization («Региональное отделение»); the organization
    it belongs to, named after it in the genitive, is part of its name.
    `proper`: the phrase starts with a capital; then a parent named by its legal description after
    the head («институт федерального ... учреждения ... «X»») is part of the name too.
    `fields`: a field after the body's territory («... Энской области по образованию») is its own; not when
    the body is the parent of a unit named before it (the field is the unit's).
    `held`: a role's noun stands before the phrase; a person named in an oblique case after it is the role's holder,
    even after a capitalized name («председателя Энского совета Ивана Орлова»), not a dedication («фонд Ивана Орлова»).
    """
    head = j
    after_parent = False
    if j + 2 < len(toks) and toks[j][0] == "(" and kind_of(toks[j + 1][0]) in PART_KINDS and toks[j + 2][0] == ")":
        j += 3  # «Энского института (филиала) ...»: the institute is a branch of the body named next
    parent_at = j
    while j < len(toks):
        word = toks[j][0]
        low = word.lower()
        if hard_break(text, toks, j) or j + 1 < len(toks) and toks[j + 1][0].lower() == "созыва":
            break  # «Собрания Энской области седьмого созыва»: the convocation is no part of the name
        if alpha(word) and is_adjective(word) and kind_follows(toks, j):
            k = past_adjectives(toks, j)
            if proper and j == parent_at and word.islower() and kind_of(toks[k][0]) in GENERIC_HEADS \
                    and is_gen(toks[k][0]) and kind_of(toks[head - 1][0]) not in GENERIC_HEADS:
                parent = complement_end(text, toks, k + 1)  # «институт федерального ... учреждения ... «X»»:
                if toks[parent - 1][0] == "»":  # the body it is a part of, named by its legal description
                    j = parent
                    break
            if j > head and word[:1].isupper() and toks[j - 1][0].lower() != "и" and is_gen(toks[k][0]) \
                    and kind_of(toks[k][0]) in SWALLOWED_KINDS and "\n" not in text[toks[j][1]:toks[k][1]]:
                j = k + 1  # «Управление образования Энской городской администрации»: the body it belongs to
                continue
            if word[:1].isupper() and kind_of(toks[head - 1][0]) in FACULTY_KINDS \
                    and all(t[0].islower() for t in toks[head:j]) and toks[j - 1][0] != "и" \
                    and kind_of(toks[k][0]) in UNIVERSITY_KINDS and is_gen(toks[k][0]):
                j = complement_end(text, toks, k + 1)  # «Педагогический институт Энского государственного
                break  # университета»: an institute of a university, named with it
            if word[:1].isupper() and kind_of(toks[head - 1][0]) in UNIT_OF and toks[head - 1][0].islower() \
                    and is_gen(toks[k][0]) and all(t[0].islower() or t[0] == "-" for t in toks[head:j]) \
                    and toks[j - 1][0] != "и":
                j = complement_end(text, toks, k + 1, fields=False)  # «комитета Законодательного Собрания
                after_parent = True  # Энской области по образованию»: a unit of the capitalized body, then its field
                continue
            if j == head and is_gen(toks[k][0]) and (kind_of(toks[k][0]) in UNIONS or kind_of(toks[k][0]) == "союз"
                                                     and k + 1 < len(toks) and lemma(toks[k + 1][0]) == "работник"):
                j = complement_end(text, toks, k + 1)  # «районной организации Общероссийского Профсоюза ...»
                continue
            if part and j == head:  # «Региональное отделение Российского движения ...»
                while not kind_of(toks[j][0]):
                    j += 1
                j += 1
                continue
            break
        if part and j == head and (word[:1].isupper() or proper) and kind_of(word) and is_gen(word):
            j += 1  # «Территориальный отдел Управления ...», «Энское отделение ассоциации ...»: the part of a body
            continue
        if starts_person(toks, j, text) or j + 1 < len(toks) and person_in_case(
                word, toks[j + 1][0], OBLIQUE if not proper or held else NOT_DEDICATION):
            break  # «директор Городского методического центра Кириллова Ольга Вадимовна», «главы центра Ивана Орлова»
        if compound_first(word) and j + 2 < len(toks) and toks[j + 1][0] in DASHES and alpha(toks[j + 2][0]) \
                and toks[j + 2][0][:1].isupper() and "\n" not in text[toks[j][1]:toks[j + 2][1]]:
            j += 2  # «администрации Казачинско – Ленского района»: one place name
            continue
        if word[:1].isupper() and alpha(word) and not is_acronym(word) and j > head \
                and lemma(toks[j - 1][0].lower()) in TERRITORY_HEADS and not kind_of(word) and not is_role_word(word) \
                and not (j + 1 < len(toks) and name_and_surname(word, toks[j + 1][0])):
            j += 1  # «Республики Татарстан», «Республики Коми»: a name in the nominative
            continue
        if word in MUNICIPAL and j > head:
            k = j
            while k < len(toks) and toks[k][0] in MUNICIPAL:
                k += 1
            if k < len(toks) and toks[k][0] == "«" and quote_end(toks, k) > k:
                j = quote_end(toks, k)  # «администрации МО ГО «Энск»»: the municipality it belongs to
            elif k < len(toks) and alpha(toks[k][0]) and toks[k][0][:1].isupper() and not is_acronym(toks[k][0]) \
                    and "\n" not in text[toks[j][1]:toks[k][1]]:
                j = k + 1 + (k + 1 < len(toks) and lemma(toks[k + 1][0].lower()) in TERRITORY_HEADS)
            break  # «Отдел образования МР Энский район»: the municipality, named without quotes
        if word in REGION_ABBR and j >= head:
            j += 1  # «Министерства образования и науки ДНР»: the region belongs to the name
            continue
        if is_acronym(word) and stop_abbr(word):
            break
        if j == head and word.islower() and word.isalpha() and any(
                p.tag.case == "ablt" and p.tag.POS == "NOUN" and p.score >= 0.2 for p in parses(low)):
            j += 1
            continue
        if j == head and word[:1].isupper() and word[1:].islower() and kind_of(toks[head - 1][0]) == "министерство" \
                and is_field(word.lower()):
            j += 1  # «Министерством Просвещения»: a ministry's field, capitalized as a name
            continue
        if j == head and word[:1].isupper() and word[1:].islower() and toks[head - 1][0][:1].isupper() \
                and alpha(word) and not is_proper(word) and not kind_of(word) and is_gen(word) and is_noun(word) \
                and kind_of(toks[head - 1][0]) not in FUNCTION_UNITS:
            j += 1  # «Дом Дружбы народов», «Совет Ветеранов»: the head's complement, capitalized as the name's
            # (a unit named by its function stays generic: «Управления Образования»)
            continue
        if word[:1].isupper() and alpha(word) and not is_acronym(word) and not is_proper(word) \
                and kind_of(word) not in SWALLOWED_KINDS and lemma(low) not in TERRITORY_HEADS \
                and not (toks[j - 1][0][:1].isupper() and is_adjective(toks[j - 1][0])) \
                and not (j + 1 < len(toks) and toks[j + 1][0][:1].isupper() and is_proper(toks[j + 1][0])):
            break
        if word == "«":
            k = quote_end(toks, j)
            if k == j or j > head and lemma(toks[j - 1][0].lower()) in TERRITORY_HEADS and j + 1 < len(toks) \
                    and lemma(toks[j + 1][0].lower()) not in TERRITORY_HEADS:
                break  # «правительства Энской области «Надежда»»: a prize's name after a named territory
            j = k + 2 * territory_follows(text, toks, k)  # «фонд «...» Энской области»
            break
        if low in ("им", "имени") and j >= head:  # «университета им. К.Д. Ушинского»: the name goes on
            k = j + 1 + (j + 1 < len(toks) and toks[j + 1][0] == ".")
            start_k = k
            while k < len(toks) and k < start_k + 8 and (INITIALS.fullmatch(toks[k][0]) or toks[k][0] == "."
                                                       and INITIALS.fullmatch(toks[k - 1][0])
                                                       or alpha(toks[k][0]) and toks[k][0][:1].isupper()
                                                       and not is_acronym(toks[k][0])
                                                       or GLUED_INITIALS.fullmatch(toks[k][0])):
                k += 1
            if k > start_k and (alpha(toks[k - 1][0]) or GLUED_INITIALS.fullmatch(toks[k - 1][0])):
                j = k
                continue
            break
        if low in ("в", "во") and j == head and j + 2 < len(toks) and toks[j + 1][0].lower() in ("честь", "имя") \
                and toks[j + 2][0][:1].isupper():
            j = dedication_end(toks, j + 2)  # «храм в честь Рождества Христова», «во имя Святой Троицы»
            continue
        if is_acronym(word) and not stop_abbr(word) or word in ("РФ",):
            j += 1
            continue
        if low in ("по", "для", "при"):
            if low == "при" and j + 1 < len(toks) and lemma(toks[j + 1][0].lower()) in CIRCUMSTANCES:
                break
            if low == "по" and j > head and not after_parent and j + 1 < len(toks) and toks[j + 1][0].islower() \
                    and (not fields or lemma(toks[j - 1][0].lower()) in TERRITORY_HEADS):
                break  # «комитет Собрания Энской области по образованию»: the field is the unit's, not the body's
            if low == "при" and j + 1 < len(toks) and toks[j + 1][0][:1].isupper():
                k = past_adjectives(toks, j + 1)
                if k < len(toks) and kind_of(toks[k][0]) and toks[k][0][:1].isupper():
                    j = complement_end(text, toks, k + 1)  # «Общественный совет при Министерстве образования ...»
                break
            if low == "по" and j + 2 < len(toks) and lemma(toks[j + 1][0].lower()) in TOPIC_NOUNS:
                break  # «объединение учителей по теме «...»»: the theme of a meeting, not a body's field
            k = j + 1
            while k < len(toks) and alpha(toks[k][0]) and not is_verbal(toks[k][0]) \
                    and not kind_follows(toks, k) \
                    and (toks[k][0].islower() or is_geo(toks[k][0]) or is_adjective(toks[k][0])) \
                    and not kind_of(toks[k][0]) and toks[k][0] not in ("в", "на", "с", "что", "как") \
                    and not (toks[k][0] == "и" and k + 1 < len(toks) and is_role_word(toks[k + 1][0])):
                k += 1  # «по делам молодёжи и членов жюри»: the people after «и» are no field
            if k == j + 1:
                break
            j = field_list_end(text, toks, j + 1, k)
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
        if low == "и" and j + 1 < len(toks) and alpha(toks[j + 1][0]) and is_gen(toks[j + 1][0]) \
                and is_gen(toks[j - 1][0]) and not kind_of(toks[j + 1][0]) and not is_agency(toks[j + 1][0]) \
                and not is_role_word(toks[j + 1][0]):
            j += 1
            continue
        if low in ("г", "г.о") and j + 2 < len(toks) and toks[j + 1][0] == "." and toks[j + 2][0][:1].isupper():
            j += 3
            continue  # «г. Энска» (before «г» is read as a genitive)
        if GLUED_CITY.fullmatch(word) and j > head:
            j += 1
            continue  # «г.Энска» written without a space: one token
        if alpha(word):
            k = kind_of(word)
            if k == "профсоюз" and j == head and is_gen(word):
                j += 1  # «горкома профсоюза ...», «организации профсоюза ...»: a part of the union, named by it
                continue
            if k in PARENT_BODIES and word.islower() and j > head and is_gen(word) and parent_chain(text, toks, j):
                j += 1  # «Департамент образования комитета по социальной политике администрации города»
                continue
            if k and k not in SWALLOWED_KINDS:
                break
            if word.islower() and j + 1 < len(toks) and any(
                    p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case == "nomn" for p in parses(low)) \
                    and starts_person(toks, j + 1, text):
                break  # «… катехизации в КЧР иерей Иван Петров»: a title before the person, no genitive of the name
            if is_gen(word) and not (word.islower() and parses(low)[0].tag.POS in ("VERB", "INFN", "PRTS", "GRND")):
                j += 1
                continue
        break
    while j > 0 and toks[j - 1][0].lower() in ("и", "по", "для", "при"):
        j -= 1
    return j


DASHES = ("-", "–", "—")
GLUED_CITY = re.compile(r"г\.[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")  # «г.Энска»
GLUED_INITIALS = re.compile(r"(?:[А-ЯЁ]\.)+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")  # «им. М.Горького», «Н.А.Некрасова»
TOPIC_NOUNS = {"тема", "итог", "результат"}  # «по теме «...»», «по итогам ...»; «Совет по вопросам ...» is a field


def field_list_end(text, toks, first, k) -> int:
    """Index after a list of fields in one case, k if none: «по образованию, науке, культуре и информационной
    политике» (toks[first:k] is the first field, the list goes on with commas and ends with «и»)."""
    cases = {p.tag.case for p in parses(toks[k - 1][0].lower()) if p.tag.POS == "NOUN"}
    end = n = k
    while n + 1 < len(toks) and toks[n][0] in (",", "и") and "\n" not in text[toks[n - 1][2]:toks[n + 1][1]]:
        m = n + 1
        while m < len(toks) and toks[m][0].isalpha() and toks[m][0].islower() and not kind_of(toks[m][0]) \
                and toks[m][0] not in ("и", "в", "на", "с", "по"):
            m += 1
        if m == n + 1 or not cases & {p.tag.case for p in parses(toks[m - 1][0]) if p.tag.POS == "NOUN"} \
                or any(is_role_word(t[0]) for t in toks[n + 1:m]):
            return k  # «по делам молодёжи и членов жюри»: people, not a field
        if toks[n][0] == "и":
            return m
        n = end = m
    return k


WRAPPED_LINE = 50  # characters: a shorter line ending in a word is a list item or a heading, not wrapped prose


def hard_break(text, toks, j) -> bool:
    """A line end between toks[j-1] and toks[j] that ends the phrase: a line wrapped inside a phrase (a word on
    both sides, the next in lowercase, after a line as long as prose lines are: «профсоюза работников
    народного\nобразования») does not; a short line is an item of a list or a heading."""
    gap = text[toks[j - 1][2]:toks[j][1]]
    if "\n" not in gap:
        return False
    end = toks[j - 1][2]  # only whether the line is shorter than WRAPPED_LINE matters: look no further back
    line = end - (text.rfind("\n", max(0, end - WRAPPED_LINE - 1), end) + 1)
    return "\n\n" in gap or not alpha(toks[j - 1][0]) or not toks[j][0][:1].islower() or line < WRAPPED_LINE


def parent_chain(text, toks, j) -> bool:
    """toks[j], a lowercase body, leads on the same line to the administration it belongs to: the body before
    it is its unit, one name («отдел ... комитета по ... администрации города»)."""
    for k in range(j + 1, min(len(toks), j + 10)):
        if "\n" in text[toks[k - 1][2]:toks[k][1]] or toks[k][0] in (",", ";", "(", "«"):
            return False
        if kind_of(toks[k][0]) in SWALLOWED_KINDS:
            return True
    return False


def venue_named(phrase: str, by_status: bool = True) -> bool:
    """A theatre, museum or library named as an institution; without `by_status` (a house of culture: every
    district has its «районный Дом культуры») only a quote or a dedication names one.

    >>> venue_named("Энском областном театре драмы им. А.Н. Островского"), venue_named("Школьный театр")
    (True, False)
    >>> venue_named("музей «Истоки»"), venue_named("музей истории образования Энского края")
    (True, False)
    """
    return "«" in phrase or bool(DEDICATION.search(phrase + " ")) or by_status and any(
        lemma(w.lower()) in VENUE_STATUS for w in re.findall(r"[А-ЯЁа-яё]+", phrase))


def enumeration_follows(text, toks, j) -> bool:
    """toks[j] is a comma inside a list of fields that ends with «и»: «образования, культуры, спорта и
    работы ...», «туризма, курортов и …». Lists of schools («управления образования, школ и детских садов») are
    different bodies."""
    if not is_field(toks[j - 1][0]):
        return False
    k = j
    for _ in range(6):
        if k >= len(toks) or toks[k][0] not in (",", "и"):
            return False
        conj = toks[k][0] == "и"
        n = k + 1
        while n < len(toks) and n < k + 4 and (is_field(toks[n][0]) or plural_field(toks[n][0])):
            n += 1
        if n == k + 1 or "\n" in text[toks[k][1]:toks[n - 1][2]] or not is_noun(toks[n - 1][0]):
            return False
        if conj:
            return True
        k = n
    return False


def territory_follows(text, toks, k) -> bool:
    """toks[k:k+2] is a region in the genitive, on the same line: «Энской области», «Энского края»."""
    if k + 1 >= len(toks) or "\n" in text[toks[k - 1][2]:toks[k + 1][1]]:
        return False
    adjective, noun = toks[k][0], toks[k + 1][0]
    return adjective[:1].isupper() and alpha(adjective) and is_adjective(adjective) and noun.islower() \
        and lemma(noun) in TERRITORY_HEADS and is_gen(noun) and agrees(adjective, noun)


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
            if s >= 2 and SPLIT_COMPOUND.fullmatch(text, toks[s - 2][1], toks[s][1]):
                s -= 2  # «Информационно- методическом центре»: a compound adjective split after its hyphen
                continue
            if not (is_adjective(toks[s - 1][0]) or modifies(toks[s - 1][0], word)) \
                    or kind_of(toks[s - 1][0]) or not agrees(toks[s - 1][0], word) \
                    or "\n" in text[toks[s - 1][2]:toks[s][1]]:
                break
            s -= 1
        if word[:1].isupper():  # «сильного Института ...»: the name starts at the capital, or at the level of its
            while s < i and toks[s][0].islower() and not all(  # territory («районного Совета депутатов»)
                    lemma(t[0].lower()) in TERRITORY_STATUS for t in toks[s:i]):
                s += 1
        e = complement_end(text, toks, i + 1, part=s < i and kind in PART_KINDS, proper=toks[s][0][:1].isupper(),
                           held=s > 0 and is_role_word(toks[s - 1][0]))
        if kind in EVENT_HEADS and i + 1 < len(toks) and toks[i + 1][0] == "«" and word.islower() \
                and not any(body_adjective(w) for w, _, _ in toks[s:i]):
            continue  # «общегородское родительское собрание «Готовность ...»»: a meeting and its theme
        if s < i and all(all(p.tag.number == "plur" for p in parses(w.lower()) if p.tag.POS in ("ADJF", "PRTF"))
                         for w, _, _ in toks[s:i]):
            continue  # «Детские общественные объединения»: plural, a kind of body
        if kind in SWALLOWED_KINDS and s > 0 and (is_acronym(toks[s - 1][0]) and not stop_abbr(toks[s - 1][0])
                                                  or kind_of(toks[s - 1][0])):
            continue  # «УО администрации города ...»: part of the name before it
        if s > 0 and toks[s - 1][0].lower() in ("органов", "органы", "органам", "органах"):
            continue  # «органов управления образованием»: a generic mention
        dedication = IMENI_BEFORE.search(text, max(0, toks[s][1] - 80), toks[s][1])
        if dedication and not ON_BEHALF.search(text, max(0, dedication.start() - 4), dedication.start() + 1):
            continue  # «имени Героя Советского Союза ...»: part of a dedication; «от имени Собрания» is no dedication
        if after_child_form(text, toks[s][1]):
            continue  # «МАДОУ Центр развития ребёнка – детский сад № 2»: a kindergarten, the school tables' business
        if word.islower() and school_follows(text, toks[e - 1][2]):
            continue  # «центр «...» МБОУ СОШ № 12», «... на базе школы № 5»: a unit of the school
        house = kind in ("дом", "дворец") and i + 1 < len(toks) and lemma(toks[i + 1][0].lower()) in HOUSE_OF
        if kind == "дворец" and not house:
            continue  # «Дворец спорта «…»»: a venue; a palace of culture is named as a house of culture is
        if (kind in VENUE_KINDS or house) and not venue_named(text[toks[s][1]:toks[e - 1][2]], by_status=not house):
            continue  # «школьный театр», «музей ... Кузбасса»: a kind of place, not an institution's name
        out.append({"start": toks[s][1], "end": toks[e - 1][2], "kind": kind, "head": i - s,
                    "source": "kind"})
    return out


ON_BEHALF = re.compile(r"(?i)\bот\s+и$")
SPLIT_COMPOUND = re.compile(r"[А-ЯЁа-яё]+о-[ \t]+")
# What a body of people is, not a meeting: «общественно-государственное … объединение «…»», «всероссийского
# общественного движения «…»» (a compound's last part counts: «физкультурно-спортивное»)
BODY_ADJECTIVES = {"общественный", "государственный", "всероссийский", "международный", "межрегиональный",
                   "спортивный", "молодёжный", "молодежный", "благотворительный", "некоммерческий", "патриотический"}


def body_adjective(word: str) -> bool:
    """An adjective that makes a head like «объединение» a body, not a meeting.

    >>> body_adjective("общественно-государственного"), body_adjective("методическое")
    (True, False)
    """
    return any(lemma(part) in BODY_ADJECTIVES for part in word.lower().split("-"))


FORM_BEFORE = re.compile(FORM_RE.pattern + r"\s*$")


def after_child_form(text: str, start: int) -> bool:
    """The phrase at `start` follows a kindergarten's or additional education's legal form: it is that institution's
    name («МАДОУ Центр развития ребёнка …», «МБУ ДО Центр …»); a school's «МКОУ Центр развития образования» is not.

    >>> after_child_form("МАДОУ Центр развития", 6), after_child_form("МКОУ Центр развития", 5)
    (True, False)
    """
    form = FORM_BEFORE.search(text, max(0, start - 12), start)
    return bool(form) and form_sector(form.group("form"), form.group("suffix") or "") in ("preschool", "additional")


SCHOOL_OWNER = re.compile(r"\s*(?:,?\s*(?:созданн|открыт|действующ|работающ|функционирующ)[а-яё]*\s+)?"
                          r"(?:на\s+базе\s+)?")  # a bare comma is a list: «отдел образования …, МБОУ …»


def school_follows(text: str, end: int) -> bool:
    """A school named right after a unit («центр «...» МБОУ СОШ № 12», «центр, созданный на базе
    гимназии № 3»): the unit belongs to the school and is no organization of its own."""
    rest = text[end:end + 120]
    rest = rest[SCHOOL_OWNER.match(rest).end():]
    return bool(FORM_RE.match(rest) or kind_regex().match(rest))


CENTRE_ACRONYM = re.compile(r"[А-ЯЁ]{1,3}Ц")  # the last letter its head, «центр»


def legal_form_candidates(text, toks):
    """An acronym legal form before a quoted name: «МБУ «Городская столовая»»; a centre's acronym too («ЭРЦ «Заря»»)."""
    out = []
    for i, (word, _, _) in enumerate(toks):
        if not is_legal_form(word) and not (CENTRE_ACRONYM.fullmatch(word) and i + 1 < len(toks) and toks[i + 1][0] == "«"):
            continue
        q = i + 1
        if q + 2 < len(toks) and toks[q][0] == "г" and toks[q + 1][0] == "." and toks[q + 2][0][:1].isupper() \
                and alpha(toks[q + 2][0]):
            q += 3  # «МБУ г. Энска «ЭМЦ»»: the city between the form and the name
        while q < len(toks) and q < i + 3 and is_acronym(toks[q][0]) and stop_abbr(toks[q][0]):
            q += 1  # «ГАУ ДПО «...»», «ГБУЗ РХ «...»»: an education level or a region's letters before the name
        if word in OUTLET_FORMS and q == i + 1 and q < len(toks) and OUTLET_NAME.fullmatch(toks[q][0]) \
                and " " == text[toks[i][2]:toks[q][1]] and (not toks[q][0].isalpha() or not known(toks[q][0].lower())
                                                          or "Geox" in parses(toks[q][0])[0].tag):
            out.append({"start": toks[i][1], "end": toks[q][2], "kind": "form", "source": "form"})
            continue  # «ИА Энскинфо24», «ИА Регнум», «РИА Энск»: an agency's own word or its city needs no quotes
        if q < len(toks) and LATIN_NAME.fullmatch(toks[q][0]):
            e = q
            while e < len(toks) and LATIN_NAME.fullmatch(toks[e][0]) and " " == text[toks[e - 1][2]:toks[e][1]]:
                e += 1  # «ИА EnskMedia»: a Latin name needs no quotes
            out.append({"start": toks[i][1], "end": toks[e - 1][2], "kind": "form", "source": "form"})
            continue
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


def role_body_candidates(text, toks):
    """«заместителя министра образования и науки Энского края» → the ministry (BODY_OF_HEAD) a deputy works in;
    a minister's own title («министр образования …», like a governor's) is a role, no mention of the ministry."""
    out = []
    for i, (word, _, _) in enumerate(toks):
        body = BODY_OF_HEAD.get(lemma(word)) if word.isalpha() and i and is_role_word(toks[i - 1][0]) else None
        if not body or i + 1 >= len(toks) or not toks[i + 1][0].islower() or not is_gen(toks[i + 1][0]):
            continue
        e = complement_end(text, toks, i + 1)
        if e > i + 1:
            out.append({"start": toks[i][1], "end": toks[e - 1][2], "kind": body, "head": 0, "source": "kind",
                        "fixed": f"{body} {text[toks[i + 1][1]:toks[e - 1][2]]}"})
    return out


def territory_at(toks, k) -> int:
    """How many tokens from toks[k] name a territory in the genitive: «республики» (the text's own), «Энской
    области»; 0 if none.

    >>> territory_at(tokenize("минобразования республики сообщает"), 1), territory_at(tokenize("мин Энской области"), 1)
    (1, 2)
    """
    if k < len(toks) and toks[k][0].islower() and lemma(toks[k][0]) in TERRITORY_HEADS and is_gen(toks[k][0]):
        return 1
    if k + 1 < len(toks) and toks[k][0][:1].isupper() and alpha(toks[k][0]) and is_adjective(toks[k][0]) \
            and lemma(toks[k + 1][0]) in TERRITORY_HEADS and is_gen(toks[k + 1][0]) and agrees(toks[k][0], toks[k + 1][0]):
        return 2
    return 0


def agency_candidates(toks):
    """One-word bodies («Рособрнадзора»), and a listed ministry's short name in lowercase, as news write it
    («пресс-служба минобразования республики»), with the territory after it."""
    out = []
    for i, (word, start, end) in enumerate(toks):
        lower_ministry = word.islower() and word.startswith("мин") and known_body(word.capitalize())
        if is_agency(word) or lower_ministry:
            e = i + 1
            while e < len(toks) and fold(toks[e][0]) in COUNTRY:
                e += 1
            if lower_ministry and e == i + 1:
                e += territory_at(toks, e)
            out.append({"start": start, "end": toks[e - 1][2], "kind": "agency", "source": "agency"})
    return out


SCHOOL_ACRONYM = re.compile(r"(?=[А-ЯЁ]{3})[А-ЯЁ]{1,4}(?:Л|ЛИ|Г|ГИ)")  # «...лицей», «...лицей-интернат», «...гимназия»
LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
ACRONYM_RUN = re.compile(r"(?<![\w«])(?:[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ][А-ЯЁа-яё]*|[А-ЯЁ]{2,})"
                         r"(?:\s+(?:и\s+)?(?:[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ][А-ЯЁа-яё]*|[А-ЯЁ]{2,}))*(?![\w-])")


def acronym_candidates(text):
    out = []
    for m in ACRONYM_RUN.finditer(text):
        words = m.group().split()
        if all(w == "и" or stop_abbr(w) for w in words) and not member_of_federal(text, m.start(), words) \
                or is_school(m.group()) or SCHOOL_ACRONYM.fullmatch(m.group()):
            continue  # «ЭГЛ», «РЛИ»: a lyceum or a gymnasium by its acronym, the school tables' business
        if DOCUMENT_NUMBER.search(text, max(0, m.start() - 3), m.start()):
            continue  # «приказ № 233-ОД»: the letters of a document's number
        bracketed = text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")"
        if not bracketed and any(w.isupper() and len(w) > 3 and known(w.lower()) for w in words):
            continue  # an uppercase heading («ДЕНЬ ОТКРЫТЫХ ДВЕРЕЙ»); alone in brackets an acronym («(ЭТОГУ)»)
        if text[m.start() - 1:m.start()] == "#" or any(len(run) > 2 for run in re.findall(r"[а-яё]+", m.group())):
            continue  # a hashtag or a capitalized compound («МыРядом»), not an acronym
        if in_school_name(text, m.start(), m.end()) or after_school_form(text, m.start()):
            continue  # «МОУ «СОШ № 5 ЭГО»», «ГОУ Энской области ЦДОД»: a school's name, the school tables' business
        # a legal form or a kind leading the run: the school/legal-form parts are not the acronym
        out.append({"start": m.start(), "end": m.end(), "kind": "acronym", "source": "acronym"})
    return out


DOCUMENT_NUMBER = re.compile(r"\d\s?[-–/]$")


def member_of_federal(text: str, start: int, words: list[str]) -> bool:
    """«члена ОП РФ»: two letters and the country after a role are a federal body, whatever else the two letters
    abbreviate alone («ОП» is also an educational programme).

    >>> member_of_federal("члена ОП РФ", 6, ["ОП", "РФ"]), member_of_federal("по ОП РФ", 3, ["ОП", "РФ"])
    (True, False)
    """
    if len(words) != 2 or len(words[0]) != 2 or words[1] not in ("РФ", "России"):
        return False
    prev = re.search(r"([А-ЯЁа-яё]+)\s*$", text[max(0, start - 30):start])
    return bool(prev) and is_role_word(prev.group(1))


SCHOOL_FORM_BEFORE = re.compile(r"(?:\s+(?:[А-ЯЁ][а-яё-]+|област[иь]|кра[яй]|район[а]?|города|г\.)){0,3}\s*$")


def after_school_form(text: str, start: int) -> bool:
    """The acronym at `start` follows a school's legal form, with at most a territory between («МБОУ ЭГО ...»
    is read by in_school_name): «ГОУ Энской области ЦДОД «...»» names the institution, a school.

    >>> after_school_form("при ГОУ Энской области ЦДОДД «Одарённые дети»", 23), after_school_form("МАУ ДПО ЦРО", 8)
    (True, False)
    """
    line = text[max(0, text.rfind("\n", max(0, start - 60), start) + 1, start - 60):start]
    for form in FORM_RE.finditer(line):
        if form_sector(form.group("form"), form.group("suffix") or "") != "other" \
                and SCHOOL_FORM_BEFORE.fullmatch(line[form.end():]):
            return True
    return False
