"""Shares of a head count by school or place, listed after its colon.

«46 школьников: в гимназии № 6 (15 чел.), школе № 3 – 9 чел., в лицее № 1 и
школе № 18 – по 7 человек», «27 учителей из четырёх городов: Лесозаводска (7),
Артёма (6) и Уссурийска (1)»: every item of the list is a school or a place
(a capitalized name) with its count in brackets or after a dash; «A и B – по 7»
gives 7 to each. One share per school or place, its label the people of the
whole and the school or place («школьники школы № 3», «учителя Лесозаводска»).
A list any item of which is something else (a nomination, a title in quotes,
a number first: «270 – в секциях») is left to the breakdown rules. Lists with
no whole before them count where the sentence says people took part or their
lead names participants («больше всего участников этапа в лицее № 4 (11 чел.),
…»), one school to a line under a «…:» head too; leads naming winners, places
or scores do not.
"""
from __future__ import annotations

import re

ITEM = re.compile(r"^(?P<name>[^()–—]+?)\s*(?:\(\s*(?:около\s+|более\s+)?(?P<paren>\d{1,6})\s*(?P<unit1>[а-яё][а-яё.]*)?"
                  r"(?:\s*,[^()]*)?\s*\)"  # «(13 учеников, занявших 1 места на муниципальном этапе)»: an aside after the unit
                  r"|\s[-–—]\s*(?P<by>по\s+)?(?P<dash>\d{1,6})\s*(?P<unit2>[а-яё][а-яё.]*)?)\s*\.?$", re.IGNORECASE)
LEADING_PREPOSITION = re.compile(r"^(?:в|во|на|из|от)\s+", re.IGNORECASE)
AND = re.compile(r"\s+и\s+")
ITEM_AND = re.compile(r"(?:(?<=\))|(?<=чел\.)|(?<=человек)|(?<=человека))\s+и\s+")  # «… (1) и Большого Камня (1)»
YEAR = re.compile(r"(?:19|20)\d\d")
MAX_NAME_WORDS = 5
MIN_ITEMS = 2


def _segments(text: str, start: int):
    """(start, end) of the comma/semicolon-separated items of text[start:], not splitting inside «» or ()."""
    depth, cut = 0, start
    for pos in range(start, len(text)):
        char = text[pos]
        if char in "«(":
            depth += 1
        elif char in "»)":
            depth = max(0, depth - 1)
        elif char in ",;" and depth == 0:
            yield cut, pos
            cut = pos + 1
    yield cut, len(text)


def _items(text: str, start: int):
    """(start, end) of each list item after `start`: commas, semicolons, and «и» after a completed item."""
    for s, e in _segments(text, start):
        cut = s
        for match in ITEM_AND.finditer(text, s, e):
            yield cut, match.start()
            cut = match.end()
        yield cut, e


def _is_unit(word: str | None) -> bool:
    from svodka.normalizers.counted import _is_people

    return word is None or word.lower().rstrip(".") in ("чел", "человек", "человека") or _is_people(word.rstrip("."))


def _is_name(name: str) -> bool:
    """A school («гимназии № 6», «МБОУ «СОШ № 12»») or a place named by a capitalized word («Большого Камня»)."""
    from svodka.extractors.schools import find_mentions

    if not name or len(re.sub(r"«[^«»]*»", "«»", name).split()) > MAX_NAME_WORDS or name.startswith("«"):
        return False
    mentions = find_mentions(name)
    if mentions:
        return mentions[0]["start"] == 0 and mentions[-1]["end"] >= len(name.rstrip("»")) - 1
    return name[:1].isupper() and not re.search(r"\d", name)


def _genitive(name: str) -> str:
    """A school in the genitive («школе № 3» → «школы № 3»); a place as written (it follows «из N городов:»)."""
    from svodka.normalizers.phrases import inflect_phrase

    words = name.split()
    return inflect_phrase(words, "gent") if words[0][:1].islower() else name


def school_shares(sentence: str, colon: int, people: str, min_items: int = MIN_ITEMS) -> list[dict]:
    """The shares listed after the colon at `colon`: dicts with count, label, start and end (offsets into the
    sentence), or [] unless at least MIN_ITEMS items in a row are schools or places with their counts."""
    out = []
    for s, e in _items(sentence, colon + 1):
        item = sentence[s:e].strip()
        match = ITEM.match(item)
        if not match:
            break
        name = LEADING_PREPOSITION.sub("", match.group("name").strip())
        names = [LEADING_PREPOSITION.sub("", n) for n in AND.split(name)]
        count = match.group("paren") or match.group("dash")
        unit = match.group("unit1") or match.group("unit2")
        if not _is_unit(unit) or unit is None and YEAR.fullmatch(count) or not all(_is_name(n) for n in names):
            break  # «гимназия № 6 (2023)»: a year, not a count
        lead = s + len(sentence[s:e]) - len(sentence[s:e].lstrip())
        number = lead + match.start("paren" if match.group("paren") else "dash")
        each = bool(match.group("by")) and len(names) > 1
        labels = [f"{people} {_genitive(n)}" for n in names] if each else \
            [f"{people} {' и '.join(_genitive(n) for n in names)}"]
        out.extend({"count": int(count), "label": label, "start": number, "end": number + len(count)}
                   for label in labels)
    return out if len(out) >= min_items else []


# Two or more counts in brackets or after a dash: the cheap sign a sentence may hold a list of shares.
LIST_HINT = re.compile(r"\(\s*(?:около\s+|более\s+)?\d{1,6}(?:\s*[а-яё][а-яё.]*)?\s*\)|\s[-–—]\s*(?:по\s+)?\d{1,6}"
                       r"(?:\s*[а-яё][а-яё.]*)?\s*(?=[,;.]|\s+и\s|$)", re.IGNORECASE)
