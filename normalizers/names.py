"""Personal names: the nominative case in the person's own gender, initials, ё kept.

pymorphy3 knows common first names and patronymics, and many surnames, but it
guesses unknown surnames from other words («Кроль» → a noun, «Бурхайна» → a man's
first name in the genitive) and writes ё where the document has е. So surnames are inflected
by ending rules here, with gender and case agreed across the words of one
mention (a feminine patronymic makes «Евгения» a woman in the nominative).
"""
from __future__ import annotations

import re


from svodka.normalizers.morph import known, parses


CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
ANY = frozenset((g, c) for g in "mf" for c in CASES)
GENDER_OF_TAG = {"masc": "m", "femn": "f"}

PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ич)(?:а|у|ем|е)?$|(?:овн|евн|ичн|иничн)(?:а|ы|е|у|ой|ою)$")
PATRONYMIC_FORMS = [  # ending of the form -> (ending of the nominative, gender, cases)
    ("вна", "вна", "f", {"nomn"}), ("вны", "вна", "f", {"gent"}), ("вне", "вна", "f", {"datv", "loct"}),
    ("вну", "вна", "f", {"accs"}), ("вной", "вна", "f", {"ablt"}),
    ("чна", "чна", "f", {"nomn"}), ("чны", "чна", "f", {"gent"}), ("чне", "чна", "f", {"datv", "loct"}),
    ("чну", "чна", "f", {"accs"}), ("чной", "чна", "f", {"ablt"}),
    ("ич", "ич", "m", {"nomn"}), ("ича", "ич", "m", {"gent", "accs"}), ("ичу", "ич", "m", {"datv"}),
    ("ичем", "ич", "m", {"ablt"}), ("иче", "ич", "m", {"loct"}),
]

# Surname declensions: ending after the stem -> cases, per gender; the nominative ending comes first.
OBLIQUE = {"gent", "datv", "ablt", "loct"}
POSSESSIVE = {  # Иванов / Иванова, Ильин / Ильина
    "f": [("а", {"nomn"}), ("ой", OBLIQUE), ("у", {"accs"})],
    "m": [("", {"nomn"}), ("а", {"gent", "accs"}), ("у", {"datv"}), ("ым", {"ablt"}), ("е", {"loct"})],
}
ADJECTIVAL = {  # Добровольский / Вишневская
    "f": [("ая", {"nomn"}), ("ой", OBLIQUE), ("ую", {"accs"})],
    "m": [("ий", {"nomn"}), ("ого", {"gent", "accs"}), ("ому", {"datv"}), ("им", {"ablt"}), ("ом", {"loct"})],
}
# (ending of the form, ending of the nominative, gender, cases)
SURNAME_FORMS = [
    (stem + ending, stem + endings[0][0], gender, cases)
    for stems, table in ((("ов", "ев", "ёв", "ин", "ын"), POSSESSIVE), (("ск", "цк"), ADJECTIVAL))
    for stem in stems
    for gender, endings in table.items()
    for ending, cases in endings
]
ADJECTIVE_ENDING = re.compile(r"(?:[оыи]й|ая|ого|ому|ым|ом|ую|ой)$")  # Толстой, Белая, Лановому
INDECLINABLE = re.compile(r"(?:ко|о|их|ых|е|и|у|ю|аго|яго)$")
# The genitive of a surname declined like «Вережа», «Ворожба» (a noun in -а): -и after a hushing or velar
# consonant, -ы after another; read so only when the first name is in the genitive too.
NOUN_GENITIVE = re.compile(r"(?:[жшчщкгх]и|[бвдзлмнпрстф]ы)$")
CONSONANT_END = re.compile(r"[бвгджзйклмнпрстфхцчшщь]$")


def keep_spelling(original: str, new: str) -> str:
    """Write `new` with the document's е/ё and capitals where it shares letters with `original`.

    >>> keep_spelling("Алешина", "алёшин")
    'Алешин'
    >>> keep_spelling("Артем", "артём")
    'Артем'
    """
    out = []
    for i, ch in enumerate(new):
        if i < len(original) and original[i].lower() in "её" and ch in "её":
            ch = original[i].lower()
        out.append(ch)
    text = "".join(out)
    return "-".join(part[:1].upper() + part[1:] for part in text.split("-"))


