"""The CLI: every command documented (sqlite-utils style), query/audit/evaluate as thin shells."""
from __future__ import annotations

import csv
import json

import click
import pytest
from click.testing import CliRunner

from svodka.outputs.writer import write_tables
from svodka.pipeline.cli import main
from tests.conftest import GOLD


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_is_documented(name):
    command = main.commands[name]
    assert command.help and command.help.strip(), f"svodka {name} has no docstring"
    for param in command.params:
        if isinstance(param, click.Option) and param.name != "help":
            assert param.help, f"svodka {name} {param.opts[0]} has no help text"
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert result.output.startswith(f"Usage: main {name}") or result.output.startswith(f"Usage: svodka {name}")


def test_the_commands_are_there():
    assert {"run", "query", "audit", "evaluate"} <= set(main.commands)


@pytest.fixture()
def out(tmp_path):
    write_tables(tmp_path, {
        "documents": [{"doc_id": "a.txt", "status": "ok", "path": str(tmp_path / "a.txt")}],
        "people": [{"doc_id": "a.txt", "person_id": "p1", "surname": "Петрова", "n_mentions": 3}],
    })
    return tmp_path


@pytest.mark.parametrize("fmt, expected", [
    ("table", "surname  n_mentions\n-------  ----------\nПетрова           3\n"),
    ("csv", "surname,n_mentions\nПетрова,3\n"),
    ("json", json.dumps([{"surname": "Петрова", "n_mentions": 3}], ensure_ascii=False, indent=2) + "\n"),
])
def test_query(out, fmt, expected):
    result = CliRunner().invoke(main, ["query", str(out), "SELECT surname, n_mentions FROM people",
                                       "--format", fmt])
    assert result.exit_code == 0, result.output
    assert result.output == expected


