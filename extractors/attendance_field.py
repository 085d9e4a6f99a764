"""Head counts a report gives without a verb of taking part, in the words of who the field of an event is.

- A verb of what people did there counts its subject only: «Более 400 педагогов … обсудили итоги года»
  is a head count, «обсудили проблемы 300 учителей» is not (`data/attendance_subject_cues.txt`).
- After a head count in the same paragraph, the make-up of that field: «4 педагога имеют высшую
  категорию», «Большую часть конкурсантов составляют …» (`data/attendance_field_cues.txt`); a school
  staff («В школе 40 учителей, 20 имеют высшую категорию») is no field, having no count of attendance before.
- «из 25 участников …»: a noun that says by itself that people took part, after «из», is the whole field
  (not «3 из 25 участников»: a part of it, which the rules for numbers read).
- «Наибольшее число участников, 23 человека, представила Ухта»: a count of people in apposition to «число
  участников» (closed by a comma or bracket), of the place that sent them when a verb of sending names it.
- «Их пять.», «Их было 12»: the people the sentence before named, when they took part (a participant noun
  or a verb of taking part there).
"""
from __future__ import annotations

import re

from svodka.extractors import models
from svodka.normalizers.counted import PARTICIPANT_NOUNS, _is_people
from svodka.normalizers.lines import line_of
from svodka.normalizers.phrases import inflect_phrase
from svodka.normalizers.numbers import find_numbers, find_numeral_words
from svodka.normalizers.wordlists import data_patterns

SUBJECT_CUES = data_patterns("attendance_subject_cues.txt")
FIELD_CUES = data_patterns("attendance_field_cues.txt")
# «Среди участников конкурса – 2 учителя истории, …», «В числе соревнующихся и …»: the people named are part of a
# field by themselves.
AMONG = re.compile(r"\b(?:среди|в\s+числе)\s+(?:(?:всех|[а-яё]+(?:ых|их))\s+)?(?:участни|конкурсант|слушател|делегат|претендент|"
                   r"соревнующ|состязающ)"
                   r"[а-яё]*(?:\s+[а-яё]+(?=\s*[-–—:]))?", re.IGNORECASE)
# «, 5 участников – первую»: the people's noun and a word standing for the like word of the count before
ELLIPSIS = re.compile(r"\s*[-–—]\s*([а-яё]+)\s*(?=[,.;]|$)", re.IGNORECASE)
# Nouns of a competition's field besides PARTICIPANT_NOUNS, by lemma: women's forms and contenders (not finalists,
# who are a result: `data/result_nouns.txt`).
FIELD_NOUNS = PARTICIPANT_NOUNS | {"участница", "конкурсантка", "претендент", "претендентка", "слушательница"}
WHOLE_BEFORE = re.compile(r"(?<![\w-])из\s+(?:(?:более|свыше|около|почти|порядка)\s+)?$", re.IGNORECASE)
NUMBER_BEFORE = re.compile(r"(?:\d|[а-яё]+)\s+$", re.IGNORECASE)  # «3 из», «трое из»: a part of the field
THEIR = re.compile(r"^\W*(?:(?:всего|а|и)\s+)?их\s+(?:(?:было|будет|стало)\s+)?(?:(?:более|свыше|около|почти|порядка)\s+)?"
                   r"(\S+(?:\s+\S+)?)\s*(?:человек\w*\s*)?[.!…]*\s*$", re.IGNORECASE)
APPOSED = re.compile(r"(?<![\w-])(?:[а-яё]+(?:ее|ое|ий|ая)\s+)?(?:количеств|числ)[оа]\s+(?:участник|конкурсант|слушател|делегат|"
                     r"зрител|посетител)\w*(?:\s+[^\s,.;:()–—]+){0,4}\s*[,(]\s*(?:более|около|свыше|почти)?\s*$", re.IGNORECASE)
SENT_BY = re.compile(r"\s*[,)]\s*(?:представил|направил|прислал|выставил|делегировал)[аио]?\s+([А-ЯЁ][а-яё-]+)\s*(?=[.,;]|$)")
LEMMA_WORD = re.compile(r"[А-Яа-яЁё][А-Яа-яЁё-]*")


def subject_cues(sentence: str) -> list:
    return SUBJECT_CUES.finditer(sentence)


def field_cues(sentence: str, field: bool) -> list:
    """«среди участников» always; the make-up of a field only after a head count in the paragraph (`field`)."""
    return [*AMONG.finditer(sentence), *(FIELD_CUES.finditer(sentence) if field else [])]


