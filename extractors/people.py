"""People: names normalized, merged, with role and organization (issue 3).

Candidates come from two places: our own patterns (initials before or after a
surname, «Фамилия Имя Отчество», «Имя Отчество [Фамилия]») and natasha's PER
spans, cut at line breaks and sentence ends (it glues «А.А. Орлов» to
«Анатолий Алексеевич» on the next line). Names inside institution names
(«имени А.С. Пушкина», «Фонд Ивана Петрова») are dropped. Mentions of
one person are merged per document (initials ↔ full name, «Имя Отчество» ↔
the person introduced with those initials, bare surname, ё ↔ е), and the role
and organization are read from the apposition around a mention.
"""
from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from svodka.extractors.models import morph, parses
from svodka.normalizers.names import (fold, initials, is_given_name, is_patronymic,
                               normalize_name, surname_readings)
from svodka.normalizers.orgs import is_acronym, nominative_org
from svodka.normalizers.schools import kind_regex
from svodka.normalizers.wordlists import data_lines
from svodka.extractors.records import add_record, doc_text, records



def load_words(name: str) -> frozenset[str]:
    """A word list from extractors/data: one entry a line, `#` comments."""
    return frozenset(line.lower() for line in data_lines(name))


ROLES = load_words("roles.txt")
MODIFIERS = load_words("role_modifiers.txt")
TITLES = load_words("titles.txt")
BLOCKERS = load_words("name_blockers.txt")
ORG_KINDS = load_words("org_kinds.txt")
TERRITORY_WORDS = {"город", "г", "район", "область", "обл", "край", "республика", "округ", "федерация",
                   "муниципальный", "городской", "поселок", "село"}
TERRITORY_ACRONYMS = {"РФ", "РХ", "РТ", "РБ", "РС", "ХМАО", "ЯНАО", "ГО", "МО"}
SUBUNITS = {"кафедра", "отдел", "сектор", "лаборатория", "отделение", "служба"}
ABBREVIATIONS = {"г", "им", "зам", "ул", "д", "т", "пр", "ст", "с", "п", "обл", "им.", "и.о"}

UP, LOW = "А-ЯЁ", "а-яё"
CAP = rf"[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?"
INITIALS_SURNAME = re.compile(rf"(?<![{UP}{LOW}.])([{UP}])\.[ \t]?(?:([{UP}])\.[ \t]?)?({CAP})(?![{LOW}])")
SURNAME_INITIALS = re.compile(rf"(?<![{UP}{LOW}])({CAP})[ \t]+([{UP}])\.(?:[ \t]?([{UP}])\.)?(?![ \t]?[{UP}]\.)")
INITIALS_BEFORE = re.compile(rf"(?<![{UP}{LOW}])[{UP}]\.[ \t]?(?:[{UP}]\.[ \t]?)?$")
SENTENCE_START = re.compile(r"(?:^|[.!?…]\s*|\n\s*|[«\"]\s*)$")
ADDRESS_WORDS = {"уважаемый", "глубокоуважаемый", "многоуважаемый", "дорогой", "милый"}
NEXT_WORD = re.compile(rf"[ \t]?({CAP})(?![{LOW}])")
UPPER_SURNAME = re.compile(rf"(?<![{UP}{LOW}])([{UP}]{{2,}}(?:-[{UP}]{{2,}})?)[ \t]+({CAP})[ \t]+({CAP})(?![{LOW}])")
INDECLINABLE_SURNAME = re.compile(r"[^аеёиоуыэюя](?:их|ых|ко|аго|яго)$")  # Белых, Гладких, Шевченко, Живаго
ACCUSATIVE_SURNAME = re.compile(r"(?:[оеё]в|[иы]н)у(?:-|$)")  # «Сырцову», «Иванову-Петрову»
ASSOCIATION = re.compile(r"^[ГШРМП]МО$")  # «руководитель ГМО учителей математики»: a teachers' association
SURNAME_ENDING = re.compile(r"(?:[оеё]в|[иы]н)(?:а|ой|у|ым|е)?$|[сц]к(?:ий|ая|ого|ой|ому|им|ом|ую)$")
# «им. Героя Советского Союза И.И. Петрова», «имени академика И.Г. Петровского»: whom a body is named after
IMENI_BEFORE = re.compile(rf"(?<![{UP}{LOW}])(?:им\.|имени)[ \t]+(?:[{LOW}]+[ \t]+){{0,2}}(?:{CAP}[ \t]+){{0,4}}$")
CITY_ABBR_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])г\.[ \t]?о\.[ \t]*$")
PLACE_ABBR_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])(?:г|с|п|ст|д|пгт|пос|дер)\.[ \t]*$")  # «г. Энска Анна ...»
CAP_RUN = re.compile(rf"(?<![{UP}{LOW}]){CAP}(?:[ \t]+{CAP})+(?![{LOW}])")
TOKEN = re.compile(r"[А-ЯЁа-яёA-Za-z0-9]+(?:[-.][А-ЯЁа-яёA-Za-z0-9]+)*|\S")
SENTENCE_END = re.compile(r"[!?;:\n(]|\.(?=\s+[А-ЯЁ«])")
CLAUSE_END = re.compile(r"[!?;:\n)]|\.(?=\s+[А-ЯЁ«])")  # an apposition may open a bracket after the name