def test_query_error_is_one_line(out):
    result = CliRunner().invoke(main, ["query", str(out), "SELEC 1"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "Traceback" not in result.output


def test_query_explains_sql_words_in_help_and_error(out):
    result = CliRunner().invoke(main, ["query", "--help"])
    assert 'SELECT start, "end" FROM dates' in " ".join(result.output.split())
    result = CliRunner().invoke(main, ["query", str(out), "SELECT doc_id, end FROM dates"])
    assert result.exit_code == 1
    assert 'Columns named like SQL words must be quoted: "column", "end", "table", "where"' in result.output
    result = CliRunner().invoke(main, ["query", str(out), "SELECT * FROM person"])
    assert result.exit_code == 1 and "The tables of this run: documents, people," in result.output
    assert "pg_" not in result.output


def test_query_width_and_whole_cells(out):
    write_tables(out, {"documents": [{"doc_id": "a.txt", "title": "Отчёт " + "о семинаре " * 10}]})
    title = "Отчёт " + "о семинаре " * 10
    sql = "SELECT title FROM documents"
    cut = CliRunner().invoke(main, ["query", str(out), sql]).output.splitlines()[2]
    assert len(cut) == 60 and cut.endswith("…")
    assert CliRunner().invoke(main, ["query", str(out), sql, "--width", "20"]).output.splitlines()[2] == \
        title[:19] + "…"
    assert CliRunner().invoke(main, ["query", str(out), sql, "--width", "0"]).output.splitlines()[2] == title.strip()
    assert CliRunner().invoke(main, ["query", str(out), sql, "--format", "csv"]).output.splitlines()[1] == title
    assert CliRunner().invoke(main, ["query", str(out), sql, "--width", "-1"]).exit_code == 2


def test_query_examples_are_listed(out):
    from svodka.outputs.query import EXAMPLES

    result = CliRunner().invoke(main, ["query", str(out), "--examples"])
    assert result.exit_code == 0
    for number, question in enumerate(EXAMPLES, 1):
        assert f"-- {number}. {question}\n" in result.output
    assert 'WHERE a."table" LIKE' in result.output
    result = CliRunner().invoke(main, ["query", str(out)])
    assert result.exit_code == 2 and "--examples" in result.output


@pytest.mark.parametrize("args", [[], ["a.txt"], ["--html-dir", "x", "a.txt"]])
def test_audit_usage_errors(out, args):
    result = CliRunner().invoke(main, ["audit", str(out), *args])
    assert result.exit_code == 2 and "--html" in result.output


def test_audit_missing_gold_file(out, tmp_path):
    result = CliRunner().invoke(main, ["audit", str(out), "--html-dir", str(tmp_path / "s"), "nogold.jsonl"])
    assert result.exit_code == 2 and "nogold.jsonl: no such gold file" in result.output


def test_audit_unknown_document(out, tmp_path):
    result = CliRunner().invoke(main, ["audit", str(out), "b.txt", "--html", str(tmp_path / "b.html")])
    assert result.exit_code == 1 and "b.txt: not a doc_id" in result.output


def test_audit_writes_pages(out, tmp_path):
    page = tmp_path / "pages" / "a.html"
    result = CliRunner().invoke(main, ["audit", str(out), "a.txt", "--html", str(page)])
    assert result.exit_code == 0, result.output
    assert "Петрова" in page.read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", str(out), "--html-dir", str(tmp_path / "site")])
    assert result.exit_code == 0 and (tmp_path / "site" / "index.html").exists()


def test_evaluate(out, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "people": [{"surname": "Петрова"}, {"surname": "Иванов"}]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(out), str(gold), "--misses", "--docs"])
    assert result.exit_code == 0, result.output
    assert "people             2     1     1  1.000  0.500  0.667" in result.output
    assert 'MISS  a.txt people: {"surname": "Иванов", "first_name": ""' in result.output
    result = CliRunner().invoke(main, ["evaluate", str(out), str(gold), "--min", "people=0.9"])
    assert result.exit_code == 1 and "people F1 0.667 < 0.9" in result.output
    result = CliRunner().invoke(main, ["evaluate", str(out), str(gold), "--json"])
    assert json.loads(result.output)["tables"]["people"]["recall"] == 0.5
    result = CliRunner().invoke(main, ["evaluate", str(out), str(gold), "--min", "nobody=1"])
    assert result.exit_code == 1 and "KEY is one of" in result.output


def test_evaluate_takes_gold_files_as_audit_does(out, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "people": [{"surname": "Петрова"}]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    positional = CliRunner().invoke(main, ["evaluate", str(out), str(gold)])
    option = CliRunner().invoke(main, ["evaluate", str(out), "--gold", str(gold)])
    assert positional.exit_code == option.exit_code == 0
    assert positional.output == option.output
    none = CliRunner().invoke(main, ["evaluate", str(out)])
    assert none.exit_code == 2 and "--gold" in none.output


def test_evaluate_a_run_without_the_gold_documents_fails(out, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"doc": f"{n}.txt", "people": [{"surname": "Петрова"}]},
                                       ensure_ascii=False) + "\n" for n in "bcdef"), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(out), str(gold)])
    assert result.exit_code == 1
    assert "Error: 0 of 5 gold documents are in this run" in result.output


def test_evaluate_on_the_seed_run_prints_every_table(seed_run):
    out, _ = seed_run
    result = CliRunner().invoke(main, ["evaluate", str(out), *map(str, GOLD)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line.split()[0] for line in lines[1:7]] == ["people", "organizations", "schools", "dates",
                                                        "attendance", "checks"]
    assert lines[-1].startswith("mean F1 ") and lines[-1].endswith(f"{len(GOLD)} documents")


def test_query_on_the_seed_run_matches_the_csv(seed_run):
    out, _ = seed_run
    result = CliRunner().invoke(main, ["query", str(out), "SELECT doc_id, status FROM documents ORDER BY doc_id",
                                       "--format", "csv"])
    with open(out / "documents.csv", encoding="utf-8", newline="") as handle:
        expected = sorted((d["doc_id"], d["status"]) for d in csv.DictReader(handle))
    assert result.exit_code == 0
    assert [tuple(r) for r in csv.reader(result.output.splitlines()[1:])] == expected


@pytest.mark.parametrize("form", ["option", "positional"])
def test_audit_with_gold(out, tmp_path, form):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "people": [{"surname": "Иванов"}]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    page = tmp_path / "a.html"
    given = ["--gold", str(gold)] if form == "option" else [str(gold)]
    result = CliRunner().invoke(main, ["audit", str(out), "a.txt", *given, "--html", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "Missed (1)" in html and 'class="extra"' in html
    site = CliRunner().invoke(main, ["audit", str(out), *given, "--html-dir", str(tmp_path / "site")])
    assert site.exit_code == 0, site.output
    assert "gold F1" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
