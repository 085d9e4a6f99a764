"""Russian «ёлочки» that nest: «Школа «Юнармия» и мы»."""
from __future__ import annotations


def quoted_end(text: str, start: int) -> int:
    """End (exclusive) of the «...» opening at `start`, nested quotes allowed; -1 when unclosed.

    >>> text = 'Семинар «Школа «Юнармия» и мы» (МБОУ «СОШ № 5»)'
    >>> text[8:quoted_end(text, 8)]
    '«Школа «Юнармия» и мы»'
    >>> quoted_end("«не закрыто", 0)
    -1
    """
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "«":
            depth += 1
        elif text[i] == "»":
            depth -= 1
            if depth == 0:
                return i + 1
    return -1
