"""Schools named without a legal form (issue 11): by the adjective of their village («Первомайская СОШ»,
«Левенской школы», «Айлинская и Сулеинская школы»), by a number before the kind where the grammar rules out a
count («из 33 гимназии», «в 35 школе», «121, 135 и 126 школ»), by an ordinal («пятой школы»), or by a
qualifier that tells a town's gymnasium or lyceum from the others («Элистинская классическая гимназия»).
"""
from __future__ import annotations

import itertools
import re

import functools

from svodka.extractors import models
from svodka.normalizers.cities import city_of_adjective
from svodka.normalizers.phrases import inflect_phrase
from svodka.normalizers.schools import kind_regex, rule_of, village_name
from svodka.normalizers.wordlists import data_lines


def mention(start, end, sector, kind, number="", name="", weight=1.0, city=""):
    return {"start": start, "end": end, "sector": sector, "kind": kind, "number": number, "name": name,
            "weight": weight, "city": city}


SCHOOL_KINDS, SELECTIVE_KINDS = {"СОШ", "ООШ", "НОШ"}, {"Гимназия": "гимназия", "Лицей": "лицей"}


def separate_kinds(mentions: list[dict]) -> None:
    """«Троицкая СОШ» and «Троицкая гимназия» in one report are two institutions of one village: the gymnasium
    (or lyceum) keeps its kind in its name, so the two are not merged under «Троицкая» (in place; one pass)."""
    kinds = {}
    for m in mentions:
        if m.get("village") and m["name"] and not m["number"]:
            kinds.setdefault(m["name"], set()).add(m["kind"])
    for m in mentions:
        found = kinds.get(m["name"], set()) if m.get("village") and not m["number"] else set()
        if m["kind"] in SELECTIVE_KINDS and found & SCHOOL_KINDS:
            m["name"] = f"{m['name']} {SELECTIVE_KINDS[m['kind']]}"


# Kind adjectives that a list of villages shares: «Дивеевской и Сатисской средних … школ», «Озёрской вечерней школы».
KIND_ADJECTIVES = {"средн": "СОШ", "основн": "ООШ", "начальн": "НОШ", "вечерн": "Школа"}
LIST_WORDS = {",", "и", "а", "также"}
WORD = re.compile(r"[А-ЯЁа-яё][а-яё]*(?:-[А-ЯЁа-яё][а-яё]+)*|[^\sА-ЯЁа-яё]")
LOOK_BACK = 160


def village_schools(text: str, kinds=None) -> list[dict]:
    """Schools named by the adjective of their village, without a legal form or quotes: «Первомайская СОШ»,
    «Левенской школы», «Айлинская и Сулеинская школы», «из Дивеевской и Сатисской средних, а также Суворовской
    и Елизарьевской основных школ». The name is the adjective in the nominative; «Всероссийская школа» is none.

    >>> [(m["name"], m["kind"]) for m in village_schools("из Дивеевской и Сатисской средних, а также Суворовской основных школ")]
    [('Дивеевская', 'СОШ'), ('Сатисская', 'СОШ'), ('Суворовская', 'ООШ')]
    """
    found = []
    for match in kind_regex().finditer(text) if kinds is None else kinds:  # `kinds`: those matches, found already
        sector, kind, _named = rule_of(match)
        garden = sector == "preschool" and match.group().lower().startswith(GARDEN)  # «Озёрского детского сада»
        if sector != "school" and not garden or kind == "Спецшкола" or match.start() == 0 or \
                text[match.start() - 1] not in " \u00a0" or kind == "Школа" and _of_something(text, match.end()):
            continue
        words = list(WORD.finditer(text, max(0, match.start() - LOOK_BACK), match.start()))
        items, current, adjacent = [], kind, True
        for word in reversed(words):
            token = word.group()
            if (place := village_name(token, "masc" if garden else kind_gender(current))) and _singular(token):
                end = match.end() if adjacent else word.end()
                items.append(mention(word.start(), end, sector, current, name=f"{place} детский сад" if garden else place))
                if garden:
                    break  # kindergartens are not listed by their villages
            elif token.islower() and (stem := next((k for k in KIND_ADJECTIVES if token.startswith(k)), "")):
                current = KIND_ADJECTIVES[stem]
            elif token.lower() not in LIST_WORDS and not token.lower().startswith("общеобразовательн"):
                break
            elif adjacent and not items and token.lower() in LIST_WORDS:
                break  # «…, школы» or «и школы»: no village right before the kind
            adjacent = False
        for item in items:
            item["village"] = True
        found.extend(reversed(items))
    return found


