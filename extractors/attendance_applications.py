"""Counts of applications to a contest or an event: «Было подано 20 заявок на звание «Учитель года»», «На
конкурс поступило 15 заявок». An application stands for a participant, so its count is attendance
(FORMAT.md), labelled «заявки на <what they were for>», beside a verb of sending them
(`data/application_cues.txt`). Applications for what is no event («на ремонт», «на закупку») are not, and where
the people who sent them are counted too («33 заявки от 64 педагогов») the people are the count.
"""
from __future__ import annotations

import re

from svodka.extractors.attendance_labels import _event_words, _is_event
from svodka.normalizers.phrases import inflect_phrase
from svodka.normalizers.wordlists import data_lines

SENT = [re.compile(p, re.IGNORECASE) for p in data_lines("application_cues.txt")]
NOUN = re.compile(r"\s*(заяв(?:ок|ки|ка|кам|ками|ках))(?![\w-])", re.IGNORECASE)
FOR_WHAT = re.compile(r"\s+на\s+([^.;,()]+?)(?=\s+(?:от|из)\s|[.;,()]|$)", re.IGNORECASE)
FOR_TAKING_PART = {"участие", "звание", "титул"}  # «заявки на участие в …», «на звание «Учитель года»»
FROM_PEOPLE = re.compile(r"[^.;]{0,80}?\sот\s+(?:более\s+|около\s+)?\d", re.IGNORECASE)
VERB_BEFORE = 80  # characters before the number a verb of sending is looked for in
VERB_AFTER = 40


def application_count(sentence: str, ns: int, ne: int):
    """(label, end) of a count of applications at sentence[ns:ne], or None; what is read around the number is
    bounded, so a sentence is read in linear time."""
    noun = NOUN.match(sentence, ne)
    if not noun:
        return None
    lead = re.split(r"[;:(]", sentence[max(0, ns - VERB_BEFORE):ns])[-1]
    tail = sentence[noun.end():noun.end() + VERB_AFTER]
    if not any(p.search(lead) or p.match(tail.lstrip()) for p in SENT):
        return None
    if FROM_PEOPLE.match(sentence, noun.end()):
        return None  # «33 заявки от 64 педагогов»: the people are counted
    what = FOR_WHAT.match(sentence, noun.end())
    if what:
        words = what.group(1).split()
        if words[0].lower() not in FOR_TAKING_PART and not _is_event(words):
            return None  # «заявок на ремонт»
        return f"заявки на {what.group(1)}", what.end()
    found = _event_words(lead, False)  # «На конкурс поступило 15 заявок»
    if found and found[1][0][:1].isalpha() and _is_event(found[1]):
        return f"заявки на {inflect_phrase(found[1], 'accs', found[3])}", noun.end()
    return "заявки", noun.end()
