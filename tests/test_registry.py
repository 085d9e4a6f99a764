"""Corpus-wide school registry: one institution per (city, sector, number) or fuzzy-matched name, stable ids."""
from __future__ import annotations

import copy

import pytest

from svodka.outputs.registry import build_registry

DOC_A = [
    {"doc_id": "a.txt", "text": "МБОУ «СОШ № 32»", "city": "Новокузнецк", "sector": "school", "kind": "СОШ",
     "number": "32", "name": ""},
    {"doc_id": "a.txt", "text": "МБОУ «Лицей имени А.Г. Баженова»", "city": "Черногорск", "sector": "school",
     "kind": "Лицей", "number": "", "name": "Лицей имени А.Г. Баженова"},
    {"doc_id": "a.txt", "text": "МБДОУ № 32", "city": "Новокузнецк", "sector": "preschool", "kind": "ДОУ",
     "number": "32", "name": ""},
    {"doc_id": "a.txt", "text": "МБОУ СОШ № 5", "city": "Новокузнецк", "sector": "school", "kind": "СОШ",
     "number": "5", "name": ""},
]
DOC_B = [
    {"doc_id": "b.txt", "text": "МБНОУ «Гимназия № 32»", "city": "Новокузнецк", "sector": "school",
     "kind": "Гимназия", "number": "32", "name": ""},
    {"doc_id": "b.txt", "text": "МБНОУ «Гимназия № 32»", "city": "Новокузнецк", "sector": "school",
     "kind": "Гимназия", "number": "32", "name": ""},
    {"doc_id": "b.txt", "text": "МБОУ «Лицей им. А. Г. Баженова»", "city": "Черногорск", "sector": "school",
     "kind": "Лицей", "number": "", "name": "Лицей им. А. Г. Баженова"},
    {"doc_id": "b.txt", "text": "МБОУ СОШ № 56", "city": "Новокузнецк", "sector": "school", "kind": "СОШ",
     "number": "56", "name": ""},
    {"doc_id": "b.txt", "text": "32", "city": "Междуреченск", "sector": "school", "kind": "Школа",
     "number": "32", "name": ""},
]
DOC_C = [
    {"doc_id": "c.txt", "text": "Лицей", "city": "Черногорск", "sector": "school", "kind": "Лицей",
     "number": "", "name": "Лицей"},
    {"doc_id": "c.txt", "text": "гимназии 32", "city": "Новокузнецк", "sector": "school", "kind": "Гимназия",
     "number": "32", "name": ""},
    {"doc_id": "c.txt", "text": "МАДОУ «Колосок»", "city": "Черногорск", "sector": "preschool", "kind": "ДОУ",
     "number": "", "name": "Колосок"},
]


def ids(mentions):
    return {(m["doc_id"], m["text"], m["city"], m["sector"]): m["school_id"] for m in mentions}


def by_key(schools):
    return {(s["city"], s["sector"], s["number"] or s["name"]): s for s in schools}


@pytest.fixture()
def two_docs():
    mentions = copy.deepcopy(DOC_A + DOC_B)
    return mentions, build_registry(mentions)


def test_same_number_is_one_school_whatever_the_kind(two_docs):
    mentions, schools = two_docs
    school = by_key(schools)[("Новокузнецк", "school", "32")]
    assert school["kind"] == "Гимназия"  # more specific than СОШ, and more frequent
    assert school["n_documents"] == 2 and school["n_mentions"] == 3
    assert school["variants"].split("|") == ["МБНОУ «Гимназия № 32»", "МБОУ «СОШ № 32»"]
    assert school["canonical_name"] == "Гимназия № 32"


def test_number_spaces_are_per_city_and_sector(two_docs):
    _, schools = two_docs
    keys = by_key(schools)
    assert {("Новокузнецк", "preschool", "32"), ("Междуреченск", "school", "32")} <= set(keys)
    assert ("Новокузнецк", "school", "5") in keys and ("Новокузнецк", "school", "56") in keys  # never fuzzy
    assert len({s["school_id"] for s in schools}) == len(schools)


def test_named_spelled_differently_is_one_school(two_docs):
    mentions, schools = two_docs
    lyceum = [m["school_id"] for m in mentions if m["name"].startswith("Лицей")]
    assert len(set(lyceum)) == 1
    assert by_key(schools)[("Черногорск", "school", "Лицей имени А.Г. Баженова")]["n_documents"] == 2


