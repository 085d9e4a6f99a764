"""datapackage.json, run.json and the .xlsx workbook written with every run."""
from __future__ import annotations

import csv
import json
from datetime import date

import pytest

from svodka.outputs.datapackage import FIELDS, FOREIGN_KEYS, PRIMARY_KEYS, descriptor, table_schema, write_datapackage
from svodka.outputs.schema import TABLES
from svodka.outputs.writer import write_tables
from svodka.outputs.xlsx import excel_value, write_workbook

frictionless = pytest.importorskip("frictionless")


def csv_rows(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def validate(out):
    return frictionless.validate(str(out / "datapackage.json"))


def error_types(report) -> set[str]:
    return {error.type for task in report.tasks for error in task.errors}


GOOD = {
    "documents": [{"doc_id": "a.txt", "status": "ok", "n_chars": 10, "period_start": "2023-02-09"},
                  {"doc_id": "b.txt", "status": "skipped", "error": "unsupported format"}],
    "people": [{"doc_id": "a.txt", "person_id": "p1", "surname": "Иванова", "n_mentions": 2,
                "char_start": 0, "char_end": 7}],
    "schools": [{"school_id": "s1", "sector": "school", "number": "5", "n_documents": 1, "n_mentions": 1}],
    "school_mentions": [{"doc_id": "a.txt", "school_id": "s1", "start": 1, "end": 2, "source": "prose",
                         "sector": "school", "number": "5"}],
    "events": [{"doc_id": "a.txt", "event_id": "a.txt#e1", "date_start": "2023-02-09", "time": "10:30"}],
    "attendance": [{"doc_id": "a.txt", "row": 1, "count": 5, "is_total": True, "event_id": "a.txt#e1",
                    "source": "table"},
                   {"doc_id": "a.txt", "row": 2, "count": 5, "is_total": False, "source": "prose"}],
}


@pytest.fixture()
def good_out(tmp_path):
    write_tables(tmp_path, GOOD)
    write_datapackage(tmp_path)
    return tmp_path


def test_every_column_of_every_table_is_described():
    for table, columns in TABLES.items():
        missing = set(columns) - set(FIELDS[table])
        assert not missing, f"describe {table}.{', '.join(sorted(missing))} in outputs/datapackage.py FIELDS"
        assert set(FIELDS[table]) <= set(columns), table
        for column, (kind, description) in FIELDS[table].items():
            assert kind in {"string", "integer", "number", "boolean", "date"} and description, (table, column)


def test_keys_name_real_columns():
    for table, key in PRIMARY_KEYS.items():
        assert set(key) <= set(TABLES[table])
    for table, links in FOREIGN_KEYS.items():
        for own, other, theirs in links:
            assert set(own) <= set(TABLES[table]) and set(theirs) <= set(TABLES[other])


def test_descriptor_lists_every_table_in_order():
    package = descriptor()
    assert [r["name"] for r in package["resources"]] == list(TABLES)
    assert [f["name"] for f in package["resources"][1]["schema"]["fields"]] == TABLES["people"]
    assert table_schema("attendance")["foreignKeys"][-1] == {
        "fields": ["event_id"], "reference": {"resource": "events", "fields": ["event_id"]}}


def test_hand_written_tables_validate(good_out):
    report = validate(good_out)
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


@pytest.mark.parametrize("table, row, error", [
    ("documents", {"doc_id": "c.txt", "status": "done"}, "constraint-error"),
    ("documents", {"doc_id": "a.txt", "status": "ok"}, "primary-key"),
    ("people", {"doc_id": "zzz.txt", "person_id": "p2"}, "foreign-key"),
    ("people", {"doc_id": "a.txt", "person_id": "p3", "n_mentions": "два"}, "type-error"),
    ("school_mentions", {"doc_id": "a.txt", "school_id": "s404", "source": "table"}, "foreign-key"),
    ("attendance", {"doc_id": "a.txt", "count": 3, "event_id": "e404", "source": "table"}, "foreign-key"),
    ("dates", {"doc_id": "a.txt", "kind": "day", "start": "09.02.2023"}, "type-error"),
    ("dates", {"doc_id": "a.txt", "kind": "day", "start": "2023-02-09", "time": "10.30"}, "constraint-error"),
])
def test_contract_violations_are_reported(tmp_path, table, row, error):
    tables = {name: list(rows) for name, rows in GOOD.items()}
    tables[table] = tables.get(table, []) + [row]
    write_tables(tmp_path, tables)
    write_datapackage(tmp_path)
    report = validate(tmp_path)
    assert not report.valid and error in error_types(report)


def test_tables_load_typed(good_out):
    package = frictionless.Package(str(good_out / "datapackage.json"))
    documents = package.get_resource("documents").read_rows()
    assert documents[0]["n_chars"] == 10 and documents[0]["period_start"] == date(2023, 2, 9)
    assert documents[1]["n_chars"] is None
    attendance = package.get_resource("attendance").read_rows()
    assert [r["is_total"] for r in attendance] == [True, False]


# --- a real run over the seeds ---

def test_seed_run_writes_a_valid_package(seed_run):
    out, _ = seed_run
    assert json.loads((out / "datapackage.json").read_text(encoding="utf-8"))["resources"]
    report = validate(out)
    assert report.valid, report.flatten(["taskName", "rowNumber", "fieldName", "type", "note"])[:20]


def test_run_json_traces_the_run(seed_run):
    out, summary = seed_run
    info = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert info["svodka"] and info["started"] <= info["finished"]
    assert info["rows"] == {t: len(csv_rows(out / f"{t}.csv")) for t in TABLES}
    documents = csv_rows(out / "documents.csv")
    assert sum(info["documents"].values()) == len(documents)
    assert {f["doc_id"] for f in info["failures"]} == {d["doc_id"] for d in documents if d["status"] != "ok"}
    assert info["options"]["excel"] is False and info["options"]["corpus"]
    assert info["exit_code"] == summary.exit_code


@pytest.mark.parametrize("kind, text, value", [
    ("integer", "25", 25),
    ("integer", "", None),
    ("integer", "двадцать", "двадцать"),
    ("boolean", "False", False),
    ("date", "2023-02-21", date(2023, 2, 21)),
    ("string", "=SUM(A1)", "=SUM(A1)"),
])
def test_excel_values(kind, text, value):
    assert excel_value(kind, text) == value


def test_workbook_has_a_typed_sheet_per_table(good_out):
    openpyxl = pytest.importorskip("openpyxl")
    write_tables(good_out, {**GOOD, "people": GOOD["people"] + [
        {"doc_id": "a.txt", "person_id": "p2", "surname": "=Петров", "char_start": 8, "char_end": 14}]})
    path = write_workbook(good_out)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == list(TABLES)
    for table in TABLES:
        sheet = book[table]
        assert [c.value for c in sheet[1]] == TABLES[table]
        assert sheet.max_row == 1 + len(csv_rows(good_out / f"{table}.csv"))
    people = book["people"]
    assert people.cell(2, TABLES["people"].index("surname") + 1).value == "Иванова"
    assert people.cell(3, TABLES["people"].index("surname") + 1).value == "=Петров"
    assert people.cell(3, TABLES["people"].index("surname") + 1).data_type == "s"
    assert people.cell(2, TABLES["people"].index("n_mentions") + 1).value == 2
    documents = book["documents"]
    assert documents.cell(2, TABLES["documents"].index("period_start") + 1).value.date() == date(2023, 2, 9)


def test_excel_run_writes_the_workbook(tmp_path):
    from svodka.pipeline.runner import run_corpus

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "r.txt").write_text("Семинар прошёл 9 февраля 2023 года в г. Новокузнецке.", encoding="utf-8")
    run_corpus([corpus], tmp_path / "out", workers=1, excel=True, progress=False, quiet=True)
    assert (tmp_path / "out" / "excel" / "svodka.xlsx").exists()
    info = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert info["options"]["excel"] is True
    assert validate(tmp_path / "out").valid