def lemma(word: str) -> str:
    return parses(word.lower())[0].normal_form if word[:1].isalpha() else word


@functools.lru_cache(maxsize=50000)
def base_forms(word: str) -> frozenset[str]:
    """The word, its lemma and, for participles and adjectives, the masculine nominative:
    pymorphy3 lemmatizes «заведующему» to the verb «заведовать», but the role is «заведующий»."""
    low = word.lower()
    out = {low, lemma(low)}
    for p in parses(low)[:2]:
        if p.tag.POS in ("PRTF", "ADJF"):
            form = p.inflect({"nomn", "sing", "masc"})
            if form is not None:
                out.add(form.word)
    return frozenset(out)


def is_role_word(word: str) -> bool:
    """A role noun, also the first part of a compound one («учитель-дефектолог», «педагог-психолог»)."""
    return bool(base_forms(word) & ROLES) or "-" in word.strip("-") and bool(base_forms(word.split("-")[0]) & ROLES)


def is_title_word(word: str) -> bool:
    return bool(base_forms(word) & TITLES)


# --- candidates -------------------------------------------------------------------------------

def mention(start, end, surname="", first="", patronymic="", fi="", pi="", source=""):
    return {"start": start, "end": end, "surname": surname, "first": first, "patronymic": patronymic,
            "fi": fi or first[:1], "pi": pi or patronymic[:1], "source": source}


def pattern_mentions(text: str) -> list[dict]:
    """Mentions our patterns find: initials with a surname, and runs with a patronymic."""
    found = []
    for m in INITIALS_SURNAME.finditer(text):
        found.append(mention(m.start(), m.end(), surname=m.group(3), fi=m.group(1), pi=m.group(2) or "",
                             source="initials"))
    for m in SURNAME_INITIALS.finditer(text):
        if not (looks_like_surname(m.group(1)) or m.group(3) and surname_shape(m.group(1))):
            continue  # «Приложение А.»; «Белых Н.А.» has a surname's shape
        after = NEXT_WORD.match(text, m.end())
        if after and (looks_like_surname(after.group(1)) or surname_shape(after.group(1))):
            continue  # «Директор школы Иванов С.В. Петров»: initials before a surname are that surname's
        found.append(mention(m.start(), m.end(), surname=m.group(1), fi=m.group(2), pi=m.group(3) or "",
                             source="initials"))
    for m in CAP_RUN.finditer(text):
        found.extend(_run_mentions(m))
    for m in UPPER_SURNAME.finditer(text):  # «ИВАНОВА Мария Петровна»
        if upper_is_acronym(text, m):
            continue
        if is_given_name(m.group(2)) and is_patronymic(m.group(3)):
            surname = "-".join(part.capitalize() for part in m.group(1).split("-"))
            found.append(mention(m.start(), m.end(), surname, m.group(2), m.group(3), source="full"))
    return found


def upper_is_acronym(text: str, m) -> bool:
    """«Ректор ВИРО Павел Евгеньевич Смирнов», «Директор ИРО РТ Анна Ивановна ...»: the capitals
    name the organization, not the person: a role or another acronym stands before them, or a
    surname follows the name and patronymic."""
    before = re.search(rf"(\S+)[ \t]+$", text[max(0, m.start() - 60):m.start()])
    prev = before.group(1).strip("«»,") if before else ""
    if prev and (is_role_word(prev) or is_title_word(prev) or prev.isupper() and len(prev) >= 2) \
            and not SURNAME_ENDING.search(m.group(1).lower()):
        return True  # «учитель ПЕТРОВА Анна Ивановна» keeps a surname's ending
    after = re.match(rf"[ \t]+({CAP})(?![{LOW}])", text[m.end():m.end() + 40])
    return bool(after) and not is_patronymic(after.group(1)) and (surname_like(after.group(1))
                                                                   or looks_like_surname(after.group(1)))


