"""Attendance: one row per count cell of a table, and head counts stated in prose."""
from __future__ import annotations

import pytest

from extractors.attendance import attendance_component, event_phrase, prose_counts
from extractors.events import events_component
from extractors.tables import tables_component
from pipeline.nlp import build_nlp
from pipeline.records import init_doc, records
from tests.test_tables import GROUPS, NUMBERED, SPILL


def attendance_of(text: str) -> list[dict]:
    doc = init_doc(build_nlp().make_doc(text), "t.txt")
    for component in (tables_component, events_component, attendance_component):
        doc = component(doc)
    return records(doc, "attendance")


@pytest.mark.parametrize("text, expected", [
    (NUMBERED, [("Семинар «Один»", "Кол-во чел", 25, False), ("Семинар «Два»", "Кол-во чел", 0, False),
                ("ИТОГО", "Кол-во чел", 25, True)]),
    # «-» and empty cells are not listed; a spilled-over row adds no count
    (SPILL, [("Центральный", "Всего (чел.)", 21, False)]),
    # numbers with spaces; the «Всего» column is a total; an empty cell is skipped
    (GROUPS, [("Пленарное заседание «Наука»", "Агломерация", 71, False), ("Пленарное заседание «Наука»", "ГО", 42, False),
              ("Пленарное заседание «Наука»", "Всего", 113, True), ("Круглый стол «Лига»", "Агломерация", 50, False),
              ("Круглый стол «Лига»", "ГО", 23, False), ("Круглый стол «Лига»", "Всего", 73, True),
              ("Семинар «Качество»", "ГО", 1096, False), ("Семинар «Качество»", "Всего", 1096, True),
              ("ВСЕГО", "Агломерация", 121, True), ("ВСЕГО", "ГО", 1161, True), ("ВСЕГО", "Всего", 1282, True)]),
])
def test_table_rows(text, expected):
    rows = [r for r in attendance_of(text) if r["source"] == "table"]
    assert [(r["label"], r["column"], r["count"], r["is_total"]) for r in rows] == expected
    for row in rows:
        assert text[row["char_start"]:row["char_end"]].replace(" ", "") == str(row["count"])


def test_counts_of_things_are_not_attendance():
    text = "Район\tКоличество ОО\tКол-во мероприятий\tУчастники\tДоля, %\nЦентральный\t12\t4\t140\t35\n"
    assert [(r["column"], r["count"]) for r in attendance_of(text)] == [("Участники", 140)]


def test_table_rows_link_events():
    rows = attendance_of(GROUPS)
    assert rows[0]["event_id"] and rows[0]["event_id"] == rows[1]["event_id"] != rows[3]["event_id"]


