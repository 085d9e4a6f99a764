"""Arithmetic checks over attendance (issue 5)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("svodka_checks")
def checks_component(doc: Doc) -> Doc:
    return doc