def first_name_before(word: str, patronymic: str) -> bool:
    """A first name before a patronymic: pymorphy3's Name reading may be a rare one («Веры»), or a word it
    does not know at all (names of many peoples of Russia)."""
    if is_role_word(word) or is_title_word(word):
        return is_given_name(word)
    return is_given_name(word) or any("Name" in p.tag and p.tag.case for p in parses(word)) \
        or not morph().word_is_known(word.lower())  # «Баярма Доржиевна»: a name pymorphy3 does not know


def surname_shape(word: str) -> bool:
    """A surname's ending, whatever pymorphy3 reads the word as: «Сырцова» (a short adjective),
    «Белых», «Гладких» (adjectives in the plural: these surnames do not decline)."""
    low = word.lower()
    return bool(SURNAME_ENDING.search(low) or INDECLINABLE_SURNAME.search(low)) and len(low) >= 4 \
        and not is_role_word(word) and not is_title_word(word) and not is_patronymic(word)


def surname_before(word: str, patronymic: str) -> bool:
    """The surname of «Фамилия Имя Отчество»: in front of a first name and a patronymic, a word
    with a surname's ending is one («Кириллова» is also the genitive of a town, «Белых» an adjective),
    and so is an adjective of the patronymic's gender («Белая Ольга Игоревна», «Толстой Лев
    Николаевич»), unless it addresses the person («Уважаемая Ольга Игоревна»)."""
    if surname_like(word) and (looks_like_surname(word) or surname_shape(word)):
        return True
    gender = "femn" if patronymic.lower().endswith("на") else "masc"
    return any(p.tag.POS == "ADJF" and gender in p.tag and p.normal_form not in ADDRESS_WORDS
               for p in parses(word.lower()))


def mid_sentence_surname(text: str, word) -> bool:
    """«(модератор – Пак Анна Сергеевна, …)»: inside a sentence, a capitalized word before a first name and a
    patronymic is the surname, however short or common it looks, unless it is a role, a title, a verb or a
    place («… мэрии города Перми Дмитрий Олегович Шаров»)."""
    if SENTENCE_START.search(text, 0, word[1]) or is_role_word(word[0]) or is_title_word(word[0]):
        return False
    parse = parses(word[0].lower())[0]
    return parse.tag.POS not in ("VERB", "INFN", "ADJF", "PRTF") and "Geox" not in parse.tag


def _run_mentions(match) -> list[dict]:
    """«Фамилия Имя Отчество», «Имя Отчество Фамилия», «Имя Отчество» inside a run of capitalized words."""
    words = [(w.group(), match.start() + w.start(), match.start() + w.end())
             for w in re.finditer(r"\S+", match.group())]
    out = []
    for p in range(1, len(words)):
        if not (is_patronymic(words[p][0]) and first_name_before(words[p - 1][0], words[p][0])):
            continue
        first, patr = words[p - 1], words[p]
        before = words[p - 2] if p >= 2 else None
        after = words[p + 1] if p + 1 < len(words) else None
        surname_after = after and (surname_like(after[0]) or looks_like_surname(after[0])) and not is_patronymic(after[0])
        namesake = before and INITIALS_BEFORE.search(match.string, 0, before[1])  # «театра имени М.С. Щепкина Оксана …»
        if before and not namesake and not PLACE_ABBR_BEFORE.search(match.string, 0, before[1]) and (
                surname_before(before[0], patr[0]) or not surname_after and mid_sentence_surname(match.string, before)):
            out.append(mention(before[1], patr[2], before[0], first[0], patr[0], source="full"))
        elif surname_after:
            out.append(mention(first[1], after[2], after[0], first[0], patr[0], source="full"))
        else:
            out.append(mention(first[1], patr[2], "", first[0], patr[0], source="full"))
    return out


def surname_like(word: str) -> bool:
    """Not a first name, or a surname too («Фролов» is also «Фрол» in the genitive plural)."""
    return not is_given_name(word) or any("Surn" in p.tag and p.score >= 0.05 for p in parses(word))


