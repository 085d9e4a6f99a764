"""Dates: every written form of days, ranges and times; months and years kept apart; the seed score."""
from __future__ import annotations

import subprocess
import sys

import pytest

from svodka.normalizers.dates import full_year, month_number, parse_dates
from tests.conftest import GOLD, SCORER


def rows(text, year=2023):
    return [(r["kind"], r["start"], r["end"], r["time"]) for r in parse_dates(text, year)]


@pytest.mark.parametrize("text, expected", [
    # single days
    ("9 февраля", [("day", "2023-02-09", "2023-02-09", "")]),
    ("14 февраля 2023 года", [("day", "2023-02-14", "2023-02-14", "")]),
    ("«9» февраля 2022 г.", [("day", "2022-02-09", "2022-02-09", "")]),
    ("25 августа 2021г.", [("day", "2021-08-25", "2021-08-25", "")]),
    ("3 сент. 2020", [("day", "2020-09-03", "2020-09-03", "")]),
    ("07.10.2017", [("day", "2017-10-07", "2017-10-07", "")]),
    ("01.09.23", [("day", "2023-09-01", "2023-09-01", "")]),
    ("с 01.09.2023 г.", [("day", "2023-09-01", "2023-09-01", "")]),
    ("до 15 мая", [("day", "2023-05-15", "2023-05-15", "")]),
    ("15 НОЯБРЯ 2022 ГОДА", [("day", "2022-11-15", "2022-11-15", "")]),
    ("дата: 2022-11-15", [("day", "2022-11-15", "2022-11-15", "")]),
    # ranges
    ("9-21 февраля 2023 года", [("range", "2023-02-09", "2023-02-21", "")]),
    ("24-25 августа", [("range", "2023-08-24", "2023-08-25", "")]),
    ("24 – 25 августа 2022 г.", [("range", "2022-08-24", "2022-08-25", "")]),
    ("24−25\u00a0августа", [("range", "2023-08-24", "2023-08-25", "")]),  # a minus sign, a no-break space
    ("24.08.2023-25.08.2023", [("range", "2023-08-24", "2023-08-25", "")]),
    ("24.08-25.08.2022", [("range", "2022-08-24", "2022-08-25", "")]),
    ("24-25.08.2022", [("range", "2022-08-24", "2022-08-25", "")]),
    ("с 10 по 21 февраля 2023 года", [("range", "2023-02-10", "2023-02-21", "")]),
    ("с 03.08.2021 по 05.08.2021", [("range", "2021-08-03", "2021-08-05", "")]),
    ("В период 9 по 21 февраля", [("range", "2023-02-09", "2023-02-21", "")]),
    ("в период с 9 до 12 мая", [("range", "2023-05-09", "2023-05-12", "")]),
    ("с 28 февраля по 3 марта", [("range", "2023-02-28", "2023-03-03", "")]),
    ("30 марта – 1 апреля 2024 года", [("range", "2024-03-30", "2024-04-01", "")]),
    ("с 28 декабря 2022 г. по 10 января 2023 г.", [("range", "2022-12-28", "2023-01-10", "")]),
    ("с 28 декабря по 10 января 2023 г.", [("range", "2022-12-28", "2023-01-10", "")]),
    ("c 10 по 12 мая", [("range", "2023-05-10", "2023-05-12", "")]),  # a Latin «c»
    ("с 10-го по 12-е мая", [("range", "2023-05-10", "2023-05-12", "")]),
    ("15-16.11.22", [("range", "2022-11-15", "2022-11-16", "")]),
    ("с 03.04 по 09.04 2019 года", [("range", "2019-04-03", "2019-04-09", "")]),  # the year after, a space apart
    ("от 3.4 до 9.4 2019 г.", [("range", "2019-04-03", "2019-04-09", "")]),
    ("с 03.04 по 09.04 2019", []),  # without «год» the number after may be anything
    # enumerations: one row per day
    ("- 9 февраля;\n- 10 февраля.", [("day", "2023-02-09", "2023-02-09", ""), ("day", "2023-02-10", "2023-02-10", "")]),
    ("9 февраля\n- 10 февраля", [("day", "2023-02-09", "2023-02-09", ""), ("day", "2023-02-10", "2023-02-10", "")]),
    ("9 февраля\n2022 года", [("day", "2022-02-09", "2022-02-09", "")]),
    ("9 февраля\n2022\tучастника", [("day", "2023-02-09", "2023-02-09", "")]),
    ("12-14, 18 марта", [("range", "2023-03-12", "2023-03-14", ""), ("day", "2023-03-18", "2023-03-18", "")]),
    ("12-14, 31 апреля, 2 мая", [("range", "2023-04-12", "2023-04-14", ""), ("day", "2023-05-02", "2023-05-02", "")]),
    ("9, 10 и 13 февраля", [("day", "2023-02-09", "2023-02-09", ""), ("day", "2023-02-10", "2023-02-10", ""),
                            ("day", "2023-02-13", "2023-02-13", "")]),
    # times go on the day's row
    ("9 февраля 10:30", [("day", "2023-02-09", "2023-02-09", "10:30")]),
    ("9 февраля\t14:00", [("day", "2023-02-09", "2023-02-09", "14:00")]),
    ("9 февраля 2023 г. в 9.00", [("day", "2023-02-09", "2023-02-09", "09:00")]),
    ("9 февраля (четверг), 15:30", [("day", "2023-02-09", "2023-02-09", "15:30")]),
    ("09.02.2023 в 10:00-12:00", [("day", "2023-02-09", "2023-02-09", "10:00")]),
    ("9 февраля в 10-00", [("day", "2023-02-09", "2023-02-09", "10:00")]),
    ("9 февраля 10-11 классы", [("day", "2023-02-09", "2023-02-09", "")]),
    ("9 февраля\n10:30", [("day", "2023-02-09", "2023-02-09", "")]),  # a time on the next line is not its time
    # months, years and academic years are not day-level
    ("в августе 2021 года", [("month", "2021-08-01", "2021-08-31", "")]),
    ("к октябрю", [("month", "2023-10-01", "2023-10-31", "")]),
    ("в ноябре – декабре 2022 года", [("month", "2022-11-01", "2022-12-31", "")]),
    ("в декабре-январе 2022 года", [("month", "2021-12-01", "2022-01-31", "")]),
    ("в 2021 году", [("year", "2021-01-01", "2021-12-31", "")]),
    ("2023-2024 гг.", [("year", "2023-01-01", "2024-12-31", "")]),
    ("2021/2022 учебный год", [("academic_year", "2021-09-01", "2022-08-31", "")]),
    ("2021-2022 уч. года", [("academic_year", "2021-09-01", "2022-08-31", "")]),
    ("2019/2020 уч.года", [("academic_year", "2019-09-01", "2020-08-31", "")]),
    ("к новому 2023-2024 учебному году", [("academic_year", "2023-09-01", "2024-08-31", "")]),
    ("2022/23 учебный год", [("academic_year", "2022-09-01", "2023-08-31", "")]),
    ("олимпиады в 2017-2018 году", [("academic_year", "2017-09-01", "2018-08-31", "")]),  # two years, one «год»
    ("в 2017-2018 годах", [("year", "2017-01-01", "2018-12-31", "")]),
    # not dates at all
    ("приказ № 1235", []),
    ("1 500 рублей", []),
    ("компетенции XXI века", []),
    ("раздел 3.1.", []),
    ("пункт 2.3.12", []),
    ("10-11 классы", []),
    ("25 августовских конференций", []),
    ("Издательский дом «Первое сентября»", []),
    ("акция «1 сентября – каждому школьнику»", []),
    ("31 февраля", []),
    ("21-9 февраля", []),
    ("9 по 21 февраля", [("day", "2023-02-21", "2023-02-21", "")]),  # «по» needs «с»/«в период»: a day
    ("ул. 8 Марта, д. 5", []),
    ("на проспекте 50 лет Октября", []),
    ("24.08.2023-25.08.2023\n\nг. Москва", [("range", "2023-08-24", "2023-08-25", "")]),
    # a page's markup lost in extraction glues the next word on; a capital word goes on («МАРТОВСКИЙ»)
    ("12 мартаСостоялся семинар", [("day", "2023-03-12", "2023-03-12", "")]),
    ("МАРТОВСКИЙ СЕМИНАР", []),
    ("12 МАРТА прошёл семинар", [("day", "2023-03-12", "2023-03-12", "")]),
    # the minutes of a page's clock time are no day of a list: «15:28, 25 августа»
    ("Опубликовано 09:41, 14 мая 2022", [("day", "2022-05-14", "2022-05-14", "")]),
    ("10, 12 и 14 мая 2022", [("day", "2022-05-10", "2022-05-10", ""), ("day", "2022-05-12", "2022-05-12", ""),
                             ("day", "2022-05-14", "2022-05-14", "")]),
])
def test_forms(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("cell, expected", [
    ("09.02", [("day", "2023-02-09", "2023-02-09", "")]),
    ("09.02. 14:00", [("day", "2023-02-09", "2023-02-09", "14:00")]),
    ("12.05 раза", []),  # not a cell of dates alone
    ("3.1", []),
    ("в 10.30", []),
])
def test_table_cells(cell, expected):
    assert rows(cell) == expected


@pytest.mark.parametrize("text, expected", [
    ("Новости\n\n14:05\n\n12.03\n\nТекст", [("day", "2023-03-12", "2023-03-12", "")]),  # a date stamp alone
    ("Новости\n\n12.03 раза\nТекст", []),  # not alone on its line: a number
    ("Рост в 12.03 раза за год и ещё немного текста", []),
])
def test_a_date_stamp_alone_on_its_line(text, expected):
    assert rows(text) == expected


def test_a_day_no_year_reaches_is_not_written():
    from svodka.pipeline.nlp import build_nlp
    from svodka.extractors.records import records

    doc = build_nlp()("Итоги конкурса\n\n17 декабря прошло награждение победителей.")
    assert [r["text"] for r in records(doc, "dates")] == []
    doc = build_nlp()("Итоги конкурса «Учитель года – 2022»\n\n17 марта прошло награждение победителей.")
    assert [(r["text"], r["start"]) for r in records(doc, "dates")] == [("17 марта", "2022-03-17")]


def test_a_later_date_in_a_bracketed_aside_lends_no_year():
    text = ("Отчёт\n05.04.2019\n\n2 апреля отмечается день (учреждён 18.12.2007 г. решением совета) во всех школах.")
    from svodka.pipeline.nlp import build_nlp
    from svodka.extractors.records import records

    found = [(r["text"], r["start"]) for r in records(build_nlp()(text), "dates")]
    assert ("2 апреля", "2019-04-02") in found and ("2 апреля", "2007-04-02") not in found


def test_two_years_as_one_school_year_in_the_heading():
    from svodka.pipeline.nlp import build_nlp
    from svodka.extractors.records import records

    doc = build_nlp()("Итоги олимпиад в 2015-2016 году.\nС 14 ноября по 6 декабря прошёл этап.\n\nФинал 12 января 2016 года.")
    assert [(r["start"], r["end"]) for r in records(doc, "dates") if r["kind"] == "range"] == [
        ("2015-11-14", "2015-12-06")]



@pytest.mark.parametrize("text, span", [
    ("Приказ от 07.10.2017 № 1235", "07.10.2017"),
    ("В период с 10 по 21 февраля 2023 года прошли", "В период с 10 по 21 февраля 2023 года"),
    ("День 9 февраля 10:30 Пленарное", "9 февраля 10:30"),
])
def test_offsets_point_at_the_text(text, span):
    (row,) = parse_dates(text, 2023)
    assert row["text"] == span == text[row["char_start"]:row["char_end"]]


@pytest.mark.parametrize("text, default, expected", [
    ("9 февраля", None, ("", "")),  # no year anywhere: left empty, not guessed
    ("9 февраля; 14 февраля 2022 года", None, ("2022-02-09", "2022-02-09")),  # the text's own year
    ("9 февраля", 2019, ("2019-02-09", "2019-02-09")),
    # a later year contrasted in the same sentence: the day is before it
    ("К 1 сентября откроются 15 классов, а в 2021 году во всех.", 2021, ("2020-09-01", "2020-09-01")),
    ("К 1 сентября откроются 15 классов, а в 2025 году во всех.", 2023, ("2023-09-01", "2023-09-01")),
    ("К 1 сентября откроются 15 классов. А в 2021 году во всех.", 2021, ("2021-09-01", "2021-09-01")),
    # a year stated later in the paragraph, in another sentence, is a plan, not this day's year
    ("Фестиваль завершился 4 октября. Следующий запланирован на октябрь 2024 года.", 2023,
     ("2023-10-04", "2023-10-04")),
    # … but an earlier one in the paragraph carries on
    ("Семинар прошёл 3 октября 2022 года. Второй день, 4 октября, был практическим.", 2023,
     ("2022-10-03", "2022-10-03")),
])
def test_year_from_context(text, default, expected):
    first = parse_dates(text, default)[0]
    assert (first["start"], first["end"]) == expected


@pytest.mark.parametrize("text, expected", [("23", 2023), ("99", 1999), ("2017", 2017), ("", None)])
def test_full_year(text, expected):
    assert full_year(text) == expected


@pytest.mark.parametrize("word, expected", [("мая", 5), ("Марте", 3), ("дек.", 12), ("маяк", None)])
def test_month_number(word, expected):
    assert month_number(word) == expected


@pytest.mark.parametrize("text, year", [
    ("ОТЧЁТ\nо семинаре\n9-21 февраля 2023 года\n\nВ 2021 году и в 2021 году 9 марта", 2023),
    ("Итоги 2020 года.\n\nВ 2021 году 10 июня; 11 июня 2021 года", 2021),
    ("Нет дат", ""),
    ("ОТЧЁТ о работе за 2021/2022 учебный год\n\nТекст 15 сентября и 20 марта.", 2021),
    ("ОТЧЁТ о работе за 2022 год\n\nТекст 15 сентября.\n\nВ 2019 году и в 2019 году.", 2022),
])
def test_document_year(text, year):
    from svodka.pipeline.nlp import build_nlp
    from svodka.extractors.records import init_doc, meta

    nlp = build_nlp()
    doc = init_doc(nlp.make_doc(text))
    nlp.get_pipe("svodka_dates")(doc)
    assert meta(doc)["year"] == year


@pytest.mark.parametrize("text, expected", [
    # the heading's academic year: autumn days in its first year, spring days in its second
    ("ОТЧЁТ о работе за 2021/2022 учебный год\n\nТекст 15 сентября и 20 марта, с 28 декабря по 10 января.",
     [("2021-09-15", "2021-09-15"), ("2022-03-20", "2022-03-20"), ("2021-12-28", "2022-01-10")]),
    # ... also when the heading dates its first days: the academic year's halves still decide
    ("СПРАВКА\nза 2022/2023 учебный год\n\nЭтап прошёл с 14 ноября по 12 декабря 2022 г.\n\n"
     "Региональный этап с 10 января по 25 февраля; совещание 25 августа.",
     [("2022-11-14", "2022-12-12"), ("2023-01-10", "2023-02-25"), ("2022-08-25", "2022-08-25")]),
    # the heading's own year beats the body's most frequent one ...
    ("ОТЧЁТ\n12-14 марта 2024 года\n\nВ 2019 году 1 мая 2019 г., 2 мая 2019 г.\n\nЗатем 13 марта.",
     [("2024-03-12", "2024-03-14"), ("2019-05-01", "2019-05-01"), ("2019-05-02", "2019-05-02"),
      ("2024-03-13", "2024-03-13")]),
    # ... but a paragraph whose dates all state one year gives it to its yearless ones
    ("ОТЧЁТ\n12-14 марта 2024 года\n\nВ 2019 году 1 мая 2019 г., а 13 марта прошёл семинар.",
     [("2024-03-12", "2024-03-14"), ("2019-05-01", "2019-05-01"), ("2019-03-13", "2019-03-13")]),
    # a cited act's date is no such evidence
    ("ОТЧЁТ\n12-14 марта 2024 года\n\nПо приказу от 07.10.2017 № 1235 13 марта прошёл семинар.",
     [("2024-03-12", "2024-03-14"), ("2017-10-07", "2017-10-07"), ("2024-03-13", "2024-03-13")]),
])
def test_document_dates(text, expected):
    from svodka.pipeline.nlp import build_nlp
    from svodka.extractors.records import init_doc, records

    nlp = build_nlp()
    doc = init_doc(nlp.make_doc(text))
    nlp.get_pipe("svodka_dates")(doc)
    assert [(r["start"], r["end"]) for r in records(doc, "dates") if r["kind"] in ("day", "range")] == expected


def test_seed_dates_f1(seed_run):
    out, _ = seed_run
    result = subprocess.run([sys.executable, str(SCORER), str(out), *map(str, GOLD), "--min", "dates=0.95"],
                            capture_output=True, text=True)
    line = next(x for x in result.stdout.splitlines() if x.startswith("dates"))
    assert result.returncode == 0, line + result.stderr


def test_an_earlier_year_in_the_paragraph_carries_on():
    found = parse_dates("Семинар прошёл 3 октября 2022 года. Второй день, 4 октября, был практическим.", 2023)
    assert [(f["text"], f["start"]) for f in found] == [("3 октября 2022 года", "2022-10-03"),
                                                         ("4 октября", "2022-10-04")]


def test_a_dated_heading_overrides_an_academic_year_it_disagrees_with():
    """A bulletin «№ 8 / октябрь 2024 года» speaking of the 2023/2024 school year: its yearless October is 2024's;
    «№ 8» before a month on the next line is no day."""
    text = ("БЮЛЛЕТЕНЬ № 8\nоктябрь 2024 года\n\nИтоги 2023/2024 учебного года подведены.\n\n"
            "Семинары прошли 17 и 24 октября.")
    found = [(r["text"], r["start"]) for r in parse_dates(text, 2024)]
    assert ("8\nоктябрь 2024 года", "2024-10-08") not in found
    from svodka.pipeline.nlp import build_nlp
    from svodka.extractors.records import records

    rows = [(r["text"], r["start"]) for r in records(build_nlp()(text), "dates") if r["kind"] == "day"]
    assert rows == [("17", "2024-10-17"), ("24 октября", "2024-10-24")]


@pytest.mark.parametrize("text, expected", [
    # a birth year is no year of anything that happened: the yearless day stays unwritten
    ("Соревнования\n\n14-15 ноября пройдут игры. Участвуют спортсмены 2008 г.р. и старше.", []),
    ("Турнир\n\n3 марта соберутся команды юношей 2009 года рождения.", []),
    ("Турнир\n\n3 марта соберутся команды юношей 2009-2010 гг.р.", []),
    # two years in a row as a period: a school year, its spring in the second
    ("Итоги конкурса\n\n12 мая наградят победителей. В 2018-2019 гг. участвовали 40 учеников.",
     [("2019-05-12", "2019-05-12")]),
    ("Итоги конкурса\n\n12 октября наградят победителей. В 2018-2019 гг. участвовали 40 учеников.",
     [("2018-10-12", "2018-10-12")]),
    # a school year summed up is over: its yearless days fall in its second year, the August forum and the May
    # ceremony alike; a school year not summed up keeps its halves
    ("Форум\n\n20 августа в Доме культуры собрались педагоги Энска. По итогам 2016-2017 учебного года "
     "награждены лучшие учителя.", [("2017-08-20", "2017-08-20")]),
    ("Праздник\n\n27 мая в гимназии чествовали выпускников. По итогам 2016/2017 учебного года вручены грамоты.",
     [("2017-05-27", "2017-05-27")]),
    ("Олимпиада\n\n20 октября стартовал школьный этап. В 2016/2017 учебном году участвуют 300 учеников.",
     [("2016-10-20", "2016-10-20")]),
    # a day told in the past before an announcement that alone carries the year: a later month, the year before
    ("Олимпиада\n\n5 декабря завершился школьный этап. Победители поедут на областной этап, который пройдёт "
     "в феврале 2019 года.", [("2018-12-05", "2018-12-05")]),
    # near miss: a day announced too stays in the announced year
    ("План\n\nВ феврале 2019 года пройдёт областной этап. 15 марта подведут итоги.", [("2019-03-15", "2019-03-15")]),
    # a Victory anniversary names the year when nothing else does
    ("Смотр\n\nСмотр строя и песни, посвящённый 79-ой годовщине Победы, прошёл 6 мая.", [("2024-05-06", "2024-05-06")]),
    ("Акция\n\nВ рамках подготовки к 80-летию Великой Победы 21 февраля прошла акция.", [("2025-02-21", "2025-02-21")]),
    # a cited act's date dates the act: it lends no year; the report's own order date does
    ("Итоги олимпиады\n\n14 февраля подведены итоги. В соответствии с Порядком, утверждённым приказом "
     "министерства от 02.03.2014 № 17, результаты утверждены.", [("2014-03-02", "2014-03-02")]),
    ("ПРИКАЗ от 02.03.2024 № 17\n\nОб итогах олимпиады\n\n14 февраля подведены итоги.",
     [("2024-03-02", "2024-03-02"), ("2024-02-14", "2024-02-14")]),
    # a year after a quoted title is that title's season: the headline's title year wins over it
    ("Прошёл конкурс «Ученик года – 2016»\n\nКомиссия подвела итоги конкурса «Юные таланты» 2015 года. "
     "Награждение состоялось 14 марта.", [("2016-03-14", "2016-03-14")]),
    ("Итоги\n\nПодведены итоги конкурса «Юные таланты» 2015 года. Награждение состоялось 14 марта.",
     [("2015-03-14", "2015-03-14")]),
    # … in straight quotes too
    ('Смотр\n\n14 марта в школе прошёл смотр строя и песни "Честь и слава - 2021".', [("2021-03-14", "2021-03-14")]),
    # a two-digit title year after a dash
    ("Открытие\n\nЗа звание «Учитель года области-98» борются 12 педагогов. Финал 10 апреля.",
     [("1998-04-10", "1998-04-10")]),
    # near misses: a plain bare year still lends its year; «Рождественские» after «г.» is no birth year
    ("Итоги\n\nВ 2015 году конкурс прошёл впервые. Награждение состоялось 14 марта.", [("2015-03-14", "2015-03-14")]),
    ("Итоги\n\nВ декабре 2014 г. Рождественские чтения собрали гостей. Финал 14 марта.",
     [("2014-03-14", "2014-03-14")]),
])
def test_year_of_yearless_days_from_the_text(text, expected):
    from svodka.pipeline.nlp import build_nlp
    from svodka.extractors.records import init_doc, records

    nlp = build_nlp()
    doc = init_doc(nlp.make_doc(text))
    nlp.get_pipe("svodka_dates")(doc)
    assert [(r["start"], r["end"]) for r in records(doc, "dates") if r["kind"] in ("day", "range")] == expected
