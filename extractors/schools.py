"""School mentions in every form, in prose and tables (issue 4)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("svodka_schools")
def schools_component(doc: Doc) -> Doc:
    return doc
