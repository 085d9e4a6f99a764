"""Headings and captions in plain text: which line is a section heading or a «Таблица N» caption, the title it names,
the nearest one above a place."""
from __future__ import annotations

import bisect
import re

from svodka.normalizers.lines import newlines
from svodka.normalizers.quotes import quoted_end


CAPTION = re.compile(r"^\s*Таблица\s*(№\s*)?(\d+(?:\.\d+)*|[IVXLC]+)?\s*[.:–—-]?\s*(.*)$", re.IGNORECASE)

LIST_ITEM = re.compile(r"^\s*([-–—•*]|\d+(\.\d+)*[.)]\s)")

HEADING_MAX = 350
LONG_LINE = 2000  # characters of a line read when looking for a heading or caption above
HEADING_TAIL = 60  # after a quoted title a heading may name the venue, not go on as a sentence
HEADING_WORDS = 15  # a heading without an event kind word is short


def _paragraphs_before(text: str, pos: int, limit: int = 40):
    """Non-blank lines before `pos`, nearest first: (start, end, line); a line longer than LONG_LINE is given
    by its first LONG_LINE characters (no heading or caption is that long), so each call is bounded."""
    ends = newlines(text)
    k = bisect.bisect_left(ends, pos) - 1
    count = 0
    while k >= 0 and ends[k] > 0 and count < limit:
        end = ends[k]
        start = ends[k - 1] + 1 if k else 0
        line = text[start:min(end, start + LONG_LINE)]
        if line.strip():
            count += 1
            yield start, end, line
        k -= 1


def is_heading(line: str, kind_pattern=None) -> bool:
    """A section heading: a short standalone line, not a list item, not a sentence of prose."""
    line = line.strip()
    if not line or "\t" in line or len(line) > HEADING_MAX or LIST_ITEM.match(line):
        return False
    if line.endswith((":", ";", ",")) or CAPTION.match(line) and re.match(r"\s*Таблица", line, re.I):
        return False
    kind = kind_pattern.match(line) if kind_pattern else None
    if kind and line[kind.end():].lstrip(" :.–-").startswith("«"):
        tail = line[line.rfind("»") + 1:].strip(" .")
        return len(tail) <= HEADING_TAIL or tail.startswith("(")
    if line.endswith("."):
        return False
    return line[:1].isupper() and len(line.split()) <= HEADING_WORDS


def heading_title(line: str) -> str:
    """The title a heading names: its first «...» (nested quotes kept), else the line itself.

    >>> heading_title('Семинар «Школа «Юнармия» и мы» (МБОУ «СОШ № 5»)')
    'Школа «Юнармия» и мы'
    """
    start = line.find("«")
    if start < 0:
        return re.sub(r"\s*\([^()]*\)\.?\s*$", "", line.strip()).rstrip(". ")
    end = quoted_end(line, start)
    if end > 0:
        return line[start + 1:end - 1].strip()
    return line[start + 1:].strip().rstrip("»")


def caption_of(text: str, start: int, stop: int = 0):
    """(caption, name) from a «Таблица N – ...» line just above `start`, else ("", "")."""
    for s, e, line in _paragraphs_before(text, start, limit=2):
        if s < stop:
            break
        match = CAPTION.match(line)
        if match and re.match(r"\s*Таблица", line, re.IGNORECASE) and len(line) < 400:
            number = match.group(2) or ""
            return line.strip(), ("Таблица " + number).strip()
    return "", ""


def heading_before(text: str, start: int, kind_pattern=None):
    """(title, heading start) of the nearest section heading above `start`."""
    for s, e, line in _paragraphs_before(text, start):
        if is_heading(line, kind_pattern):
            return heading_title(line), s
    return "", -1


def intro_title(text: str, start: int, kind_pattern=None) -> tuple[str, int]:
    """(title, line start) of the event a line right above a table introduces it by, else ("", -1):
    «Круглый стол «…» прошел на базе … Присутствовали педагоги:», «Семинар «…» (МБОУ «СОШ № 5»):» — a
    sentence ending with a colon that starts with an event kind and its quoted title."""
    for s, _, line in _paragraphs_before(text, start, limit=1):
        line = line.strip()
        kind = kind_pattern.match(line) if kind_pattern else None
        if kind and line.endswith(":") and "\t" not in line and line[kind.end():].lstrip(" :.–-").startswith("«"):
            return heading_title(line), s
    return "", -1
