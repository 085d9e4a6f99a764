"""Which line a position is on, by a binary search over the text's line ends found once.

A scan back to the line start (`rfind("\\n", 0, pos)`) costs the line's length
on every call, so a one-line document of a million characters with a count
every few words made it quadratic.
"""
from __future__ import annotations

import bisect
import functools
import re


@functools.lru_cache(maxsize=4)  # once per document (a str caches its hash)
def newlines(text: str) -> list[int]:
    """Offsets of the text's line ends («\\n»), in order."""
    return [m.start() for m in re.finditer("\n", text)]


def line_of(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line `pos` is on; `end` is its «\\n» (or the text's end).

    >>> line_of("один\\nдва три\\nчетыре", 7)
    (5, 12)
    """
    ends = newlines(text)
    index = bisect.bisect_left(ends, pos)
    start = ends[index - 1] + 1 if index else 0
    return start, (ends[index] if index < len(ends) else len(text))
