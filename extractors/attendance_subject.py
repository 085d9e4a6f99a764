"""A head count that opens its sentence as the subject: «120 участников слёта провели мастер-классы».

A number of participants (`PARTICIPANT_NOUNS`) first in a sentence, with a verb after it, counts the people an
event had even with no verb of taking part; a clause that says what some of them won or failed
(«3 участника стали победителями», «2 конкурсанта не явились») counts a result, not attendance.
"""
from __future__ import annotations

import re

from svodka.extractors import models
from svodka.normalizers.counted import PARTICIPANT_NOUNS

# what may stand before the count: nothing, an opening quote or a bound
OPENS = re.compile(r"^\W*(?:(?:более|свыше|около|почти|порядка)\s+)?$", re.IGNORECASE)
# a result of some of the field, or a field that did not come
RESULT_CLAUSE = re.compile(r"побед|при[зз]ер|призёр|лауреат|дипломант|финал|наград|диплом|грамот|балл|мест[оа]?\b|"
                           r"дисквалиф|не\s+яви|не\s+приш|не\s+прибы|выбыл|отсе|не\s+прош|не\s+смог|отказал",
                           re.IGNORECASE)
PEOPLE_WORDS = 3  # the participant noun after its adjectives


def leading_participants(sentence: str, ns: int, ne: int, counted: tuple) -> str | None:
    """The label of a count of participants that opens its sentence and is the subject of a verb after it."""
    if not OPENS.match(sentence[:ns]):
        return None
    words = sentence[ne:counted[2]].split()[:PEOPLE_WORDS]
    if not any(p.normal_form in PARTICIPANT_NOUNS for w in words for p in models.parses(w.lower())[:2]):
        return None
    clause = re.split(r"[.;:!?]", sentence[counted[2]:], maxsplit=1)[0]
    if RESULT_CLAUSE.search(clause):
        return None
    verbs = [w for w in re.findall(r"[А-Яа-яЁё]+", clause) if models.parses(w.lower())[0].tag.POS == "VERB"]
    return counted[0] if verbs else None
