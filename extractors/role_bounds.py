"""Where a role's words stop, for `person_roles`.

- A role inside a quoted title is the title's, not a person's: a nomination written right before a
  winner's name («в номинации «Учитель года» Котова Анна, учитель химии …») holds a role word, but her
  role is her own apposition after the name.
- A deputy's portfolio after a territory's administration («заместитель главы Администрации района по
  социальным вопросам») is part of the role; the administration is no body of its own there.
- A role's field («инструктор по физической культуре») ends before the adjectives of the body after it
  («… дошкольного образовательного учреждения № 5»): they are the organization's.
"""
from __future__ import annotations

from svodka.extractors.person_words import TERRITORY_WORDS, lemma, parses


def quote_depth(toks, k: int, depth: int) -> int:
    """The quote depth after toks[k]. Nested quotes are one level, so a missing inner closing quote
    («Детский сад № 19 «Звездочка», …) does not swallow the rest of the clause; a «»» after a
    space and before a word opens a name, as a mistyped «« does («детского сада » Сказка»»)."""
    word = toks[k][0]
    if word == "«":
        return 1
    if word == "»":
        spaced = k > 0 and toks[k - 1][2] < toks[k][1]
        opens = spaced and k + 1 < len(toks) and toks[k + 1][1] > toks[k][2] and toks[k + 1][0][:1].isupper()
        return 1 if opens and depth == 0 else 0
    return depth


def quoted(toks, i: int) -> bool:
    """toks[i] stands inside quotes that close within the chunk («номинации «Учитель года»»).

    >>> toks = [(w, k * 10, k * 10 + len(w)) for k, w in enumerate(["в", "номинации", "«", "Учитель", "года", "»"])]
    >>> quoted(toks, 3), quoted(toks, 1)
    (True, False)
    """
    depth = 0
    for k in range(i):
        depth = quote_depth(toks, k, depth)
    return depth > 0 and any(w == "»" for w, _, _ in toks[i + 1:])


def field_end(toks, j: int, k: int) -> int:
    """The end of a field that runs from toks[j] («по») to a body's noun at toks[k]: before the genitive
    adjectives of that noun, when a noun of the field's own stands before them.

    >>> words = ["по", "физической", "культуре", "дошкольного", "образовательного", "учреждения"]
    >>> field_end([(w, 0, 0) for w in words], 0, 5)
    3
    >>> field_end([(w, 0, 0) for w in ["по", "общим", "вопросам", "управления"]], 0, 3)
    3
    """
    b = k
    while b - 1 > j + 1 and _genitive_adjective(toks[b - 1][0]):
        b -= 1
    if b < k and any(parses(w)[0].tag.POS == "NOUN" for w, _, _ in toks[j + 1:b]):
        return b
    return k


def _genitive_adjective(word: str) -> bool:
    best = parses(word)[0] if word.isalpha() and word.islower() else None
    return best is not None and best.tag.POS in ("ADJF", "PRTF") and any(
        p.tag.case == "gent" for p in parses(word) if p.tag.POS in ("ADJF", "PRTF"))


def nearer_singular(toks, i: int, k: int | None) -> int:
    """The role a name's own: a plural head first (`i`) is a group the sentence names («На собрании
    руководителей РМО заместитель директора … Котова»); a singular head nearer the name (`k`) is the person's.

    >>> words = ["собрании", "руководителей", "РМО", "заместитель", "директора"]
    >>> nearer_singular([(w, 0, 0) for w in words], 1, 3), nearer_singular([(w, 0, 0) for w in words[:3]], 1, 1)
    (3, 1)
    """
    if k is None or k <= i or not (_plural_noun(toks[i][0]) and not _plural_noun(toks[k][0])):
        return i
    return k


def _plural_noun(word: str) -> bool:
    nouns = [p for p in parses(word.lower()) if p.tag.POS == "NOUN" and p.score >= 0.1]
    return bool(nouns) and all(p.tag.number == "plur" for p in nouns)


def seat_portfolio(toks, j: int, end: int) -> bool:
    """toks[j] is an administration (a seat) followed by its territory's words and a deputy's portfolio.

    >>> words = ["Администрации", "района", "по", "социальным", "вопросам"]
    >>> seat_portfolio([(w, 0, 0) for w in words], 0, 5), seat_portfolio([(w, 0, 0) for w in words[:2]], 0, 2)
    (True, False)
    """
    k = j + 1
    while k < end and k <= j + 2 and toks[k][0].islower() and lemma(toks[k][0]) in TERRITORY_WORDS:
        k += 1
    return k + 1 < end and toks[k][0] == "по"
