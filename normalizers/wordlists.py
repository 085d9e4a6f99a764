"""Word lists and pattern tables kept as data in `extractors/data/*.txt`.

One entry a line; blank lines and lines starting with `#` are comments.
"""
from __future__ import annotations

import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "extractors" / "data"


def data_lines(name: str) -> list[str]:
    """The entries of one data file, stripped, in file order.

    >>> "конференция" in " ".join(data_lines("event_kinds.txt"))
    True
    """
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


class PatternSet:
    """Case-insensitive regular expressions of a data file, read as one: most texts hold none of them, so one
    scan with all of them joined says so before each is looked for on its own.

    >>> cues = PatternSet([r"\\bучаствова\\w*", r"\\bпосетил\\w*"])
    >>> [m.group() for m in cues.finditer("Семинар посетили и в нём участвовали")], cues.finditer("Итоги года")
    (['участвовали', 'посетили'], [])
    """

    def __init__(self, patterns):
        self.patterns = [re.compile(p, re.IGNORECASE) for p in patterns]
        self.joined = re.compile("|".join(f"(?:{p.pattern})" for p in self.patterns), re.IGNORECASE)

    def __contains__(self, pattern) -> bool:
        return pattern in self.patterns

    def any(self, text: str) -> bool:
        return bool(self.joined.search(text))

    def finditer(self, text: str) -> list:
        """Every match of every pattern, pattern by pattern (matches of different patterns may overlap)."""
        return [m for p in self.patterns for m in p.finditer(text)] if self.any(text) else []


def data_patterns(name: str) -> PatternSet:
    """The regular expressions of one data file as a `PatternSet`."""
    return PatternSet(data_lines(name))
