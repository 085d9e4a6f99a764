"""Schools: kinds, legal forms, numbers and names as plain strings (issue 4).

The vocabulary of kinds is data (`extractors/data/school_kinds.txt`); this
module compiles it once and offers the pure functions that the extractor and
the corpus-wide registry share: what kind a phrase names, which of several
disagreeing kinds wins, how named institutions are matched (rapidfuzz on the
name only: numbers are compared exactly, never fuzzily).
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict

from rapidfuzz import fuzz, utils

from svodka.normalizers.morph import parses
from svodka.normalizers.wordlists import data_lines


# Legal forms by their shape: МБОУ, МАОУ, МКОУ, МБНОУ, НМБОУ, МБ НОУ, КОУ, МБДОУ, ГБПОУ, МБУ ДО, МАОУ ДПО,
# and the regional ones with a region's prefix and «О…У» = «общеобразовательное … учреждение»: КОГОБУ,
# ОГБОУ, КГБОУ, ГАОУ, МОАУ, МОБУ, ЧОУ; any region's letter before «ОГ…»/«КГ…» (областное/краевое государственное):
# ТОГОУ, ТОГБОУ, СОГБОУ. A «Д» before «ОУ» is a preschool, a «П» professional (other);
# «ДО»/«ДОД» after it is additional education, «ДПО» an institute of further training (an organization);
# «МКОО ДО» (… образовательная организация дополнительного образования) too.
FORM_RE = re.compile(
    r"\b(?P<form>[МГЧНКБАО](?:[МГЧНКБАО]|\s(?=Н)){0,4}[ДП]?О[БАКН]?У|М[БАК]?У(?=\s?ДОД?\b)|[МГ][БАК]ОО(?=\s?ДО\b)"
    r"|[А-ЯЁ]{1,2}[ОК]Г[БАК]?[ДП]?О[БАКН]?У)"
    r"(?:\s?(?P<suffix>ДОД|ДО|ДПО|СПО|ВО)\b)?(?!\w)")

# A legal form written out: «Муниципальное бюджетное общеобразовательное учреждение», «Федеральное государственное
# казенное общеобразовательное учреждение», «… учреждение дополнительного образования детей», «государственное
# бюджетное учреждение дополнительного образования».
FULL_FORM_RE = re.compile(
    r"(?P<level>[Мм]униципальн|[Гг]осударственн|[Фф]едеральн|[Чч]астн|[Нн]егосударственн|[Оо]бластн|[Кк]раев"
    r"|[Рр]еспубликанск)\w*\s+(?:(?:бюджетн|автономн|казенн|казённ|государственн|муниципальн|специальн)\w*\s+){0,3}"
    r"(?:(?P<what>общеобразовательн|образовательн|дошкольн)\w*\s+(?:образовательн\w*\s+)?(?:учреждени|организаци)\w*"
    r"(?P<additional>\s+дополнительного\s+образования(?:\s+детей)?)?"
    r"|(?:учреждени|организаци)\w*(?P<plain_additional>\s+дополнительного\s+образования(?:\s+детей)?))")


def full_form_sector(match: re.Match) -> str:
    """The sector a written-out legal form says: additional, preschool, or school («общеобразовательное»)."""
    if match["additional"] or match["plain_additional"]:
        return "additional"
    return {"дошкольн": "preschool", "общеобразовательн": "school"}.get(match["what"], "")


# Most specific first: a special kind beats a gymnasium, which beats a plain СОШ, which beats «школа».
SPECIFICITY = {
    "Спецшкола": 3, "Школа-интернат": 3, "Школа-сад": 3, "Детский дом-школа": 3, "Детский дом": 3,
    "Гимназия": 2, "Лицей": 2,
    "СОШ": 1, "ООШ": 1, "НОШ": 1, "ДОУ": 1, "УДО": 1,
    "Школа": 0, "": 0,
}

NAME_JUNK = re.compile(r"[«»\"'“”„()№.,]|\b(?:имени|им)\b")


@functools.lru_cache(maxsize=1)
def kind_rules() -> list[tuple[str, str, str, bool]]:
    """(pattern, sector, kind, named) rules in file order."""
    rules = []
    for line in data_lines("school_kinds.txt"):
        pattern, sector, kind, flags = (line.split("\t") + ["", "", ""])[:4]  # trailing empty fields are stripped
        rules.append((pattern, sector, kind, "named" in flags))
    return rules


def _wrap(pattern: str) -> str:
    """Lower-case patterns match in any case; abbreviations only as written."""
    return pattern if re.search(r"[А-ЯЁ]", pattern) else f"(?i:{pattern})"


@functools.lru_cache(maxsize=1)
def kind_regex() -> re.Pattern:
    """One regex for every kind phrase; group `k<i>` tells which rule matched."""
    alternatives = [f"(?P<k{i}>{_wrap(p)})" for i, (p, *_rest) in enumerate(kind_rules())]
    # after a hyphen only behind a legal form in capitals: «МОУ-СОШ №16», not «дом-школа»
    # an abbreviation may have its number glued on («МОБУ СОШ1»); a word may not («школа1» is no kind)
    return re.compile(r"(?:(?<![\w-])|(?<=[А-ЯЁ]{2}-))(?:" + "|".join(alternatives)
                      + r")(?:(?![\w])|(?<=[А-ЯЁ]{2})(?=\d))")


def rule_of(match: re.Match) -> tuple[str, str, bool]:
    """(sector, kind, named) of a `kind_regex()` match."""
    _pattern, sector, kind, named = kind_rules()[int(match.lastgroup[1:])]
    return sector, kind, named


def classify(phrase: str) -> tuple[str, str]:
    """(sector, kind) of the first kind phrase in `phrase`; ("", "") when none.

    >>> classify("гимназии 18"), classify("МКОУ «СПЕЦШ № 78»"), classify("детский сад №№ 39 и 53")
    (('school', 'Гимназия'), ('school', 'Спецшкола'), ('preschool', 'ДОУ'))
    >>> classify("Детский дом-школа № 95"), classify("МКОУ «Детский дом № 1»")
    (('school', 'Детский дом-школа'), ('other', 'Детский дом'))
    >>> classify("начальной школе № 3"), classify("КОУ «Школа – сад №235»"), classify("СШ-И № 38")
    (('school', 'НОШ'), ('school', 'Школа-сад'), ('school', 'Школа-интернат'))
    >>> classify("школьный театр")
    ('', '')
    """
    match = kind_regex().search(phrase)
    return rule_of(match)[:2] if match else ("", "")


def form_sector(form: str, suffix: str = "") -> str:
    """Sector implied by a legal form: МБДОУ → preschool, МБУ ДО → additional, МБОУ → school.

    >>> form_sector("МБДОУ"), form_sector("МБУ", "ДО"), form_sector("ГБПОУ"), form_sector("МАОУ")
    ('preschool', 'additional', 'other', 'school')
    >>> [FORM_RE.match(f).group("form", "suffix") for f in ("МАУДО", "МБОУ ДОД", "МБ НОУ", "МНБОУ")]
    [('МАУ', 'ДО'), ('МБОУ', 'ДОД'), ('МБ НОУ', None), ('МНБОУ', None)]
    >>> [FORM_RE.fullmatch(f) is not None for f in ("КОГОБУ", "ОГБОУ", "КГБОУ", "ГАОУ", "МОАУ", "ЧОУ", "ООО", "ОУ")]
    [True, True, True, True, True, True, False, False]
    >>> [FORM_RE.fullmatch(f) is not None for f in ("ТОГОУ", "ТОГБОУ", "СОГБОУ", "ТОУ", "ЕГЭ", "ОГЭ")]
    [True, True, True, False, False, False]
    """
    letters = form.replace(" ", "")
    if suffix in ("ДО", "ДОД"):
        return "additional"
    if suffix in ("ДПО", "СПО", "ВО") or letters.endswith("ПОУ"):
        return "other"
    if letters.endswith("ДОУ"):
        return "preschool"
    return "school"


def default_kind(sector: str) -> str:
    """The kind when only the sector is known (a bare number in a schools column → «Школа»)."""
    return {"school": "Школа", "preschool": "ДОУ", "additional": "УДО"}.get(sector, "")


def best_kind(kinds) -> str:
    """The kind of one institution from its mentions: most specific, then most frequent.

    `kinds` holds kinds or (kind, weight) pairs; «Школа» counts only when nothing says more.

    >>> best_kind(["СОШ", "СОШ", "ООШ", "Школа"]), best_kind(["СОШ", "Спецшкола"])
    ('СОШ', 'Спецшкола')
    >>> best_kind(["Гимназия", "Гимназия", "Лицей"]), best_kind(["Школа", "Школа"]), best_kind([])
    ('Гимназия', 'Школа', '')
    """
    weights: dict[str, float] = defaultdict(float)
    order: dict[str, int] = {}
    for item in kinds:
        kind, weight = item if isinstance(item, tuple) else (item, 1.0)
        if kind:
            weights[kind] += weight
            order.setdefault(kind, len(order))
    if not weights:
        return ""
    return max(weights, key=lambda k: (SPECIFICITY.get(k, 1), weights[k], -order[k]))


def split_numbers(text: str) -> list[tuple[str, int, int]]:
    """Numbers of a list cell («103, 31, 16», «7, 4», «33,») with offsets; [] for anything else.

    >>> [n for n, _, _ in split_numbers("103, 31, 16")], split_numbers("-"), split_numbers("Итого 5")
    (['103', '31', '16'], [], [])
    """
    if not re.fullmatch(r"\s*№{0,2}\s*\d{1,4}(?:\s*(?:,|;|и)\s*\d{1,4})*\s*[,;.]?\s*", text or ""):
        return []
    return [(m.group(), m.start(), m.end()) for m in re.finditer(r"\d{1,4}", text)]


def nominative_phrase(phrase: str) -> str:
    """First word of a name phrase back to the nominative, capitalized.

    >>> nominative_phrase("Дворце творчества"), nominative_phrase("дома детского творчества")
    ('Дворец творчества', 'Дом детского творчества')
    """
    words = phrase.split()
    if not words:
        return ""
    readings = [p for p in parses(words[0]) if "NOUN" in p.tag] or parses(words[0])
    head = readings[0].inflect({"nomn", "sing"}) if readings else None
    if words[0].isupper():
        return " ".join(words)  # «СЮТ» stays an abbreviation
    first = head.word if head else words[0].lower()
    return " ".join([first[:1].upper() + first[1:], *words[1:]])


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Spelling-independent key of a proper name: case, ё, quotes, «им.»/«имени» and spaces removed.

    >>> name_key("ГДД(Ю)Т им. Н.К. Крупской") == name_key("гддют имени Н. К. Крупской")
    True
    """
    text = NAME_JUNK.sub(" ", str(name or "").lower().replace("ё", "е"))
    return " ".join(text.split()).replace(" ", "")


