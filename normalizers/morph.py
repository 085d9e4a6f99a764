"""pymorphy3, loaded once per process, and each word's readings parsed once.

Every rule that asks pymorphy3 about a word goes through `parses` (and whether
its dictionary holds the word through `known`), so a word that recurs across a
report (or a corpus, in one worker) is looked up once.
"""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def morph():
    """The pymorphy3 analyzer (Russian dictionaries from pymorphy3-dicts-ru)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=100_000)
def parses(word: str) -> tuple:
    """pymorphy3 readings of a word, most likely first (a read-only tuple: it is shared).

    >>> parses("гимназии")[0].normal_form
    'гимназия'
    """
    return tuple(morph().parse(word))


@functools.lru_cache(maxsize=100_000)
def known(word: str) -> bool:
    """pymorphy3's dictionary holds the word as written (its guesses for unknown words do not count).

    >>> known("гимназия"), known("бурхайна")
    (True, False)
    """
    return morph().word_is_known(word)
