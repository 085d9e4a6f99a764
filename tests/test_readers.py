"""Each reader on real files written by the real libraries."""
from __future__ import annotations

import pytest

from svodka.corpus import read_document
from svodka.corpus.textnorm import normalize_text
from tests.conftest import SAMPLES

REPORT = "Отчёт о семинаре «Наставничество» в МБОУ «СОШ № 56»: приняли участие 25 человек."


def assert_cells_point_into_text(source):
    for table in source.tables:
        for row in table.rows:
            for cell in row:
                assert source.text[cell.start:cell.end] == cell.text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8_r"])
def test_txt_encodings_are_detected(tmp_path, encoding):
    koi8 = str.maketrans({"№": "N", "«": "\"", "»": "\""})  # koi8-r has no such characters
    text = REPORT.translate(koi8) if encoding == "koi8_r" else REPORT
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(encoding))
    source = read_document(path)
    assert source.text == text
    assert source.doc_id == "report.txt"
    assert len(source.sha256) == 64


@pytest.mark.parametrize("raw, expected", [
    ("информаци-\nонные технологии", "информационные технологии"),
    ("МБОУ\u00a0СОШ\u202f№\u00a056", "МБОУ СОШ № 56"),
    ("педа\u00adгоги", "педагоги"),
    ("приняли участие **1096** человек", "приняли участие 1096 человек"),
    ("строка\r\nстрока", "строка\nстрока"),
    ("Южно-\nКузбасская", "Южно-\nКузбасская"),  # a capital after the break: a real hyphen, kept
    # Latin lookalikes inside Cyrillic words become Cyrillic, one letter for one
    ("Выступила Сивцëва Анна, МАОУ «CОШ № 4»", "Выступила Сивцёва Анна, МАОУ «СОШ № 4»"),
    ("пeдагоги и MAOУ", "педагоги и МАОУ"),
    ("iPhone-класс, Wi-Fi, ХМАО-Югра", "iPhone-класс, Wi-Fi, ХМАО-Югра"),  # words of one script each: kept
    ("Pythonист", "Pythonист"),  # a Latin letter with no Cyrillic twin (h, n, t): the word is kept
])
def test_text_normalization(raw, expected):
    assert normalize_text(raw) == expected


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Таблица 1 – Количество участников")
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ["Район", "Всего", "№№ ОО"]):
        cell.text = value
    for cell, value in zip(table.rows[1].cells, ["Центральный", "7", "МБОУ СОШ № 31,\nМБОУ «Лицей № 34»"]):
        cell.text = value
    document.add_paragraph("После таблицы.")
    path = tmp_path / "report.docx"
    document.save(path)

    source = read_document(path)
    assert source.text.index("Таблица 1") < source.text.index("Центральный") < source.text.index("После таблицы")
    assert len(source.tables) == 1
    rows = [[c.text for c in row] for row in source.tables[0].rows]
    assert rows == [["Район", "Всего", "№№ ОО"], ["Центральный", "7", "МБОУ СОШ № 31, МБОУ «Лицей № 34»"]]
    assert source.tables[0].caption == "Таблица 1 – Количество участников"
    assert_cells_point_into_text(source)


def test_docx_merged_cells_keep_the_grid_columns(tmp_path):
    """A horizontally merged cell: its text in the first grid column it covers, "" in the others."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "ДЕНЬ ИННОВАЦИЙ"
    for cell, value in zip(table.rows[1].cells, ["a", "b", "5"]):
        cell.text = value
    path = tmp_path / "merged.docx"
    document.save(path)
    source = read_document(path)
    rows = [[c.text for c in row] for row in source.tables[0].rows]
    assert rows == [["ДЕНЬ ИННОВАЦИЙ", "", ""], ["a", "b", "5"]]
    assert_cells_point_into_text(source)


def test_html_main_text_and_table_cells():
    source = read_document(SAMPLES / "novosti_forum.html")
    assert source.text.startswith("В Томске прошёл форум молодых педагогов")
    assert "Главная" not in source.text and "tracker" not in source.text and "©" not in source.text
    rows = [[c.text for c in row] for row in source.tables[0].rows]
    assert rows[0] == ["Площадка", "Участники"] and rows[-1] == ["ВСЕГО", "85"]
    assert source.tables[0].caption == "Участники форума по площадкам"
    assert_cells_point_into_text(source)


def test_pdf_text_and_table_shipped_sample():
    source = read_document(SAMPLES / "spravka_olimpiada.pdf")
    assert "С 4 по 6 декабря 2024 года" in source.text
    rows = [[c.text for c in row] for row in source.tables[0].rows]
    assert rows[0] == ["Предмет", "Участники"] and rows[-1] == ["ИТОГО", "56"]
    assert_cells_point_into_text(source)


def test_pdf_written_by_reportlab(tmp_path):
    from pathlib import Path

    import svodka.corpus.make_samples as make_samples

    if not Path(make_samples.FONT).exists():
        pytest.skip("no Cyrillic TrueType font on this machine to write a PDF with")
    path = tmp_path / "made.pdf"
    make_samples.write_pdf(path, ["Семинар для учителей истории прошёл 3 апреля 2024 года."],
                           [["Секция", "Чел."], ["История", "12"], ["ИТОГО", "12"]])
    source = read_document(path)
    assert "Семинар для учителей истории прошёл 3 апреля 2024 года." in source.text
    assert [[c.text for c in row] for row in source.tables[0].rows][1] == ["История", "12"]


def test_cp1251_sample_reads_with_its_tab_table():
    source = read_document(SAMPLES / "otchet_seminar_cp1251.txt")
    assert source.encoding == "cp1251"
    assert "\r" not in source.text
    assert "ИТОГО\t\t\t101" in source.text


def test_html_divs_that_hold_text_are_paragraphs(tmp_path):
    """A publication date in a <div class="meta"> is text; a div of paragraphs keeps them apart."""
    page = ("<html><body><article><h1>Форум</h1><div class=\"meta\">Опубликовано 18.04.2025</div>"
            "<div><p>Первый абзац.</p><p>Второй абзац.</p></div></article>"
            "<div class=\"counter\">Просмотров: 412</div></body></html>")
    path = tmp_path / "news.html"
    path.write_text(page, encoding="utf-8")
    text = read_document(path).text
    assert text.split("\n\n") == ["Форум", "Опубликовано 18.04.2025", "Первый абзац.", "Второй абзац."]
