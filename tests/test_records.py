"""The shared record state: `doc_text` is the text the tokenizer was given, character for character."""
from __future__ import annotations

import pytest

from svodka.extractors.records import doc_text, init_doc
from svodka.pipeline.nlp import build_nlp


@pytest.mark.parametrize("text", [
    "Семинар прошёл 3 апреля 2024 года.",
    "  Два пробела,\tтабуляция\n\n\nи три перевода строки  ",
    "МБОУ «СОШ № 5» г.Энска — итоги 😀\u00a0неразрывный пробел\r\nконец",
])
def test_the_given_text_is_the_docs_text(text):
    nlp = build_nlp()
    given = init_doc(nlp.make_doc(text), "t.txt", text=text)
    rebuilt = init_doc(nlp.make_doc(text), "t.txt")
    assert doc_text(given) == doc_text(rebuilt) == given.text == text
