"""Word lists and pattern tables kept as data in `extractors/data/*.txt`.

One entry a line; blank lines and lines starting with `#` are comments.
"""
from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "extractors" / "data"


def data_lines(name: str) -> list[str]:
    """The entries of one data file, stripped, in file order.

    >>> "конференция" in " ".join(data_lines("event_kinds.txt"))
    True
    """
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