def ner_mentions(text: str, spans) -> list[dict]:
    """natasha's PER spans, cut at line breaks and sentence ends, parsed into name parts; spans only a space
    apart are one name («Пономарева» + «Матвея»: natasha may split a surname from its first name)."""
    out, joined = [], []
    for start, end in sorted(spans):
        if joined and not text[joined[-1][1]:start].strip(" \t") and joined[-1][1] <= start:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    for start, end in joined:
        for piece in re.finditer(r"[^\n.,;:()«»]+", text[start:end]):
            words = [(w.group(), start + piece.start() + w.start(), start + piece.start() + w.end())
                     for w in re.finditer(rf"(?<![{UP}{LOW}]){CAP}(?![{UP}{LOW}])", piece.group())]
            if not words or len(words) > 3:
                continue
            names = [w for w in words if is_given_name(w[0])]
            s, e = words[0][1], words[-1][2]
            if len(words) == 1:
                if text[e:e + 1] == "." and len(words[0][0]) <= 4:
                    continue  # an abbreviation («Отв.»)
                if not names and looks_like_surname(words[0][0]):
                    out.append(mention(s, e, surname=words[0][0], source="ner"))
            elif len(words) == 2:
                if is_patronymic(words[1][0]):
                    out.append(mention(s, e, "", words[0][0], words[1][0], source="ner"))
                elif is_given_name(words[0][0]):
                    out.append(mention(s, e, words[1][0], words[0][0], source="ner"))
                elif is_given_name(words[1][0]):
                    out.append(mention(s, e, words[0][0], words[1][0], source="ner"))
    return out


def looks_like_surname(word: str) -> bool:
    """A lone capitalized word natasha calls a person: not a role («Модератор») nor a common word."""
    if is_role_word(word) or is_title_word(word) or is_patronymic(word):
        return False
    if not morph().word_is_known(word.lower()):
        return True
    return any(("Surn" in p.tag or "Name" in p.tag) and p.score >= 0.05 for p in parses(word))


def overlaps(a, b) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


# --- negatives --------------------------------------------------------------------------------

def previous_word(text: str, start: int) -> str:
    m = re.search(r"([А-ЯЁа-яё]+)[.\s]*$", text[max(0, start - 40):start])
    return m.group(1) if m else ""


def inside_quotes(text: str, start: int, end: int) -> bool:
    """Inside a quoted name: an unclosed «before it and the next quote mark a closing one."""
    line_start = max(text.rfind("\n", max(0, start - 300), start) + 1, start - 300)
    before = text[line_start:start]
    if before.count("«") <= before.count("»"):
        return False
    nxt = re.search(r"[«»\n]", text[end:end + 300])
    return bool(nxt) and nxt.group() == "»"


def is_blocked(text: str, m: dict) -> bool:
    word = previous_word(text, m["start"]).lower()
    if m["source"] == "ner" and not m["first"] and (word in TERRITORY_WORDS or lemma(word) in TERRITORY_WORDS
                                                    or CITY_ABBR_BEFORE.search(text, max(0, m["start"] - 10),
                                                                               m["start"])):
        return True  # «города Энска», «г.о. Энск»: a place natasha took for a person
    if IMENI_BEFORE.search(text, max(0, m["start"] - 80), m["start"]):
        return True  # «университета им. Героя Советского Союза И.И. Петрова»
    return bool(word) and (word in BLOCKERS or lemma(word) in BLOCKERS) or inside_quotes(text, m["start"], m["end"])


# --- gender from context ----------------------------------------------------------------------