def _elliptical(rows: list[dict], sentence: str, counted: tuple) -> str | None:
    """«4 педагога имеют высшую категорию, 5 участников – первую»: the label of the count before with its
    like word put back: «участники, имевшие первую квалификационную категорию»."""
    match = ELLIPSIS.match(sentence, counted[2])
    if not rows or not match or not rows[-1]["label"].startswith(rows[-1]["people"]):
        return None
    word = models.parses(match.group(1).lower())[0]
    rest = rows[-1]["label"][len(rows[-1]["people"]):].split(" ")
    for k, old in enumerate(rest):
        parse = models.parses(old.lower())[0] if old else None
        if parse and word.tag.POS == parse.tag.POS == "ADJF" and word.tag.case == parse.tag.case:
            rest[k] = match.group(1).lower()
            return counted[0] + " ".join(rest)
    return None


def field_label(cue, rows: list[dict], sentence: str, counted: tuple, ns: int) -> str | None:
    """The label of a count after a cue of the make-up of a field, or None for any other cue: who they are
    («учителя истории среди участников конкурса»); for «человек», the people between cue and count
    («составляют педагоги со стажем от 10 до 30 лет – 6 человек»)."""
    if not (cue.re is AMONG or cue.re in FIELD_CUES):
        return None
    if counted[1]:
        if (elided := _elliptical(rows, sentence, counted)) is not None:
            return elided
        between = sentence[cue.end():ns].strip(" –—-:,")
        return between if "," not in between and between and _is_people(between.split()[0]) else None
    return f"{counted[0]} {cue.group().lower()}" if cue.re is AMONG else counted[0]


def cues_of(cues: list, subject: list, end: int) -> list:
    """The cues a count ending at `end` may have: every verb of taking part, and a verb of doing after it."""
    after = [m for m in subject if m.start() >= end]
    return sorted(cues + after, key=lambda m: m.start()) if after else cues


def is_field_noun(word: str) -> bool:
    return any(p.normal_form in FIELD_NOUNS for p in models.parses(word.lower())[:2])


def whole_of_field(before: str, noun: str) -> bool:
    """«из 25 участников»: the whole field, not «3 из 25 участников» or «одна из пяти финалисток»."""
    match = WHOLE_BEFORE.search(before)
    if not match or not is_field_noun(noun):
        return False
    earlier = NUMBER_BEFORE.search(before[:match.start()])
    if earlier is None:
        return True
    word = earlier.group().split()[0]
    return not (word.isdigit() or any({"NUMR", "Anum"} & p.tag.grammemes or p.normal_form in ("один", "каждый")
                                      for p in models.parses(word.lower())[:2]))


def apposed_label(before: str, sentence: str, counted: tuple) -> str | None:
    """«Наибольшее число участников, 23 человека, представила Ухта» → «участники от Ухты»; «Число участников
    (40 человек) …» → «число участников»; None when the count is not set apart from its lead."""
    lead = APPOSED.search(before)
    closed = re.match(r"\s*[,)]", sentence[counted[2]:])
    if not lead or not closed or not counted[1]:
        return None
    sent = SENT_BY.match(sentence, counted[2])
    if sent:
        place = inflect_phrase([sent.group(1)], "gent", ("nomn",))
        return f"участники от {place[:1].upper()}{place[1:]}"
    return lead.group().strip(" ,(").lower()


def _people_named(sentence: str) -> str | None:
    """The last noun phrase of people who took part in `sentence`: «участницы конкурса» (noun and its genitive)."""
    words = list(LEMMA_WORD.finditer(sentence))
    for k in range(len(words) - 1, -1, -1):
        if is_field_noun(words[k].group()):
            tail = [w.group() for w in words[k + 1:k + 3]]
            kept = []
            for word in tail:
                readings = models.parses(word.lower())[:2]
                if "gent" not in readings[0].tag or any(p.tag.POS == "VERB" for p in readings):
                    break
                kept.append(word)
            return " ".join([words[k].group().lower(), *kept])
    return None


def their_count(sentence: str, previous: str) -> dict | None:
    """«Их пять.» after a sentence naming participants: (count, label) of them, offsets in `sentence`."""
    match = THEIR.match(sentence)
    if not match or not previous:
        return None
    said = match.group(1)
    numbers = [*find_numbers(said), *find_numeral_words(said)]
    if len(numbers) != 1 or numbers[0][2] - numbers[0][1] < len(said.rstrip(".!… ")):
        return None  # «Их было пять» only: no other word
    people = _people_named(previous)
    if people is None:
        return None
    value, start, end = numbers[0]
    at = match.start(1)
    return {"count": value, "label": people, "start": at + start, "end": at + end, "is_total": False,
            "breakdown": False, "part_of": None, "people": people}


def in_field(out: list[dict], text: str, s0: int) -> bool:
    """A head count was read before this sentence in its paragraph."""
    return bool(out) and out[-1]["start"] >= line_of(text, s0)[0]
