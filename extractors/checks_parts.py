"""Checks of a prose count against its parts: listed after a colon, by form, by kind, or before a total."""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from svodka.extractors import models
from svodka.extractors.checks_shared import (
    ANYONE, SUBSET_HEADER, _add, _lemma, _people_lemma, _sentence_bounds, _sentence_of,
)
from svodka.extractors.records import doc_text, records
from svodka.normalizers.numbers import find_numbers, number_value
from svodka.normalizers.sentences import sentences


# Kinds a count's sentence enumerates: «с золотым и серебряным знаком», «золотой, серебряной и бронзовой»,
# degrees «I и II степени»; the parts that follow are named by them.
ADJECTIVE = r"[а-яё]+(?:ым|им|ой|ей|ых|их|ый|ий|ая|яя|ое|ее|ые|ие)"
KINDS = re.compile(rf"\b{ADJECTIVE}(?:\s*,\s*{ADJECTIVE})*\s+и\s+{ADJECTIVE}\b", re.IGNORECASE)
DEGREE_WORDS = r"(?:степен|категори|уровн|мест[ао]?\b)"
DEGREE_NUMERAL = r"(?:[IVX]+|\d{1,2})(?:-?[а-яё]{1,3})?"
DEGREES = re.compile(rf"\b({DEGREE_NUMERAL}(?:\s*,\s*{DEGREE_NUMERAL})*\s+и\s+{DEGREE_NUMERAL})\s+{DEGREE_WORDS}")
DEGREE = re.compile(rf"^\s*({DEGREE_NUMERAL})\s+{DEGREE_WORDS}", re.IGNORECASE)
ROMAN = {"I": 1, "V": 5, "X": 10}
NUMBER = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+"
COUNTED = r"(?:\s+[а-яё]+\.?)?"  # «– 23 выпускника», «(142 чел.)»
# A part named before its count: «Золотой знак … – 23 выпускника», «II степени (41)».
NEXT_PART = re.compile(rf"(?:^\s*|[.,;:]\s*)(?P<name>(?:{DEGREE_NUMERAL}\s+)?[А-ЯЁа-яё]+)\b[^.;:()]*?"
                       rf"(?:\s[-–—]\s*(?P<dash>{NUMBER})\s+[а-яё]+|\(\s*(?P<paren>{NUMBER}){COUNTED}\s*\))")
# One item of a list after a colon: a name, then its count after a dash or in parentheses, nothing else.
LIST_ITEM_COUNT = re.compile(rf"^\s*(?P<name>(?:{DEGREE_NUMERAL}\s+)?[А-Яа-яЁё«][^()\d–—:]*?)\s*"
                             rf"(?:(?:\s[-–—]|[–—])\s*(?P<dash>{NUMBER}){COUNTED}"
                             rf"|\(\s*(?P<paren>{NUMBER}){COUNTED}\s*\))\s*$")
# A count right before a colon: «награждены 187 выпускников:».
COUNT_BEFORE_COLON = re.compile(rf"(?<![\d.,])(?P<count>{NUMBER})\s+(?P<word>[а-яё]+)"
                                rf"(?:\s+[А-Яа-яЁё«»\"-]+){{0,2}}\s*:")
# A head count, then a list in brackets, after a comma or «из них»: «164 участника (очно – 97, …».
MODE_LIST_START = re.compile(rf"(?<![\d.,])(?P<count>{NUMBER})\s+(?P<word>[а-яё]+)[^.;:()\d]{{0,80}}?"
                             rf"(?:\s*(?P<bracket>\()|,)\s*(?:(?:из\s+них|в\s+том\s+числе)\s*:?\s*)?(?=[а-яё])",
                             re.IGNORECASE)
# «В 2024 году:», «на 15 марта:», «к 10 часам:» are not counts of what a list breaks down.
NOT_COUNTED_WORD = re.compile(r"^(?:год|г|гг|час|ч|мин|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|"
                              r"октябр|ноябр|декабр|балл|процент|руб)", re.IGNORECASE)
MIN_PARTS = 2
TOTAL_WORD = re.compile(r"\b(?:всего|итого|в\s+общей\s+сложности|в\s+целом)\b", re.IGNORECASE)
LIST_COMMA = re.compile(r"[,;]")
LIST_AND = re.compile(r"\s+и\s+")

SHARE = re.compile(r"%|процент", re.IGNORECASE)

PARTS_LOOKAHEAD = 3  # sentences after a total searched for its parts

GROUPS_BEFORE = 50  # sentences of counted groups before a total that it is compared with (the same, for totals)