GARDEN = ("детский сад", "детского сада", "детскому саду", "детским садом", "детском саду")


def kind_gender(kind: str) -> str:
    """The grammatical gender of the noun a kind names: «Лицей» is masculine, a школа or a гимназия feminine."""
    return "masc" if kind == "Лицей" else "femn"


PLACE_NOUNS = ("район", "город", "сел", "посёлк", "поселк", "округ", "област", "кра", "республик", "деревн")
HONORIFICS = ("им", "имени")
FOLLOWING_WORD = re.compile(r"[ \u00a0]+([а-яё]+)")


def _of_something(text: str, end: int) -> bool:
    """Whether a «школа» is followed by what it teaches («Московская школа управления», «… школа вожатых»):
    a programme or an event, not a village's school."""
    word = FOLLOWING_WORD.match(text, end)
    if not word or word.group(1).startswith(PLACE_NOUNS) or word.group(1) in HONORIFICS:
        return False  # «Луговской школы района»: where it is; «… школы им. …», «имени …»: whose name it bears
    return any(p.tag.POS in ("NOUN", "ADJF") and "gent" in p.tag
                              for p in models.parses(word.group(1))[:2])


def _singular(word: str) -> bool:
    """A singular adjective; pymorphy3 knows some villages' adjectives only as surnames («Грановской» СОШ)."""
    found = models.parses(word)[:4]
    if any("ADJF" in p.tag for p in found):
        return any("ADJF" in p.tag and "sing" in p.tag for p in found)
    return any("Surn" in p.tag and "sing" in p.tag for p in found)


# «ребята из 33 гимназии, 35 школы», «в 5-й школе», «121, 135 и 126 школ», «пятой школы».
NUMBER_FIRST = re.compile(
    r"(?<![\d№.,:/-])(?P<numbers>\d{1,3}(?:[ \u00a0]*(?:,|и)[ \u00a0]*\d{1,3})*)"
    r"(?P<suffix>-?(?:й|я|ой|ую|ей|го|ого|му|ому|м|ом))?"
    r"[ \u00a0]+(?P<kind>школ(?:а|ы|е|у|ой|ах|ам)?|гимнази(?:я|и|ю|ей|й)|лице(?:й|я|ю|ем|е|ев))(?![\w-])")
GENITIVE_CONTEXT = re.compile(
    r"(?:\b(?:из|для|у|от|до|около|с|со)|(?:учащи|ученик|учениц|учител|педагог|ребят|команд|выпускник|представител"
    r"|школьник|воспитанник|директор|коллектив|сотрудник)\w*)[ \u00a0]+$", re.IGNORECASE)
PLURAL_KINDS = {"школ", "гимназий", "лицеев", "школах", "школам"}
ORDINALS = {w.replace("ё", "е"): n for n, w in enumerate(
    "первый второй третий четвёртый пятый шестой седьмой восьмой девятый десятый одиннадцатый двенадцатый "
    "тринадцатый четырнадцатый пятнадцатый шестнадцатый семнадцатый восемнадцатый девятнадцатый двадцатый".split(), 1)}
