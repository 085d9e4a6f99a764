"""Worker processes: the same tables whatever the number of workers, and a crashing worker loses one document only."""
from __future__ import annotations

import csv

import pytest

from svodka.pipeline.engines import FAULT_ENV, LocalEngine
from svodka.pipeline.runner import run_corpus
from tests.conftest import SEEDS


def tables(out) -> dict[str, str]:
    """Every CSV table of a run folder, as text."""
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(out.glob("*.csv"))}


def documents(out) -> dict[str, dict]:
    with open(out / "documents.csv", encoding="utf-8", newline="") as handle:
        return {row["doc_id"]: row for row in csv.DictReader(handle)}


@pytest.fixture()
def small_corpus(tmp_path):
    """Five tiny reports: enough for several workers, fast to process."""
    folder = tmp_path / "in"
    folder.mkdir()
    for day in range(1, 6):
        (folder / f"d{day}.txt").write_text(f"Семинар прошёл {day} апреля 2024 года в г. Казани.", encoding="utf-8")
    return folder


def test_two_workers_write_the_same_tables_as_one(seed_run, tmp_path):
    one, _ = seed_run  # the shared 1-worker run of the seeds
    summary = run_corpus([SEEDS], tmp_path / "two", workers=2, progress=False, quiet=True)
    assert summary.documents == {"ok": 5}
    assert tables(tmp_path / "two") == tables(one)
    assert len(tables(one)) >= 9


def test_spawned_workers_give_the_same_results_as_forkserver(small_corpus):
    """Nothing relies on memory inherited by fork: fresh `spawn` workers build their own models."""
    from svodka.corpus.discover import discover

    items = discover([small_corpus])
    spawned = list(LocalEngine(workers=2, method="spawn").map(items))
    served = list(LocalEngine(workers=1, method="forkserver").map(items))
    assert spawned == served
    assert [r["document"]["doc_id"] for r in spawned] == [doc_id for _, doc_id in items]
    assert all(r["document"]["status"] == "ok" for r in spawned)


@pytest.mark.parametrize("window", [1, 2, 100])
def test_results_come_in_input_order_whatever_the_window(small_corpus, window):
    from svodka.corpus.discover import discover

    items = discover([small_corpus])
    results = list(LocalEngine(workers=2, window=window).map(items))
    assert [r["document"]["doc_id"] for r in results] == ["d1.txt", "d2.txt", "d3.txt", "d4.txt", "d5.txt"]


@pytest.mark.parametrize("fault, reason", [
    ("crash", "worker process exited with code 70 while processing this document"),
    ("segv", "worker process was killed by SIGSEGV while processing this document"),
])
def test_a_worker_that_dies_loses_only_its_document(small_corpus, tmp_path, monkeypatch, fault, reason):
    monkeypatch.setenv(FAULT_ENV, f"{fault}:d2.txt")
    summary = run_corpus([small_corpus], tmp_path / "out", workers=2, progress=False, quiet=True)
    rows = documents(tmp_path / "out")
    assert list(rows) == ["d1.txt", "d2.txt", "d3.txt", "d4.txt", "d5.txt"]
    assert rows["d2.txt"]["status"] == "failed"
    assert rows["d2.txt"]["error"] == reason
    assert rows["d2.txt"]["sha256"]  # still traceable to its file
    assert {d: r["status"] for d, r in rows.items() if d != "d2.txt"} == dict.fromkeys(
        ["d1.txt", "d3.txt", "d4.txt", "d5.txt"], "ok")
    assert summary.exit_code == 1
    assert summary.failures[0][0] == "d2.txt"


def test_a_crash_is_not_cached_so_the_next_run_retries_it(small_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv(FAULT_ENV, "crash:d5.txt")
    run_corpus([small_corpus], tmp_path / "out", workers=1, progress=False, quiet=True)
    monkeypatch.delenv(FAULT_ENV)
    summary = run_corpus([small_corpus], tmp_path / "out", workers=1, progress=False, quiet=True)
    assert (summary.processed, summary.reused) == (1, 4)
    assert documents(tmp_path / "out")["d5.txt"]["status"] == "ok"


def test_a_document_over_the_timeout_is_failed_and_the_rest_complete(small_corpus, monkeypatch):
    from svodka.corpus.discover import discover

    monkeypatch.setenv(FAULT_ENV, "hang:d3.txt")
    results = list(LocalEngine(workers=2, timeout=8).map(discover([small_corpus])))
    status = {r["document"]["doc_id"]: (r["document"]["status"], r["document"]["error"]) for r in results}
    assert status["d3.txt"] == ("failed", "timed out after 8 s (worker stopped)")
    assert [s for d, (s, _) in status.items() if d != "d3.txt"] == ["ok"] * 4


def test_registry_over_slim_mentions_matches_the_full_rows(seed_run):
    """The runner keeps only slim mentions for the registry: same schools, same ids as the full rows give."""
    from svodka.outputs.registry import build_registry
    from svodka.pipeline.runner import RegistryInput

    out, _ = seed_run
    with open(out / "school_mentions.csv", encoding="utf-8", newline="") as handle:
        full = [dict(row, school_id="") for row in csv.DictReader(handle)]
    assert full, "the seeds mention schools"
    slim = RegistryInput()
    for doc_id in dict.fromkeys(row["doc_id"] for row in full):
        slim.add([row for row in full if row["doc_id"] == doc_id])
    assert len(slim.mentions) == len(full)
    assert len({id(m) for m in slim.mentions}) < len(full)  # repeats within a document share one object
    assert build_registry(slim.mentions) == build_registry(full)
    assert [m["school_id"] for m in slim.mentions] == [row["school_id"] for row in full]
