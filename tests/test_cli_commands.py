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


@pytest.mark.parametrize("args", [[], ["a.txt"], ["--html-dir", "x", "a.txt"]])
def test_audit_usage_errors(out, args):
    result = CliRunner().invoke(main, ["audit", str(out), *args])
    assert result.exit_code == 2 and "--html" in result.output


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
    assert 'MISS  a.txt people: {"surname": "Иванов"}' in result.output
    result = CliRunner().invoke(main, ["evaluate", str(out), str(gold), "--min", "people=0.9"])
    assert result.exit_code == 1 and "people F1 0.667 < 0.9" in result.output
    result = CliRunner().invoke(main, ["evaluate", str(out), str(gold), "--json"])
    assert json.loads(result.output)["tables"]["people"]["recall"] == 0.5
    result = CliRunner().invoke(main, ["evaluate", str(out), str(gold), "--min", "nobody=1"])
    assert result.exit_code == 1 and "KEY is one of" in result.output


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


def test_audit_with_gold(out, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "people": [{"surname": "Иванов"}]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    page = tmp_path / "a.html"
    result = CliRunner().invoke(main, ["audit", str(out), "a.txt", "--html", str(page), "--gold", str(gold)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "Missed (1)" in html and 'class="extra"' in html