def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a mention. A mention that ends with initials («Шевчук Н.П.») has used
    its period: a capital after it starts the next sentence («Шевчук Н.П. О проекте ...»)."""
    if re.search(rf"[{UP}{LOW}][ \t]+[{UP}]\.(?:[ \t]?[{UP}]\.)?$", text[max(0, end - 30):end]) \
            and re.match(r"\s+[А-ЯЁ«]", text[end:end + 3]):
        return sentence_bounds(text, start, end - 1)[0], end
    left = 0
    for m in SENTENCE_END.finditer(text, max(0, start - 400), start + 1):  # its lookahead sees the name
        if m.start() >= start:
            break
        if m.group() == "." and is_abbreviation(text, m.start()):
            continue
        if m.group() == "(" and ")" in text[m.end():start] and "\n" not in text[m.end():start]:
            continue  # «... университета (ЯГПУ) Ю.Н. Ершов»: a closed bracket inside the apposition
        left = m.end()
    right = len(text)
    for m in CLAUSE_END.finditer(text, end, min(len(text), end + 400)):
        if m.group() == "." and is_abbreviation(text, m.start()):
            continue
        right = m.start()
        break
    return left, right


def is_abbreviation(text: str, dot: int) -> bool:
    """The period at `dot` ends an abbreviation: a known one, or a lone letter (an initial, «г.о.»)."""
    word = previous_word(text, dot + 1)
    return word.lower() in ABBREVIATIONS or len(word) == 1  # «г.о.», an initial «И.И. Петрова»


def after_transitive_verb(text: str, start: int) -> bool:
    """A transitive verb earlier in the sentence («СЛУШАЛИ: Сырцову Г.П.», «Назначить ...
    Иванову Л.Г.»): a following «-ову» is an accusative (a woman's «-ова»), not a man's dative."""
    left = max(text.rfind("\n", 0, start), max(text.rfind(c, max(0, start - 200), start) for c in ".!?;"))
    for word in reversed(re.findall(r"[А-ЯЁа-яё]+", text[left + 1:start])):
        best = parses(word.lower())[0]
        if best.tag.POS in ("VERB", "INFN") and best.score > 0.3:
            return "tran" in best.tag
    return False


GENITIVE_PREPOSITIONS = {"у", "от", "для", "до", "без", "из", "около", "после", "со", "среди", "возле", "кроме"}


def governed_case(text: str, start: int) -> str:
    """'gent' when the word before a bare surname governs a genitive: a preposition or a noun
    that is not a position («доклад С.П. Иванова», «у Петрова»), else ''."""
    word = previous_word(text, start)
    gap = re.search(r"[А-ЯЁа-яё]*([^А-ЯЁа-яё]*)$", text[max(0, start - 40):start]).group(1)
    if not word or not word.islower() or re.search(r"[,.;:()«»\n]", gap):
        return ""
    if word in GENITIVE_PREPOSITIONS:
        return "gent"
    best = parses(word)[0]
    if best.tag.POS == "NOUN" and best.score > 0.4 and not is_role_word(word) and not is_title_word(word) \
            and lemma(word) not in TERRITORY_WORDS:
        return "gent"
    return ""


def context_gender(text: str, left: int, right: int, start: int) -> str:
    """The gender of the nearest past-tense verb or gendered role word in the clause."""
    best, best_dist = "", 10 ** 9
    for m in re.finditer(r"[а-яё]+", text[left:right]):
        word = m.group()
        if not word.endswith(("л", "ла", "лся", "лась")) and word != "заведующая":  # «заведующий» is said of women too
            continue
        for p in parses(word):
            if (p.tag.POS == "VERB" and p.tag.tense == "past" or p.tag.POS in ("ADJF", "PRTF")) \
                    and p.tag.gender in ("masc", "femn") and p.tag.number == "sing" and p.score > 0.2:
                dist = abs(left + m.start() - start)
                if dist < best_dist:
                    best, best_dist = ("m" if p.tag.gender == "masc" else "f"), dist
                break
    return best


# --- role and organization ------------------------------------------------------------------

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
    while j < len(toks) and toks[j][0].lower() in MODIFIERS:
        j += 1
    if j >= len(toks):
        return i
    j += 1
    if j < len(toks) and toks[j][0] == "." and toks[j - 1][0].lower() in ABBREVIATIONS:
        j += 1
    first = True
    while j < len(toks):
        word = toks[j][0]
        low = word.lower()
        if low == "по":
            k = j + 1
            if k < len(toks) and is_acronym(toks[k][0]):
                k += 1
            while k < len(toks) and toks[k][0].islower() and toks[k][0].isalpha() and toks[k][0] != "в":
                k += 1
            if k == j + 1:
                break
            j = k
        elif low == "и" and j + 1 < len(toks) and toks[j + 1][0].islower() and _genitive(toks[j + 1][0]):
            j += 1
        elif word.islower() and word.replace("-", "").isalpha() and (_genitive(word) or first and _instrumental(word)) \
                and not _org_kind(word) and not _org_follows(toks, j) and not kind_regex().match(text_of(toks, j)):
            j += 1
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


def text_of(toks, j) -> str:
    """The words from toks[j] on, as one string (for phrase patterns such as school kinds)."""
    return " ".join(word for word, _, _ in toks[j:j + 8])


def _genitive(word: str) -> bool:
    return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR") and p.score >= 0.05
               for p in parses(word))


def _instrumental(word: str) -> bool:
    return any(p.tag.case == "ablt" and p.tag.POS == "NOUN" for p in parses(word))


def _org_kind(word: str) -> bool:
    return lemma(word) in ORG_KINDS


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
    for k, word in enumerate(words):
        low = word.lower().rstrip(".")
        forms = base_forms(low) if low.isalpha() else {low}
        if forms & (ROLES | MODIFIERS | TITLES):
            best = next((p for p in parses(word.lower()) if p.tag.case), None)
            if best is not None and (best.tag.case != "nomn" or best.tag.number == "plur"):
                form = best.inflect({"nomn", "sing"})  # «методисты Н.В. Кравец и А.С. Галиуллин»: each one
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
    role = nominative_role(text[toks[i][1]:toks[j - 1][2]])
    org_end = j
    depth = 0
    while org_end < len(toks):
        word = toks[org_end][0]
        if word == "«":
            depth += 1
        elif word == "»":
            depth = max(0, depth - 1)
        elif depth == 0 and word in (",", ";", ")", "(", ":"):
            break
        elif depth == 0 and org_end > j and word.islower() and word.isalpha() and (
                is_title_word(word) or is_role_word(word)):
            break  # «заведующему кафедрой ... ТвГУ профессору ...»: the next apposition
        elif depth == 0 and stop_at_clause and word.islower() and word.isalpha() and not _genitive(word) \
                and word not in ("и", "г", "им"):
            break
        org_end += 1
    org = text[toks[j][1]:toks[org_end - 1][2]] if org_end > j else ""
    span = (toks[j][1], toks[org_end - 1][2]) if org_end > j else None
    title = is_title_word(toks[i][0]) and not is_role_word(toks[i][0])
    return role, org, title, span


def first_role_index(toks, last: bool = False) -> int | None:
    """The first role word of a chunk; with `last`, the last one (an apposition chain goes on from it)."""
    order = range(len(toks) - 1, -1, -1) if last else range(len(toks))
    for i in order:
        word = toks[i][0]
        if word[:1].isalpha() and (is_role_word(word) or is_title_word(word)):
            while i > 0 and toks[i - 1][0].lower() in MODIFIERS:
                i -= 1
            return i
    return None


def split_chunks(toks):
    chunks, current, depth = [], [], 0
    for tok in toks:
        if tok[0] == "«":
            depth += 1
        elif tok[0] == "»":
            depth = max(0, depth - 1)
        if tok[0] == "," and depth == 0:
            chunks.append(current)
            current = []
        else:
            current.append(tok)
    chunks.append(current)
    return chunks


def role_before(text: str, left: int, start: int, stated: bool = False):
    """Roles in the comma-separated appositions right before a name, leftmost first; with `stated`, the role a
    predicate or dash right before the name states («начальник лагеря – Гусейнова …»), for when the name has
    no apposition of its own («Председатель – Лебедева Т.Ю., директор …» is a director)."""
    found = []
    chunks = split_chunks(tokens(text, left, start))
    for n, chunk in enumerate(reversed(chunks)):
        verb = last_verb(chunk)
        dash = next((k for k in range(len(chunk) - 1, -1, -1) if chunk[k][0] in ("–", "—")), None)
        if dash is not None and (verb is None or dash > verb):
            verb = dash  # «Председатель жюри – заместитель директора ...»: the position is after the dash
        copula = verb is not None and lemma(chunk[verb][0].lower()) in COPULAS
        function = _event_function(text, chunk[:verb]) if copula and n == 0 else ""
        before_verb = chunk[:verb] if verb is not None else []
        if verb is not None:  # «Модератором выступила заместитель директора ...»: after the predicate
            chunk = chunk[verb + 1:]
        while chunk and chunk[0][0].lower() in ("и", "а", "также", "-", "–", "—"):
            chunk = chunk[1:]
        if stated and verb is not None and n == 0 and not chunk and before_verb:
            # nothing between the predicate and the name: the role is the one it states
            # («начальник лагеря – Гусейнова …», «Лучшим воспитателем признана Светлана …»)
            chunk, verb = before_verb, None
        # «преподаватели ... во главе с председателем жюри, деканом ... Кравец»: an earlier chunk
        # joins the chain with its last role
        i = first_role_index(chunk, last=n > 0 and verb is not None)
        if i is None:
            break
        role, org, title, span = read_role(text, chunk, i, stop_at_clause=False)
        if stated and title and verb is None:
            break  # «Призёрами признаны …»: an honour a predicate states is no role
        # «Председателем жюри был доцент кафедры … Зимин»: the function the sentence gives him, at his position's org
        found.insert(0, (function, org, False, span) if function else (role, org, title, span))
        if i != 0 or verb is not None:
            break
    return found


def _event_function(text: str, toks) -> str:
    """A function at the event stated before a copula («Председателем жюри … был …»), or ""."""
    i = first_role_index(toks)
    if i is None:
        return ""
    role, org, _, _ = read_role(text, toks, i, stop_at_clause=False)
    if not EVENT_BODIES & {lemma(w) for w in role.lower().split()}:
        return ""
    return f"{role} {org}".strip() if org[:1].islower() else role


def role_after(text: str, end: int, right: int):
    """Roles in the appositions right after a name («Иванова Анна Ивановна, учитель ...»)."""
    rest = text[end:right]
    m = re.match(r"[ ]*[,–—(-]\s*|[ ]*\t\s*", rest)
    if not m:
        return []
    found = []
    for chunk in split_chunks(tokens(text, end + m.end(), right)):
        i = first_role_index(chunk)
        if i is None or i > 0:
            break
        found.append(read_role(text, chunk, 0, stop_at_clause=True))
    return found


COPULAS = {"быть", "являться", "стать"}  # «Председателем жюри был …» (a dash keeps the position: annotators differ)
DEPARTMENT = re.compile(r"\bкафедр", re.IGNORECASE)
EVENT_BODIES = {"жюри", "комиссия", "оргкомитет"}  # «председатель жюри»: a function at the event


def pick_role(found) -> tuple[str, str, tuple | None]:
    """The first position that is not a degree or honour (else the first one), its organization and span;
    a function at the event («председатель жюри, декан факультета») yields to a position."""
    found = sorted(found, key=lambda f: bool(EVENT_BODIES & {lemma(w) for w in f[0].lower().split()}))
    for role, org, title, span in found:
        if not title or DEPARTMENT.search(role):  # «профессор кафедры педагогики» is a position, «профессор» a title
            return role, clean_org(org), span if clean_org(org) else None
    if found:
        role, org, _, span = found[0]
        return role, clean_org(org), span if clean_org(org) else None
    return "", "", None


def clean_org(org: str) -> str:
    org = org.strip(" ,.-–—")
    if re.fullmatch(r"«[^«»]+»", org):
        org = org[1:-1]
    if not org or not any(ch.isupper() for ch in org) and "№" not in org:
        return ""
    words = org.split()
    if len(words) == 1 and not is_acronym(org) and any("Geox" in p.tag for p in parses(org)):
        return ""
    return school_nominative(org) or nominative_org(org)


SCHOOL_AFTER_FORM = re.compile(r"^([А-ЯЁ]{2,}\s+)(.*?)(?:\s+г\.\s*[А-ЯЁ][а-яё-]+)?$")


def school_nominative(org: str) -> str:
    """«МБОУ лицея № 11 г. Энска» → «МБОУ лицей № 11»: a legal form, then a school's kind (in an oblique
    case), the town after it being the school's place, not its name; '' for anything else."""
    m = SCHOOL_AFTER_FORM.match(org)
    if not m or not kind_regex().match(m.group(2)):
        return ""
    rest = m.group(2) if not m.group(2)[:1].islower() else nominative_org(m.group(2))
    return m.group(1) + (rest[:1].lower() + rest[1:] if m.group(2)[:1].islower() else rest)


