"""Role and organization: read from the apposition around a name («Иванова Анна Ивановна, учитель …»,
«директор МБОУ «СОШ № 5» Петров»), in the nominative, with a position preferred to a degree or honour."""
from __future__ import annotations

import re

from svodka.extractors.person_words import (
    ABBREVIATIONS, ASSOCIATION, BODY_OF_HEAD, MODIFIERS, ORG_KINDS, ORG_UNITS, ROLE_ABBREVIATIONS, ROLES, SUBUNITS,
    TERRITORY_ACRONYMS, TERRITORY_WORDS,
    TITLES, TOKEN, BARE_APPOSITION, base_forms, is_role_word, is_title_word, lemma, opens_with_nominative_role, parses,
)
from svodka.extractors.person_context import is_abbreviation
from svodka.extractors.role_bounds import field_end, nearer_singular, quote_depth, quoted, seat_portfolio
from svodka.extractors.person_org_names import (  # noqa: F401  (clean_org, names_a_body: read by people, person_orgs)
    clean_org, names_a_body,
)
from svodka.normalizers.event_kinds import kind_of as event_kind
from svodka.normalizers.orgs import is_acronym, modifies
from svodka.normalizers.schools import kind_regex


def tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), start + m.start(), start + m.end()) for m in TOKEN.finditer(text[start:end])]


def is_territory(toks, j) -> bool:
    word = toks[j][0]
    if word in TERRITORY_ACRONYMS:
        return True
    prev = toks[j - 1][0].lower() if j else ""
    if prev == "." and j >= 2:
        prev = toks[j - 2][0].lower()
    if lemma(prev) in TERRITORY_WORDS or prev in TERRITORY_WORDS or lemma(word) in TERRITORY_WORDS:
        return True
    nxt = toks[j + 1][0].lower() if j + 1 < len(toks) else ""
    if nxt and lemma(nxt) in TERRITORY_WORDS and parses(word.lower())[0].tag.POS == "ADJF":
        return True  # «Новосибирской области»
    return any("Geox" in p.tag and p.score >= 0.3 for p in parses(word))


def role_phrase(toks, i) -> int:
    """Index after the role that starts at toks[i] (head plus its complements)."""
    j = i
    while j < len(toks) and not (is_role_word(toks[j][0]) or is_title_word(toks[j][0])) and (
            toks[j][0].lower() in MODIFIERS or ORDINAL.fullmatch(toks[j][0]) or toks[j][0].isalpha()
            and parses(toks[j][0].lower())[0].tag.POS in ("ADJF", "PRTF")):
        j += 1  # «старший», «1-й», «музыкальный»: up to the head
    if j >= len(toks):
        return i
    j += 1
    if j < len(toks) and toks[j][0] == "." and toks[j - 1][0].lower() in ABBREVIATIONS:
        j += 1
    if j + 1 < len(toks) and toks[j][0] in ("-", "–") and is_role_word(toks[j + 1][0]):
        j += 2  # «учитель - логопед»: a compound written with spaces
    first = True
    while j < len(toks):
        word = toks[j][0]
        low = word.lower()
        if low == "по":
            k = j + 1
            if k < len(toks) and is_acronym(toks[k][0]):
                k += 1
            while k < len(toks) and toks[k][0].islower() and toks[k][0].isalpha() and toks[k][0] != "в" \
                    and not (_org_kind(toks[k][0]) and _genitive(toks[k][0])) and not kind_regex().match(text_of(toks, k)):
                k += 1  # «инструктор по физической культуре детского сада № 5»: up to the body (a body in
                # another case is the portfolio's: «по работе с общественными объединениями»)
            if k < len(toks) and toks[k][0].islower() and _org_kind(toks[k][0]):
                k = field_end(toks, j, k)  # «… культуре дошкольного образовательного учреждения»
            if k == j + 1:
                break
            j = k
        elif first and word[:1].isupper() and word.isalpha() and is_role_word(word) and _genitive(low):
            j += 1  # «заместитель Председателя комиссии»: the head's complement, capitalized out of respect
        elif word == "(" and _adjective_bracket(toks, j):
            j = _adjective_bracket(toks, j)  # «учитель родного (марийского) языка»: the bracket specifies the word
        elif _class_end(toks, j):
            j = _class_end(toks, j)  # «ученик 7 «Б» класса», «студентка 3 курса»: the learner's class
        elif low == "и" and j + 1 < len(toks) and toks[j + 1][0].islower() and _genitive(toks[j + 1][0]):
            j += 1
        elif word.islower() and word.replace("-", "").isalpha() and (_genitive(word) or first and _instrumental(word)) \
                and not _org_kind(word) and not _org_follows(toks, j) and not kind_regex().match(text_of(toks, j)) \
                and not (parses(low)[0].tag.POS == "ADJF" and kind_regex().match(text_of(toks, j + 1))):
            j += 1  # (not «первой гимназии», «кызылской школы № 5»: a school's ordinal or place adjective)
            if lemma(word) in SUBUNITS and j < len(toks) and is_acronym(toks[j][0]):
                j += 1  # «кафедры ТиМО»: the department's acronym belongs to the role
        elif word.islower() and word.isalpha() and lemma(word) in SUBUNITS and _genitive(word) \
                and j + 1 < len(toks) and toks[j + 1][0].islower() and _genitive(toks[j + 1][0]):
            j += 1  # «специалист отдела образования администрации ...»: the unit belongs to the role
        elif first and ASSOCIATION.match(word) and j + 1 < len(toks) and toks[j + 1][0].islower() \
                and _genitive(toks[j + 1][0]):
            j += 1  # «руководитель ГМО учителей математики»: an association, not an organization
        elif word[:1].isupper() and word.isalpha() and is_territory(toks, j) and not _org_follows(toks, j):
            j += 1
        elif low == "г" and j + 1 < len(toks) and toks[j + 1][0] == ".":
            j += 2
        else:
            break
        first = False
    while j > i + 1 and toks[j - 1][0].lower() in ("и", "г", "."):
        j -= 1
    return j


