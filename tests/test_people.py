"""People: every name form, gender, merging, roles, and names that are not people."""
from __future__ import annotations

import pytest

from extractors.ner import ner_spans
from extractors.people import extract_people


def people(text: str) -> list[dict]:
    per = [(s, e) for s, e, kind in ner_spans(text) if kind == "PER"]
    return extract_people(text, per)


def brief(row: dict) -> tuple:
    return row["surname"], row["first_name"], row["patronymic"], row["initials"], row["gender"]


@pytest.mark.parametrize("text, expected", [
    # first name + surname
    ("К участникам обратился губернатор области Сергей Петров.", ("Петров", "Сергей", "", "С.", "m")),
    # surname + first name + patronymic
    ("Мастер-класс провела Берёзкина Ольга Ивановна, учитель музыки.", ("Берёзкина", "Ольга", "Ивановна", "О.И.", "f")),
    # first name + patronymic + surname
    ("Модератором была Галина Петровна Кузнецова.", ("Кузнецова", "Галина", "Петровна", "Г.П.", "f")),
    # initials before the surname, with and without a space
    ("Отчет представила Н.А. Соколова.", ("Соколова", "", "", "Н.А.", "f")),
    ("Отчет представил С.В.Орлов.", ("Орлов", "", "", "С.В.", "m")),
    # surname + initials with spaces, ё kept
    ("Занятие провела Журавлёва Н. В., педагог-психолог.", ("Журавлёва", "", "", "Н.В.", "f")),
    # a woman's surname that pymorphy would read as a man's genitive
    ("С докладом выступила руководитель управления Е.Г. Чернова.", ("Чернова", "", "", "Е.Г.", "f")),
    # oblique cases back to the nominative in the person's gender
    ("Благодарность вручена Смирновой Елене Викторовне.", ("Смирнова", "Елена", "Викторовна", "Е.В.", "f")),
    ("По словам Алексея Смирнова, конкурс стал традиционным.", ("Смирнов", "Алексей", "", "А.", "m")),
    # a capitalized common word before «Имя Отчество» is not the surname; the one after is
    ("Доклад Сергея Павловича Иванова был посвящен кадрам.", ("Иванов", "Сергей", "Павлович", "С.П.", "m")),
    # a man's surname in the genitive after a noun or a preposition
    ("Тема доклада С.П. Иванова вызвала интерес.", ("Иванов", "", "", "С.П.", "m")),
    ("Грамоты получены от Н.Н. Петрова.", ("Петров", "", "", "Н.Н.", "m")),
    # the instrumental after a role
    ("Призы учреждены губернатором области А.А. Травниковым.", ("Травников", "", "", "А.А.", "m")),
    # a surname written in capitals
    ("Победитель конкурса – ПЕТРОВА Анна Сергеевна.", ("Петрова", "Анна", "Сергеевна", "А.С.", "f")),
    # a surname pymorphy does not know, inflected by its ending
    ("Награду получила Духанина Светлана Николаевна.", ("Духанина", "Светлана", "Николаевна", "С.Н.", "f")),
])
def test_name_forms(text, expected):
    rows = people(text)
    assert [brief(r) for r in rows] == [expected]


@pytest.mark.parametrize("text, expected", [
    # initials and the full name of one person
    ("Семинар открыл И.И. Петров. Игорь Иванович отметил рост числа участников.",
     [("Петров", "Игорь", "Иванович", "И.И.", "m", 2)]),
    # «Имя Отчество» joins the latest person with those initials
    ("Выступили В.В. Белов и А.А. Рыбин. Василий Васильевич рассказал о планах.",
     [("Белов", "Василий", "Васильевич", "В.В.", "m", 2), ("Рыбин", "", "", "А.А.", "m", 1)]),
    # ё and е, initials before and after
    ("Участвовали Алёшина Т.А., методист, и Т.А. Алешина.",
     [("Алёшина", "", "", "Т.А.", "f", 2)]),
    # a bare surname after the full name
    ("Приветствие произнесла Марина Орлова. Орлова напомнила о сроках.",
     [("Орлова", "Марина", "", "М.", "f", 2)]),
    # a man and a woman with one surname stay two people
    ("Выступили Сергей Иванов и Анна Иванова.",
     [("Иванов", "Сергей", "", "С.", "m", 1), ("Иванова", "Анна", "", "А.", "f", 1)]),
    # natasha glues a name to the next line's name and patronymic
    ("Слово предоставили министру А.А. Бутов\n\nАнатолий Алексеевич поздравил педагогов.",
     [("Бутов", "Анатолий", "Алексеевич", "А.А.", "m", 2)]),
])
def test_merging(text, expected):
    rows = people(text)
    assert [(*brief(r), r["n_mentions"]) for r in rows] == expected


@pytest.mark.parametrize("text, role, organization", [
    ("Открыла мероприятие директор МБОУ «СОШ № 7» Орлова Анна Петровна.", "директор", "МБОУ «СОШ № 7»"),
    ("Выступила Орлова Анна Петровна, заместитель директора по УВР МБОУ «СОШ № 7».",
     "заместитель директора по УВР", "МБОУ «СОШ № 7»"),
    ("(Орлова Анна Петровна, учитель физической культуры)", "учитель физической культуры", ""),
    ("– отметила директор ИМЦ, кандидат педагогических наук Н.А. Орлова.", "директор", "ИМЦ"),
    ("Слово взял Глава города Энска В.В. Орлов.", "Глава города Энска", ""),
    ("Конференцию открыл министр образования Энской области Михаил Орлов.", "министр образования Энской области", ""),
    ("Орлова Анна Петровна, кандидат психологических наук, доцент, руководитель инновационной площадки, выступила.",
     "руководитель инновационной площадки", ""),
    ("Доклад сделала заведующая кафедрой начального образования ИПК А.А. Орлова.",
     "заведующая кафедрой начального образования", "ИПК"),
    ("Выступил главный редактор издательского дома «Школа» Иван Орлов.", "главный редактор",
     "Издательский дом «Школа»"),
    ("Награда вручена Орловой Анне Петровне, учителю математики.", "учитель математики", ""),
    ("Приветствие направил Орлов Иван Петрович.", "", ""),
    # a position in brackets; a surname that is also a first name's plural genitive («Фролов»)
    ("Мастер-класс провел Фролов Денис Игоревич (учитель физики).", "учитель физики", ""),
    # a school's name before the person is not an institution name around her
    ("Итоги подвела директор гимназии Е.А. Жукова.", "директор", ""),
    # a participle between an honour and the name is not an apposition
    ("Призерами признаны Сидоров Павел Андреевич и другие.", "", ""),
    # a table row: name, then the position in the next cell
    ("Орлова Анна Петровна\tучитель химии\t12", "учитель химии", ""),
])
def test_roles(text, role, organization):
    rows = people(text)
    assert [(r["role"], r["organization"]) for r in rows] == [(role, organization)]


@pytest.mark.parametrize("text", [
    "Ученики МБОУ «Лицей имени А.С. Пушкина» стали победителями.",
    "Конкурс прошел в МБОУ ДО «ДДТ им. В.И. Сидорова».",
    "Грант выделен Фондом Ивана Петрова.",
    "Школа расположена на ул. Ленина, рядом с площадью Пушкина.",
    "Модератор рассказал о планах.",
    "Образцы документов даны в Приложение А. к положению.",
    "Уроки подготовлены по произведениям А.С. Пушкина и Л.Н. Толстого.",
    "Отв. за подготовку справки назначен приказом.",
])
def test_not_people(text):
    assert people(text) == []
