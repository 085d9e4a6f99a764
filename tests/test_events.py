"""Events from table rows and section headings, one per event however often it is named."""
from __future__ import annotations

import pytest

from svodka.extractors.events import events_component, same_event
from svodka.normalizers.event_kinds import kind_of
from svodka.extractors.tables import tables_component
from svodka.pipeline.nlp import build_nlp
from svodka.extractors.records import init_doc, meta, records, add_record


@pytest.mark.parametrize("text, kind", [
    ("Научно-методический семинар «Наставничество»", "семинар"),
    ("Региональная научно-практическая конференция «Система оценки»", "конференция"),
    ("Форсайт- сессия «Проектирование поля»", "форсайт-сессия"),
    ("Круглый стол «Векторы развития»", "круглый стол"),
    ("Питч-сессия. Практика опорных площадок", "питч-сессия"),
    ("Творческая лаборатория «Внеурочная деятельность»", "творческая лаборатория"),
    ("Семинар-практикум «Комфортная среда»", "семинар-практикум"),
    ("Пленарное заседание «Наука и образование»", "пленарное заседание"),
])
def test_kind_of(text, kind):
    assert kind_of(text, start_only=True)[0] == kind


@pytest.mark.parametrize("text, kind", [
    ("В дни науки школьники показали опыты", "дни науки"),
    ("На открытии Дней науки выступил ректор", "дни науки"),
    ("К днЯм науки готовились месяц", "дни науки"),
    ("В днях науки приняли участие", "дни науки"),
    ("Итоги методического дня подвели в мае", "методический день"),
    ("Прошёл районный слет вожатых", "слёт"),
    ("Участники слёта вожатых", "слёт"),
    ("За круглым столом собрались", "круглый стол"),
])
def test_short_kind_words_in_every_case(text, kind):
    assert kind_of(text)[0] == kind


@pytest.mark.parametrize("text", ["Дневник наблюдений за погодой", "День был солнечным", "Слетелись птицы",
                                  "На столе лежали тетради"])
def test_short_kind_words_near_misses(text):
    assert kind_of(text) is None


@pytest.mark.parametrize("text", ["В рамках секции «Стратегии» были представлены практики", "Проектирование поля"])
def test_no_kind_at_the_start(text):
    assert kind_of(text, start_only=True) is None


@pytest.mark.parametrize("a, b, same", [
    ("Форсайт- сессия «Проектирование компетентностного поля педагога»",
     "Форсайт-сессия «Проектирование компетентного поля педагога» (МБОУ «СОШ № 64»)", True),
    ("научно-практический семинар «Эффективный учитель: работа с учебной мотивацией и школьной неуспешностью»",
     "Научно-практический семинар: «Эффективный учитель: работа с учебной мотивацией и школьной неспешностью»", True),
    ("Круглый стол «Перспективы развития инженерной лиги»", "Круглый стол «Векторы развития инновационной деятельности»",
     False),
    ("Семинар «Наставничество»", "Конференция «Наставничество в школе: опыт и практика»", False),
])
def test_same_event(a, b, same):
    assert same_event(a, b) is same


TEXT = (
    "Таблица 1 – Мероприятия\n\n"
    "\tДата\tНазвание мероприятия\tВсего\n"
    "ДЕНЬ ПЕРВЫЙ\t9 февраля 10:30\tСеминар «Эффективный учитель» (МБОУ «СОШ № 29»)\t43\n"
    "\t10 февраля 14:00\tКруглый стол «Векторы развития»\t20\n\n"
    "Научно-практический семинар: «Эффективный учитель» (МБОУ «СОШ № 29»)\n\n"
    "Открыла мероприятие директор школы.\n\n"
    "Район\tВсего (чел.)\n"
    "Центральный\t40\n"
    "Заводской\t3\n"
)


def test_events_merge_table_rows_and_headings():
    doc = init_doc(build_nlp().make_doc(TEXT), "t.txt")
    meta(doc)["year"] = 2023
    start = TEXT.index("МБОУ «СОШ № 29»")
    add_record(doc, "schools", start, start + len("МБОУ «СОШ № 29»"), source="table", city="Город",
               sector="school", kind="СОШ", number="29", name="")
    doc = events_component(tables_component(doc))
    events = records(doc, "events")
    assert [(e["kind"], e["date_start"], e["time"]) for e in events] == [
        ("семинар", "2023-02-09", "10:30"), ("круглый стол", "2023-02-10", "14:00")]
    first = events[0]
    assert len(first["mentions"]) == 2
    assert first["venue_text"] == "МБОУ «СОШ № 29»"
    assert first["venue"] == {"city": "Город", "sector": "school", "number": "29", "name": ""}
    district = records(doc, "tables")[-1]
    assert district["event_id"] == first["event_id"]