def _adjective_bracket(toks, j) -> int:
    """The index after a bracket at toks[j] that holds one or two lowercase adjectives («(марийского)»), else 0."""
    k = j + 1
    while k < len(toks) and k <= j + 2 and toks[k][0].isalpha() and toks[k][0].islower() \
            and parses(toks[k][0])[0].tag.POS == "ADJF":
        k += 1
    return k + 1 if k > j + 1 and k < len(toks) and toks[k][0] == ")" else 0


CLASS_NUMBER = re.compile(r"\d{1,2}(?:-?[А-ЯЁа-яё]{1,2})?")
CLASS_NOUNS = {"класс", "курс", "группа"}


def _class_end(toks, j) -> int:
    """The index after «7 класса», «10А класса», «5 «Б» класса», «3 курса» starting at toks[j], else 0."""
    if not CLASS_NUMBER.fullmatch(toks[j][0]):
        return 0
    k = j + 1
    while k < len(toks) and k <= j + 3 and (toks[k][0] in "«»\"" or len(toks[k][0]) == 1 and toks[k][0].isupper()):
        k += 1  # «5 «Б» класса»
    if k < len(toks) and toks[k][0].islower() and lemma(toks[k][0]) in CLASS_NOUNS and _genitive(toks[k][0]):
        return k + 1
    return 0


def text_of(toks, j) -> str:
    """The words from toks[j] on, as one string (for phrase patterns such as school kinds)."""
    return " ".join(word for word, _, _ in toks[j:j + 8])


def _genitive(word: str) -> bool:
    return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR") and p.score >= 0.05
               for p in parses(word))


SEATS = {"администрация", "мэрия", "правительство"}  # what a unit is part of, not a body of its own
ORDINAL = re.compile(r"\d+-?(?:й|я|ый|ая|ой)")  # «1-й замглавы района»
PLACE_ABBR = {"г", "с", "п", "д", "ст", "пос", "пгт", "х", "дер"}  # «МБОУ СОШ № 1 с. Энское»


def _unit_complement(toks, k: int) -> bool:
    """«управления образованием», «комитета по образованию»: what a body is in charge of, after it."""
    prev = toks[k - 1][0] if k else ""
    if prev == "по":
        return k >= 2 and toks[k - 2][0].isalpha() and lemma(toks[k - 2][0]) in ORG_UNITS
    return prev.isalpha() and lemma(prev) in ORG_UNITS and (toks[k][0] == "по" or _instrumental(toks[k][0]))


