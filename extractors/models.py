"""Models loaded lazily, once per process (each worker builds its own).

natasha's models ship inside the package; nothing is downloaded.
"""
from __future__ import annotations

import functools

from svodka.normalizers.morph import morph, parses  # noqa: F401  (one analyzer, one parse cache)
from svodka.normalizers import compat  # noqa: F401


@functools.lru_cache(maxsize=1)
def embedding():
    from natasha import NewsEmbedding

    return NewsEmbedding()


@functools.lru_cache(maxsize=1)
def ner_tagger():
    from natasha import NewsNERTagger

    return NewsNERTagger(embedding())


@functools.lru_cache(maxsize=1)
def morph_vocab():
    from natasha import MorphVocab

    return MorphVocab()


@functools.lru_cache(maxsize=1)
def names_extractor():
    from natasha import NamesExtractor

    return NamesExtractor(morph_vocab())
