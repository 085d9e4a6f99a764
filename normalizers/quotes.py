"""Russian «ёлочки» that nest: «Школа «Юнармия» и мы»."""
from __future__ import annotations

import re


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


# A straight quote opens a name after a space, a bracket or a line start, before a word (or a space and a
# capital: «фонда " Новые горизонты"»); every other one closes it.
OPENING = re.compile(r'(?:(?<=[\s(\[«:;,–—-])|^)"(?=\w|«| [А-ЯЁA-Z0-9])', re.M)


def as_guillemets(text: str) -> str:
    """Straight quotes made «ёлочки», paired by their position, the text's length kept: the organizations
    grammar reads one kind of quote.

    >>> as_guillemets('партии " Единая Россия", фонда "Кто "Мы"".')
    'партии « Единая Россия», фонда «Кто «Мы»».'
    >>> as_guillemets('"Единая Россия" и (АНО "Фонд")')
    '«Единая Россия» и (АНО «Фонд»)'
    """
    if '"' not in text:
        return text
    return OPENING.sub("«", text).replace('"', "»")
