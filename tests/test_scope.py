"""How the counts of a report add up (issue 12): attendance.scope and .category, the report's own event,
prose counts linked to the event they count."""
from __future__ import annotations

import csv

import pytest

from svodka.extractors.attendance_scope import plural_nominative, prose_category
from svodka.pipeline.nlp import build_nlp
from svodka.extractors.records import records


def rows_of(text: str) -> list[tuple]:
    doc = build_nlp()(text)
    return [(r["count"], r["scope"], r["category"]) for r in records(doc, "attendance")]


def events_of(text: str) -> list[tuple]:
    doc = build_nlp()(text)
    return [(e["event_id"], e["kind"], e["title"], e["date_start"], e["date_end"]) for e in records(doc, "events")]


@pytest.mark.parametrize("word, expected", [
    ("педагогов", "педагоги"),
    ("учителя", "учителя"),
    ("обучающихся", "обучающиеся"),
    ("родителей", "родители"),
    ("человек", ""),
    ("участников", ""),
    ("школ", ""),
])
def test_plural_nominative(word, expected):
    assert plural_nominative(word) == expected


@pytest.mark.parametrize("text, expected", [
    ("Пришли 25 молодых педагогов района.", "педагоги"),
    ("Пришли 25 человек.", ""),
    ("Пришли 25 человек: учителя и родители.", ""),
    ("Пришли пять учителей.", "учителя"),
    ("Пришли 25, а ученики остались.", ""),
])
def test_prose_category(text, expected):
    start = text.index(" ", 3) + 1
    assert prose_category(text, start, text.index(" ", start)) == expected


@pytest.mark.parametrize("text, expected", [
    # one event's count: an event
    ("12 марта 2024 года состоялся семинар «Читаем вместе». В семинаре приняли участие 30 педагогов.",
     [(30, "event", "педагоги")]),
    # a whole and its parts after a colon: the whole is the event, the parts are parts
    ("12 марта 2024 года прошла конференция «Школа будущего». Всего в конференции приняли участие 200 человек: "
     "120 – в секциях, 80 – в пленарном заседании.",
     [(200, "event", ""), (120, "part", ""), (80, "part", "")]),
    # a table of events with a totals row and a category column
    ("Таблица 1\n№\tМероприятие\tКатегория\tКол-во чел\n1\tСеминар «Один»\tучителя химии\t20\n"
     "2\tСеминар «Два»\tзаместители директора\t15\nИТОГО\t\t\t35\n",
     [(20, "event", "учителя химии"), (15, "event", "заместители директора"), (35, "total", "")]),
])
def test_scope_and_category(text, expected):
    assert rows_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ОТЧЁТ\nо проведении районной недели математики\n«Считаем вместе»\n3-7 апреля 2023 года\n\n"
     "Неделя прошла во всех школах района.",
     ("E01", "", "районной недели математики «Считаем вместе»", "2023-04-03", "2023-04-07")),
    ("Об итогах муниципального конкурса чтецов «Живое слово»\n\nВ конкурсе участвовали 40 школьников.",
     ("E01", "конкурс", "муниципального конкурса чтецов «Живое слово»", "", "")),
    ("Резолюция\nавгустовской конференции педагогов\n«Новые стандарты»\n\nКонференция приняла решения.",
     ("E01", "конференция", "августовской конференции педагогов «Новые стандарты»", "", "")),
    ("Масштабный форум собрал сотни педагогов. В первый день участники форума работали в секциях.",
     ("E01", "форум", "форум", "", "")),
])
def test_the_report_names_its_own_event(text, expected):
    assert events_of(text)[0] == expected


@pytest.mark.parametrize("text", [
    "По итогам семинара подготовлен сборник.\n\nСборник разослан в школы.",  # a sentence, not a heading
    "Учителя района провели уроки.",                                          # no event at all
])
def test_no_event_without_a_heading_or_a_gathering(text):
    assert events_of(text) == []


def test_a_heading_theme_shared_by_a_session_makes_two_events():
    text = ("Отчёт о проведении городских Дней науки «Наука и школа»\n\n"
            "Таблица 1\n№\tМероприятие\tКол-во чел\n1\tПленарное заседание «Наука и школа»\t40\n"
            "2\tКруглый стол «Лаборатории»\t25\nИТОГО\t\t65\n")
    assert [e[1] for e in events_of(text)] == ["дни науки", "пленарное заседание", "круглый стол"]


def _read(out, table):
    with open(out / f"{table}.csv", encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_on_the_seed_run_event_counts_add_up_to_the_reports(seed_run):
    out, _ = seed_run
    rows = _read(out, "attendance")
    events = _read(out, "events")
    days = [r for r in rows if r["doc_id"].startswith("001") and r["scope"] == "event"]
    assert sum(int(r["count"]) for r in days) == 1096
    main = [e for e in events if e["doc_id"].startswith("001") and e["event_id"] == "E01"][0]
    assert "Дней науки" in main["title"] and (main["date_start"], main["date_end"]) == ("2023-02-09", "2023-02-21")
    assert any(e["doc_id"].startswith("000") and e["kind"] == "съезд" for e in events)
    for doc in ("002", "003"):
        prose = [r for r in rows if r["doc_id"].startswith(doc) and r["source"] == "prose"]
        assert prose and all(r["event_id"] for r in prose)
    assert {r["scope"] for r in rows} <= {"event", "part", "total"}
    ids = [e["event_id"] for e in events if e["doc_id"].startswith("001")]
    assert ids == sorted(ids)


def test_the_worked_query_sums_each_report_without_double_counting(seed_run):
    from svodka.outputs.query import EXAMPLES, query

    out, _ = seed_run
    _, rows = query(out, EXAMPLES["сколько человек приняли участие в мероприятиях каждого отчёта"])
    per_doc = {doc[:3]: n for doc, n in rows}
    assert per_doc["001"] == 1096 and per_doc["003"] == 450 and per_doc["002"] == 57
    _, rows = query(out, EXAMPLES["какие мероприятия прошли, когда и сколько на них было участников"])
    days = [r for r in rows if r[0].startswith("001") and r[1] == "E01"][0]
    assert days[-1] == 1096  # the umbrella event's stated total
