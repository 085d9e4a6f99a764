"""Schools named by a number without a kind word in front of it, and villages before a numbered kind.

A report may name its institutions once in a generic phrase and list their numbers in a bracket after it: «из
32 организаций, где реализуют программы дошкольного образования, в Энске (№№ 4, 7, 20 (2 чел.), 31, …)». The
phrase says what they are (a «дошкольн…» word or a kindergarten: preschool; «дополнительного образования»:
additional; else schools); without an institution's noun before the bracket («приказы (№№ 12, 15)») it is no
list of schools. A village's adjective before a numbered kind («Луговская СОШ № 1») makes that school the
village's: placed in the district the text names, like the unnumbered ones.
"""
from __future__ import annotations

import re

from svodka.extractors import models
from svodka.extractors.school_bare import kind_gender, mention
from svodka.normalizers.cities import city_of_adjective, names_city
from svodka.normalizers.phrases import inflect_phrase
from svodka.normalizers.schools import default_kind, village_name

# «(№№ 4, 7, 57 (2 чел.), 59 …», «(№ 33, № 16, № 5)»: the list opens with the sign right after a bracket.
LIST_OPEN = re.compile(r"\([ \u00a0]*№[ \u00a0]*(?:№[ \u00a0]*)?")
ITEM = re.compile(r"(\d{1,4})(?![\d.,]\d)(?:[ \u00a0]*\([^()\n]{1,20}\))?")  # … a bracketed remark after a number
ITEM_GAP = re.compile(r"[ \u00a0]*(?:,|и)[ \u00a0]*(?:№[ \u00a0]*)?(?=\d)")
LOOK_BACK = 300
SENTENCE_END = re.compile(r"[.!?](?=[ \u00a0]+[А-ЯЁ])|\n")
# What the phrase before the bracket names: an institution's noun, and what kind of institution.
INSTITUTIONS = re.compile(r"(?i:учреждени|организаци|школ|гимнази|лице[йяев]|(?<![а-яё])сад)|\b(?:ДОУ|ОО|ОУ)\b")
PRESCHOOL = re.compile(r"(?i:дошкольн|детск\w*\s+сад)|ДОУ")
ADDITIONAL = re.compile(r"(?i:дополнительн\w*\s+образовани)")
NOT_SCHOOLS = re.compile(r"(?i:приказ|постановлени|распоряжени|протокол|решени|пункт|стать|кабинет|аудитори)")


def listed_numbers(text: str) -> list[dict]:
    """Institutions listed by number in a bracket after a phrase that names them (none without it).

    >>> [(m["sector"], m["number"]) for m in listed_numbers("из 3 дошкольных учреждений (№№ 4, 17 (2 чел.) и 20)")]
    [('preschool', '4'), ('preschool', '17'), ('preschool', '20')]
    >>> listed_numbers("согласно приказам управления (№№ 12, 15)")
    []
    >>> [(m["sector"], m["number"]) for m in listed_numbers("детские сады (№ 3, № 5), школы (№ 8, №2, лицей № 1)")]
    [('preschool', '3'), ('preschool', '5'), ('school', '8'), ('school', '2')]
    """
    found = []
    for opening in LIST_OPEN.finditer(text):
        window = text[max(0, opening.start() - LOOK_BACK):opening.start()]
        window = window[max((m.end() for m in SENTENCE_END.finditer(window)), default=0):]
        window = window[window.rfind(")") + 1:]  # «детские сады (№ 3, № 5), школы (№ 8, № 2)»: the nearest phrase
        if not INSTITUTIONS.search(window) or NOT_SCHOOLS.search(window[-60:]):
            continue
        sector = "preschool" if PRESCHOOL.search(window) else "additional" if ADDITIONAL.search(window) else "school"
        items, pos = [], opening.end()
        while item := ITEM.match(text, pos):
            items.append((item.group(1), item.start(), item.end(1)))
            if not (gap := ITEM_GAP.match(text, item.end())):
                break
            pos = gap.end()
        if len(items) >= 2:  # «№№» lists more than one
            found.extend(mention(start, end, sector, default_kind(sector), number) for number, start, end in items)
    return found


# «Луговская СОШ № 1»: a capitalized place adjective right before the kind.
PLACE_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:ск|цк)(?:ой|ая|ую|ого|ому|ом|ий))[ \u00a0]+$")


def village_before(text: str, start: int, kind: str, town_too: bool = True) -> bool:
    """Whether a village's adjective stands right before a kind at `start` («Озёрской СОШ имени …»); with
    `town_too` False a town's adjective («Ульяновская СШ № 55») is no village's.

    >>> village_before("лидирует Луговская СОШ № 1", 19, "СОШ"), village_before("в СОШ № 1", 2, "СОШ")
    (True, False)
    """
    before = PLACE_BEFORE.search(text, max(0, start - 40), start)
    return bool(before and village_name(before.group(1), kind_gender(kind))
                and (town_too or not city_of_adjective(before.group(1))))


def adjective_named(text: str, start: int, kind_match: re.Match) -> tuple[str, str, bool] | None:
    """A place's adjective before a kind that names one institution («Верховажской школе искусств», «Энский дворец
    творчества»): (name in the nominative, the town it names if the text names that town too, whether it is a
    village's), else None.

    >>> adjective_named("в Луговской школе искусств", 12, re.search("школе искусств", "в Луговской школе искусств"))
    ('Луговская школа искусств', '', True)
    """
    before = PLACE_BEFORE.search(text, max(0, start - 40), start)
    if not before or not village_name(before.group(1)):
        return None
    city = city_of_adjective(before.group(1))
    city = city if city and names_city(text, city) else ""
    words = kind_match.group().split()
    gender = next((p.tag.gender for w in words for p in models.parses(w.lower())[:1] if p.tag.POS == "NOUN"), "")
    kind_name = inflect_phrase(words, "nomn", ("gent", "loct", "datv", "ablt", "accs"))
    return f"{village_name(before.group(1), gender or '')} {kind_name}", city, not city

def nominative_kind(phrase: str) -> str:
    """A kind phrase in the nominative singular: «средней общеобразовательной школы» → «средняя общеобразовательная
    школа»; abbreviations as written."""
    words, gender = [], ""
    for word in reversed(phrase.split()):  # the head noun's gender first: «детского сада» → «детский сад»
        noun = next((p for p in models.parses(word.lower()) if p.tag.POS == "NOUN"), None)
        if noun and noun.tag.gender:
            gender = noun.tag.gender
            break
    for word in phrase.split():
        if word.isupper():
            words.append(word)
            continue
        found = [p for p in models.parses(word.lower()) if p.tag.POS in ("NOUN", "ADJF")]
        parse = next((p for p in found if p.tag.POS == "NOUN" or not gender or p.tag.gender == gender),
                     found[0] if found else None)
        form = parse.inflect({"nomn", "sing"} | ({gender} if gender and parse.tag.POS == "ADJF" else set())) \
            if parse else None
        words.append(form.word if form else word.lower())
    return " ".join(words)