def same_name(a: str, b: str) -> bool:
    """Whether two names of one sector and city denote one institution (rapidfuzz, default_process).

    A bare kind word («Лицей») is the same as a fuller name that starts with it
    («Лицей имени А.Г. Баженова»); otherwise names must be near-identical.

    >>> same_name("Лицей", "Лицей имени А.Г. Баженова"), same_name("Гимназия", "Лицей имени А.Г. Баженова")
    (True, False)
    >>> same_name("ГДД(Ю)Т им. Н.К. Крупской", "ГДДЮТ им. Н. К. Крупской"), same_name("Колосок", "Ягодка")
    (True, False)
    """
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb or is_abbreviation(a, b) or is_abbreviation(b, a):
        return True
    short, long_ = sorted((a, b), key=lambda s: len(name_key(s)))
    if len(short.split()) == 1 and classify(short)[1] and name_key(long_).startswith(name_key(short)) \
            and "«" not in long_:  # «ЦДО» and «ЦДО «Надежда»» are two centres
        return True
    return fuzz.ratio(a, b, processor=utils.default_process) >= 92


def is_abbreviation(short: str, name: str) -> bool:
    """Whether `short` is the initials of `name`'s words: «СЮТ» of «станция юных техников», «ДЮСШ» of
    «Детско-юношеская спортивная школа» (hyphenated parts count; «и» may be left out).

    >>> is_abbreviation("СЮТ", "станция юных техников"), is_abbreviation("ДДТ", "Дворец творчества")
    (True, False)
    """
    if not re.fullmatch(r"[А-ЯЁ]{2,}(?:и[А-ЯЁ]+)?", short.strip()):
        return False
    words = [w for w in re.split(r"[\s-]+", name) if w]
    letters = "".join(w[0] for w in words).upper()
    return short.strip().upper() in (letters, "".join(w[0] for w in words if w.lower() != "и").upper())


