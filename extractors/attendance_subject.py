"""A head count of participants with no verb of taking part, told by where it stands.

- Opening its sentence as the subject: «120 участников слёта провели мастер-классы». A number of participants
  (`PARTICIPANT_NOUNS`) first in a sentence, with a verb after it, counts the people an event had; a clause that
  says what some of them won or failed («3 участника стали победителями», «2 конкурсанта не явились») counts a
  result, not attendance, unless the count is set out as a field first: «22 участника, среди которых …».
- In a sentence with no verb at all, a headline's tally: «12 площадок и 300 участников.», or a title's
  («Секция «Робототехника» (24 участника).»: labelled by the title).
- People said to be participants after a dash: «36 педагогов района – участников конкурса, …».
"""
from __future__ import annotations

import re

from svodka.extractors import models
from svodka.normalizers.counted import PARTICIPANT_NOUNS
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
HEADLINE_WORDS = 12  # a verbless sentence this short is a headline's tally, not a list cut from a longer one
PEOPLE_WORDS = 3  # the participant noun after its adjectives


def _participant_noun(sentence: str, ne: int, counted: tuple) -> bool:
    words = sentence[ne:counted[2]].split()[:PEOPLE_WORDS]
    return any(p.normal_form in PARTICIPANT_NOUNS for w in words for p in models.parses(w.lower())[:2])


def _verbless(sentence: str) -> bool:
    words = re.findall(r"[А-Яа-яЁё]+", sentence)
    return len(words) <= HEADLINE_WORDS and not any(models.parses(w.lower())[0].tag.POS in VERB_TAGS for w in words)


def leading_participants(sentence: str, ns: int, ne: int, counted: tuple) -> str | None:
    """The label of a count of participants that opens its sentence and is the subject of a verb after it, that
    stands in a verbless headline, or whose people are called participants after a dash."""
    if not counted[1] and (dashed := DASHED_PARTICIPANTS.match(sentence, counted[2])):
        return f"{counted[0]} – {inflect_phrase(dashed.group(1).split(), 'nomn')}"
    if not _participant_noun(sentence, ne, counted):
        return None
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