def _complement(word: str) -> bool:
    """Only a genitive (or the accusative that looks like it): a role noun inside a name («Совета
    депутатов», «объединения учителей»), not the next apposition."""
    cases = {p.tag.case for p in parses(word) if p.score >= 0.05 and p.tag.case}
    return bool(cases) and cases <= {"gent", "accs", "gen2"}


def _instrumental(word: str) -> bool:
    return any(p.tag.case == "ablt" and p.tag.POS == "NOUN" for p in parses(word))


def _org_kind(word: str) -> bool:
    return lemma(word) in ORG_KINDS or lemma(word) == "организация"  # «председатель профсоюзной организации «…»»


def _org_follows(toks, j) -> bool:
    """toks[j] starts adjectives of an organization kind noun («издательского дома»)."""
    k = j
    while k < len(toks) and toks[k][0].replace("-", "").isalpha() and parses(toks[k][0].lower())[0].tag.POS in (
            "ADJF", "PRTF") and not _org_kind(toks[k][0]):
        k += 1
    return j < k < len(toks) and _org_kind(toks[k][0])


def last_verb(toks) -> int | None:
    """Index of the last verb form (a predicate) among the tokens, None if there is none."""
    for k in range(len(toks) - 1, -1, -1):
        word = toks[k][0]
        if word.islower() and word.isalpha():
            best = parses(word)[0]
            if best.tag.POS in ("VERB", "INFN", "GRND", "PRTS") and best.score > 0.3:
                return k
    return None


def nominative_role(text: str) -> str:
    """Role head (and its modifiers) in the nominative and lower case; complements stay as written."""
    words = text.split()
    out = []
    head_at = next((k for k, w in enumerate(words) if base_forms(w.lower().rstrip(".")) & (ROLES | TITLES)), len(words))
    head = words[head_at] if head_at < len(words) else ""
    gender = next((p.tag.gender for p in parses(head.lower()) if p.tag.POS == "NOUN" and p.tag.gender), None)
    for k, word in enumerate(words):
        low = word.lower().rstrip(".")
        forms = base_forms(low) if low.isalpha() else {low}
        adjective = k < head_at and low.isalpha() and not forms & ROLES \
            and any(p.tag.POS in ("ADJF", "PRTF") for p in parses(low)[:2])
        if low in ROLE_ABBREVIATIONS:
            out.append(ROLE_ABBREVIATIONS[low])
            out.extend(words[k + 1:])
            break
        if forms & (ROLES | MODIFIERS | TITLES) or adjective and k + 1 < len(words) and word.islower():
            ranked = sorted((p for p in parses(word.lower()) if p.tag.case),
                            key=lambda p: adjective and p.tag.POS not in ("ADJF", "PRTF"))
            best = ranked[0] if ranked else None
            if best is not None and (best.tag.case != "nomn" or best.tag.number == "plur"
                                     or adjective and gender and best.tag.gender not in (gender, None)):
                grams = {"nomn", "sing"} | ({gender} if adjective and gender in ("masc", "femn", "neut") else set())
                form = best.inflect(grams)  # «методисты Н.В. Кравец и А.С. Галиуллин»: each one
                if form is not None:
                    word = form.word
            out.append(word.lower())  # «Директору школы …» at a sentence start: the role is «директор школы»
            if forms & ROLES:
                out.extend(words[k + 1:])
                break
        else:
            out.append(word)
    return " ".join(out)


