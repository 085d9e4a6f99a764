"""Tables rebuilt from tab-separated lines and real cells: one tidy shape for every layout quirk."""
from __future__ import annotations

import pytest

from svodka.corpus import read_document
from svodka.extractors.tables import find_tables, locate, text_blocks, tidy
from svodka.normalizers.headings import heading_title
from svodka.pipeline.nlp import build_nlp
from svodka.extractors.records import init_doc


def tables_of(text: str, tables=()):
    doc = init_doc(build_nlp().make_doc(text), "t.txt", tables)
    return doc, find_tables(doc)


def shape(table) -> list[tuple]:
    return [(r["label"], r["group"], r["is_total"], r["continues"]) for r in table["rows"]]


PAGE_BREAK = (
    "Район\tВсего (чел.)\t№№ ОО\n"
    "Центральный\t7\tМБОУ СОШ № 31\n"
    "\n"
    "Район\tВсего (чел.)\t№№ ОО\n"
    "Заводской\t5\tМБОУ СОШ № 22\n"
)
SPILL = (
    "Район\tВсего (чел.)\t№№ ОО\n"
    "Центральный\t21\tМБОУ «СОШ № 2», МБОУ «СОШ № 4»,\n"
    "\n"
    "Район\tВсего (чел.)\t№№ ОО\n"
    "\t\tМБОУ «СОШ № 97», МБОУ «СОШ № 101»\n"
    "Кузнецкий\t-\t-\n"
)
GROUPS = (
    "\tДата\tНазвание мероприятия\tАгломерация\tГО\tВсего\n"
    "ДЕНЬ ПЕРВЫЙ\t9 февраля 10:30\tПленарное заседание «Наука»\t71\t42\t113\n"
    "\t9 февраля 14:00\tКруглый стол «Лига»\t50\t23\t73\n"
    "\n"
    "ДЕНЬ ВТОРОЙ\t10 февраля 12:00\tСеминар «Качество»\t\t1 096\t1 096\n"
    "ВСЕГО\t\t\t121\t1 161\t1 282\n"
)
NUMBERED = (
    "№\tМероприятие\tКатегория\tКол-во чел\n"
    "1\tСеминар «Один»\tпедагоги\t25\n"
    "2\tСеминар «Два»\tпедагоги\t0\n"
    "ИТОГО\t\t\t25\n"
)


LABEL_LINES = (
    "№\tМероприятие\tКатегория\tКол-во чел\n"
    "Воспитатели групп раннего возраста\n"
    "1\tСеминар «Сенсорика»\tвоспитатели\t12\n"
    "Музыкальные руководители\n"
    "2\tСеминар «Ритм»\tмузыкальные руководители\t8\n"
    "\n- 7 -\n\f\n"
    "№\tМероприятие\tКатегория\tКол-во чел\n"
    "3\tСеминар «Песня»\tмузыкальные руководители\t5\n"
    "ИТОГО\t\t\t25\n"
)
PAGE_NUMBER = (
    "Площадка\tКол-во чел\n"
    "Лицей № 1\t10\n"
    "Страница 2 из 3\n"
    "Гимназия № 4\t6\n"
)


# several text columns: the event column labels the rows, not the last text column («Категория»)
WEBINARS = (
    "№\tВебинар\tДата\tМесто проведения\tКатегория участников\tКол-во чел.\n"
    "Педагоги-психологи\n"
    "1\tВебинар «Тревожность подростков»\t03.02.2025\tМАОУ СОШ № 8\tпедагоги-психологи\t17\n"
    "\t\t\t\tсоциальные педагоги\t5\n"
    "2\tВебинар «Буллинг»\t10.02.2025\tМАОУ СОШ № 9\tпедагоги-психологи\t11\n"
    "\n- 4 -\n\f\n"
    "№\tВебинар\tДата\tМесто проведения\tКатегория участников\tКол-во чел.\n"
    "Классные руководители\n"
    "\t\t\t\tвоспитатели\t3\n"
    "3\tВебинар «Родительское собрание»\t17.02.2025\tМАОУ СОШ № 8\tклассные руководители\t6\n"
    "ИТОГО\t\t\t\t\t42\n"
)
# no header names the event, but the cells start with event kinds
KINDS_IN_CELLS = (
    "Содержание\tПлощадка\tКатегория\tКол-во чел\n"
    "Мастер-класс «Глина»\tДДТ № 2\tвоспитатели\t9\n"
    "Круглый стол «Игра»\tДДТ № 2\tметодисты\t4\n"
)
# one text column beside the people column: the category column stays the label
CATEGORY_ONLY = (
    "Категория участников\tКол-во, чел.\n"
    "Учителя\t20\n"
    "Воспитатели\t8\n"
)


