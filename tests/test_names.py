"""Name normalization: nominative in the person's own gender, initials, ё kept, acronyms spelled."""
from __future__ import annotations

import pytest

from svodka.normalizers.names import fold, initials, is_given_name, is_patronymic, keep_spelling, normalize_name
from svodka.normalizers.orgs import expands, is_acronym, nominative_org


@pytest.mark.parametrize("parts, hint, expected", [
    # feminine nominative surnames stay feminine («Воронцова», not «Воронцов»)
    (("Воронцова", "", ""), "f", ("Воронцова", "", "", "f")),
    (("Воронцова", "", ""), "", ("Воронцова", "", "", "f")),
    # a masculine genitive, told by the first name
    (("Белозерова", "Василия", ""), "", ("Белозеров", "Василий", "", "m")),
    (("Смирнова", "Алексея", ""), "", ("Смирнов", "Алексей", "", "m")),
    # feminine oblique cases, by the patronymic
    (("Ивановой", "Марии", "Петровны"), "", ("Иванова", "Мария", "Петровна", "f")),
    (("Смирновой", "Елене", "Викторовне"), "", ("Смирнова", "Елена", "Викторовна", "f")),
    (("Петрову", "Ивану", "Сергеевичу"), "", ("Петров", "Иван", "Сергеевич", "m")),
    # adjectival surnames
    (("Добровольского", "Максима", ""), "", ("Добровольский", "Максим", "", "m")),
    (("Вишневской", "Анне", ""), "", ("Вишневская", "Анна", "", "f")),
    # indeclinable and consonant-final surnames as written
    (("Мирошниченко", "", ""), "", ("Мирошниченко", "", "", "")),
    (("Штоль", "", ""), "f", ("Штоль", "", "", "f")),
    # a name and patronymic alone
    (("", "Евгения", "Геннадьевна"), "", ("", "Евгения", "Геннадьевна", "f")),
    # ё as the document writes it
    (("Журавлёва", "", ""), "f", ("Журавлёва", "", "", "f")),
    (("Алешина", "", ""), "f", ("Алешина", "", "", "f")),
])
def test_normalize_name(parts, hint, expected):
    got = normalize_name(*parts, gender_hint=hint)
    assert (got["surname"], got["first_name"], got["patronymic"], got["gender"]) == expected


@pytest.mark.parametrize("args, expected", [
    (("Сергей",), "С."),
    (("Лариса", "Анатольевна"), "Л.А."),
    (("", "", "Н", "А"), "Н.А."),
    (("", "", "С"), "С."),
    ((), ""),
])
def test_initials(args, expected):
    assert initials(*args) == expected


@pytest.mark.parametrize("word, patronymic, given", [
    ("Васильевна", True, False), ("Алексеевич", True, False), ("Геннадьевны", True, False),
    ("Олеся", False, True), ("Анатолий", False, True), ("Кондратьева", False, False), ("Бурхайна", False, False),
])
def test_word_kinds(word, patronymic, given):
    assert is_patronymic(word) is patronymic
    assert is_given_name(word) is given


def test_spelling_and_fold():
    assert keep_spelling("Алёшина", "алешина") == "Алёшина"
    assert fold("Алёшина") == fold("АЛЕШИНА") == "алешина"


@pytest.mark.parametrize("phrase, expected", [
    ("Томского государственного университета", "Томский государственный университет"),
    ("Совета депутатов города Энска", "Совет депутатов города Энска"),
    ("министерством образования и науки Энской области", "Министерство образования и науки Энской области"),
    ("Издательского дома «Школьный вестник»", "Издательский дом «Школьный вестник»"),
    ("Межмуниципального отдела МВД России «Энский»", "Межмуниципальный отдел МВД России «Энский»"),
    ("Государственной Думы", "Государственная Дума"),
    ("Роспотребнадзора", "Роспотребнадзор"),
    ("АНО «Новые технологии развития»", "АНО «Новые технологии развития»"),
])
def test_nominative_org(phrase, expected):
    assert nominative_org(phrase) == expected


@pytest.mark.parametrize("abbr, name, expected", [
        ("НГПУ", "Новосибирский государственный педагогический университет", True),
    ("ГУО", "Городское управление образованием администрации города", True),
    ("РДДМ", "Российское движение детей и молодежи «Движение первых»", True),
    ("КДН и ЗП", "Комиссия по делам несовершеннолетних и защите их прав", True),
    ("ИРО", "Новосибирский государственный педагогический университет", False),
    ("ЭНКО", "Фонд «ЭНКО - регионам»", False),
])
def test_expands(abbr, name, expected):
    assert expands(abbr, name) is expected


@pytest.mark.parametrize("word, expected", [
    ("КОиМП", True), ("НИПКиПРО", True), ("ТомГУ", True), ("НГПУ", True), ("Институт", False), ("И", False),
])
def test_is_acronym(word, expected):
    assert is_acronym(word) is expected


@pytest.mark.parametrize("parts, case, expected", [
    # surnames in -их/-ых do not decline; the gender comes from the first name or patronymic
    (("Седых", "Марина", "Олеговна"), "", ("Седых", "Марина", "Олеговна", "f")),
    (("Долгих", "Петра", "Ильича"), "", ("Долгих", "Петр", "Ильич", "m")),
    # a consonant-final surname with no other word: a man's or a woman's nominative, gender unknown
    (("Грищук", "", ""), "", ("Грищук", "", "", "")),
    # «-ову» in the accusative is a woman's «-ова»
    (("Лаврову", "", ""), "accs", ("Лаврова", "", "", "f")),
    # double surnames decline both parts
    (("Сомову-Жукову", "", ""), "accs", ("Сомова-Жукова", "", "", "f")),
    (("Сомову-Жукову", "", ""), "datv", ("Сомов-Жуков", "", "", "m")),
    (("Седых-Жукова", "", ""), "", ("Седых-Жукова", "", "", "f")),
    (("Седых-Жуковой", "Анне", ""), "", ("Седых-Жукова", "Анна", "", "f")),
])
def test_declension_rules(parts, case, expected):
    got = normalize_name(*parts, case_hint=case)
    assert (got["surname"], got["first_name"], got["patronymic"], got["gender"]) == expected


@pytest.mark.parametrize("word, expected", [("Ильич", True), ("Лукич", True), ("Кулич", False), ("Фомина", False)])
def test_short_patronymics(word, expected):
    assert is_patronymic(word) == expected