def _modes(items: list[dict]) -> bool:
    """Parts named each by another form of attendance («из них 97 – очно, 58 – дистанционно»): together
    they are the whole, as the parts after a colon are."""
    from svodka.extractors.attendance_labels import MODE

    found = [MODE.search(a["label"]) for a in items]
    return all(found) and len({m.group().lower() for m in found}) == len(found)


def check_prose_breakdowns(doc: Doc) -> None:
    """«450 человек: 270 – в секциях, 180 – на пленарном заседании»: the parts against the whole; parts after
    «из них» only when each names another form of attendance (очно, дистанционно): other «из них» parts may
    leave people out, and so may parts given with their shares («учителя – 70 (58 %), …»)."""
    text = doc_text(doc)
    prose = [a for a in records(doc, "attendance") if a["source"] == "prose"]
    by_row = {a["row"]: a for a in prose}
    parts: dict[int, list[dict]] = {}
    for count in prose:
        if count.get("part_of_row") in by_row:
            parts.setdefault(count["part_of_row"], []).append(count)
    for row, items in parts.items():
        whole = by_row[row]
        if not all(a.get("partition") for a in items) and not _modes(items) or \
                SHARE.search(text, whole["char_end"], _sentence_bounds(text, items[-1]["char_end"])[1]):
            continue
        computed = sum(a["count"] for a in items)
        if len(items) >= 2 and computed != whole["count"]:
            _add(doc, whole["char_start"], items[-1]["char_end"], "sum_mismatch",
                 f"{whole['label']}: {whole['count']} = " + " + ".join(str(a["count"]) for a in items),
                 whole["count"], computed, "части не складываются в целое")


def _part_key(name: str):
    """What a part is named by: its degree («II степени» → 2) or the lemma of its first word («Золотой» → золотой)."""
    degree = DEGREE.match(name)
    if degree:
        return _numeral(degree.group(1))
    word = re.match(r"[А-Яа-яЁё]+", name.strip(" «\""))
    return _lemma(word.group()) if word else None


