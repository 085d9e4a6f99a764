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
# A Latin letter touching a Cyrillic one: the cue for a word that mixes the two alphabets.
MIXED_CUE = re.compile(r"[А-Яа-яЁё][A-Za-z]|[A-Za-z][А-Яа-яЁё]")
LOOK_ALIKES = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
LATIN = re.compile(r"[A-Za-z]")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def normalize_text(text: str) -> str:
    """Return the text the pipeline works on.

    >>> normalize_text("информаци-\\nонные\\u00a0**1096**\\u00adчел")
    'информационные 1096чел'
    """
    text = LINE_ENDS.sub("\n", text)
    text = text.translate(SPACE_CHARS).translate(DELETE_CHARS)
    text = HYPHENATED.sub("", text)
    text = BOLD.sub(r"\1", text)
    return cyrillic_look_alikes(text) if MIXED_CUE.search(text) else text


def cyrillic_look_alikes(text: str) -> str:
    """Latin look-alike letters in a mostly Cyrillic word made Cyrillic, the text's length kept; a word
    with a Latin letter that has no Cyrillic twin («ХVI», «mаil») is left as it is.

    >>> cyrillic_look_alikes("Анатoлий Мoрoз, пoбедитель; ХVI век; e-mаil")
    'Анатолий Мороз, победитель; ХVI век; e-mаil'
    """
    parts, last, seen = [], 0, 0
    for cue in MIXED_CUE.finditer(text):
        if cue.start() < seen:
            continue  # the same word
        start, end = cue.start(), cue.end()
        while start > seen and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        seen, word = end, text[start:end]
        latin = LATIN.findall(word)
        if len(latin) <= len(CYRILLIC.findall(word)) and all(ch in "aceopxyABCEHKMOPTX" for ch in latin):
            parts += [text[last:start], word.translate(LOOK_ALIKES)]
            last = end
    return "".join(parts) + text[last:] if parts else text
