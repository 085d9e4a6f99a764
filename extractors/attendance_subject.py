"""A head count of participants with no verb of taking part, told by where it stands.

- Opening its sentence as the subject: «120 участников слёта провели мастер-классы». A number of participants
  (`PARTICIPANT_NOUNS`) first in a sentence, with a verb after it, counts the people an event had; a clause that
  says what some of them won or failed («3 участника стали победителями», «2 конкурсанта не явились») counts a
  result, not attendance, unless the count is set out as a field first: «22 участника, среди которых …».
- In a sentence with no verb at all, a headline's tally: «12 площадок и 300 участников.», or a title's
  («Секция «Робототехника» (24 участника).»: labelled by the title).
- People said to be participants after a dash: «36 педагогов района – участников конкурса, …».
- Who a bare «N человек» are, named after a dash: «35 чел. – представители других районов» (`named_after_dash`).
- Set in apposition by «это»: «делегация школы, а это 23 участника, отправилась …».
- The object of a transitive verb in the singular, whose subject is the event or body before it: «Конкурс
  принял 54 участника», «Министерство направило на съезд 3 участников». A count of people cannot be the subject of
  a verb in the masculine or feminine singular; one in the neuter or present tense needs a subject noun of its
  own before it that it agrees with.
"""
from __future__ import annotations

import re

from svodka.extractors import models
from svodka.normalizers.counted import PARTICIPANT_NOUNS, _is_people
from svodka.normalizers.phrases import inflect_phrase

# what may stand before the count: nothing, an opening quote or a bound
OPENS = re.compile(r"^\W*(?:(?:более|свыше|около|почти|порядка)\s+)?$", re.IGNORECASE)
# a result of some of the field, or a field that did not come
RESULT_CLAUSE = re.compile(r"побед|при[зз]ер|призёр|лауреат|дипломант|финал|наград|диплом|грамот|балл|мест[оа]?\b|"
                           r"дисквалиф|не\s+яви|не\s+приш|не\s+прибы|выбыл|отсе|не\s+прош|не\s+смог|отказал",
                           re.IGNORECASE)
FIELD_SET_OUT = re.compile(r"\s*,\s*среди\s+(?:них|которых)\b", re.IGNORECASE)  # «22 участника, среди которых …»
# «… – участников конкурса»: the people counted are a field (who they are may come between)
DASHED_PARTICIPANTS = re.compile(r"[^,.;:()«»–—]{0,80}?\s[-–—]\s*((?:участник|конкурсант|делегат|слушател)\w*"
                                 r"(?:\s+[^\s,.;:()–—]+){0,6})", re.IGNORECASE)
TITLED = re.compile(r"^[\s*•–—-]*([^()]*?[\w»\"])\s*\(\s*(?:(?:более|свыше|около|почти|порядка)\s+)?$", re.IGNORECASE)
VERB_TAGS = ("VERB", "INFN", "PRTS", "GRND")
# the word right before a count, a bound between: the verb whose object the count may be
VERB_BEFORE = re.compile(r"([А-Яа-яЁё]+)\s+(?:(?:в|во|на|из|от|для)\s+[А-Яа-яЁё-]+\s+)?"  # «направило на форум 4 …»
                         r"(?:(?:более|свыше|около|почти|порядка|всего|уже)\s+)?$", re.IGNORECASE)
APPOSED = re.compile(r"(?<![а-яё])это\s+(?:(?:более|свыше|около|почти|порядка|всего)\s+)?$", re.IGNORECASE)
# «– представители других районов»: people in the nominative after a dash, up to the clause's end
NAMED_AFTER_DASH = re.compile(r"\.?\s*[-–—]\s*([А-Яа-яЁё-]+)((?:\s+[^\s,;.()!?:–—]+){0,8})")
APPOSED_WORDS = 8  # the people an apposition counts, as the clause before it names them …
NOT_A_NAME = ("PREP", "ADVB", "CONJ", "VERB", "PRTS", "GRND")  # … up to where the clause goes on about them
CLAUSE_MARKS = re.compile(r"[.;:!?()]")
HEADLINE_WORDS = 12  # a verbless sentence this short is a headline's tally, not a list cut from a longer one
PEOPLE_WORDS = 3  # the participant noun after its adjectives


def _participant_noun(sentence: str, ne: int, counted: tuple) -> bool:
    words = sentence[ne:counted[2]].split()[:PEOPLE_WORDS]
    return any(p.normal_form in PARTICIPANT_NOUNS for w in words for p in models.parses(w.lower())[:2])