@pytest.mark.parametrize("text, expected", [
    ("Место проведения: МБОУ «СОШ № 20»\n\n24-25 августа 2023 года состоялась августовская конференция "
     "педагогических работников города «Единое образовательное пространство».",
     [("конференция", "2023-08-24", "2023-08-25", "МБОУ «СОШ № 20»")]),
    ("В Красноярске 11 мая 2023 года завершилась стратегическая сессия в рамках проекта. "
     "Сессия прошла успешно.", [("стратегическая сессия", "2023-05-11", "2023-05-11", "")]),
    # the verb's subject, not the kind after a preposition
    ("Конференция проходила в режиме пленарного заседания и работы двух площадок.", [("конференция", "", "", "")]),
    ("Проведен ремонт систем отопления и освещения.", []),
])
def test_events_from_prose(text, expected):
    doc = init_doc(build_nlp().make_doc(text), "t.txt")
    meta(doc)["year"] = 2023
    doc = events_component(tables_component(doc))
    assert [(e["kind"], e["date_start"], e["date_end"], e["venue_text"]) for e in records(doc, "events")] == expected


@pytest.mark.parametrize("text, titles", [
    # a table counting events by type: its rows are kinds, not events held
    ("Вид мероприятия\tЧисло мероприятий\nСеминары\t4\nВебинары\t7\n", []),
    ("Форма\tКол-во занятий\nТренинги\t3\nЛекции\t5\n", []),
    # a table counting the people at each event lists the events
    ("Мероприятие\tКол-во участников мероприятий\nСеминар «Чтение»\t14\nВебинар «Письмо»\t20\n",
     ["Семинар «Чтение»", "Вебинар «Письмо»"]),
])
def test_events_from_tables(text, titles):
    doc = events_component(tables_component(init_doc(build_nlp().make_doc(text), "t.txt")))
    assert [e["title"] for e in records(doc, "events")] == titles


@pytest.mark.parametrize("text, dates", [
    # the heading names the event and a range holding the day of its sentence (dev2 finding E1)
    ("ОТЧЁТ\nо проведении областного форума «Учитель будущего»\nТверь, 9–10 октября 2025 г.\n\n"
     "9 октября 2025 года открылся областной форум «Учитель будущего».", [("2025-10-09", "2025-10-10")]),
    # a range of the report that overlaps the day: the sections ran the next day too
    ("3 апреля 2025 года открылась региональная конференция «Чтение». Работа секций проходила 3–4 апреля.",
     [("2025-04-03", "2025-04-04")]),
    # a window around the event (applications) is not the event's
    ("Приём заявок шёл с 1 по 10 апреля 2025 года. 3 апреля 2025 года открылась конференция «Чтение».",
     [("2025-04-03", "2025-04-03")]),
    # the heading's range belongs to a programme, not to an event inside it
    ("ОТЧЁТ\nо методической неделе\n13–17 января 2025 г.\n\n16 января 2025 года состоялся круглый стол «Маршрут».",
     [("2025-01-16", "2025-01-16")]),
    # several events: a range starting on one event's day is the programme's
    ("Программа шла с 14 по 30 октября 2025 года. 14 октября 2025 года состоялся семинар «Один». "
     "21 октября 2025 года состоялся семинар «Два».", [("2025-10-14", "2025-10-14"), ("2025-10-21", "2025-10-21")]),
])
def test_event_days_widened_by_ranges(text, dates):
    from svodka.extractors.dates import dates_component

    doc = dates_component(tables_component(init_doc(build_nlp().make_doc(text), "t.txt")))
    doc = events_component(doc)
    assert [(e["date_start"], e["date_end"]) for e in records(doc, "events")] == dates


def test_a_sentence_with_abbreviations_and_a_time_keeps_its_date_and_venue():
    """«г. Томска» and «10.00» do not cut the sentence that dates the event; «на базе <school>» is its venue."""
    from svodka.pipeline.nlp import build_nlp
    from svodka.extractors.records import records

    text = ("Отчёт о семинаре\n\n12 апреля 2024 года в 10.00 на базе МАОУ «Лицей № 7» г. Томска состоялся "
            "городской семинар «Читательская грамотность».")
    (event,) = records(build_nlp()(text), "events")
    assert (event["date_start"], event["time"]) == ("2024-04-12", "10:00")
    assert event["venue_text"] == "МАОУ «Лицей № 7»"


def test_a_row_with_an_empty_event_cell_counts_the_event_above():
    from svodka.pipeline.nlp import build_nlp
    from svodka.extractors.records import records

    text = ("Таблица 1 – Участники семинаров\n\n"
            "№\tСеминар\tКатегория участников\tКол-во чел.\n"
            "1\tСеминар «Смысловое чтение»\tучителя\t38\n"
            "\t\tзаместители директоров\t9\n"
            "2\tСеминар «Функциональная грамотность»\tучителя\t44\n"
            "ИТОГО\t\t\t91\n")
    rows = [r for r in records(build_nlp()(text), "attendance") if r["source"] == "table"]
    assert [(r["count"], r["event_id"]) for r in rows] == [(38, "E01"), (9, "E01"), (44, "E02"), (91, "")]