def read_role(text, toks, i, stop_at_clause: bool):
    """(role, organization, is_title) for the role starting at toks[i]."""
    j = role_phrase(toks, i)
    if j < len(toks) and toks[j][0].islower() and toks[j][0].isalpha() and is_role_word(toks[j][0]) \
            and not is_title_word(toks[j][0]):
        return read_role(text, toks, j, stop_at_clause)  # «победитель конкурса ученица МОУ ...»: the nearer one
    if j + 1 < len(toks) and toks[j][0] == "и" and toks[j + 1][0].islower() and is_role_word(toks[j + 1][0]) \
            and not stop_at_clause:
        return read_role(text, toks, j + 1, stop_at_clause)  # «с учениками школы и педагогом … Гукиной»
    role = nominative_role(text[toks[i][1]:toks[j - 1][2]])
    org_end = j
    depth = 0
    # «учитель из Энска Анна …»: a preposition starts a place or a circumstance, no organization
    preposition = j < len(toks) and toks[j][0].islower() and parses(toks[j][0])[0].tag.POS == "PREP"
    while org_end < len(toks) and not preposition:
        word = toks[org_end][0]
        if word in "«»":
            depth = quote_depth(toks, org_end, depth)
        elif depth == 0 and word in (",", ";", ")", "(", ":"):
            break
        elif depth == 0 and word == "и" and (org_end == j or org_end + 1 < len(toks)
                                             and toks[org_end + 1][0][:1].isdigit()):
            break  # «… «Профсоюз образования» и 30 молодых педагогов», «специалист отдела и Петрова»
        elif depth == 0 and org_end > j and word.islower() and word.isalpha() and (
                is_title_word(word) or is_role_word(word)) and not _complement(word):
            if not stop_at_clause and toks[org_end - 1][0] == "и" and is_role_word(word):
                return read_role(text, toks, modifiers_before(toks, org_end), stop_at_clause)  # «… и педагогом …»
            break  # «заведующему кафедрой ... ТвГУ профессору ...»: the next apposition
        elif word == "/" or len(word) <= 2 and word.isalpha() and org_end + 1 < len(toks) and toks[org_end + 1][0] == "/" \
                or org_end and toks[org_end - 1][0] == "/":
            pass  # «д/с», «д/сад»
        elif depth == 0 and stop_at_clause and word.islower() and word.isalpha() and not _genitive(word) \
                and word not in ("и", "г", "им") and not _unit_complement(toks, org_end) \
                and not (word in PLACE_ABBR and org_end + 1 < len(toks) and toks[org_end + 1][0] == "."):
            break
        org_end += 1
    org = text[toks[j][1]:toks[org_end - 1][2]] if org_end > j else ""
    span = (toks[j][1], toks[org_end - 1][2]) if org_end > j else None
    if org and toks[j][0] in '«"' and j > i and event_kind(toks[j - 1][0], start_only=True):
        org, span = "", None  # «призёр конкурса «Учитель года»»: the contest's name, no body
    if org and org == org.lower() and not names_a_body(org) and toks[org_end - 1][0].isalpha() \
            and lemma(toks[org_end - 1][0]) in ORG_KINDS | ORG_UNITS:
        role, org, span = nominative_role(text[toks[i][1]:toks[org_end - 1][2]]), "", None  # a generic body
    if org and lemma(toks[j][0].lower()) in SEATS and seat_portfolio(toks, j, org_end):
        # «замглавы администрации по соцсфере»: the deputy's portfolio, not a body of the administration
        role, org, span = nominative_role(text[toks[i][1]:toks[org_end - 1][2]]), "", None
    if org and toks[j][0] == "«" and j > i and lemma(toks[j - 1][0]) in TERRITORY_WORDS and \
            re.fullmatch(r"«[^«»]+»(?:\s+по\s.+)?", org):
        # «заместитель Главы городского округа «Город Энск» по социальным вопросам»: the territory's own name
        # and the deputy's portfolio, no body of their own
        role, org, span = nominative_role(text[toks[i][1]:toks[org_end - 1][2]]), "", None
    if org and org[:1].islower():
        k = next((k for k in range(j + 1, org_end) if toks[k][0][:1].isupper() and toks[k][0].isalpha()
                  and lemma(toks[k][0]) in ORG_KINDS - SEATS), None)
        while k is not None and k - 1 > j and toks[k - 1][0][:1].isupper() and toks[k - 1][0].isalpha():
            k -= 1  # «Законодательного Собрания»: its capitalized adjectives
        if k is not None and any(t[0].isalpha() and lemma(t[0]) in ORG_UNITS | ORG_KINDS for t in toks[j:k]):
            # «председатель комитета по … Законодательного Собрания Энской области»: a unit of the body
            role = nominative_role(text[toks[i][1]:toks[k - 1][2]])
            org, span = text[toks[k][1]:toks[org_end - 1][2]], (toks[k][1], toks[org_end - 1][2])
    if not org:
        org, span = body_in_role(text, toks, i, j)
    elif not any(ch.isupper() for ch in org) and "№" not in org and lemma(toks[j][0]) in SEATS:
        unit, unit_span = body_in_role(text, toks, i, j)  # «специалист отдела … администрации района»
        if unit_span:
            org, span = text[unit_span[0]:toks[org_end - 1][2]], (unit_span[0], toks[org_end - 1][2])
    title = is_title_word(toks[i][0]) and not is_role_word(toks[i][0])
    return role, org, title, span