def _verbless(sentence: str) -> bool:
    words = re.findall(r"[А-Яа-яЁё]+", sentence)
    return len(words) <= HEADLINE_WORDS and not any(models.parses(w.lower())[0].tag.POS in VERB_TAGS for w in words)


def named_after_dash(text: str, end: int) -> tuple | None:
    """(people, False, end) for the people a generic count names after a dash, as `counted_phrase` gives them."""
    named = NAMED_AFTER_DASH.match(text, end)
    if not named or not _is_people(named.group(1)) or not any("nomn" in p.tag for p in models.parses(named.group(1).lower())[:3]):
        return None
    return " ".join(named.group(1, 2)).split(" ", 1)[0] + named.group(2), False, named.end()


def _subject_of(clause: str, verb) -> bool:
    """A noun in the nominative singular before the verb that the verb agrees with (gender in the past)."""
    for word in re.findall(r"[А-Яа-яЁё]+", clause):
        parse = models.parses(word.lower())[0]
        if parse.tag.POS == "NOUN" and {"nomn", "sing"} <= parse.tag.grammemes and \
                (verb.tag.tense != "past" or parse.tag.gender == verb.tag.gender):
            return True
    return False


def clause_start(sentence: str, pos: int) -> int:
    """Where the clause holding `pos` starts: after the last stop, colon or bracket before it (a sentence here is a
    piece of at most `MAX_SENTENCE` characters, so this stays bounded)."""
    return max((m.end() for m in CLAUSE_MARKS.finditer(sentence, 0, pos)), default=0)


def _object_of_verb(sentence: str, ns: int) -> bool:
    """Whether the count at `ns` is the object of the transitive verb in the singular right before it."""
    before = VERB_BEFORE.search(sentence, max(0, ns - 60), ns)
    verb = models.parses(before.group(1).lower())[0] if before else None
    if verb is None or verb.tag.POS != "VERB" or not {"tran", "sing"} <= verb.tag.grammemes:
        return False
    if verb.tag.gender in ("masc", "femn"):
        return True
    return _subject_of(sentence[clause_start(sentence, before.start()):before.start()], verb)


def leading_participants(sentence: str, ns: int, ne: int, counted: tuple) -> str | None:
    """The label of a count of participants that opens its sentence and is the subject of a verb after it, that
    stands in a verbless headline, or whose people are called participants after a dash."""
    if not counted[1] and (dashed := DASHED_PARTICIPANTS.match(sentence, counted[2])):
        return f"{counted[0]} – {inflect_phrase(dashed.group(1).split(), 'nomn')}"
    if not _participant_noun(sentence, ne, counted):
        return None
    if apposed := APPOSED.search(sentence, max(0, ns - 30), ns):  # «…, а это 23 участника»: who was just named
        named = re.sub(r"[\s,–—-]+(?:а|и)?\s*$", "", sentence[clause_start(sentence, apposed.start()):apposed.start()]).split()
        stop = next((k for k, w in enumerate(named[1:APPOSED_WORDS], 1) if models.parses(w.lower().strip("«»\"()"))[0]
                     .tag.POS in NOT_A_NAME), min(len(named), APPOSED_WORDS))  # «делегация школы вместе с …»
        return f"{' '.join(named[:stop])}, {counted[0]}" if named else counted[0]
    if _object_of_verb(sentence, ns):  # «Конкурс принял 54 участника»: not «жюри наградило 12 участников»
        clause = sentence[clause_start(sentence, ns):ns] + re.split(r"[.;:!?]", sentence[counted[2]:], maxsplit=1)[0]
        return None if RESULT_CLAUSE.search(clause) else counted[0]
    if not OPENS.match(sentence[:ns]):
        if not _verbless(sentence):
            return None
        titled = TITLED.match(sentence[:ns])  # «Секция «Робототехника» (24 участника).»: what they were counted at
        return " ".join(titled.group(1).split()) if titled and sentence[counted[2]:].lstrip().startswith(")") \
            else counted[0]
    clause = re.split(r"[.;:!?]", sentence[counted[2]:], maxsplit=1)[0]
    if RESULT_CLAUSE.search(clause) and not FIELD_SET_OUT.match(sentence, counted[2]):
        return None
    verbs = [w for w in re.findall(r"[А-Яа-яЁё]+", clause) if models.parses(w.lower())[0].tag.POS == "VERB"]
    return counted[0] if verbs else None