# Not in the nominative: «первая школа в районе, открывшая…» ranks, «учитель пятой школы» names.
# «третьей средней школы», «пятой основной общеобразовательной школы»: the kind's adjectives may come between
# («второй городской школы» stays a described school: people's workplaces name it so).
ORDINAL_WORD = re.compile(r"(?<![\w-])(?P<word>[а-яё]+(?:ой|ий|ую|ого|ому|ом|ей))[ \u00a0]+"
                          r"(?P<kind>(?:(?:средн|основн|начальн)(?:ей|юю|ую|ой)[ \u00a0]+"
                          r"(?:общеобразовательн(?:ой|ую)[ \u00a0]+)?)?(?P<noun>школ(?:ы|е|у|ой)"
                          r"|гимнази(?:и|ю|ей)|лице(?:я|ю|ем|е)))(?![\w-])")


# In the nominative only with its town after it: «первая школа города Энска» names, «первая школа в районе» ranks.
ORDINAL_OF_TOWN = re.compile(r"(?<![\w-])(?P<word>[А-ЯЁа-яё][а-яё]*(?:ая|ый|ой|ий))[ \u00a0]+(?P<kind>школа|гимназия|лицей)"
                             r"(?=[ \u00a0]+(?:города|г\.)[ \u00a0]*[А-ЯЁ])")
ORDINAL_BEFORE = re.compile(r"(?<![\w-])([а-яё]+(?:ой|ий|ую|ого|ому|ом|ей))[ \u00a0]+$")


def ordinal_before(text: str, start: int) -> int | None:
    """The number an ordinal word right before `start` says («пятой» школы → 5), else None."""
    word = ORDINAL_BEFORE.search(text, max(0, start - 20), start)
    if not word:
        return None
    lemma = next((p.normal_form for p in models.parses(word.group(1)) if "Anum" in p.tag), "")
    return ORDINALS.get(lemma.replace("ё", "е"))  # pymorphy3 writes «четвёртый»


def ordinal_schools(text: str) -> list[dict]:
    """Schools named by a number before the kind or by an ordinal word, where the grammar says it is not a count:
    «в 35 школе», «из 33 гимназии», «5-й школы», «121, 135 и 126 школ», «пятой школы» (not «23 школы
    участвовали», «из 9 школ», «в 21 школе» — a number ending in 1 agrees with a count too).

    >>> [(m["kind"], m["number"]) for m in ordinal_schools("ребята из 33 гимназии, 35 школы и пятой школы")]
    [('Гимназия', '33'), ('Школа', '35'), ('Школа', '5')]
    >>> ordinal_schools("участвовали 23 школы и 9 гимназий из 21 школы района")
    []
    """
    found = []
    for match in NUMBER_FIRST.finditer(text):
        numbers = re.findall(r"\d+", match["numbers"])
        if not (kind_match := kind_regex().match(text, match.start("kind"))):
            continue
        sector, kind, _named = rule_of(kind_match)
        word = match["kind"]
        if word in PLURAL_KINDS:
            if len(numbers) < 2 or match["suffix"]:
                continue  # «из 9 школ» counts schools
        elif not match["suffix"] and not all(_ordinal_reading(n, word, text[:match.start()]) for n in numbers):
            continue
        for number in numbers:
            found.append(mention(match.start(), match.end(), sector, kind, number))
    for match in itertools.chain(ORDINAL_WORD.finditer(text), ORDINAL_OF_TOWN.finditer(text)):
        lemma = next((p.normal_form for p in models.parses(match["word"].lower()) if "Anum" in p.tag), "")
        if number := ORDINALS.get(lemma.replace("ё", "е")):
            kind_match = kind_regex().match(text, match.start("kind")) or kind_regex().match(text, match.start("noun"))
            sector, kind, _named = rule_of(kind_match)
            found.append(mention(match.start(), match.end(), sector, kind, str(number)))
    return found


