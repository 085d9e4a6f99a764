"""The document's city and city names in the nominative (issue 4)."""
from __future__ import annotations

import json

import pytest

from extractors.city import document_city
from normalizers.cities import city_nominative, is_city
from tests.conftest import GOLD, SEEDS


@pytest.mark.parametrize("word, loose, expected", [
    ("Междуреченска", False, "Междуреченск"),
    ("Черногорске", False, "Черногорск"),
    ("Новокузнецк", False, "Новокузнецк"),
    ("Ленинск-Кузнецкого", False, "Ленинск-Кузнецкий"),
    ("Ленинска-Кузнецкого", False, "Ленинск-Кузнецкий"),
    ("Красноярском", False, "Красноярск"),
    ("Кемерова", False, "Кемерово"),
    ("Мысков", False, "Мыски"),
    ("Киселевска", False, "Киселёвск"),
    ("Центральный", False, ""),
    ("Новоильинский", False, ""),
    ("Новокузнецкий", False, ""),
    ("Кузбасса", False, ""),
    ("Хакасии", True, ""),
    ("ИТОГО", False, ""),
    ("г. Междуреченск", False, "Междуреченск"),
    ("Абинска", False, ""),
    ("Абинска", True, "Абинск"),
])
def test_city_nominative(word, loose, expected):
    assert city_nominative(word, loose=loose) == expected


@pytest.mark.parametrize("label, expected", [("Междуреченск", True), ("Заводской", False), ("Всего", False)])
def test_is_city(label, expected):
    assert is_city(label) is expected


@pytest.mark.parametrize("text, expected", [
    ("Резолюция конференции\n\nг. Черногорск\n\nПедагоги города Черногорска собрались.", "Черногорск"),
    ("В системе образования Ленинск-Кузнецкого городского округа 45 организаций.", "Ленинск-Кузнецкий"),
    ("Конференция работников образования Междуреченского городского округа. Итоги года.", "Междуреченск"),
    ("Педагоги Новокузнецкого муниципального округа и Новокузнецкого муниципального района.", ""),
    ("В Красноярске завершилась сессия. Работа в Красноярске была продуктивной.", "Красноярск"),
    ("Съезд педагогов Кузбасса. Свой опыт представили организации Кемерова, Междуреченска и района.", ""),
    ("Отчёт о Днях науки. Педагоги города Новокузнецка, а также Кемерово, Белово, Мысков.", "Новокузнецк"),
    ("Таблица\nМеждуреченск\t3\t7\nМеждуреченск\t2\t4\nМеждуреченск\t1\t5\n", ""),
    ("", ""),
])
def test_document_city(text, expected):
    assert document_city(text) == expected


def test_seed_documents_cities():
    """Every seed document's city as the gold has it ("" for the report about a region)."""
    for path in GOLD:
        for line in path.read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            text = (SEEDS / gold["doc"]).read_text(encoding="utf-8")
            assert document_city(text) == gold["city"], gold["doc"]
