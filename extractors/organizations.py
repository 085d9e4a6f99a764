"""Organizations with abbreviations linked (issue 3)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("svodka_organizations")
def organizations_component(doc: Doc) -> Doc:
    return doc