def body_in_role(text, toks, i, j):
    """The body a role's own words name, when no organization follows it: the unit in its complement
    («начальник отдела образования» → «отдела образования»), or the body of its head («министр
    образования и науки Энской области» → «министерство образования и науки Энской области»)."""
    k = i
    while k < j and toks[k][0].lower() in MODIFIERS:
        k += 1
    head = k
    for k in range(head + 1, j):
        word = toks[k][0]
        if word.isalpha() and lemma(word) in ORG_UNITS and _genitive(word) and k + 1 < j:
            start = k
            while start > head + 1 and toks[start - 1][0].isalpha() and parses(toks[start - 1][0].lower())[0].tag.POS \
                    in ("ADJF", "PRTF"):
                start -= 1  # «районного управления образованием»
            return text[toks[start][1]:toks[j - 1][2]], (toks[start][1], toks[j - 1][2])
    body = BODY_OF_HEAD.get(lemma(toks[head][0])) if head < j else None
    if body and head + 1 < j:
        return f"{body} {text[toks[head + 1][1]:toks[j - 1][2]]}", None
    return "", None


def first_role_index(toks, last: bool = False) -> int | None:
    """The first role word of a chunk; with `last`, the last one (an apposition chain goes on from it)."""
    order = range(len(toks) - 1, -1, -1) if last else range(len(toks))
    for i in order:
        word = toks[i][0]
        if word[:1].isalpha() and (is_role_word(word) or is_title_word(word)) and not bare_abbreviation(toks, i):
            if last and i and is_role_word(toks[i - 1][0]) and _genitive(word.lower()):
                continue  # «заместитель Председателя комиссии»: the deputy, not the chairman
            return modifiers_before(toks, i)
    return None


def bare_abbreviation(toks, i: int) -> bool:
    """«рук» without its dot is a word of its own («из рук губернатора»), not «рук.» (руководитель)."""
    return toks[i][0].lower() in ROLE_ABBREVIATIONS and (i + 1 >= len(toks) or toks[i + 1][0] != ".")


def modifiers_before(toks, i: int) -> int:
    """The start of the role whose head is toks[i]: its modifiers («старший», «1-й») and the adjectives
    agreeing with it («музыкальный руководитель», «главный врач»)."""
    head = toks[i][0]
    while i > 0:
        prev = toks[i - 1][0]
        if prev.lower() in MODIFIERS or ORDINAL.fullmatch(prev) or prev.isalpha() and prev.islower() \
                and (base_forms(prev) & MODIFIERS or parses(prev)[0].tag.POS in ("ADJF", "PRTF") and modifies(prev, head)
                     and "Supr" not in parses(prev)[0].tag):  # «лучших руководителей»: praise, not a rank
            i -= 1
        else:
            break
    return i


def last_head_index(toks) -> int | None:
    """The role head nearest the end of a chunk: not a genitive complement of the noun before it
    («заместитель директора» ends with the head «заместитель»), with its modifiers."""
    for i in range(len(toks) - 1, -1, -1):
        word = toks[i][0]
        if word[:1].isalpha() and (is_role_word(word) or is_title_word(word)) and not bare_abbreviation(toks, i):
            prev = toks[i - 1][0] if i else ""
            if prev.isalpha() and parses(prev.lower())[0].tag.POS == "NOUN" and _genitive(word):
                continue
            return modifiers_before(toks, i)
    return None


def split_chunks(toks):
    chunks, current, depth = [], [], 0
    for k, tok in enumerate(toks):
        depth = quote_depth(toks, k, depth)
        if tok[0] == "," and depth == 0:
            chunks.append(current)
            current = []
        else:
            current.append(tok)
    chunks.append(current)
    return chunks


