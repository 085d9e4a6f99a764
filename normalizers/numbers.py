"""Counts as written in reports: «1 096», «283», «более 6 тысяч», «2,5 тыс.».

Pure functions over strings; table cells and prose share them so a count is
read the same way wherever it appears.
"""
from __future__ import annotations

import functools
import re

from svodka.normalizers.morph import parses

# Cells that mean "no value" rather than zero.
EMPTY_MARKS = {"", "-", "–", "—", "х", "x", "нет", "н/д"}

# A count as a whole cell: digits with thin/normal spaces as thousand groups.
CELL_NUMBER = re.compile(r"^\*{0,2}(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)\*{0,2}\.?(?:\s*(?:чел\.?|человека?))?$",
                         re.IGNORECASE)

MULTIPLIERS = {"тыс": 1000, "тысяч": 1000, "тысячи": 1000, "тысяча": 1000, "млн": 1_000_000,
               "миллион": 1_000_000, "миллиона": 1_000_000, "миллионов": 1_000_000}

# A number in running text, with an optional multiplier word after it.
PROSE_NUMBER = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:,\d+)?)(?![\d])"
    r"(?:\s*(тыс(?:яч[иа]?|\.)?|млн\.?|миллион(?:а|ов)?)(?![а-яё]))?",
    re.IGNORECASE)


def is_empty_cell(text: str) -> bool:
    """True for cells that hold no value: empty, «-», «–».

    >>> is_empty_cell(" - "), is_empty_cell("0")
    (True, False)
    """
    return text.strip().lower() in EMPTY_MARKS


def parse_cell(text: str) -> int | None:
    """The count a table cell holds, or None when the cell is not one number.

    >>> parse_cell("1 096"), parse_cell("0"), parse_cell("-"), parse_cell("103, 31"), parse_cell("25 чел.")
    (1096, 0, None, None, 25)
    """
    match = CELL_NUMBER.match(text.strip())
    if not match:
        return None
    return int(re.sub(r"\D", "", match.group(1)))


def number_value(digits: str, multiplier: str = "") -> int | None:
    """The integer a number and its multiplier word stand for.

    >>> number_value("6", "тысяч"), number_value("2,5", "тыс."), number_value("1 096")
    (6000, 2500, 1096)
    """
    digits = re.sub(r"[ \u00a0\u202f]", "", digits)
    try:
        value = float(digits.replace(",", "."))
    except ValueError:
        return None
    factor = MULTIPLIERS.get(multiplier.lower().rstrip("."), 1) if multiplier else 1
    value *= factor
    return int(value) if value == int(value) else None


def find_numbers(text: str):
    """Yield (value, start, end) for every number in running text.

    >>> [v for v, _, _ in find_numbers("более 6 тысяч учащихся, 907 человек")]
    [6000, 907]
    """
    for match in PROSE_NUMBER.finditer(text):
        value = number_value(match.group(1), match.group(2) or "")
        if value is not None:
            yield value, match.start(), match.end()


# Numeral words a count may be written in («в шести ОУ»), by their lemma.
NUMERAL_WORDS = {w: i for i, w in enumerate(
    "ноль один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать "
    "четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать".split())}
NUMERAL_WORDS.update({"оба": 2, "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7})


def numeral_value(word: str) -> int | None:
    """A count written as digits or as a numeral word in any case («5», «пяти», «четырёх», «двое»).

    >>> numeral_value("5"), numeral_value("пяти"), numeral_value("четырёх"), numeral_value("школах")
    (5, 5, 4, None)
    """
    if word.isdigit():
        return int(word)
    for parse in parses(word.lower()):
        if "NUMR" in parse.tag and parse.normal_form in NUMERAL_WORDS:
            return NUMERAL_WORDS[parse.normal_form]
    return None


# Counts written in words («три педагога», «примут участие шесть человек», «двадцать пять учителей»), by lemma.
NUMBER_LEMMAS = {**NUMERAL_WORDS, **{w: 10 * k for k, w in enumerate(
    "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split(), 2)},
    **{w: 100 * k for k, w in enumerate("сто двести триста четыреста пятьсот шестьсот семьсот восемьсот "
                                         "девятьсот".split(), 1)}}
for _word in ("ноль", "один"):  # «с учётом участия одного школьника в нескольких предметах»: «один» is rarely a count
    NUMBER_LEMMAS.pop(_word)
WORD = re.compile(r"[А-Яа-яЁё]+")


@functools.lru_cache(maxsize=1)
def _numeral_forms() -> dict[str, int]:
    """Every inflected form of the numeral lemmas → its value («трёх» → 3, «двоих» → 2)."""
    forms: dict[str, int] = {}
    for lemma, value in NUMBER_LEMMAS.items():
        reading = next((p for p in parses(lemma) if p.normal_form == lemma and ({"NUMR", "Anum"} & p.tag.grammemes)),
                       None)
        for form in reading.lexeme if reading else ():
            forms.setdefault(form.word.replace("ё", "е"), value)
    return forms


# «более тысячи», «две тысячи пятьсот», «полторы тысячи»: thousands in words. A bare plural «тысячи учителей»
# is no count (thousands of them); after a bound word it is the genitive singular: «более тысячи» is 1000.
THOUSAND = re.compile(r"тысяч(?:а|и|у|ей|е|ью|ам|ами|ах)?", re.IGNORECASE)
ONE_THOUSAND = {"тысяча", "тысячу"}
HALF = re.compile(r"полтор[аы]|полутора", re.IGNORECASE)
BOUND = re.compile(r"(?:более|свыше|около|почти|порядка|менее|больше|меньше)\s+$", re.IGNORECASE)


def find_numeral_words(text: str):
    """Yield (value, start, end) for every count written in words, compounds joined.

    >>> [(v, s, e) for v, s, e in find_numeral_words("участвовали три педагога и двадцать пять учителей")]
    [(3, 12, 15), (25, 27, 40)]
    >>> [v for v, _, _ in find_numeral_words("более тысячи, две тысячи пятьсот, полторы тысячи, тысячи учителей")]
    [1000, 2500, 1500]
    """
    forms = _numeral_forms()
    run = None  # (value, start, end, last part); a half («полторы») waits for its «тысячи»
    for match in WORD.finditer(text):
        word = match.group().lower().replace("ё", "е")
        adjacent = run is not None and not text[run[2]:match.start()].strip()
        if THOUSAND.fullmatch(word):
            if adjacent and run[3] < 1000:
                run = (int(run[0] * 1000), run[1], match.end(), 1000)  # «две тысячи», «полторы тысячи»
                continue
            if run is None and (word in ONE_THOUSAND or BOUND.search(text[:match.start()])):
                run = (1000, match.start(), match.end(), 1000)  # «тысяча участников», «более тысячи»
                continue
        if HALF.fullmatch(word):
            if run is not None and run[0] == int(run[0]):
                yield run[:3]
            run = (1.5, match.start(), match.end(), 1.5)
            continue
        value = forms.get(word)
        joins = adjacent and value is not None and \
            (run[3] == 1000 and value < 1000 or run[3] >= 100 and value < 100 or
             run[3] % 10 == 0 and 20 <= run[3] < 100 and value < 10)
        if joins:
            run = (run[0] + value, run[1], match.end(), value)
            continue
        if run is not None and run[0] == int(run[0]):
            yield run[:3]
        run = (value, match.start(), match.end(), value) if value is not None else None
    if run is not None and run[0] == int(run[0]):
        yield run[:3]
