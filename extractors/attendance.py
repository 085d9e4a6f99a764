"""Attendance counts from tables and prose (issue 5)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("svodka_attendance")
def attendance_component(doc: Doc) -> Doc:
    return doc