def surname_readings(word: str) -> dict[tuple[str, str], str]:
    """(gender, case) -> nominative of a surname, by its ending.

    >>> sorted(surname_readings("Ивановой").items())[:1]
    [(('f', 'ablt'), 'Иванова')]
    >>> surname_readings("Воронцова")[("f", "nomn")], surname_readings("Воронцова")[("m", "gent")]
    ('Воронцова', 'Воронцов')
    >>> surname_readings("Мирошниченко")[("m", "datv")]
    'Мирошниченко'
    """
    if "-" in word.strip("-"):
        return _double_readings(word)
    low = word.lower()
    out: dict[tuple[str, str], str] = {}
    for ending, nominative, gender, cases in SURNAME_FORMS:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            for case in cases:
                out.setdefault((gender, case), keep_spelling(word, low[: -len(ending)] + nominative))
    if out:
        return out
    if ADJECTIVE_ENDING.search(low):
        out = _adjectival_readings(word)
        if out:
            return out
    if NOUN_GENITIVE.search(low) and len(low) > 4:  # «Натальи Вережи»: Вережа, in the genitive only
        out = {key: word for key in ANY}
        out.update({(g, "gent"): keep_spelling(word, low[:-1] + "а") for g in "mf"})
        return out
    if INDECLINABLE.search(low):
        return {key: word for key in ANY}
    if CONSONANT_END.search(low):  # «Кроль»: a man's is declined, a woman's is not
        out = {("f", case): word for case in CASES}
        out[("m", "nomn")] = word
        return out
    if low.endswith(("а", "я")):  # «Бурхайна»: declined like a noun, rarely seen oblique
        return {("m", "nomn"): word, ("f", "nomn"): word}
    return {key: word for key in ANY}


def _adjectival_readings(word: str) -> dict[tuple[str, str], str]:
    """A surname declined like an adjective («Толстому», «Белой»): pymorphy3's surname readings when it
    knows the surname, else its adjective readings, each put in the nominative of its own gender.

    >>> _adjectival_readings("Толстому")[("m", "datv")], _adjectival_readings("Белой")[("f", "gent")]
    ('Толстой', 'Белая')
    """
    low = word.lower()
    known = [p for p in parses(low) if "Surn" in p.tag]
    out: dict[tuple[str, str], str] = {}
    for parse in known or [p for p in parses(low) if p.tag.POS == "ADJF"]:
        tag = parse.tag
        if tag.number == "sing" and tag.gender in GENDER_OF_TAG and tag.case in CASES:
            nominative = parse.inflect({"nomn", "sing", tag.gender})
            if nominative is not None:
                out.setdefault((GENDER_OF_TAG[tag.gender], tag.case), keep_spelling(word, nominative.word))
    return out


def _double_readings(word: str) -> dict[tuple[str, str], str]:
    """A double surname declines both parts, in one gender and case: «Иванову-Петрову» is
    Иванова-Петрова (accusative) or Иванов-Петров (dative); an indeclinable part («Белых-») agrees
    with anything.

    >>> _double_readings("Иванову-Петрову")[("f", "accs")]
    'Иванова-Петрова'
    >>> sorted(_double_readings("Белых-Иванова"))[:2]
    [('f', 'nomn'), ('m', 'accs')]
    """
    parts = [surname_readings(part) for part in word.split("-")]
    keys = set(ANY)
    for reading in parts:
        keys &= set(reading)
    return {key: "-".join(reading[key] for reading in parts) for key in keys}


RARE_READING = 0.05


def _name_readings(word: str, grammeme: str) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    readings = [p for p in parses(word) if grammeme in p.tag]
    # a reading the dictionary all but never sees is no reading: «Дмитрия» is Дмитрий's genitive, not a woman's
    # name (its score 0.02); «Александра», a woman's name at 0.08, stays
    readings = [p for p in readings if p.score >= RARE_READING] or readings
    declined = [p for p in readings if "Fixd" not in p.tag]
    for parse in declined or readings:  # «Анне» is Анна's dative, not an indeclinable «Анне»
        tag = parse.tag
        if grammeme in tag and tag.number == "sing" and tag.gender in GENDER_OF_TAG and tag.case in CASES:
            nominative = parse.inflect({"nomn"})
            if nominative is not None:
                out.setdefault((GENDER_OF_TAG[tag.gender], tag.case), keep_spelling(word, nominative.word))
    return out


def given_name_readings(word: str) -> dict[tuple[str, str], str]:
    """(gender, case) -> nominative of a first name, from pymorphy3's dictionary of names.

    >>> given_name_readings("Евгения")[("f", "nomn")], given_name_readings("Евгения")[("m", "gent")]
    ('Евгения', 'Евгений')
    >>> given_name_readings("Алешина")
    {}
    """
    return _name_readings(word, "Name")