def join_complement_lists(chunks):
    """«специалист отдела образования, молодежной политики, физической культуры и спорта администрации
    района Петров»: chunks of lowercase genitives go on the complement of the chunk before them."""
    out = []
    for chunk in chunks:
        words = [w for w, _, _ in chunk if w[:1].isalpha()]
        after_po = out and any(w == "по" for w, _, _ in out[-1])  # «комитета по образованию, культуре и спорту Думы»
        lower = words[:next((k for k, w in enumerate(words) if not w.islower()), len(words))]  # up to a name
        continues = out and lower and all(w == "и" or _genitive(w) or after_po for w in lower) \
            and (_genitive(words[0]) or after_po) and first_role_index(out[-1]) is not None \
            and not any(is_role_word(w) or is_title_word(w) for w in words) and last_verb(chunk) is None
        if continues:
            out[-1] = out[-1] + chunk
        else:
            out.append(chunk)
    return out


def role_before(text: str, left: int, start: int, stated: bool = False, comma: bool = False):
    """Roles in the comma-separated appositions right before a name, leftmost first; with `stated`, the role a
    predicate or dash right before the name states («начальник лагеря – Гусейнова …»), for when the name has
    no apposition of its own («Председатель – Лебедева Т.Ю., директор …» is a director); with `comma`, the
    role before a comma that ends right before the name («Председатель комитета …, Ирина Синцова»)."""
    found = []
    chunks = join_complement_lists(split_chunks(tokens(text, left, start)))
    if comma:
        if len(chunks) < 2 or chunks[-1]:
            return []
        chunks = chunks[:-1]
        if len(chunks) > 1 and _participle_clause(chunks[-1]):
            chunks = chunks[:-1]  # «учителю …, представляющему город Энск, Яне Котовой»: the clause is set off
    for n, chunk in enumerate(reversed(chunks)):
        verb = last_verb(chunk)
        dash = next((k for k in range(len(chunk) - 1, -1, -1) if chunk[k][0] in ("–", "—", "-")), None)
        if dash is not None and chunk[dash + 1:] and first_role_index(chunk[dash + 1:]) is None \
                and first_role_index(chunk[:dash]) is not None:
            dash = None  # «воспитателю Центра развития ребенка – детского сада № 5»: a dash inside a name
        if dash is not None and (verb is None or dash > verb):
            verb = dash  # «Председатель жюри – заместитель директора ...»: the position is after the dash
        copula = verb is not None and lemma(chunk[verb][0].lower()) in COPULAS
        function = _event_function(text, chunk[:verb]) if copula and n == 0 else ""
        before_verb = chunk[:verb] if verb is not None else []
        if verb is not None:  # «Модератором выступила заместитель директора ...»: after the predicate
            chunk = chunk[verb + 1:]
        joined = bool(chunk) and chunk[0][0].lower() in ("и", "а")
        while chunk and chunk[0][0].lower() in ("и", "а", "также", "-", "–", "—"):
            chunk = chunk[1:]
        stated_here = stated and verb is not None and n == 0 and not chunk and before_verb
        if stated_here:
            # nothing between the predicate and the name: the role is the one it states
            # («начальник лагеря – Гусейнова …», «Лучшим воспитателем признана Светлана …»), the nearest
            # one when several are joined («старший воспитатель … и педагоги детского сада № 8 — Зимина»)
            chunk, verb = before_verb, None
        # «преподаватели ... во главе с председателем жюри, деканом ... Кравец»: an earlier chunk
        # joins the chain with its last role
        i = last_head_index(chunk) if stated_here else first_role_index(chunk, last=n > 0 and verb is not None)
        if i is None or quoted(chunk, i):  # «в номинации «Учитель года» Котова …»: the title's word
            break
        i = nearer_singular(chunk, i, last_head_index(chunk)) if n == 0 and not stated_here else i
        role, org, title, span = read_role(text, chunk, i, stop_at_clause=False)
        if stated and title and verb is None:
            break  # «Призёрами признаны …»: an honour a predicate states is no role
        # «Председателем жюри был доцент кафедры … Зимин»: the function the sentence gives him, at his position's org
        found.insert(0, (function, org, False, span) if function else (role, org, title, span))
        if i != 0 or verb is not None or joined:
            break  # «…, и учитель музыки Котова»: a conjunction starts another member, not the chain
    return found


def _participle_clause(chunk) -> bool:
    """A chunk that is a participial clause («представляющему город Энск», «работающая в школе»): it opens
    with a participle and names no role."""
    word = chunk[0][0] if chunk else ""
    return word.isalpha() and word.islower() and parses(word)[0].tag.POS == "PRTF" and first_role_index(chunk) is None


