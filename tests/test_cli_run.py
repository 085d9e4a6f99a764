"""`svodka run` end to end: every contract table, the summary, the exit codes."""
from __future__ import annotations

import csv
import os
import re
import subprocess
import sys

from click.testing import CliRunner

from svodka.pipeline.cli import main
from tests.conftest import GOLD, SAMPLES, SCORER, SEEDS, SHARED


def contract_columns() -> dict[str, list[str]]:
    """The required columns of every table, read from ../shared/CONTRACT.md itself."""
    text = (SHARED / "CONTRACT.md").read_text(encoding="utf-8")
    tables = {}
    for name, columns in re.findall(r"^\| `(\w+)\.csv` \|[^|]*\| (.*) \|$", text, flags=re.M):
        tables[name] = re.findall(r"`(\w+)`", re.sub(r"\([^)]*\)", "", columns))
    return tables


def header(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle))


def test_contract_is_parsed():
    tables = contract_columns()
    assert {"documents", "people", "schools", "attendance", "checks"} <= set(tables)
    assert "period_end" in tables["documents"]


def test_seed_run_writes_every_contract_table(seed_run):
    out, summary = seed_run
    for name, required in contract_columns().items():
        path = out / f"{name}.csv"
        assert path.exists(), name
        missing = [c for c in required if c not in header(path)]
        assert not missing, f"{name}.csv lacks {missing}"
    assert summary.documents == {"ok": 5}
    assert summary.exit_code == 0


def test_scorer_runs_on_the_seed_run(seed_run):
    out, _ = seed_run
    result = subprocess.run([sys.executable, str(SCORER), str(out), *map(str, GOLD)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert re.search(r"mean F1 [0-9.]+ over \d+ tables, 5 documents", result.stdout)


def test_cli_run_on_samples_prints_summary(tmp_path):
    result = CliRunner().invoke(main, ["run", str(SAMPLES), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "10 documents: 10 ok, 0 failed, 0 skipped" in result.output
    assert f"tables in {tmp_path / 'out'}/" in result.output
    assert (tmp_path / "out" / "schools.csv").exists()


def test_cli_exit_code_when_a_document_fails(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "ok.txt").write_text("Семинар прошёл 3 апреля 2024 года.", encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    result = subprocess.run([sys.executable, "-m", "svodka.pipeline.cli", "run", str(corpus), "--out", str(tmp_path / "out"),
                             "--quiet", "--workers", "1"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    assert "1 ok, 1 failed" in result.stdout
    assert "empty.txt: empty file" in result.stdout


def test_cli_usage_error_exit_code(tmp_path):
    result = CliRunner().invoke(main, ["run", str(tmp_path / "missing"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2


def test_excel_copies_have_bom_and_semicolons(tmp_path):
    result = CliRunner().invoke(main, ["run", str(SEEDS / "003_9423b9eac677aa9e.txt"), "--out", str(tmp_path),
                                       "--excel", "--quiet", "--workers", "1"])
    assert result.exit_code == 0, result.output
    raw = (tmp_path / "excel" / "documents.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw.splitlines()[0]


def test_cli_timeout_fails_the_hanging_document_only(tmp_path):
    from svodka.pipeline.engines import FAULT_ENV

    corpus = tmp_path / "in"
    corpus.mkdir()
    for name in ("a.txt", "hang.txt", "c.txt"):
        (corpus / name).write_text("Семинар прошёл 3 апреля 2024 года в г. Казани.", encoding="utf-8")
    env = dict(os.environ, **{FAULT_ENV: "hang:hang.txt"})
    result = subprocess.run([sys.executable, "-m", "svodka.pipeline.cli", "run", str(corpus), "--out", str(tmp_path / "out"),
                             "--quiet", "--workers", "2", "--timeout", "8"], capture_output=True, text=True,
                            timeout=300, env=env)
    assert result.returncode == 1, result.stderr
    assert "2 ok, 1 failed" in result.stdout
    assert "hang.txt: timed out after 8 s (worker stopped)" in result.stdout


def test_cli_timeout_is_refused_with_dask(tmp_path):
    result = CliRunner().invoke(main, ["run", str(SAMPLES), "--out", str(tmp_path / "out"), "--engine", "dask",
                                       "--timeout", "5"])
    assert result.exit_code == 2
    assert "--timeout works with the local engine only" in result.output