# --- merging ----------------------------------------------------------------------------------

def compatible(a: str, b: str) -> bool:
    return not a or not b or fold(a[:1]) == fold(b[:1])


def merge(mentions: list[dict]) -> list[dict]:
    """One person per surname with compatible initials; «Имя Отчество» joins the latest match."""
    people: list[dict] = []
    for m in sorted(mentions, key=lambda m: m["start"]):
        if m["surname"]:
            person = next((p for p in people if fold(p["surname"]) in m["surnames"]
                           and compatible(p["fi"], m["fi"]) and compatible(p["pi"], m["pi"])), None)
            if person is None:
                person = {"surname": m["surname"], "first": "", "patronymic": "", "fi": "", "pi": "",
                          "gender": "", "mentions": [], "roles": []}
                people.append(person)
            elif _richness(m) > _richness(person["mentions"][0]) and fold(m["surname"]) == fold(person["surname"]):
                person["surname"] = m["surname"]
        else:
            candidates = [p for p in people if compatible(p["fi"], m["fi"]) and compatible(p["pi"], m["pi"])
                          and (p["fi"] or p["first"]) and compatible(p["first"], m["first"])]
            if not candidates:
                continue
            person = max(candidates, key=lambda p: max(x["start"] for x in p["mentions"]))
        for key in ("first", "patronymic", "fi", "pi", "gender"):
            if m.get(key) and not person[key]:
                person[key] = m[key]
        person["mentions"].append(m)
        if m.get("role") or m.get("org"):
            person["roles"].append((m.get("role", ""), m.get("org", ""), m.get("title", False), m.get("org_span")))
    return people


