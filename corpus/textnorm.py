"""Text normalization that keeps a readable text for every format.

Converted reports carry NBSP and exotic spaces, soft hyphens, words hyphenated
across line ends («информаци-\\nонные»), `**bold**` markers left by
converters, and Latin look-alikes typed into Russian words («Мoрoз» with a
Latin «o»), which no dictionary or name list knows. Each is removed here, before any offset is taken, so every offset
in the output tables points into the text exactly as the pipeline read it.
"""
from __future__ import annotations

import re

SPACE_CHARS = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000"), " ")
DELETE_CHARS = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)

# A word broken at a line end: lower-case letters on both sides of «-\n».
HYPHENATED = re.compile(r"(?<=[а-яё])-\n(?=[а-яё])")
BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
LINE_ENDS = re.compile(r"\r\n?")

# Latin letters that look like Cyrillic ones, typed inside a Cyrillic word («Гребëнкин» with a Latin ë,
# «пeдагог» with a Latin e, «MAOУ»): a word that mixes the scripts only through these is read as all Cyrillic.
HOMOGLYPHS = str.maketrans("aceopxyëAВCEHKMOPTXYË".replace("В", "B"), "асеорхуёАВСЕНКМОРТХУЁ")
LATIN_LOOKALIKES = frozenset("aceopxyëABCEHKMOPTXYË")
MIXED = re.compile(r"[а-яё][a-zë]|[a-zë][а-яё]", re.IGNORECASE)
LETTERS = re.compile(r"[^\W\d_]+")


def normalize_text(text: str) -> str:
    """Return the text the pipeline works on.

    >>> normalize_text("информаци-\\nонные\\u00a0**1096**\\u00adчел")
    'информационные 1096чел'
    """
    text = LINE_ENDS.sub("\n", text)
    text = text.translate(SPACE_CHARS).translate(DELETE_CHARS)
    text = HYPHENATED.sub("", text)
    text = BOLD.sub(r"\1", text)
    return cyrillic_lookalikes(text)


def cyrillic_lookalikes(text: str) -> str:
    """Latin lookalike letters inside Cyrillic words made Cyrillic, one for one (offsets stay).

    >>> cyrillic_lookalikes("Гребëнкин и пeдагоги; iPhone, МБОУ «CОШ»")
    'Гребёнкин и педагоги; iPhone, МБОУ «СОШ»'
    >>> cyrillic_lookalikes("Анатoлий Мoрoз, пoбедитель; ХVI век; e-mаil")
    'Анатолий Мороз, победитель; ХVI век; e-mаil'
    """
    if MIXED.search(text) is None:
        return text
    parts = []
    done = 0
    for hit in MIXED.finditer(text):
        if hit.start() < done:
            continue
        start = hit.start()
        while start > done and text[start - 1].isalpha():  # back to the word's start, once per word
            start -= 1
        word = LETTERS.match(text, start)
        latin = [c for c in word.group() if c.isascii() or c in "ëË"]
        if set(latin) <= LATIN_LOOKALIKES:
            parts += [text[done:word.start()], word.group().translate(HOMOGLYPHS)]
            done = word.end()
        else:
            parts.append(text[done:word.end()])
            done = word.end()
    parts.append(text[done:])
    return "".join(parts)
