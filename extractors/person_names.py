"""Name candidates: our own patterns and natasha's PER spans, and the names that are not people.

Candidates come from two places: our own patterns (initials before or after a
surname, «Фамилия Имя Отчество», «Имя Отчество [Фамилия]») and natasha's PER
spans, cut at line breaks and sentence ends (it glues «А.А. Орлов» to
«Анатолий Алексеевич» on the next line). Names inside institution names
(«имени А.С. Пушкина», «Фонд Ивана Петрова») are dropped.
"""
from __future__ import annotations

import bisect
import re

from svodka.extractors.person_words import (
    BLOCKERS, CAP, CAP_RUN, CITY_ABBR_BEFORE, IMENI_BEFORE, INDECLINABLE_SURNAME, INITIALS_BEFORE,
    INITIALS_SURNAME, LOOK_BACK, LOW, NEXT_WORD, PLACE_ABBR_BEFORE, SENTENCE_START, SURNAME_ENDING, SURNAME_INITIALS,
    TERRITORY_WORDS, UP, UPPER_SURNAME, ADDRESS_WORDS, EXTRA_GIVEN_NAMES, PLACE_NAME, SURNAME_BREAK_NAME,
    is_role_word, is_title_word, lemma, parses,
)
from svodka.normalizers.morph import known
from svodka.normalizers.names import is_given_name, is_patronymic


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
        if not (looks_like_surname(m.group(1)) or surname_shape(m.group(1))):
            continue  # «Приложение А.»; «Белых Н.А.», «Саганов М.» have a surname's shape
        after = NEXT_WORD.match(text, m.end())
        if after and (looks_like_surname(after.group(1)) or surname_shape(after.group(1))):
            continue  # «Директор школы Иванов С.В. Петров»: initials before a surname are that surname's
        found.append(mention(m.start(), m.end(), surname=m.group(1), fi=m.group(2), pi=m.group(3) or "",
                             source="initials"))
    for m in CAP_RUN.finditer(text):
        found.extend(_run_mentions(m))
    for m in SURNAME_BREAK_NAME.finditer(text):
        surname, first, patronymic = m.group(1, 2, 3)
        if is_patronymic(patronymic) and first_name_before(first, patronymic) \
                and surname_before(surname, patronymic) and not SENTENCE_START.search(text, 0, m.start()):
            found.append(mention(m.start(), m.end(), surname, first, patronymic, source="full"))
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
        or not known(word.lower())  # «Баярма Доржиевна»: a name pymorphy3 does not know


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
    if SENTENCE_START.search(text, max(0, word[1] - LOOK_BACK), word[1]) or is_role_word(word[0]) \
            or is_title_word(word[0]):
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
        namesake = before and INITIALS_BEFORE.search(match.string, max(0, before[1] - LOOK_BACK), before[1])  # «театра имени М.С. Щепкина Оксана …»
        if before and not namesake and not PLACE_ABBR_BEFORE.search(match.string, max(0, before[1] - LOOK_BACK),
                                                                    before[1]) and (
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
                pair = pair_name(words[0][0], words[1][0])
                if is_patronymic(words[1][0]):
                    out.append(mention(s, e, "", words[0][0], words[1][0], source="ner"))
                elif pair:
                    out.append(mention(s, e, pair[0], pair[1], source="ner"))
                elif is_given_name(words[0][0]):
                    out.append(mention(s, e, words[1][0], words[0][0], source="ner"))
                elif is_given_name(words[1][0]):
                    out.append(mention(s, e, words[0][0], words[1][0], source="ner"))
    return out


PLACE_SHAPE = re.compile(r"(?:[оеё]вка|ск|[оеи]во|[иы]но)$")
POSSESSIVE_SURNAME = re.compile(r"(?:[оеё]в|[иы]н)(?:а)?$")


def _as_first_name(word: str) -> int:
    """2: a first name in the dictionary; 1: maybe one (a name pymorphy3 does not know at all); 0: not one."""
    if is_given_name(word) or word.lower() in EXTRA_GIVEN_NAMES:
        return 2
    if PLACE_SHAPE.search(word.lower()):
        return 0  # «Берёзовка», «Ивановск»: a place's shape
    return int(not known(word.lower()) or any("Name" in p.tag for p in parses(word)))


def _as_surname(word: str) -> int:
    """2: a surname's ending or pymorphy3's surname reading; 1: a word it does not know; 0: not one."""
    if is_role_word(word) or is_title_word(word) or is_patronymic(word):
        return 0
    if surname_shape(word) or any("Surn" in p.tag and p.score >= 0.05 for p in parses(word)):
        return 2
    return int(not known(word.lower()))


def pair_name(a: str, b: str) -> tuple[str, str] | None:
    """(surname, first name) of two capitalized words without a patronymic, in either order: the
    reading where the surname looks most like one and the first name most like one («Егоров Максим» and
    «Максим Егоров» are both Егоров: «Егоров» is also the plural genitive of Егор); None when neither
    reading has a likely surname and a likely first name."""
    readings = [(_as_surname(a) + _as_first_name(b), _as_first_name(b), -0, (a, b)),
                (_as_surname(b) + _as_first_name(a), _as_first_name(a), -1, (b, a))]
    score, first_score, _, (surname, first) = max(readings)  # on a tie, the likelier first name
    if score < 3 or not _as_surname(surname) or not first_score:
        return None
    if first_score == 1 and not POSSESSIVE_SURNAME.search(surname.lower()) \
            and not any("Surn" in p.tag for p in parses(surname)):
        return None  # an unknown word and a «-ский» adjective: a place more often than a person
    return surname, first


def pair_mentions(text: str) -> list[dict]:
    """«Шестакова Анна», «Анна Шестакова» inside runs of capitalized words: first a likely surname and
    a likely first name (see `pair_name`), left to right."""
    out = []
    for run in CAP_RUN.finditer(text):
        words = [(w.group(), run.start() + w.start(), run.start() + w.end()) for w in re.finditer(r"\S+", run.group())]
        k = 0
        while k + 1 < len(words):
            pair = pair_name(words[k][0], words[k + 1][0])
            if not pair and appositive_pair(text, words[k][0], words[k + 1][0], words[k + 1][2]):
                pair = (words[k + 1][0], words[k][0])
            if pair and not is_patronymic(words[k + 1][0]):
                out.append(mention(words[k][1], words[k + 1][2], pair[0], pair[1], source="pair"))
                k += 2
            else:
                k += 1
    return out


APPOSITION_AFTER = re.compile(rf"[ \t]*,[ \t]*([{LOW}]+(?:-[{LOW}]+)?)")


def appositive_pair(text: str, a: str, b: str, end: int) -> bool:
    """«Айдыс Монгуш, учитель …»: two words pymorphy3 does not know (names of many peoples of Russia do
    not decline) are a first name and a surname when a role follows them as an apposition."""
    after = APPOSITION_AFTER.match(text, end)
    return bool(after) and is_role_word(after.group(1)) and not known(a.lower()) and not known(b.lower()) \
        and not PLACE_SHAPE.search(a.lower()) and not PLACE_SHAPE.search(b.lower())


def looks_like_surname(word: str) -> bool:
    """A lone capitalized word natasha calls a person: not a role («Модератор») nor a common word."""
    if is_role_word(word) or is_title_word(word) or is_patronymic(word):
        return False
    if not known(word.lower()):
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


def is_place(text: str, m: dict) -> bool:
    """«с. Мраково», «Юмагузино»: a village natasha took for a person."""
    return not m["first"] and not m["fi"] and bool(PLACE_NAME.search(m["surname"]) or PLACE_ABBR_BEFORE.search(
        text, max(0, m["start"] - 8), m["start"]))


def is_blocked(text: str, m: dict) -> bool:
    word = previous_word(text, m["start"]).lower()
    if is_place(text, m) or not m["first"] and not m["fi"] and not text[m["end"]:].strip():
        return True  # a village; a word the text's end cuts off
    if m["source"] == "ner" and not m["first"] and (word in TERRITORY_WORDS or lemma(word) in TERRITORY_WORDS
                                                    or CITY_ABBR_BEFORE.search(text, max(0, m["start"] - 10),
                                                                               m["start"])):
        return True  # «города Энска», «г.о. Энск»: a place natasha took for a person
    if IMENI_BEFORE.search(text, max(0, m["start"] - 80), m["start"]):
        return True  # «университета им. Героя Советского Союза И.И. Петрова»
    return bool(word) and (word in BLOCKERS or lemma(word) in BLOCKERS) or inside_quotes(text, m["start"], m["end"])


def find_mentions(text: str, per_spans) -> list[dict]:
    # kept in order of start, so the mentions a new one overlaps are found by bisection (linear in the text)
    found = sorted(pattern_mentions(text), key=lambda f: f["start"])
    starts = [f["start"] for f in found]
    longest = max((f["end"] - f["start"] for f in found), default=0)
    for m in ner_mentions(text, per_spans) + pair_mentions(text):
        lo, hi = bisect.bisect_left(starts, m["start"] - longest), bisect.bisect_left(starts, m["end"])
        hit = [k for k in range(lo, hi) if overlaps(m, found[k])]
        if hit and all(found[k]["source"] == "ner" and not found[k]["first"] and m["start"] <= found[k]["start"]
                       and found[k]["end"] <= m["end"] for k in hit):
            # «Котова Анна СП …»: natasha kept the surname alone, the pair has both
            for k in reversed(hit):
                del found[k], starts[k]
            hit = []
        if not hit:
            at = bisect.bisect_right(starts, m["start"])
            found.insert(at, m)
            starts.insert(at, m["start"])
            longest = max(longest, m["end"] - m["start"])
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
            # a village stops no name after it («с. Луговое, Котовой Алины»); a blocked name does
            blocked_end = -1 if is_place(text, m) else m["end"]
            continue
        blocked_end = -1
        kept.append(m)
    return kept
