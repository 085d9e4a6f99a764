"""Counts in messages and pages: «1 row», «2 rows», never «1 rows»."""
from __future__ import annotations


def counted(n: int, one: str, many: str = "") -> str:
    """`n` with the noun in the right number (English).

    >>> counted(1, "row"), counted(3, "row"), counted(0, "entry", "entries")
    ('1 row', '3 rows', '0 entries')
    """
    return f"{n} {one if n == 1 else many or one + 's'}"