@pytest.mark.parametrize("text, expected", [
    ("Всего в работе конференции приняли участие 450 человек: 270 - в работе тематических секций, "
     "180 – в пленарном заседании; в конкурсе участвовали 39 образовательных организаций города.",
     [(450, "участники конференции"), (270, "в работе тематических секций"), (180, "в пленарном заседании")]),
    ("В конференции в очном режиме приняли участие 120 человек из городов области, "
     "в дистанционном формате – 60 участников.",
     [(120, "в очном режиме"), (60, "в дистанционном формате")]),
    ("Общее количество участников – 283 человека (таблица 1).", [(283, "Общее количество участников")]),
    ("Масштабное собрание объединило свыше 70 региональных и федеральных спикеров.", [(70, "спикеры")]),
    ("В проведении ЕГЭ приняли участие 3 руководителя пунктов проведения ЕГЭ, более 200 работников пунктов.",
     [(3, "руководители пунктов проведения ЕГЭ"), (200, "работники пунктов")]),
    ("На школьном уровне приняли участие более 6 тысяч учащихся 5-11 классов.", [(6000, "На школьном уровне")]),
    ("Математику сдавало 47 % выпускников (174 человека).", [(174, "Математику сдавало")]),
    ("Всего участников – 80 человек, из них 12 – организаторы.", [(80, "Всего участников")]),
    ("Всего в семинаре приняли участие 101 человек, из них 15 – в дистанционном формате.",
     [(101, "участники семинара"), (15, "в дистанционном формате")]),
    ("На школьном этапе участвовали 6 тысяч учащихся, из них 2,5 тыс. – победители и призеры.",
     [(6000, "На школьном этапе")]),
    ("Количество слушателей составило 64 человека.", [(64, "Количество слушателей")]),
    ("Участниками конференции стали 300 учителей области.", [(300, "учителя")]),
    ("В работе семинара приняли участие 45 чел.", [(45, "участники семинара")]),
    ("Участие в форуме приняли 250 педагогов.", [(250, "педагоги")]),
    ("На конференции выступили 12 докладчиков.", [(12, "докладчики")]),
    # «из них» after where the whole came from («из N организаций»), parts led by particles or adjectives
    ("В олимпиаде приняли участие 95 школьников из 14 сельских поселений, из них 30 – в заочном туре.",
     [(95, "В олимпиаде"), (30, "в заочном туре")]),
    ("В курсах приняли участие 64 слушателя из 9 районов края, из них 40 – на бюджетной основе, "
     "24 – лишь в вечерней группе.", [(64, "слушатели"), (40, "на бюджетной основе"), (24, "лишь в вечерней группе")]),
    ("В слёте приняли участие 120 вожатых из 15 лагерей, из них 44 – начинающие вожатые.",
     [(120, "В слёте"), (44, "начинающие вожатые")]),
    # a head count in parentheses after the people it counts, with no verb of taking part
    ("Члены жюри конкурса (11 человек) оценили работы.", [(11, "Члены жюри конкурса")]),
    ("Слушатели курсов (около 30 человек) получили сертификаты.", [(30, "Слушатели курсов")]),
    # not people, or not taking part
    ("Кабинеты физики (12 кабинетов) оснащены оборудованием.", []),
    ("Проекты школ (15 человек в команде) защищены.", []),
    ("Победители олимпиады (8 человек) получили дипломы.", []),  # results, not attendance
    ("В конкурсе участвовали 39 образовательных организаций и 12 школ.", []),
    ("На подготовку было направлено около 50 млн. рублей, приняли участие 15 % школ.", []),
    ("В 26 детских садах обучаются 3952 воспитанника, их воспитывают 434 педагога.", []),
    ("Выпускников в текущем году было 374.", []),
    ("В 2021 году приняли участие в проекте 5 школ.", []),
])
def test_prose_counts(text, expected):
    found = prose_counts(text)
    assert [f["count"] for f in found] == [count for count, _ in expected]
    for f, (_, label) in zip(found, expected):
        assert label.lower() in f["label"].lower()


def test_prose_offsets_cover_the_number():
    text = "Всего приняли участие **1096** педагогических работников."
    (found,) = prose_counts(text)
    assert "1096" in text[found["start"]:found["end"]] and found["is_total"]


@pytest.mark.parametrize("text, label", [
    # «человек» says nothing: the people are the participants of the event the sentence names
    ("В работе форума приняли участие 140 человек.", "участники форума"),
    ("Всего в областном вебинаре приняли участие 75 человек.", "участники областного вебинара"),
    ("В мероприятиях декады участвовали 310 человек.", "участники мероприятий декады"),
    ("В рамках педагогических чтений приняли участие 56 человек.", "участники педагогических чтений"),
    # a format, not an event: the adverbial itself
    ("В заочной форме приняли участие 20 человек.", "В заочной форме"),
    # a named people noun keeps the clause in the document's words, noun in the nominative plural
    ("В форуме приняли участие 140 воспитателей.", "В форуме приняли участие воспитатели"),
])
def test_prose_labels_name_people_and_event(text, label):
    (found,) = prose_counts(text)
    assert found["label"] == label


@pytest.mark.parametrize("adverbial, phrase", [
    ("в работе конференции", "конференции"),
    ("на семинаре", "семинара"),
    ("в городском конкурсе «Учитель года»", "городского конкурса «Учитель года»"),
    ("в очном режиме", ""),
    ("по итогам", ""),
])
def test_event_phrase(adverbial, phrase):
    assert event_phrase(adverbial) == phrase