def _richness(m: dict) -> int:
    return sum(bool(m[k]) for k in ("first", "patronymic", "fi", "pi"))


# --- the component ----------------------------------------------------------------------------

def find_mentions(text: str, per_spans) -> list[dict]:
    found = pattern_mentions(text)
    for m in ner_mentions(text, per_spans):
        if not any(overlaps(m, f) for f in found):
            found.append(m)
    found.sort(key=lambda m: (m["start"], -(m["end"] - m["start"])))
    kept, blocked_end = [], -1
    for n, m in enumerate(found):
        if kept and overlaps(kept[-1], m):
            continue
        nxt = found[n + 1] if n + 1 < len(found) else None
        if m["source"] == "ner" and not m["first"] and nxt and not text[m["end"]:nxt["start"]].strip():
            continue  # «... Самара Т.Н. Иванова»: natasha glued the word before a name to it
        # «по произведениям А.С. Пушкина и Л.Н. Толстого»: a name joined to a blocked one is blocked too
        joined = blocked_end >= 0 and re.fullmatch(r"\s*(?:,|и)\s*", text[blocked_end:m["start"]])
        if joined or is_blocked(text, m):
            blocked_end = m["end"]
            continue
        blocked_end = -1
        kept.append(m)
    return kept


def analyze_mention(text: str, m: dict, prev_end: int, next_start: int) -> dict:
    left, right = sentence_bounds(text, m["start"], m["end"])
    left_role = max(left, prev_end)
    before = role_before(text, left_role, m["start"])
    found = before or role_after(text, m["end"], min(right, next_start)) \
        or role_before(text, left_role, m["start"], stated=True)
    role, org, org_span = pick_role(found)
    hint = context_gender(text, max(left, prev_end), min(right, next_start), m["start"])
    if not m["first"] and ACCUSATIVE_SURNAME.search(m["surname"].lower()) and after_transitive_verb(text, m["start"]):
        case = "accs"
    else:
        case = "" if m["first"] or m["patronymic"] or before else governed_case(text, m["start"])
    parts = normalize_name(m["surname"], m["first"], m["patronymic"], gender_hint="" if case else hint,
                           case_hint=case)
    plural = bool(before) and any(is_role_word(w) and parses(w.lower())[0].tag.number == "plur"
                                  for w in re.findall(r"[а-яё]+", text[left_role:m["start"]].lower()))
    m.update(role=role, org=org, org_span=org_span, title=bool(found) and all(f[2] for f in found),
             shared_role=plural,
             surname=parts["surname"], first=parts["first_name"], patronymic=parts["patronymic"],
             gender=parts["gender"])
    m["surnames"] = {fold(v) for v in surname_readings(m["surname"]).values()} | {fold(m["surname"])} \
        if m["surname"] else set()
    return m