@pytest.mark.parametrize("text, expected", [
    (PAGE_BREAK, [("Центральный", "", False, False), ("Заводской", "", False, False)]),
    # a label line without tabs names the group of the rows below; a page number does not end the table
    (LABEL_LINES, [("Семинар «Сенсорика»", "Воспитатели групп раннего возраста", False, False),
                   ("Семинар «Ритм»", "Музыкальные руководители", False, False),
                   ("Семинар «Песня»", "Музыкальные руководители", False, False), ("ИТОГО", "", True, False)]),
    (PAGE_NUMBER, [("Лицей № 1", "", False, False), ("Гимназия № 4", "", False, False)]),
    (SPILL, [("Центральный", "", False, False), ("Центральный", "", False, True), ("Кузнецкий", "", False, False)]),
    (GROUPS, [("Пленарное заседание «Наука»", "ДЕНЬ ПЕРВЫЙ", False, False),
              ("Круглый стол «Лига»", "ДЕНЬ ПЕРВЫЙ", False, False),
              ("Семинар «Качество»", "ДЕНЬ ВТОРОЙ", False, False),
              ("ВСЕГО", "", True, False)]),
    (NUMBERED, [("Семинар «Один»", "", False, False), ("Семинар «Два»", "", False, False),
                ("ИТОГО", "", True, False)]),
])
def test_layout_quirks(text, expected):
    _, tables = tables_of(text)
    assert len(tables) == 1
    assert shape(tables[0]) == expected


@pytest.mark.parametrize("text, counts, totals, label", [
    (NUMBERED, [3], [], 1),          # «№» is not a count column; the label is the event column
    (GROUPS, [3, 4, 5], [5], 2),     # dates are not counts; «Всего» is a total column
    (PAGE_BREAK, [1], [], 0),        # «№№ ОО» lists schools, not counts
    (WEBINARS, [5], [], 1),          # the event column, not «Место проведения» or «Категория участников»
    (KINDS_IN_CELLS, [3], [], 0),    # cells starting with event kinds make the event column
])
def test_column_roles(text, counts, totals, label):
    _, (table,) = tables_of(text)
    assert table["count_columns"] == counts
    assert table["total_columns"] == totals
    assert table["label_column"] == label


@pytest.mark.parametrize("text, expected", [
    (WEBINARS, [("Вебинар «Тревожность подростков», педагоги-психологи", "Педагоги-психологи", False, False),
                ("Вебинар «Тревожность подростков», социальные педагоги", "Педагоги-психологи", False, False),
                ("Вебинар «Буллинг»", "Педагоги-психологи", False, False),
                # after a new group label a row with empty first cells is not the event above
                ("Классные руководители", "Классные руководители", False, False),
                ("Вебинар «Родительское собрание»", "Классные руководители", False, False),
                ("ИТОГО", "", True, False)]),
    (KINDS_IN_CELLS, [("Мастер-класс «Глина»", "", False, False), ("Круглый стол «Игра»", "", False, False)]),
    (CATEGORY_ONLY, [("Учителя", "", False, False), ("Воспитатели", "", False, False)]),
])
def test_event_column_labels_rows(text, expected):
    _, (table,) = tables_of(text)
    assert shape(table) == expected


@pytest.mark.parametrize("between", [
    "Текст между таблицами.\n",
    "Семинар «Второй»\n\n",  # a heading before a table with its own header
    "Итоги дня:\n",
])
def test_blocks_split_on_prose_and_new_headers(between):
    text = PAGE_BREAK + between + NUMBERED
    assert len(text_blocks(text)) == 2


def test_label_line_cells_point_at_the_text():
    (block,) = text_blocks(LABEL_LINES)
    label = block[1][0]
    assert len(block[1]) == 1 and LABEL_LINES[label["start"]:label["end"]] == "Воспитатели групп раннего возраста"


