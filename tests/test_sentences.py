"""One sentence splitter for every rule: abbreviations, initials, numbers and times do not end a sentence."""
from __future__ import annotations

import pytest

from svodka.normalizers.sentences import sentences


@pytest.mark.parametrize("text, expected", [
    ("Семинар прошёл в г. Томске. Его вела И.И. Петрова.", ["Семинар прошёл в г. Томске.", "Его вела И.И. Петрова."]),
    ("Начало в 10.00 в каб. 5. Конец в 12.30.", ["Начало в 10.00 в каб. 5.", "Конец в 12.30."]),
    ("Школа им. Ушинского. Далее ул. Ленина, д. 5.", ["Школа им. Ушинского.", "Далее ул. Ленина, д. 5."]),
    ("Итоги 2024 г. Всё прошло хорошо!", ["Итоги 2024 г.", "Всё прошло хорошо!"]),
    ("Город (г.о. Энск). Итог? Да… «Новое» начало", ["Город (г.о. Энск).", "Итог?", "Да…", "«Новое» начало"]),
    ("Заголовок\n\nТекст абзаца. 24.08.2023 состоялся форум.", ["Заголовок", "Текст абзаца.", "24.08.2023 состоялся форум."]),
    ("и т.д. Потом", ["и т.д.", "Потом"]),
])
def test_sentences(text, expected):
    assert [text[s:e] for s, e in sentences(text)] == expected


def test_offsets_within_a_window():
    text = "Первое. Второе. Третье."
    assert [text[s:e] for s, e in sentences(text, 8, 15)] == ["Второе."]