def reconcile_names(names) -> dict[str, str]:
    """Map each name to the canonical name of its cluster (the fullest spelling, then the most frequent).

    A bare kind word joins a fuller name only when exactly one fuller name fits.

    >>> m = reconcile_names(["Гимназия", "Лицей имени А.Г. Баженова", "Лицей", "Гимназия"])
    >>> m["Лицей"], m["Гимназия"]
    ('Лицей имени А.Г. Баженова', 'Гимназия')
    """
    names = [n for n in names if n]
    counts: dict[str, int] = defaultdict(int)
    for n in names:
        counts[n] += 1
    distinct = sorted(counts, key=lambda n: (-len(name_key(n)), -counts[n], n))
    canonical: dict[str, str] = {}
    # names of one cluster start alike (a spelling, a bare kind word, an abbreviation's initial): compared only
    # within a bucket of their first letter, and with a bounded number of clusters, so that a document listing
    # thousands of named institutions stays linear
    buckets: dict[str, list[str]] = defaultdict(list)
    for name in distinct:
        bucket = buckets[name_key(name)[:1]]
        matches = [c for c in bucket[:MAX_CLUSTERS] if same_name(name, c)]
        canonical[name] = matches[0] if len(matches) == 1 else name
        if canonical[name] == name:
            bucket.append(name)
    return canonical


MAX_CLUSTERS = 50