def _ordinal_reading(number: str, kind_word: str, before: str) -> bool:
    """Whether «N школы» reads as «the N-th school»: a count of N schools would put the kind in another form."""
    last, tens = int(number) % 10, int(number) % 100
    if last == 1 and tens != 11:
        return False  # «21 школа», «из 21 школы»: a count agrees in every case
    genitive_singular = kind_word in ("школы", "гимназии", "лицея")
    if genitive_singular and 2 <= last <= 4 and not 12 <= tens <= 14:
        return bool(GENITIVE_CONTEXT.search(before[-40:]))  # «23 школы участвовали» counts; «из 23 школы» names
    return kind_word not in ("школа", "гимназия", "лицей") or False


@functools.lru_cache(maxsize=1)
def _qualified_regex() -> re.Pattern:
    """One regex: [a place's adjective | «городская»] qualifier{1,2} gymnasium|lyceum (`data/school_qualifiers.txt`)."""
    stems = "|".join(f"[{q[0].upper()}{q[0]}]{re.escape(q[1:])}"  # «Кадетского» and «кадетского»
                     for q in sorted(data_lines("school_qualifiers.txt"), key=len, reverse=True))
    return re.compile(
        r"(?<![\w.-])(?:(?P<place>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)[ \u00a0]+"
        r"|(?P<town>[Гг]ородск(?:ая|ой|ую|ою))[ \u00a0]+)?"
        rf"(?P<quals>(?:(?:{stems})(?:(?<=\.)|[а-яё]*)[ \u00a0]+){{1,2}})"
        r"(?P<kind>[Гг]имнази(?:я|и|ю|ей)|[Лл]ице(?:й|я|ю|ем|е)|(?<=адетского[ \u00a0])корпус(?:а|у|ом|е)?)"
        r"(?![\w-])(?![ \u00a0]*(?:№|N[ \u00a0]?\d|\d|«))")  # … and «Энского кадетского корпуса»


SENTENCE_START = re.compile(r"(?:^|[.!?…:]\s*|\n\s*|[-–—]\s+)$")


def qualified_schools(text: str) -> list[dict]:
    """Gymnasiums and lyceums named by a qualifier without a number: «Элистинская классическая гимназия» (in
    Элиста), «Новочебоксарского кадетского лицея» (and a cadet corps: «Тамбовского кадетского корпуса»), «городской классической гимназии», «учитель Православной
    гимназии» (a capital in mid-sentence says it is a name). The name is the phrase in the nominative; a town's
    adjective gives the city, a village's makes it a village school (placed in the district).

    >>> [(m["name"], m["city"]) for m in qualified_schools("учителя Новочебоксарского кадетского лицея и городской классической гимназии")]
    [('Новочебоксарский кадетский лицей', 'Новочебоксарск'), ('Городская классическая гимназия', '')]
    >>> qualified_schools("в лицее № 3, классическая гимназия. Кадетский лицей открыт")
    []
    """
    found = []
    for match in _qualified_regex().finditer(text):
        start, village, city = match.start(), False, ""
        if match["place"]:
            city = city_of_adjective(match["place"])
            village = not city and bool(village_name(match["place"]))
            if not city and not village:
                start = match.start("quals")  # «Наша Православная гимназия»: not a place
        if start == match.start("quals") and not match["town"] and (
                match["quals"][:1].islower() or SENTENCE_START.search(text, max(0, start - 3), start)):
            continue  # «классическая гимназия» is a kind of school; «Кадетский лицей …» opens a sentence
        if match["kind"].startswith("корпус"):
            sector, kind = "school", "Школа"  # a cadet corps is a school
        elif kind_match := kind_regex().match(text, match.start("kind")):
            sector, kind, _named = rule_of(kind_match)
        else:
            continue
        words = text[start:match.end("kind")].split()
        name = inflect_phrase(words, "nomn", ("gent", "loct", "datv", "ablt", "accs"))
        item = mention(start, match.end("kind"), sector, kind, name=name[:1].upper() + name[1:], city=city)
        item["village"] = village
        found.append(item)
    return found
