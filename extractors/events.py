"""Events the report describes (issue 5)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("svodka_events")
def events_component(doc: Doc) -> Doc:
    return doc