# A place adjective as written: «Среднекибечская», «Левенской», «М-Щербединская», «Усть-Цилемской».
PLACE_ADJECTIVE = re.compile(
    r"[А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё][а-яё]+)*(?:ск|цк)(?:ая|ой|ую|ою|ий|ого|ому|им|ом|ое|ие|их|ими|ых|ей)")


NOMINATIVE_ENDINGS = {"ой": "ая", "ую": "ая", "ою": "ая", "ого": "ий", "ому": "ий", "им": "ий", "ом": "ий", "ей": "ая"}


@functools.lru_cache(maxsize=1)
def _not_places() -> tuple[str, ...]:
    return tuple(data_lines("not_place_adjectives.txt"))


@functools.lru_cache(maxsize=4096)
def village_name(word: str, gender: str = "") -> str:
    """The nominative of the place adjective a rural school is named by («Левенской» школы → «Левенская»), in
    the `gender` of the kind it names («femn» for a школа, «masc» for a лицей; "" keeps a nominative as written);
    "" for a word that names no place («Всероссийской», «Педагогической», «Кировск»).

    >>> village_name("Левенской", "femn"), village_name("Айлинская"), village_name("Суджанский")
    ('Левенская', 'Айлинская', 'Суджанский')
    >>> village_name("М-Щербединская")
    'М-Щербединская'
    >>> village_name("Левенской")  # no kind's gender given: the first reading's nominative
    'Левенская'
    >>> village_name("Всероссийской"), village_name("Педагогическая"), village_name("средней")
    ('', '', '')
    """
    if word.isupper() and len(word) > 4:
        word = "-".join(part.capitalize() for part in word.split("-"))  # «МОУ-НОВОЩАПОВСКАЯ СОШ»
    if not PLACE_ADJECTIVE.fullmatch(word):
        return ""
    low = word.lower().replace("ё", "е")
    if re.search(r"ическ\w*$", low) or low.startswith(_not_places()):
        return ""
    found = [p for p in parses(word)[:6] if "ADJF" in p.tag]
    if any("nomn" in p.tag and (not gender or gender in p.tag or "plur" in p.tag) for p in found):
        return word
    for parse in sorted(found, key=lambda p: bool(gender) and gender not in p.tag):  # the kind's: «Луговской школы»
        form = parse.inflect({"nomn", gender, "sing"} if gender and "sing" in parse.tag else {"nomn"})
        if form:
            name = form.word if "ё" in word.lower() else form.word.replace("ё", "е")  # «Озерской» stays «Озерская»
            return "-".join(a[:1] + b[len(a[:1]):] for a, b in zip(word.split("-"), name.split("-"))) \
                if name.count("-") == word.count("-") else name[:1].upper() + name[1:]
    # pymorphy3 knows some only as surnames («Боровинская»): the nominative by the ending
    ending = re.search(r"(?:ск|цк)(\w+)$", word).group(1)
    return word[:len(word) - len(ending)] + NOMINATIVE_ENDINGS.get(ending, ending)


# Lower-case adjectives between a village's adjective and the kind: «санаторная», «общеобразовательная».
KIND_QUALIFIER = re.compile(r"(?:(?:санаторн|общеобразовательн|специальн|коррекционн|оздоровительн)\w*\s+){1,2}")


def village_of_name(name: str) -> str:
    """A quoted name made of a place adjective and a kind («Шихазанская СОШ им. М. Сеспеля», «Будогощская средняя
    школа») → the adjective alone, the school's key without its honorific; "" for other names.

    >>> village_of_name("Шихазанская СОШ им. М. Сеспеля"), village_of_name("Махновская СОШ"), village_of_name("Колосок")
    ('Шихазанская', 'Махновская', '')
    >>> village_of_name("Городская классическая гимназия"), village_of_name("Суджанская школа-интернат")
    ('', 'Суджанская')
    >>> village_of_name("Луговская гимназия г. Каменска")
    'Луговская'
    >>> village_of_name("Луговская санаторная школа-интернат"), village_of_name("Луговской детский дом им. А.Б. Ветрова")
    ('Луговская', 'Луговской')
    """
    words = name.split()
    if len(words) < 2 or not (adjective := village_name(words[0])):
        return ""
    rest = " ".join(words[1:])
    kind = kind_regex().match(rest)
    if not kind and (between := KIND_QUALIFIER.match(rest)):  # «Красносвободненская санаторная школа-интернат»
        kind = kind_regex().match(rest, between.end())
    if not kind or rule_of(kind)[0] != "school" and rule_of(kind)[1] != "Детский дом":
        return ""
    tail = rest[kind.end():].strip()
    return adjective if not tail or re.match(r"(?:им\.|имени\s|г\.\s*[А-ЯЁ])", tail) else ""  # «… г. Благовещенска»

