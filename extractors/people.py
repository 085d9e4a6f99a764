"""People: names normalized, merged, with role and organization (issue 3)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("svodka_people")
def people_component(doc: Doc) -> Doc:
    return doc