def extract_people(text: str, per_spans) -> list[dict]:
    """People of one document: merged, normalized, with role and organization."""
    mentions = find_mentions(text, per_spans)
    for k, m in enumerate(mentions):
        prev_end = mentions[k - 1]["end"] if k else 0
        next_start = mentions[k + 1]["start"] if k + 1 < len(mentions) else len(text)
        analyze_mention(text, m, prev_end, next_start)
        if k and mentions[k - 1]["shared_role"] and re.fullmatch(r"\s*(?:,|и)\s*", text[prev_end:m["start"]]):
            # «методисты ИРО Н.В. Кравец и А.С. Галиуллин»: a plural role before both names is each one's
            for key in ("role", "org", "org_span", "title", "shared_role"):
                m[key] = mentions[k - 1][key]
    people = [p for p in merge(mentions) if p["surname"]]
    out = []
    for n, p in enumerate(people, 1):
        role, org, span = next(((r, o, sp) for r, o, t, sp in p["roles"] if r and not t),
                               (p["roles"][0][0], p["roles"][0][1], p["roles"][0][3]) if p["roles"] else ("", "", None))
        spans = [sp for _, _, t, sp in p["roles"] if sp and not t]
        first = p["mentions"][0]
        out.append({
            "start": first["start"], "end": first["end"], "person_id": f"P{n}",
            "surname": p["surname"], "first_name": p["first"], "patronymic": p["patronymic"],
            "initials": initials(p["first"], p["patronymic"], p["fi"], p["pi"]),
            "gender": p["gender"], "role": role, "organization": org, "n_mentions": len(p["mentions"]),
            "org_spans": spans,
        })
    return out


@Language.component("svodka_people")
def people_component(doc: Doc) -> Doc:
    per = [(r["char_start"], r["char_end"]) for r in records(doc, "ner") if r.get("type") == "PER"]
    for row in extract_people(doc_text(doc), per):
        start, end = row.pop("start"), row.pop("end")
        add_record(doc, "people", start, end, **row)
    return doc