def test_cells_point_at_the_text():
    _, (table,) = tables_of(GROUPS)
    for row in table["rows"]:
        for cell in row["cells"]:
            assert GROUPS[cell["start"]:cell["end"]] == cell["text"]


def test_caption_names_the_table():
    text = "Таблица 1 – Количество участников\n\n" + NUMBERED
    _, (table,) = tables_of(text)
    assert table["name"] == "Таблица 1"
    assert table["caption"].startswith("Таблица 1")


def test_unnamed_table_is_named_after_the_heading_above():
    text = ("Семинар-практикум «Комфортная среда» (МБОУ «СОШ № 56»)\n\n"
            "На семинаре был представлен опыт.\n\n" + PAGE_BREAK)
    _, (table,) = tables_of(text)
    assert table["name"] == "district table after «Комфортная среда»"
    assert table["heading"] == "Комфортная среда"


@pytest.mark.parametrize("first_header", ["Район", "Округ", "Муниципальный округ", "Поселение"])
def test_district_tables_are_named_so(first_header):
    text = f"Семинар «Ясные цели»\n\n{first_header}\tКол-во чел\nВерхний\t5\nНижний\t7\n"
    _, (table,) = tables_of(text)
    assert table["name"] == "district table after «Ясные цели»"


@pytest.mark.parametrize("intro, heading", [
    # a sentence right above the table that starts with an event and its title, ending with a colon
    ("Круглый стол «Вторая встреча» прошёл в лицее. Присутствовали педагоги школ:", "Вторая встреча"),
    ("Семинар «Вторая встреча» (МБОУ «СОШ № 3», модератор – Иванова И.И.):", "Вторая встреча"),
    # no quoted title after the kind, or no event kind first: the heading above still names the table
    ("Семинар для молодых педагогов прошёл в лицее, присутствовали педагоги школ:", "Первая встреча"),
    ("Присутствовали педагоги школ, где прошёл семинар «Вторая встреча»:", "Первая встреча"),
])
def test_table_introduced_by_a_sentence_is_named_after_its_event(intro, heading):
    text = f"Семинар «Первая встреча»\n\n{intro}\n\nРайон\tКол-во чел\nВерхний\t5\nНижний\t7\n"
    _, (table,) = tables_of(text)
    assert (table["heading"], table["name"]) == (heading, f"district table after «{heading}»")


def test_prose_sentence_is_not_a_heading():
    text = ("Семинар «Первый»\n\nСлушателями было предложено разработать рекомендации.\n\n"
            "В рамках секции «Вторая» были представлены практики, о которых рассказали участники.\n\n" + PAGE_BREAK)
    _, (table,) = tables_of(text)
    assert table["heading"] == "Первый"


@pytest.mark.parametrize("line, title", [
    ("Форсайт-сессия «Проектирование поля» (МБОУ «СОШ № 64»)", "Проектирование поля"),
    ("Семинар «Школа «Юнармия» и мы»", "Школа «Юнармия» и мы"),
    ("Питч-сессия. Практика опорных площадок (МАОУ ДПО ИПК)", "Питч-сессия. Практика опорных площадок"),
])
def test_heading_title(line, title):
    assert heading_title(line) == title


def test_locate():
    doc, (table,) = tables_of(SPILL)
    where = locate(doc, SPILL.index("МБОУ «СОШ № 97»"))
    assert where is not None
    found, row, column = where
    assert found is table and row["continues"] and row["label"] == "Центральный" and column == 2
    assert locate(doc, SPILL.index("Кузнецкий"))[2] == 0
    assert locate(doc, len(SPILL) + 5) is None


def test_tidy_pads_merged_cells_to_the_right():
    cells = [[{"text": t, "start": 0, "end": 0} for t in row] for row in
             [["Район", "Кол-во", "Всего"], ["ИТОГО", "5"]]]
    table = tidy(cells)
    assert [c["text"] for c in table["rows"][0]["cells"]] == ["ИТОГО", "", "5"]