def _event_function(text: str, toks) -> str:
    """A function at the event stated before a copula («Председателем жюри … был …»), or ""."""
    i = first_role_index(toks)
    if i is None:
        return ""
    role, org, _, _ = read_role(text, toks, i, stop_at_clause=False)
    if not EVENT_BODIES & {lemma(w) for w in role.lower().split()}:
        return ""
    return f"{role} {org}".strip() if org[:1].islower() else role


def role_after(text: str, end: int, right: int, next_name: bool = False, full: bool = False):
    """Roles in the appositions right after a name («Иванова Анна Ивановна, учитель ...»). With `next_name`
    (`right` is where the next name starts), a last chunk that runs into it is that name's role
    («Котова Дарья (учитель Лосева А.И.)»). With `full` (the name has a patronymic or its initial), a role
    in the nominative may follow after a bare space, as lists of winners write it («Котова Анна Ивановна
    учитель химии МБОУ …»)."""
    rest = text[end:right]
    m = re.match(r"[ ]*[,–—(-]\s*|[ ]*\t\s*", rest)
    if not m and full:
        m = BARE_APPOSITION.match(rest)
        if not m or not opens_with_nominative_role(rest[m.end():]):
            return []
    if not m:
        return []
    found = []
    chunks = split_chunks(tokens(text, end + m.end(), right))
    if next_name and chunks and chunks[-1] and not text[chunks[-1][-1][2]:right].strip() \
            and not any(w in ("и", "а", "-", "–", "—") for w, _, _ in chunks[-1]):
        # (but «…, главный специалист отдела и Петрова …» is the first one's); a bracket opened inside the
        # chunk holds the next name's role («…, ученику 7 класса СОШ № 2 (руководитель Котова)»)
        opened = next((k for k, t in enumerate(chunks[-1]) if t[0] == "("), 0)
        chunks = chunks[:-1] + ([chunks[-1][:opened]] if opened else [])
    for chunk in chunks:
        i = first_role_index(chunk)
        dash = next((k for k, t in enumerate(chunk) if t[0] in ("-", "–", "—") and k + 1 < len(chunk)
                     and first_role_index(chunk[k + 1:]) == 0), None)
        if i and dash and not found and chunk[0][0][:1].isupper():
            # «Петрова А.А. – МБУ ДО «Центр» – педагог-организатор»: the organization, then the role
            role, _, title, _ = read_role(text, chunk, dash + 1, stop_at_clause=True)
            org_span = (chunk[0][1], chunk[dash - 1][2])
            return [(role, text[org_span[0]:org_span[1]], title, org_span)]
        if i is None or i > 0:
            break
        found.append(read_role(text, chunk, 0, stop_at_clause=True))
    return found


LIST_INTRO_START = re.compile(r"(?:^|[.!?;:\n])(?=[^.!?;:\n]*\Z)")
LIST_INTRO = re.compile(r"(?:^|[.!?;:\n])([^.!?;:\n]*):[ \t]*$")
NUMERALS = {"два", "две", "три", "четыре", "оба", "обе"}


def role_of_list(text: str, start: int):
    """(found, plural) for a name that opens what a colon introduces: a role label («Учитель: Петрова
    А.И.»), or a plural role the clause before the colon ends with («два педагога Центра …: Анна
    Котова (…) и …», «учителя информатики города, работающие по теме: Козлова Е.В. (…), …»)."""
    m = LIST_INTRO.search(text, max(0, start - 300), start)
    if not m:
        return [], False
    colon = m.end(1)
    left = m.start(1)
    while left > 1 and text[left - 1] == "." and is_abbreviation(text, left - 1):
        earlier = LIST_INTRO_START.search(text, max(0, left - 300), left - 1)  # «г. Энска»: not a sentence end
        left = earlier.end() if earlier else max(0, left - 300)
    toks = tokens(text, left, colon)
    if any(is_title_word(w) and not is_role_word(w) for w, _, _ in toks[-3:]):
        return [], False  # «Победители: …»: an honour, not a position
    if toks and first_role_index(toks) == 0 and all(w.islower() or not w.isalpha() for w, _, _ in toks[1:]):
        return [read_role(text, toks, 0, stop_at_clause=True)], False  # a label: the role itself
    i = last_head_index(toks)
    if i is None:
        return [], False
    head = next(k for k in range(i, len(toks)) if is_role_word(toks[k][0]) or is_title_word(toks[k][0]))
    plural = any(p.tag.number == "plur" for p in parses(toks[head][0].lower())) \
        or head and toks[head - 1][0].lower() in NUMERALS
    return ([read_role(text, toks, i, stop_at_clause=True)], True) if plural else ([], False)