def patronymic_readings(word: str) -> dict[tuple[str, str], str]:
    """(gender, case) -> nominative of a patronymic, by its ending.

    >>> patronymic_readings("Геннадьевны")
    {('f', 'gent'): 'Геннадьевна'}
    """
    low = word.lower()
    out = {}
    for ending, nominative, gender, cases in sorted(PATRONYMIC_FORMS, key=lambda f: -len(f[0])):
        if low.endswith(ending):
            for case in cases:
                out[(gender, case)] = keep_spelling(word, low[: -len(ending)] + nominative)
            break
    return out


def is_patronymic(word: str) -> bool:
    """A patronymic by its ending, in any case.

    >>> is_patronymic("Васильевна"), is_patronymic("Иванова"), is_patronymic("Ильич")
    (True, False, True)
    >>> is_patronymic("Петрова-Юшкевич")  # a double surname, never a patronymic
    False
    """
    return bool(PATRONYMIC.search(word.lower())) and "-" not in word.strip("-") and (len(word) > 5 or any(
        "Patr" in p.tag for p in parses(word)))


def is_given_name(word: str) -> bool:
    """A first name in pymorphy3's dictionary (its guesses for unknown words do not count).

    A name's plural only is none («Якубов», the plural genitive of Якуб, is a surname).

    >>> is_given_name("Олеся"), is_given_name("Кондратьева"), is_given_name("Бурхайна"), is_given_name("Якубов")
    (True, False, False, False)
    """
    return known(word.lower()) and any("Name" in p.tag and p.tag.number == "sing" and p.score >= 0.1
                                       for p in parses(word))


def initials(first_name: str = "", patronymic: str = "", first_initial: str = "", patronymic_initial: str = "") -> str:
    """«И.О.» from what is known.

    >>> initials("Сергей"), initials("", "", "Н", "А"), initials()
    ('С.', 'Н.А.', '')
    """
    first = (first_name[:1] or first_initial[:1]).upper()
    middle = (patronymic[:1] or patronymic_initial[:1]).upper()
    if not first:
        return ""
    return f"{first}.{middle + '.' if middle else ''}"


def normalize_name(surname: str = "", first_name: str = "", patronymic: str = "",
                   gender_hint: str = "", case_hint: str = "") -> dict:
    """Nominative parts and gender of one mention, agreeing in gender and case.

    >>> normalize_name("Воронцова", gender_hint="f")["surname"]
    'Воронцова'
    >>> normalize_name("Ивановой", "Марии", "Петровны")
    {'surname': 'Иванова', 'first_name': 'Мария', 'patronymic': 'Петровна', 'gender': 'f'}
    >>> normalize_name("Белозерова", "Василия")["surname"]
    'Белозеров'
    >>> normalize_name("Иванова", case_hint="gent")["surname"]
    'Иванов'
    >>> normalize_name("Лановой", "Сергей", "Петрович")["surname"]
    'Лановой'
    """
    readings = []
    if surname:
        readings.append(surname_readings(surname))
    if first_name:
        readings.append(given_name_readings(first_name) or {key: first_name for key in ANY})
    if patronymic:
        readings.append(patronymic_readings(patronymic) or {key: patronymic for key in ANY})
    keys = set(ANY)
    for reading in reversed(readings):  # the patronymic and first name first: they know their gender
        if set(reading) & keys:
            keys &= set(reading)
    if case_hint and any(c == case_hint for _, c in keys):
        keys = {k for k in keys if k[1] == case_hint}
    if gender_hint and any(g == gender_hint for g, _ in keys):
        keys = {k for k in keys if k[0] == gender_hint}
    key = min(keys, key=lambda k: (CASES.index(k[1]), k[0] != "f")) if keys else ("", "nomn")

    def pick(word, reading):
        return reading.get(key, word) if word else ""

    parts = [surname, first_name, patronymic]
    result = {name: pick(word, reading) for name, word, reading in
              zip(("surname", "first_name", "patronymic"), parts, _align(parts, readings))}
    same_case = {g for g, c in keys if c == key[1]}  # «Шевчук Н.П.»: a man's or a woman's nominative
    result["gender"] = key[0] if len({g for g, _ in keys}) == 1 or gender_hint or len(same_case) == 1 else ""
    return result


def _align(parts, readings):
    it = iter(readings)
    return [next(it) if word else {} for word in parts]


def fold(text: str) -> str:
    """Comparison key: lowercase, ё as е.

    >>> fold("Алёшина")
    'алешина'
    """
    return text.lower().replace("ё", "е")