ITEM_AFTER = re.compile(r"»?\s*(?:\(\s*(?:около\s+|более\s+)?\d|[-–—]\s*(?:по\s+)?\d)")
LEAD_STOP = re.compile(r"^(?:в|во|на|из|от|по|среди|для|с|со)$", re.IGNORECASE)
# «Наибольшее количество призёров в гимназии № 6 (15 чел.)», «1-е место – 6 чел.»: results, not attendance.
RESULT_LEAD = re.compile(r"мест[аоу]?\b|балл|(?<![\w-])(?:1|2|3|I{1,3})-?(?:е|го|й)?\s", re.IGNORECASE)


PLACE_WORD = re.compile(r"(?<![\w-])мест[аоу]?\b|балл", re.IGNORECASE)
RANK = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4})(?:-?[еео]|-?го)?\s+мест[оа]\s*(?:[-–—:]|занима\w*|разделил\w*)\s*", re.IGNORECASE)


def lead_people(lead: str) -> str | None:
    """The people a list's lead names, in the nominative («количество участников регионального этапа в» →
    «участники регионального этапа»): the first people noun and its complement up to a preposition; None
    when the lead names results (winners, places, scores), "" when it names no one."""
    from svodka.normalizers.counted import RESULT_NOUNS, _is_people
    from svodka.normalizers.morph import parses
    from svodka.normalizers.phrases import inflect_phrase

    if RESULT_LEAD.search(lead):
        return None
    words = re.findall(r"[А-Яа-яЁё][А-Яа-яЁё-]*|«[^«»]*»|[,–—]", lead)
    if any(p.normal_form in RESULT_NOUNS for w in words for p in parses(w.lower())[:1]):
        return None
    first = next((k for k, w in enumerate(words) if _is_people(w)), None)
    if first is None:
        return ""
    phrase = [words[first]]
    for word in words[first + 1:]:
        if LEAD_STOP.match(word) or not word[:1].isalnum() and word[:1] != "«" or parses(word.lower())[0].tag.POS in ("VERB", "INFN", "PRTS"):
            break
        phrase.append(word)
    return inflect_phrase(phrase, "nomn")


def listed_shares(sentence: str, attended: bool) -> list[dict]:
    """«Наибольшее количество участников в гимназии № 6 (15 чел.), школе № 3 – 9 чел.»: a list of school shares
    with no whole and colon before it, in a sentence about taking part (`attended`: a cue) or whose lead names
    participants; dicts as `school_shares` gives, labelled by the people the lead names, and `after_verb`: the
    schools are the subject or object of a verb before them («… представили МБОУ «СОШ № 25» (17 человек)»)."""
    from svodka.extractors.schools import find_mentions
    from svodka.normalizers.morph import parses

    if len(LIST_HINT.findall(sentence)) < MIN_ITEMS:
        return []
    for mention in find_mentions(sentence):
        if not ITEM_AFTER.match(sentence, mention["end"]):
            continue
        lead = re.split(r"[;()]", sentence[:mention["start"]])[-1]
        people = lead_people(lead)
        if people is None:
            return []
        if not attended and not _participants(people):
            return []
        shares = school_shares(sentence, mention["start"] - 1, people or "участники")
        verb = next((parses(w.lower())[0].tag.POS == "VERB" for w in reversed(re.findall(r"[А-Яа-яЁё-]+", lead))), False)
        return [{**share, "after_verb": verb} for share in shares]
    return []


def _participants(people: str) -> bool:
    from svodka.normalizers.counted import PARTICIPANT_NOUNS
    from svodka.normalizers.morph import parses

    return any(p.normal_form in PARTICIPANT_NOUNS for w in people.split() for p in parses(w)[:1])


def list_head(sentence: str, attended: bool) -> str | None:
    """The people a line ending in a colon names («Количество участников по школам:» → «участники»), when its
    list of schools may follow one to a line («МБОУ СОШ № 3 – 12 человек;»); None when it is no such head."""
    if not sentence.rstrip().endswith(":"):
        return None
    people = lead_people(sentence)
    if people is None or not attended and not _participants(people):
        return None
    return people or "участники"


# «Декоративное творчество (младшие) – 16 чел.»: a line of a list by section or group, its people said
LABELLED = re.compile(r"^\s*(?P<label>[А-ЯЁA-Z«][^–—:;]{2,80}?)\s+[-–—:]\s*(?P<count>\d{1,5})\s*"
                      r"(?P<unit>[а-яё]+\.?)\s*[.;,]?\s*$", re.IGNORECASE)


def line_shares(sentence: str, people: str) -> list[dict]:
    """The share(s) on one line of a list under `list_head`: «гимназия № 1 – 15 человек;», a rank first in a
    ranking of schools («2 место – МОУ «СОШ № 4» (8 учеников);»), a section or group with its people counted
    («Вокал (младшие) – 12 чел.», labelled as written)."""
    rank = RANK.match(sentence)
    if not rank and PLACE_WORD.search(sentence):
        return []  # «Первое место – 3 чел.»: a result
    start = rank.end() - 1 if rank else -1
    shares = school_shares(sentence.rstrip(" \n;,"), start, people, min_items=1)
    if shares or rank or not (line := LABELLED.match(sentence)) or RESULT_LEAD.search(line.group("label")) or \
            not _is_unit(line.group("unit")):
        return shares
    return [{"count": int(line.group("count")), "label": " ".join(line.group("label").split()),
             "start": line.start("count"), "end": line.end("unit")}]