def test_docx_table_goes_through_the_same_tidy_step(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Таблица 3 – Участники семинаров")
    table = document.add_table(rows=4, cols=3)
    for r, row in enumerate([["Район", "Всего (чел.)", "№№ ОО"], ["Центральный", "1 024", "МБОУ СОШ № 31"],
                             ["", "", "МБОУ СОШ № 67"], ["ИТОГО", "1 024", ""]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "report.docx"
    document.save(path)
    source = read_document(path)
    doc, tables = tables_of(source.text, source.tables)
    assert len(tables) == 1  # the real table, not again its tab-separated rendering
    (found,) = tables
    assert found["name"] == "Таблица 3"
    assert shape(found) == [("Центральный", "", False, False), ("Центральный", "", False, True),
                            ("ИТОГО", "", True, False)]
    cell = found["rows"][0]["cells"][1]
    assert source.text[cell["start"]:cell["end"]] == "1 024"
    assert locate(doc, source.text.index("МБОУ СОШ № 67"))[1]["continues"]


TWO_LEVEL = (
    "Мероприятие\tКоличество участников\t\n"
    "\tпедагоги\tучащиеся\n"
    "Семинар «Один»\t12\t30\n"
)
UNNAMED_NUMBERS = (
    "\tМероприятие\tУчастники\n"
    "1\tСеминар «Один»\t12\n"
    "2\tСеминар «Два»\t30\n"
)


@pytest.mark.parametrize("text, header, counts", [
    (TWO_LEVEL, ["Мероприятие", "Количество участников педагоги", "Количество участников учащиеся"], [1, 2]),
    (UNNAMED_NUMBERS, ["", "Мероприятие", "Участники"], [2]),  # 1, 2 ... numbers rows, it counts nothing
])
def test_headers(text, header, counts):
    _, (table,) = tables_of(text)
    assert table["header"] == header
    assert table["count_columns"] == counts


@pytest.mark.parametrize("group_row", [["ДЕНЬ ПЕРВЫЙ"], ["Первый день", ""], ["ДЕНЬ ПЕРВЫЙ", ""]])
def test_merged_group_row_of_a_real_table(group_row):
    """A group label merged across the table: one cell, or the docx grid ("" in the columns it covers)."""
    rows = [[{"text": t, "start": 0, "end": 0} for t in row] for row in
            [["Район", "Кол-во чел"], group_row, ["Центральный", "5"], ["Заводской", "3"]]]
    group = group_row[0]
    assert shape(tidy(rows, grid_spans=True)) == [("Центральный", group, False, False),
                                                  ("Заводской", group, False, False)]


@pytest.mark.parametrize("grid_spans", [True, False])
def test_label_alone_without_rows_below_is_a_row(grid_spans):
    """A first cell alone with no counted row after it is a row without counts, not a group label."""
    rows = [[{"text": t, "start": 0, "end": 0} for t in row] for row in
            [["Район", "Кол-во чел"], ["Центральный", "5"], ["Заводской", ""]]]
    assert shape(tidy(rows, grid_spans=grid_spans)) == [("Центральный", "", False, False),
                                                        ("Заводской", "", False, False)]


def test_text_row_with_empty_cells_is_not_a_group_label():
    """In tab-separated text «Речной» with empty cells is a district nobody came from; the rows below keep no group."""
    text = "Район\tКол-во чел\tОО\nСеверный\t4\tСОШ № 3\nРечной\t\t\nЛесной\t2\tСОШ № 8\n"
    _, (table,) = tables_of(text)
    assert shape(table) == [("Северный", "", False, False), ("Речной", "", False, False),
                            ("Лесной", "", False, False)]


def test_docx_header_merged_across_columns(tmp_path):
    """«Участники» merged over two sub-columns keeps the grid: each count column gets its own header."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=4, cols=3)
    for r, row in enumerate([["Секция", "Участники", ""], ["", "в зале", "онлайн"],
                             ["Секция «Чтение»", "14", "3"], ["ИТОГО", "14", "3"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Участники"
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Секция"
    path = tmp_path / "merged.docx"
    document.save(path)
    source = read_document(path)
    _, (found,) = tables_of(source.text, source.tables)
    assert found["header"] == ["Секция", "Участники в зале", "Участники онлайн"]
    assert found["count_columns"] == [1, 2]
    assert shape(found) == [("Секция «Чтение»", "", False, False), ("ИТОГО", "", True, False)]


def test_docx_cells_merged_down_continue_the_row(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=4, cols=3)
    for r, row in enumerate([["Район", "Всего (чел.)", "№№ ОО"], ["Центральный", "21", "МБОУ СОШ № 1"],
                             ["", "", "МБОУ СОШ № 2"], ["Заводской", "3", "МБОУ СОШ № 5"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(1, 1).merge(table.cell(2, 1))
    path = tmp_path / "merged.docx"
    document.save(path)
    source = read_document(path)
    _, (found,) = tables_of(source.text, source.tables)
    assert shape(found) == [("Центральный", "", False, False), ("Центральный", "", False, True),
                            ("Заводской", "", False, False)]


def test_docx_event_cell_merged_down_over_rows_with_own_counts(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=5, cols=4)
    for r, row in enumerate([["Мероприятие", "Дата", "Категория", "Кол-во чел."],
                             ["Семинар «Глина»", "03.02.2025", "учителя ИЗО", "11"],
                             ["", "", "воспитатели", "6"], ["", "", "методисты", "2"],
                             ["Семинар «Ритм»", "10.02.2025", "музыканты", "8"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for c in (0, 1):
        table.cell(1, c).merge(table.cell(3, c))
    path = tmp_path / "merged_event.docx"
    document.save(path)
    source = read_document(path)
    _, (found,) = tables_of(source.text, source.tables)
    assert shape(found) == [("Семинар «Глина», учителя ИЗО", "", False, False),
                            ("Семинар «Глина», воспитатели", "", False, False),
                            ("Семинар «Глина», методисты", "", False, False),
                            ("Семинар «Ритм»", "", False, False)]


HTML_SPAN_TABLES = [
    # a group label spanning rows, a totals label spanning columns
    ("<p>Таблица 2 – Участники</p><table>"
     "<tr><th></th><th>Название мероприятия</th><th>Город</th><th>Всего</th></tr>"
     "<tr><td rowspan='2'>ДЕНЬ ПЕРВЫЙ</td><td>Семинар «Один»</td><td>10</td><td>12</td></tr>"
     "<tr><td>Семинар «Два»</td><td>5</td><td>7</td></tr>"
     "<tr><td colspan='2'>ИТОГО</td><td>15</td><td>19</td></tr></table>",
     [("Семинар «Один»", "ДЕНЬ ПЕРВЫЙ", False, False), ("Семинар «Два»", "ДЕНЬ ПЕРВЫЙ", False, False),
      ("ИТОГО", "", True, False)], [2, 3]),
    # an event cell spanning rows that have counts of their own
    ("<table><tr><th>Мероприятие</th><th>Категория</th><th>Кол-во чел.</th></tr>"
     "<tr><td rowspan='2'>Семинар «Глина»</td><td>учителя ИЗО</td><td>11</td></tr>"
     "<tr><td>воспитатели</td><td>6</td></tr>"
     "<tr><td>Семинар «Ритм»</td><td>музыканты</td><td>8</td></tr></table>",
     [("Семинар «Глина», учителя ИЗО", "", False, False), ("Семинар «Глина», воспитатели", "", False, False),
      ("Семинар «Ритм»", "", False, False)], [2]),
]


@pytest.mark.parametrize("body, expected, count_columns", HTML_SPAN_TABLES)
def test_html_cells_spanning_rows_and_columns(tmp_path, body, expected, count_columns):
    path = tmp_path / "report.html"
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    source = read_document(path)
    _, (found,) = tables_of(source.text, source.tables)
    assert shape(found) == expected
    assert found["count_columns"] == count_columns


@pytest.mark.parametrize("header, expected", [
    ("Кол-во слушателей", True),
    ("Участников, чел.", True),
    ("Всего, в т.ч. девушек", True),  # «т.ч.» is «в том числе», not hours
    ("II поток", True),
    ("Объём, ч", False),  # hours of a course, not its listeners
    ("Объём программы (ак.ч.)", False),
    ("Кол-во часов", False),
    ("Продолжительность, дней", False),
    ("Мероприятий", False),
    ("Кол-во докладов", False),
    ("Кол-во выступлений", False),
    ("Выдано путёвок", False),
    ("Кол-во лагерей", False),
    ("Дети в лагерях", True),  # the people word decides
    ("Участники программы", True),
])
def test_people_column(header, expected):
    from svodka.normalizers.counted import people_column

    assert people_column(header) is expected


def test_contestants_are_people():
    from svodka.normalizers.counted import people_column

    assert people_column("Конкурсанты") and not people_column("Кол-во конкурсов")


# Tables as web pages and converters leave them: cells between «|», a rule under the header, «—» for none.
PIPES = (
    "Участники по районам\n"
    "| Район | Участники | Школы |\n"
    "|---|:---:|---|\n"
    "| Центральный | 14 | МБОУ СОШ № 3 |\n"
    "| Заречный | — | — |\n"
    "| Итого | 14 | |\n"
)
# A header over two lines without its merged cells, and a last row whose totals cell slid left into it.
SHIFTED = (
    "| предмет | Количество участников | всего | |\n"
    "| 5 класс | 6 класс | |\n"
    "| Физика | 7 | 9 | 16 |\n"
    "| Химия | 5 | 6 | 11 |\n"
    "| Биология | 8 | 35 | |\n"
)


def test_rows_between_bars_are_read_like_tab_separated_ones():
    _, (table,) = tables_of(PIPES)
    assert table["header"] == ["Район", "Участники", "Школы"]
    assert shape(table) == [("Центральный", "", False, False), ("Заречный", "", False, False),
                            ("Итого", "", True, False)]
    cell = table["rows"][0]["cells"][2]
    assert PIPES[cell["start"]:cell["end"]] == "МБОУ СОШ № 3"


@pytest.mark.parametrize("line", ["Итог: 5 | 6 | 7", "| одна черта", "Район | Участники"])
def test_a_bar_inside_prose_is_no_row(line):
    assert text_blocks(line + "\n") == []


def test_a_two_line_header_without_merged_cells_is_spread_over_the_columns():
    _, (table,) = tables_of(SHIFTED)
    assert table["header"] == ["предмет", "Количество участников 5 класс", "Количество участников 6 класс", "всего"]
    assert table["count_columns"] == [1, 2, 3] and table["total_columns"] == [3]
    assert [(r["label"], [c["text"] for c in r["cells"]], r["is_total"]) for r in table["rows"][2:]] == [
        ("Биология", ["Биология", "8", "", ""], False), ("всего", ["", "", "", "35"], True)]


def test_a_short_last_row_that_does_not_add_up_keeps_its_cells():
    _, (table,) = tables_of(SHIFTED.replace("| 35 |", "| 30 |"))
    assert [c["text"] for c in table["rows"][-1]["cells"]] == ["Биология", "8", "30", ""]


@pytest.mark.parametrize("header, counted", [("2 класс", True), ("5-9 классы", True), ("10-х классов", True),
                                             ("Класс", False), ("Параллель классов", False)])
def test_a_grade_heads_counts_but_a_class_column_holds_grades(header, counted):
    _, (table,) = tables_of(f"Школа\t{header}\nМБОУ СОШ № 1\t9\nМБОУ СОШ № 2\t11\n")
    assert (table["count_columns"] == [1]) is counted


def test_a_tab_table_with_a_two_line_header_and_a_slid_total():
    text = ("Предмет\tКоличество участников\tИтого\n2 класс\t3 класс\t4 класс\n"
            "Математика\t20\t18\t16\t54\nЧтение\t23\t20\t20\t63\nАнглийский язык\t13\t130\n")
    _, (table,) = tables_of(text)
    assert table["header"] == ["Предмет", "Количество участников 2 класс", "Количество участников 3 класс",
                               "Количество участников 4 класс", "Итого"]
    assert [(r["label"], r["is_total"]) for r in table["rows"]][-2:] == [("Английский язык", False), ("Итого", True)]
    assert table["rows"][-1]["cells"][4]["text"] == "130"


@pytest.mark.slow
def test_every_cell_of_a_long_table_is_located_in_linear_time():
    import time

    seconds = {}
    for n in (2_000, 8_000):
        text = "Школа\tУчастники\n" + "\n".join(f"МБОУ СОШ № {k}\t{k % 30 + 1}" for k in range(1, n)) + "\n"
        doc, (table,) = tables_of(text)
        started = time.perf_counter()
        found = [locate(doc, row["cells"][0]["start"]) for row in table["rows"]]
        seconds[n] = time.perf_counter() - started
        assert all(f is not None and f[1] is row and f[2] == 0 for f, row in zip(found, table["rows"]))
    assert seconds[8_000] < 10 * seconds[2_000] + 1