COPULAS = {"быть", "являться", "стать"}  # «Председателем жюри был …» (a dash keeps the position: annotators differ)
DEPARTMENT = re.compile(r"\bкафедр", re.IGNORECASE)
EVENT_BODIES = {"жюри", "комиссия", "оргкомитет"}  # «председатель жюри»: a function at the event
MEMBERSHIPS = {"член", "участник"}  # «член Общественной палаты»: a body one sits in, no workplace


def pick_role(found) -> tuple[str, str, tuple | None]:
    """The first position that is not a degree or honour (else the first one), its organization and span;
    a function at the event («председатель жюри, декан факультета») yields to a position."""
    found = sorted(found, key=lambda f: bool(EVENT_BODIES & {lemma(w) for w in f[0].lower().split()}))
    for role, org, title, span in found:
        if not title or DEPARTMENT.search(role):  # «профессор кафедры педагогики» is a position, «профессор» a title
            if not clean_org(org):  # «учитель математики, директор МКОУ «…»»: one chain, one workplace
                org, span = next(((o, sp) for r, o, t, sp in found if clean_org(o) and not t
                                  and not (EVENT_BODIES | MEMBERSHIPS) & {lemma(w) for w in r.lower().split()[:2]}),
                                 (org, span))
            return role, clean_org(org), _named_span(org, span)
    if found:
        role, org, _, span = found[0]
        return role, clean_org(org), _named_span(org, span)
    return "", "", None


def _named_span(org: str, span):
    """The span of an organization for the organizations extractor: only a capitalized name; a lowercase
    body («отдела образования») is a person's organization but no organization of the report."""
    return span if clean_org(org) and (any(ch.isupper() for ch in org) or "№" in org) else None


def head_case(text: str, left: int, start: int) -> str:
    """The case of the role head right before a name when it cannot be a nominative singular («главы
    администрации Валерия Зорина» → 'gent', «учителю Анне Котовой» → 'datv'): the name agrees with it; ''
    when the head may be nominative («глава района Валерия Котова»)."""
    chunk = split_chunks(tokens(text, left, start))[-1]
    head = next((w for w, _, _ in chunk if w[:1].isalpha() and (is_role_word(w) or is_title_word(w))), None)
    if head is None:
        return ""
    readings = [p for p in parses(head.lower()) if p.tag.POS == "NOUN" and p.score >= 0.05]
    if not readings or any(p.tag.case == "nomn" and p.tag.number == "sing" for p in readings):
        return ""
    return readings[0].tag.case if readings[0].tag.case in ("gent", "datv", "ablt") else ""


NAMES_BRACKET = re.compile(r"(?:[А-ЯЁ][А-ЯЁа-яё.-]*|и|[ \t,])*\)")  # «(Анна Котова, И.И. Лосев и Олег Зуев)»
GROUP_CLAUSE_START = re.compile(r"[.!?;:\n(]")


def role_of_group(text: str, start: int):
    """(found, plural) for a name that opens a bracket of names only after a clause naming a group by a
    plural role («коллектив учителей Энска с работой о … (Анна Котова, Иван Лосев)»): that role, singular."""
    opened = re.search(r"\([ \t]*$", text[max(0, start - 5):start])
    if not opened or not NAMES_BRACKET.match(text, start):
        return [], False
    bracket = max(0, start - 5) + opened.start()
    left = max([max(0, bracket - 300)] + [m.end() for m in GROUP_CLAUSE_START.finditer(text, max(0, bracket - 300), bracket)])
    toks = tokens(text, left, bracket)
    for k in range(len(toks) - 1, -1, -1):
        word = toks[k][0]
        if word.isalpha() and word.islower() and is_role_word(word) and not is_title_word(word) \
                and any(p.tag.number == "plur" and p.score >= 0.1 for p in parses(word)):
            return [(nominative_role(word), "", False, None)], True
    return [], False