def _numeral(text: str) -> int:
    """«II» → 2, «3» → 3, «3-й» → 3.

    >>> _numeral("IV"), _numeral("3-й")
    (4, 3)
    """
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    values = [ROMAN[c] for c in text.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _named_kinds(sentence: str):
    """(kinds, end) the sentence enumerates before its count: «золотым и серебряным» → {золотой, серебряный},
    «I и II степени» → {1, 2}; None when it names fewer than two."""
    found = DEGREES.search(sentence)
    if found:
        return {_numeral(n) for n in re.findall(r"[IVX]+|\d+", found.group(1))}, found.end()
    found = KINDS.search(sentence)
    if found:
        return {_lemma(w) for w in re.findall(r"[А-Яа-яЁё]+", found.group()) if w.lower() != "и"}, found.end()
    return None


def _split_outside(text: str, separator: re.Pattern) -> list[str]:
    """`text` cut at `separator` where it stands outside brackets and quotes: the names of a list keep their
    own commas and «и» («Профилактика и психолого-педагогическое сопровождение» (66) и …).

    >>> _split_outside("«А и Б» (6) и В (7)", re.compile(r"\\s+и\\s+"))
    ['«А и Б» (6)', 'В (7)']
    """
    pieces, depth, last, depths = [], 0, 0, []
    for char in text:
        depth += 1 if char in "«(" else -1 if char in "»)" else 0
        depths.append(depth)
    for match in separator.finditer(text):
        if depths[match.start()] <= 0:
            pieces.append(text[last:match.start()])
            last = match.end()
    return pieces + [text[last:]]


def _list_items(tail: str) -> list[re.Match] | None:
    """The item matches (`LIST_ITEM_COUNT`) of every item of a list after a colon («I степени – 142, II степени –
    41»), or None when one item is something else (a count first, a percentage, «из них …»)."""
    items = [i for i in _split_outside(tail.strip().rstrip(".").strip(), LIST_COMMA) if i.strip()]
    out = []
    for item in items:
        pieces = [item] if LIST_ITEM_COUNT.match(item) else _split_outside(item, LIST_AND)  # «очно (97) и заочно (58)»
        for piece in pieces:
            match = LIST_ITEM_COUNT.match(piece)
            if not match or SUBSET_HEADER.match(match.group("name")):
                return None
            out.append(match)
    return out


def _listed_parts(tail: str) -> list[tuple[str, int]] | None:
    """(name, count) of every item of a list after a colon, or None (`_list_items`)."""
    items = _list_items(tail)
    if items is None:
        return None
    return [(m.group("name").strip(), number_value(m.group("dash") or m.group("paren"))) for m in items]


def _parts_after_colon(sentence: str):
    """(stated, parts) of «награждены 187 выпускников: I степени – 142, II степени – 41»."""
    stated = COUNT_BEFORE_COLON.search(sentence)
    if not stated or NOT_COUNTED_WORD.match(stated.group("word")):
        return None
    parts = _listed_parts(sentence[stated.end():])
    if not parts or len(parts) < MIN_PARTS or any(v is None for _, v in parts):
        return None
    return number_value(stated.group("count")), [v for _, v in parts]


def _parts_by_mode(sentence: str):
    """(stated, parts) of a head count whose parts are named by forms of attendance, in brackets, after a
    comma or «из них»: «164 участника (очно – 97, дистанционно – 58)», «…, из них очно – 97, заочно – 58»,
    «…, очно (97) и дистанционно (58)». Forms split the whole; other names there may list only some of it."""
    from svodka.normalizers.counted import _is_people
    from svodka.extractors.attendance_labels import MODE

    for start in MODE_LIST_START.finditer(sentence):
        if not _is_people(start.group("word")):
            continue
        tail = sentence[start.end():]
        tail = tail.split(")", 1)[0] if start.group("bracket") else tail
        parts = _listed_parts(tail)
        if not parts or len(parts) < MIN_PARTS or any(v is None for _, v in parts):
            continue
        modes = [MODE.search(name) for name, _ in parts]
        if all(modes) and len({m.group().lower() for m in modes}) == len(modes):
            return number_value(start.group("count")), [v for _, v in parts]
    return None


def _parts_in_next_sentences(sentence: str, following: list[str]):
    """(stated, parts) of a count after named kinds («с золотым и серебряным знаком … 38 человек»)
    whose parts the next sentences give by those names («Золотой знак – 23 выпускника, Серебряный … – 6 человек»)."""
    named = _named_kinds(sentence)
    if not named:
        return None
    wanted, after = named
    numbers = [v for v, s, e in find_numbers(sentence) if s >= after]
    if len(numbers) != 1:
        return None
    found = {}
    for text in following:
        for part in NEXT_PART.finditer(text):
            key = _part_key(part.group("name"))
            if key in wanted and key not in found:
                found[key] = number_value(part.group("dash") or part.group("paren"))
    if len(found) != len(wanted) or None in found.values():
        return None
    return numbers[0], list(found.values())


def check_prose_parts(doc: Doc) -> None:
    """A prose count against its parts named by kinds or degrees: listed after a colon in the same
    sentence («187 выпускников: I степени – 142, II степени – 41»), or in the next sentences by the kinds
    the count's sentence enumerates («золотым и серебряным знаком … 38 человек. Золотой … – 23, …»).
    Written only when every part is found and they do not add up."""
    text = doc_text(doc)
    for paragraph in re.finditer(r"[^\n]+", text):
        found_sentences = [(s, text[s:e]) for s, e in sentences(text, paragraph.start(), paragraph.end())]
        for k, (start, sentence) in enumerate(found_sentences):
            following = [t for _, t in found_sentences[k + 1:k + 1 + PARTS_LOOKAHEAD]]
            found = _parts_after_colon(sentence) or _parts_by_mode(sentence) or \
                _parts_in_next_sentences(sentence, following)
            if not found:
                continue
            stated, parts = found
            computed = sum(parts)
            if stated is not None and len(parts) >= MIN_PARTS and computed != stated:
                _add(doc, start, start + len(sentence), "sum_mismatch",
                     f"{sentence.strip()[:120]} — {' + '.join(str(v) for v in parts)} = {computed}",
                     stated, computed, "названные по видам части не складываются в указанное число")


def check_total_of_groups(doc: Doc) -> None:
    """A later total of the groups counted together before («приняли участие 1 356 обучающихся и 214 педагогов»
    … «Итого участниками стали 1 590 человек (обучающиеся и педагоги)»): the total against their sum, when the
    total's sentence names every group."""
    text = doc_text(doc)
    prose = [a for a in records(doc, "attendance") if a["source"] == "prose" and not a.get("part_of_row")]
    by_sentence: dict[int, list[dict]] = {}
    for count in prose:
        by_sentence.setdefault(_sentence_bounds(text, count["char_start"])[0], []).append(count)
    groups = []  # (sentence start, counts, people): two or more counts of different people
    for start, group in sorted(by_sentence.items(), key=lambda item: item[0]):
        people = [_people_lemma(a["text"]) for a in group]
        if len(group) < 2 or not all(people) or len(set(people)) < len(people) or any(
                SUBSET.search(text[a["char_end"]:b["char_start"]]) for a, b in zip(group, group[1:])):
            continue  # not «457 человек, из них 112 молодых педагогов»: a part, not another group
        groups.append((start, group, set(people)))
    starts = [start for start, _, _ in groups]
    for total in (a for a in prose if a["is_total"]):
        named = {_lemma(w) for w in re.findall(r"[А-Яа-яЁё]+", _sentence_of(text, total["char_start"]))}
        before = bisect.bisect_left(starts, total["char_start"])
        for start, group, people in groups[max(0, before - GROUPS_BEFORE):before]:
            if total in group or not people <= named:
                continue
            computed = sum(a["count"] for a in group)
            if computed != total["count"]:
                _add(doc, group[0]["char_start"], total["char_end"], "sum_mismatch",
                     f"{total['label']}: {total['count']}, а " + " + ".join(str(a["count"]) for a in group) +
                     f" = {computed}", total["count"], computed, "итог не равен сумме групп, перечисленных перед ним")


def _counted_word(item: re.Match) -> str:
    """The word after an item's count («(40 участников)» → «участников»), "" for a bare count («(30)»)."""
    word = re.match(r"\s+([а-яё]+)", item.string[item.end("dash") if item.group("dash") else item.end("paren"):])
    return word.group(1) if word else ""


def _named_list(sentence: str):
    """(head lemma, counts, counted word) of a list of named things with their people after a colon that has no
    count before it: «прошли три секции: «Наука» (40 участников), «…» (30) и «…» (20)»
    → («секция», [40, 30, 20], «участник»)."""
    from svodka.normalizers.counted import _is_people

    colon = sentence.find(":")
    head = re.search(r"([А-Яа-яЁё]+)\s*$", sentence[:colon]) if colon > 0 else None
    if not head or any(find_numbers(sentence[:colon])) or SHARE.search(sentence):
        return None
    items = _list_items(sentence[colon + 1:])
    if not items or len(items) < MIN_PARTS:
        return None
    words = {_lemma(w) for w in map(_counted_word, items) if w}
    if len(words) > 1 or any(not _is_people(w) for w in words):
        return None  # «(12 докладов)»: not people
    parse = models.parses(head.group(1).lower())[0]
    if "NOUN" not in parse.tag:
        return None
    counts = [number_value(m.group("dash") or m.group("paren")) for m in items]
    return parse.normal_form, counts, next(iter(words), "")


def _later_total(sentence: str, head: str, counted: str):
    """The count of a total sentence naming the list's head («Итого в секциях работали 95 человек»), of the
    same people as the list's items (or anyone), or None."""
    from svodka.normalizers.counted import _is_people

    total = TOTAL_WORD.search(sentence)
    if not total or head not in {_lemma(w) for w in re.findall(r"[А-Яа-яЁё]+", sentence)}:
        return None
    for count in re.finditer(rf"(?<![\d.,])(?P<count>{NUMBER})\s+(?P<word>[а-яё]+)", sentence[total.end():]):
        if _is_people(count.group("word")):
            people = _lemma(count.group("word"))
            same = not counted or people == counted or bool(ANYONE & {people, counted})
            return number_value(count.group("count")) if same else None
    return None


def check_named_list_totals(doc: Doc) -> None:
    """A list of named parts with their people after a colon («прошли три секции: «…» (40 участников), «…»
    (30) и «…» (20)»), against a total of them in one of the next sentences, in its paragraph or the next ones
    up to a heading («Итого в секциях работали 95 человек»): the sentence says «всего» or
    «итого», names the list's head noun and counts the same people."""
    text = doc_text(doc)
    found = [(s, e) for s, e in sentences(text) if text[s:e].strip()]
    for k, (start, end) in enumerate(found):
        listed = _named_list(text[start:end])
        if not listed:
            continue
        head, counts, counted = listed
        for s, e in found[k + 1:k + 1 + PARTS_LOOKAHEAD]:
            following = text[s:e]
            if not re.search(r"[.!?;:…]$", following.strip()):
                break  # a heading: another part of the report
            stated = _later_total(following, head, counted)
            if stated is None:
                continue
            computed = sum(counts)
            if stated != computed:
                _add(doc, start, e, "sum_mismatch",
                     f"«{following.strip()[:120]}», а {' + '.join(map(str, counts))} = {computed}",
                     stated, computed, "части, перечисленные перед итогом, не складываются в него")
            break


SUBSET = re.compile(r"из\s+них|в\s+том\s+числе|в\s+т\.\s*ч", re.IGNORECASE)