def test_ids_stable_when_a_document_is_added(two_docs):
    before, schools_before = two_docs
    after = copy.deepcopy(DOC_A + DOC_B + DOC_C)
    schools_after = build_registry(after)
    old, new = ids(before), ids(after)
    assert all(new[key] == value for key, value in old.items())
    assert {m["school_id"] for m in after if m["doc_id"] == "c.txt" and m["name"] == "Лицей"} == \
        {m["school_id"] for m in before if m["name"].startswith("Лицей")}
    assert len(schools_after) == len(schools_before) + 1  # only «Колосок» is new
    assert by_key(schools_after)[("Новокузнецк", "school", "32")]["n_documents"] == 3


def test_ids_do_not_depend_on_document_order():
    forward = copy.deepcopy(DOC_A + DOC_B + DOC_C)
    backward = copy.deepcopy(DOC_C + DOC_B + DOC_A)
    build_registry(forward), build_registry(backward)
    assert ids(forward) == ids(backward)


REFERENCE_CSV = """Наименование;Краткое наименование;Город;ИНН
Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 32»;МБНОУ «Гимназия № 32»;г. Новокузнецк;4221000032
Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5»;МБОУ «СОШ № 5»;Новокузнецк;4221000005
Муниципальное бюджетное общеобразовательное учреждение «Лицей имени А.Г. Баженова»;МБОУ «Лицей имени А.Г. Баженова»;Черногорск;1903000001
Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 32»;МБДОУ № 32;Новокузнецк;4221100032
"""


def test_reference_registry_links_official_names(tmp_path):
    from svodka.outputs.registry import load_reference

    path = tmp_path / "reference.csv"
    path.write_text(REFERENCE_CSV, encoding="utf-8-sig")
    reference = load_reference(path)
    assert [(r["sector"], r["kind"], r["number"], r["city"]) for r in reference] == [
        ("school", "Гимназия", "32", "Новокузнецк"), ("school", "СОШ", "5", "Новокузнецк"),
        ("school", "Лицей", "", "Черногорск"), ("preschool", "ДОУ", "32", "Новокузнецк")]
    mentions = copy.deepcopy(DOC_A)
    keys = by_key(build_registry(mentions, reference=reference))
    assert keys[("Новокузнецк", "school", "32")]["inn"] == "4221000032"
    assert keys[("Новокузнецк", "school", "32")]["kind"] == "Гимназия"  # the documents only said СОШ
    assert keys[("Новокузнецк", "preschool", "32")]["inn"] == "4221100032"
    assert keys[("Черногорск", "school", "Лицей имени А.Г. Баженова")]["inn"] == "1903000001"
    assert keys[("Новокузнецк", "school", "5")]["official_name"].endswith("«Средняя общеобразовательная школа № 5»")


# Village schools: the settlement is the number space, so two villages' «СОШ № 1» are two institutions, and a
# reference row whose city is written «с. X» links to the school found «…», с. X» (dev2 finding S1; invented).
VILLAGES = [
    {"doc_id": "v.txt", "text": "МКОУ «Сосновская СОШ № 1»", "city": "Каменка", "sector": "school", "kind": "СОШ",
     "number": "1", "name": ""},
    {"doc_id": "v.txt", "text": "МКОУ «СОШ № 1»", "city": "Новый Уоян", "sector": "school", "kind": "СОШ",
     "number": "1", "name": ""},
    {"doc_id": "w.txt", "text": "средней школы № 1", "city": "Каменка", "sector": "school", "kind": "СОШ",
     "number": "1", "name": ""},
    {"doc_id": "w.txt", "text": "МКОУ «Заречная СОШ»", "city": "Усольский район", "sector": "school", "kind": "СОШ",
     "number": "", "name": "Заречная СОШ"},
]


@pytest.mark.parametrize("city, reference_city, inn", [
    ("Каменка", "с. Каменка", "3816000001"),
    ("Новый Уоян", "п. Новый Уоян", "0317000001"),
])
def test_village_schools_are_separate_and_link_to_a_reference(tmp_path, city, reference_city, inn):
    from svodka.outputs.registry import load_reference

    path = tmp_path / "reference.csv"
    path.write_text(f"Наименование;Город;ИНН\nМКОУ «СОШ № 1»;{reference_city};{inn}\n", encoding="utf-8")
    keys = by_key(build_registry(copy.deepcopy(VILLAGES), reference=load_reference(path)))
    assert {("Каменка", "school", "1"), ("Новый Уоян", "school", "1"),
            ("Усольский район", "school", "Заречная СОШ")} == set(keys)
    assert keys[(city, "school", "1")]["inn"] == inn
    assert keys[("Каменка", "school", "1")]["n_documents"] == 2
