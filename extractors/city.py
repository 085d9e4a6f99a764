"""The city a document is about (issue 4)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("svodka_city")
def city_component(doc: Doc) -> Doc:
    return doc
