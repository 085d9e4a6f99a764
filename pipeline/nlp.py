"""The one NLP pipeline, built once per process.

A blank Russian spaCy `Language` (tokenizer + pymorphy3 lemmatizer) followed by
svodka's components in `PIPELINE` order. Every component is registered by
name with `@Language.component`/`factory` in its own module under
`extractors/`; this module only imports them and lists the order.
"""
from __future__ import annotations

import functools

from svodka.normalizers import compat  # noqa: F401  (pymorphy2 -> pymorphy3 before natasha loads)

# Order matters: each component may read what the ones before it wrote.
PIPELINE = [
    "svodka_ner",            # natasha/slovnet NER spans (PER/ORG/LOC)
    "svodka_tables",         # table blocks rebuilt from tab lines and real cells
    "svodka_dates",          # dates, ranges, times; document year
    "svodka_people",         # people, merged, with role and organization (a school written beside a name)
    "svodka_city",           # the document's city (a person's surname is no city)
    "svodka_organizations",  # organizations, abbreviations linked
    "svodka_schools",        # school mentions in prose and tables, placed in their municipality
    "svodka_events",         # events from tables and headings
    "svodka_attendance",     # tidy attendance rows from tables and prose
    "svodka_attendance_scope",  # how the counts add up: scope (event/part/total) and category
    "svodka_checks",         # arithmetic checks
    "svodka_meta",           # title and period of the document
]


def register_components() -> None:
    """Import every extractor module so its component is registered with spaCy."""
    import svodka.extractors as extractors  # noqa: F401


@functools.lru_cache(maxsize=1)
def build_nlp(lemmatize: bool = False):
    """Build the pipeline (cached per process: models load once per worker)."""
    import spacy

    register_components()
    nlp = spacy.blank("ru")
    nlp.max_length = 10**9  # read_document refuses texts over --max-chars with its own message
    if lemmatize:
        nlp.add_pipe("lemmatizer", config={"mode": "pymorphy3"})
    for name in PIPELINE:
        nlp.add_pipe(name)
    nlp.initialize()
    return nlp
