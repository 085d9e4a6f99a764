"""Document title and period: the report's own heading past the letterhead; the event's dates."""
from __future__ import annotations

import pytest

from svodka.extractors.meta import guess_title
from svodka.normalizers.dates import is_act_reference


@pytest.mark.parametrize("text, title", [
    ("\n\n**ОТЧЁТ\nо семинаре**\n\nТекст", "ОТЧЁТ о семинаре"),
    ("**Муниципальное автономное учреждение\n«Институт»**\n\n**ОТЧЕТ\nо проведении Дней науки\n9-21 февраля 2023 года**"
     "\n\nОсновной целью ...", "ОТЧЕТ о проведении Дней науки 9-21 февраля 2023 года"),
    ("\n\nРезолюция\nавгустовской конференции\n«Единое пространство»\n\n24.08.2023\n\nг. Город\n\nТекст.",
     "Резолюция августовской конференции «Единое пространство»"),
    ("Справка\n\nо результатах мониторинга\n\nТекст.", "Справка о результатах мониторинга"),
    ("Управление образования администрации города\n\nПРОТОКОЛ № 3 заседания совета\n\nПрисутствовали: 12.",
     "ПРОТОКОЛ № 3 заседания совета"),
    ("Информация о ходе подготовки к ЕГЭ\n\nТекст.", "Информация о ходе подготовки к ЕГЭ"),
    # no heading word: the first block that is not letterhead, its first sentence
    ("Министерство просвещения\n\nМинистерство просвещения\nПедагогический университет\n\n"
     "В Городе 11 мая завершилась сессия. Второй день начался с работы.", "В Городе 11 мая завершилась сессия."),
    ("\n\nМуниципальная система оценки качества: реализация проектов\n\nВ августе 2021 года ...",
     "Муниципальная система оценки качества: реализация проектов"),
    ("Собрание объединило руководителей учреждений образования и других представителей.\n\nДалее.",
     "Собрание объединило руководителей учреждений образования и других представителей."),
    ("О Т Ч Ё Т\n\nо работе методического объединения", "ОТЧЁТ о работе методического объединения"),
    ("МБОУ «СОШ № 5»\nПубличный отчёт директора\nза год\n\nТекст.", "Публичный отчёт директора за год"),
    ("УТВЕРЖДАЮ\nДиректор\n\nАналитическая справка по итогам олимпиады\n\nТекст.",
     "Аналитическая справка по итогам олимпиады"),
    # a heading word deep in the body does not replace the first block of content
    ("Тема конференции педагогов\n\nТекст.\n\nИтоги подведём позже.", "Тема конференции педагогов"),
    ("", ""),
])
def test_guess_title(text, title):
    assert guess_title(text) == title


@pytest.mark.parametrize("text, expected", [
    ("постановление от 07.10.2017 № 1235 «Об»", True),
    ("приказ от 24.11.2014 г. № 731", True),
    ("в период с 03.08.2021 по 05.08.2021 прошла", False),
])
def test_act_reference(text, expected):
    from svodka.normalizers.dates import parse_dates

    (row,) = [r for r in parse_dates(text, 2021) if r["kind"] in ("day", "range")]
    assert is_act_reference(text, row) is expected


def _period(text, events=()):
    from svodka.pipeline.nlp import build_nlp
    from svodka.extractors.records import init_doc, meta, records

    nlp = build_nlp()
    doc = init_doc(nlp.make_doc(text))
    nlp.get_pipe("svodka_dates")(doc)
    records(doc, "events").extend(events)
    nlp.get_pipe("svodka_meta")(doc)
    return meta(doc)["period_start"], meta(doc)["period_end"]


@pytest.mark.parametrize("text, events, period", [
    # the heading's range, not a cited act's date
    ("ОТЧЁТ о неделе\n9-21 февраля 2023 года\n\nПо приказу от 07.10.2017 № 1235 10 февраля прошёл семинар.", [],
     ("2023-02-09", "2023-02-21")),
    # events win ...
    ("ОТЧЁТ о семинаре\n\nТекст 9 марта 2023 года.", [{"date_start": "2023-03-10", "date_end": "2023-03-11"}],
     ("2023-03-10", "2023-03-11")),
    # ... unless the heading's range holds all of them
    ("ОТЧЁТ о Днях науки\n9-21 февраля 2023 года\n\nТекст.",
     [{"date_start": "2023-02-09", "date_end": ""}, {"date_start": "2023-02-17", "date_end": "2023-02-17"}],
     ("2023-02-09", "2023-02-21")),
    # a month in the heading, when no day is there
    ("Тема доклада\n\nВ августе 2021 года на конференции.\n\nДалее " + "текст " * 300 + "07.10.2017 № 5 и 25 августа.",
     [], ("2021-08-01", "2021-08-31")),
    # else the first day-level date that is not an act's
    ("Тема\n\n" + "текст " * 300 + "Приказ от 07.10.2017 № 5. Сессия 25-27 августа 2021 г.", [],
     ("2021-08-25", "2021-08-27")),
    ("Тема без дат", [], ("", "")),
])
def test_period(text, events, period):
    assert _period(text, events) == period


# The period covers the ranges the report gives for its event (dev finding 13; invented texts).
@pytest.mark.parametrize("text, events, period", [
    ("ОТЧЁТ о конференции\n\n5 мая 2024 года открылась конференция. Работа секций проходила 5–6 мая. "
     "Материалы опубликуют до 30 июня 2024 года.", [{"date_start": "2024-05-05", "date_end": ""}],
     ("2024-05-05", "2024-05-06")),
    ("ОТЧЁТ о форуме\n\nЗаочный этап прошёл 2–4 октября 2024 г., 4 октября 2024 года открылся форум.",
     [{"date_start": "2024-10-04", "date_end": "2024-10-04"}], ("2024-10-02", "2024-10-04")),
    # not a registration window around the event, a deadline, or a date outside it
    ("ОТЧЁТ о конференции\n\nВведение.\n\nЦели.\n\nЗадачи.\n\nПриём заявок шёл с 1 по 10 мая 2024 года. 5 мая 2024 года открылась конференция. "
     "Отчёты секций сдаются в срок 5–8 мая. Следующая конференция пройдёт 6 мая 2025 года.",
     [{"date_start": "2024-05-05", "date_end": ""}], ("2024-05-05", "2024-05-05")),
    # no events: the heading's date, widened by the sections' range
    ("ОТЧЁТ о семинаре 12 марта 2024 года\n\nСекции работали 12–13 марта.", [], ("2024-03-12", "2024-03-13")),
])
def test_period_covers_the_events_ranges(text, events, period):
    assert _period(text, events) == period


def test_seed_titles_skip_letterhead(seed_run):
    import csv

    out, _ = seed_run
    with (out / "documents.csv").open(encoding="utf-8-sig") as handle:
        titles = {row["doc_id"]: row["title"] for row in csv.DictReader(handle)}
    assert all(titles.values())
    assert not any(t.startswith(("Министерство", "Муниципальное автономное")) for t in titles.values())
