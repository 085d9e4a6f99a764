"""`svodka query`: DuckDB views over a run's tables, typed, with Cyrillic intact."""
from __future__ import annotations

import csv
import json

import pytest

from svodka.outputs.query import EXAMPLES, QueryError, connect, format_table, query, render, view_sql
from svodka.outputs.schema import TABLES
from svodka.outputs.writer import write_tables


def csv_rows(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture()
def tiny_out(tmp_path):
    """A hand-written run folder: ids with leading zeros, Cyrillic, an empty cell, a multi-line cell."""
    tables = {
        "documents": [{"doc_id": "001_a.txt", "path": "/x/001_a.txt", "status": "ok", "n_chars": 120,
                       "title": "Отчёт о семинаре\n«Учитель года»", "period_start": "2023-02-09",
                       "period_end": "2023-02-21"},
                      {"doc_id": "002_b.txt", "status": "failed", "error": "cannot read"}],
        "people": [{"doc_id": "001_a.txt", "person_id": "p01", "surname": "Плетнёва", "initials": "Л.А.",
                    "n_mentions": 2, "char_start": 5, "char_end": 14}],
        "schools": [{"school_id": "s001", "city": "Новокузнецк", "sector": "school", "kind": "СОШ",
                     "number": "29", "n_documents": 1, "n_mentions": 2}],
        "school_mentions": [{"doc_id": "001_a.txt", "school_id": "s001", "text": "СОШ № 29", "start": 20, "end": 28,
                             "source": "prose", "sector": "school", "number": "29"},
                            {"doc_id": "001_a.txt", "school_id": "s001", "text": "школа № 29", "start": 40,
                             "end": 50, "source": "table", "sector": "school", "number": "29"}],
        "attendance": [{"doc_id": "001_a.txt", "table": "Таблица 1", "row": 1, "label": "Семинар", "column": "Кол-во",
                        "count": 25, "is_total": False, "source": "table"},
                       {"doc_id": "001_a.txt", "table": "Таблица 1", "row": 2, "label": "ИТОГО", "column": "Кол-во",
                        "count": 25, "is_total": True, "source": "table"}],
    }
    write_tables(tmp_path, tables)
    return tmp_path


def test_every_table_is_a_view_with_its_columns(tiny_out):
    con = connect(tiny_out)
    try:
        for table, columns in TABLES.items():
            names = [d[0] for d in con.execute(f'SELECT * FROM "{table}" LIMIT 0').description]
            assert names == columns
    finally:
        con.close()


@pytest.mark.parametrize("sql, expected", [
    ("SELECT count(*) FROM documents", [(2,)]),
    ("SELECT surname FROM people", [("Плетнёва",)]),
    ("SELECT person_id FROM people", [("p01",)]),
    ("SELECT doc_id FROM documents ORDER BY doc_id", [("001_a.txt",), ("002_b.txt",)]),
    ("SELECT n_chars + 1 FROM documents WHERE status = 'ok'", [(121,)]),
    ("SELECT n_chars IS NULL FROM documents WHERE status = 'failed'", [(True,)]),
    ("SELECT period_end - period_start FROM documents WHERE status = 'ok'", [(12,)]),
    ("SELECT sum(count) FROM attendance WHERE NOT is_total", [(25,)]),
    ("SELECT typeof(count), typeof(is_total), typeof(row) FROM attendance LIMIT 1", [("BIGINT", "BOOLEAN", "BIGINT")]),
    ("SELECT typeof(period_start) FROM documents LIMIT 1", [("DATE",)]),
    ("SELECT title FROM documents WHERE status = 'ok'", [("Отчёт о семинаре\n«Учитель года»",)]),
    ("SELECT count(*) FROM events", [(0,)]),
    ("SELECT s.city, count(*) AS n FROM school_mentions m JOIN schools s USING (school_id) GROUP BY ALL",
     [("Новокузнецк", 2)]),
])
def test_query_results(tiny_out, sql, expected):
    assert query(tiny_out, sql)[1] == expected


def test_missing_table_file_is_an_empty_typed_view(tiny_out):
    (tiny_out / "checks.csv").unlink()
    columns, rows = query(tiny_out, "SELECT * FROM checks")
    assert columns == TABLES["checks"] and rows == []
    assert query(tiny_out, "SELECT typeof(stated) FROM (SELECT stated FROM checks UNION ALL SELECT 1)")[1] == \
        [("BIGINT",)]


def test_a_value_that_does_not_parse_is_null_not_an_error(tiny_out):
    path = tiny_out / "people.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",2,5,14", ",два,5,14"), encoding="utf-8")
    assert query(tiny_out, "SELECT n_mentions, surname FROM people")[1] == [(None, "Плетнёва")]


def test_extra_csv_files_become_views_too(tiny_out):
    (tiny_out / "notes.csv").write_text("район,число\nЦентральный,3\n", encoding="utf-8")
    assert query(tiny_out, "SELECT * FROM notes")[1] == [("Центральный", "3")]


def test_bad_sql_and_missing_folder_are_query_errors(tiny_out, tmp_path):
    with pytest.raises(QueryError, match="nosuch"):
        query(tiny_out, "SELECT * FROM nosuch")
    with pytest.raises(QueryError, match="no such folder"):
        query(tmp_path / "absent", "SELECT 1")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(QueryError, match="no tables"):
        query(empty, "SELECT 1")


def test_view_sql_reads_every_column_as_text_first(tiny_out):
    sql = view_sql("people", tiny_out / "people.csv")
    assert "'person_id': 'VARCHAR'" in sql and 'TRY_CAST(NULLIF("n_mentions", \'\') AS BIGINT)' in sql


def test_formats(tiny_out):
    columns, rows = query(tiny_out, "SELECT label, count, is_total FROM attendance ORDER BY row")
    as_json = json.loads(render(columns, rows, "json"))
    assert as_json == [{"label": "Семинар", "count": 25, "is_total": False},
                       {"label": "ИТОГО", "count": 25, "is_total": True}]
    assert list(csv.reader(render(columns, rows, "csv").splitlines())) == [
        ["label", "count", "is_total"], ["Семинар", "25", "false"], ["ИТОГО", "25", "true"]]
    table = render(columns, rows, "table").splitlines()
    assert table[0].split() == ["label", "count", "is_total"]
    assert table[2].split() == ["Семинар", "25", "false"]
    assert len(table) == 4


def test_table_format_right_aligns_numbers_and_cuts_long_text():
    text = format_table(["name", "n"], [("а" * 80, 5), ("б", 125)], max_width=10).splitlines()
    assert text[2] == "ааааааааа…    5"
    assert text[3] == "б           125"


def test_dates_render_as_iso_in_json(tiny_out):
    columns, rows = query(tiny_out, "SELECT period_start FROM documents WHERE status = 'ok'")
    assert json.loads(render(columns, rows, "json")) == [{"period_start": "2023-02-09"}]


# --- over a real run of the seed reports (counts depend on the extractors: compare with the CSVs) ---

def test_every_view_has_the_rows_of_its_csv(seed_run):
    out, _ = seed_run
    for table in TABLES:
        assert query(out, f'SELECT count(*) FROM "{table}"')[1] == [(len(csv_rows(out / f"{table}.csv")),)]


def test_seed_values_come_back_unchanged(seed_run):
    out, _ = seed_run
    documents = csv_rows(out / "documents.csv")
    got = dict(query(out, "SELECT doc_id, title FROM documents")[1])
    assert got == {d["doc_id"]: (d["title"] or None) for d in documents}
    people = csv_rows(out / "people.csv")
    got = sorted(query(out, "SELECT doc_id, person_id, surname, n_mentions FROM people")[1], key=str)
    assert got == sorted(((p["doc_id"], p["person_id"] or None, p["surname"] or None,
                           int(p["n_mentions"]) if p["n_mentions"] else None) for p in people), key=str)


def test_schools_mentioned_most_often(seed_run):
    """The README's «какие школы упоминаются чаще всего» agrees with counting the CSV."""
    out, _ = seed_run
    columns, rows = query(out, """
        SELECT s.canonical_name, count(*) AS mentions
        FROM school_mentions m JOIN schools s USING (school_id)
        GROUP BY ALL ORDER BY mentions DESC, canonical_name""")
    assert columns == ["canonical_name", "mentions"]
    mentions = csv_rows(out / "school_mentions.csv")
    assert sum(n for _, n in rows) == len([m for m in mentions if m["school_id"]])


@pytest.mark.parametrize("question", sorted(EXAMPLES))
def test_worked_examples_run(seed_run, tiny_out, question):
    out, _ = seed_run
    for folder in (out, tiny_out):
        columns, rows = query(folder, EXAMPLES[question])
        assert columns and len(columns) == len(set(columns))


def test_district_example_sums_the_district_rows(seed_run):
    """«сколько педагогов из каждого района пришло на мероприятия февраля», counted by hand from the CSVs."""
    out, _ = seed_run
    documents = {d["doc_id"]: d for d in csv_rows(out / "documents.csv")}
    events = {(e["doc_id"], e["event_id"]): e for e in csv_rows(out / "events.csv")}
    expected: dict[str, int] = {}
    for a in csv_rows(out / "attendance.csv"):
        event = events.get((a["doc_id"], a["event_id"]))
        if not event or not a["table"].startswith("district table") or a["is_total"] in ("True", "true", "1"):
            continue
        day = event["date_start"] or documents[a["doc_id"]]["period_start"]
        if day[5:7] == "02" and a["count"]:
            expected[a["label"]] = expected.get(a["label"], 0) + int(a["count"])
    got = {district: n for district, n, _ in query(out, EXAMPLES[
        "сколько педагогов из каждого района пришло на мероприятия февраля"])[1]}
    assert got == expected


def test_the_excel_copies_can_be_queried_too(tmp_path):
    write_tables(tmp_path, {"people": [{"doc_id": "a.txt", "surname": "Петрова", "role": "учитель, завуч",
                                        "n_mentions": 2}]}, excel=True)
    assert (tmp_path / "excel" / "people.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert query(tmp_path / "excel", "SELECT surname, role, n_mentions FROM people")[1] == \
        [("Петрова", "учитель, завуч", 2)]
