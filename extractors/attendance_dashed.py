"""Counts whose verb is left out for a dash: «6 учеников — на олимпиаду по химии, 4 — по физике, 3 — по праву».

A report running through its counts drops the verb the sentence before had («прошли на олимпиаду»): a number of
people, a dash and the event they went to (after «на»/«в») counts them at that event; the numbers after it with a
dash and «по <subject>» count people of the same kind at the same kind of event («4 — по физике»: at the olympiad
in physics). Read once per sentence, only where a dash stands before «на»/«в».
"""
from __future__ import annotations

import re

from svodka.extractors.attendance_labels import _is_event
from svodka.normalizers.phrases import inflect_phrase

CUE = re.compile(r"\s[-–—]\s*(?:на|в|во)\s", re.IGNORECASE)  # the cheap test: a dash before where
WHERE = re.compile(r"\s*[-–—]\s*(на|в|во)\s+([^,;.()!?:]{3,120}?)\s*(?=[,;.!?]|$)", re.IGNORECASE)
NEXT = re.compile(r"\s*,\s*(?:и\s+|а\s+)?(\d{1,5})\s*[-–—]\s*по\s+([^,;.()!?:]{3,80}?)\s*(?=[,;.!?]|$)", re.IGNORECASE)
NUMBER = re.compile(r"(?<![\d\w.,№-])(\d{1,5})\s+(?=[А-Яа-яЁё])")


def dashed_counts(sentence: str, read: set[int], counted_phrase) -> list[dict]:
    """Rows (count, label, start, end, people; offsets into the sentence) of the dashed counts a sentence holds,
    leaving out numbers already read (their starts in `read`); `counted_phrase` reads the people after a number."""
    if not CUE.search(sentence):
        return []
    out = []
    for number in NUMBER.finditer(sentence):
        if number.start(1) in read or out and number.start() < out[-1]["end"]:
            continue
        counted = counted_phrase(sentence, number.end(1))
        where = WHERE.match(sentence, counted[2]) if counted and not counted[1] else None
        if not where or not _is_event(where.group(2).split()):
            continue
        words = where.group(2).split()
        head = words[:next((k for k, w in enumerate(words) if w.lower() == "по"), len(words))]
        event = inflect_phrase(head, "loct", ("accs", "loct"))
        rest = " ".join(words[len(head):])
        people, prep = counted[0], where.group(1).lower()
        out.append({"count": int(number.group(1)), "label": f"{people} {prep} {event} {rest}".strip(),
                    "start": number.start(1), "end": where.end(), "people": people})
        while follow := NEXT.match(sentence, out[-1]["end"]):
            out.append({"count": int(follow.group(1)), "label": f"{people} {prep} {event} по {follow.group(2)}",
                        "start": follow.start(1), "end": follow.end(), "people": people})
    return out
