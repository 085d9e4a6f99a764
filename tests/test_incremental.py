"""Incremental runs: only new or changed documents are redone; the tables always match the corpus."""
from __future__ import annotations

import csv
import shutil

import pytest
from click.testing import CliRunner

import svodka.pipeline.runner

from svodka import pipeline
from svodka.pipeline.cache import CACHE_DIR, DocCache, svodka_version
from svodka.pipeline.cli import main
from svodka.pipeline.runner import run_corpus
from tests.conftest import SEEDS

CHANGED = "002_3867d02a00898047.txt"
REMOVED = "003_9423b9eac677aa9e.txt"


def run(corpus, out, **options):
    return run_corpus([corpus], out, workers=1, progress=False, quiet=True, **options)


def rows_by_doc(out, table: str) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    with open(out / f"{table}.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            found.setdefault(row["doc_id"], []).append(row)
    return found


def table_text(out, table: str, corpus) -> str:
    """A table's text with the corpus folder written as <corpus>, so copies of a run compare equal."""
    return (out / f"{table}.csv").read_text(encoding="utf-8").replace(str(corpus), "<corpus>")


def cache_state(out) -> dict[str, tuple[int, bytes]]:
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in (out / CACHE_DIR).glob("*.json")}


def forbid_processing(monkeypatch):
    """Fail the test if the run starts an engine (and so builds the NLP pipeline)."""
    def refuse(*args, **kwargs):
        raise AssertionError("nothing should have been processed")

    monkeypatch.setattr(pipeline.runner, "make_engine", refuse)


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    """The seeds copied to a corpus folder of our own and run once."""
    base = tmp_path_factory.mktemp("incremental")
    corpus = base / "corpus"
    shutil.copytree(SEEDS, corpus)
    out = base / "out"
    summary = run(corpus, out)
    snapshot = base / "snapshot"
    shutil.copytree(out, snapshot)
    return corpus, out, snapshot, summary


@pytest.fixture()
def work(first_run, tmp_path):
    """A private copy of the corpus and of the first run's output folder."""
    corpus, out, _, _ = first_run
    shutil.copytree(corpus, tmp_path / "corpus")
    shutil.copytree(out, tmp_path / "out")
    return tmp_path / "corpus", tmp_path / "out"


def test_first_run_fills_the_cache(first_run):
    _, out, _, summary = first_run
    assert (summary.processed, summary.reused) == (5, 0)
    assert len(cache_state(out)) == 5


def test_unchanged_corpus_is_not_processed_again(work, first_run, monkeypatch):
    corpus, out = work
    before = cache_state(out)
    forbid_processing(monkeypatch)
    summary = run(corpus, out)
    assert (summary.processed, summary.reused) == (0, 5)
    assert summary.documents == {"ok": 5}
    for table in ("documents", "dates", "people", "schools", "school_mentions", "events", "attendance"):
        assert table_text(out, table, corpus) == table_text(first_run[2], table, first_run[0]), table
    assert cache_state(out) == before


def test_changing_one_document_redoes_only_that_document(work):
    corpus, out = work
    before_cache = cache_state(out)
    before_dates = rows_by_doc(out, "dates")
    before_docs = rows_by_doc(out, "documents")  # paths of the first run's corpus, not of this copy
    with open(corpus / CHANGED, "a", encoding="utf-8") as handle:
        handle.write("\nДополнительный семинар состоялся 17 марта 2025 года.\n")
    summary = run(corpus, out)
    assert (summary.processed, summary.reused) == (1, 4)
    after_cache = cache_state(out)
    kept = set(before_cache) & set(after_cache)
    assert len(kept) == 4 and all(after_cache[name] == before_cache[name] for name in kept)
    assert len(set(after_cache) - set(before_cache)) == 1  # the new entry of the changed document
    after_dates = rows_by_doc(out, "dates")
    after_docs = rows_by_doc(out, "documents")
    for doc_id in before_docs:
        if doc_id != CHANGED:
            assert [dict(r, path="") for r in after_docs[doc_id]] == [dict(r, path="") for r in before_docs[doc_id]]
            assert after_dates.get(doc_id) == before_dates.get(doc_id)
    assert after_docs[CHANGED][0]["sha256"] != before_docs[CHANGED][0]["sha256"]
    assert any(r["start"] == "2025-03-17" for r in after_dates[CHANGED])
    assert list(after_docs) == list(before_docs)  # same order


def test_removed_document_disappears_from_tables_and_cache(work):
    corpus, out = work
    (corpus / REMOVED).unlink()
    summary = run(corpus, out)
    assert (summary.processed, summary.reused) == (0, 4)
    for table in ("documents", "dates", "school_mentions"):
        assert REMOVED not in rows_by_doc(out, table)
    assert len(cache_state(out)) == 4


def test_new_document_is_the_only_one_processed(work):
    corpus, out = work
    (corpus / "new.txt").write_text("Семинар прошёл 3 апреля 2024 года.", encoding="utf-8")
    summary = run(corpus, out)
    assert (summary.processed, summary.reused) == (1, 5)
    assert rows_by_doc(out, "documents")["new.txt"][0]["status"] == "ok"


def test_force_redoes_everything_with_the_same_tables(work, first_run):
    corpus, out = work
    summary = run(corpus, out, force=True)
    assert (summary.processed, summary.reused) == (5, 0)
    for table in ("documents", "dates", "schools"):
        assert table_text(out, table, corpus) == table_text(first_run[2], table, first_run[0]), table


def test_cli_reports_reuse_and_force(work):
    corpus, out = work
    again = CliRunner().invoke(main, ["run", str(corpus), "--out", str(out), "--quiet", "--workers", "1"])
    assert again.exit_code == 0, again.output
    assert "cache: 5 unchanged documents reused, 0 processed" in again.output
    forced = CliRunner().invoke(main, ["run", str(corpus), "--out", str(out), "--quiet", "--workers", "1", "--force"])
    assert forced.exit_code == 0, forced.output
    assert "cache:" not in forced.output


@pytest.mark.parametrize("change", ["version", "settings", "doc_id", "sha256"])
def test_cache_key_depends_on_everything_a_result_depends_on(tmp_path, change):
    base = dict(version="1", settings="max_bytes=10", doc_id="a.txt", sha256="00")
    changed = dict(base, **{change: base[change] + "x"})

    def key(version, settings, doc_id, sha256):
        return DocCache(tmp_path, version=version, settings=settings).key(doc_id, sha256)

    assert key(**base) == key(**base)
    assert key(**changed) != key(**base)


def test_version_names_the_release_and_the_code():
    release, _, fingerprint = svodka_version().partition("+")
    assert release and len(fingerprint) == 12


def test_store_is_atomic_and_load_restores_the_current_path(tmp_path):
    cache = DocCache(tmp_path, version="1")
    result = {"document": {"doc_id": "a.txt", "path": "old/a.txt"}, "tables": {"dates": [{"text": "3 мая"}]}}
    cache.store("k", result)
    assert [p.name for p in (tmp_path / CACHE_DIR).iterdir()] == ["k.json"]
    assert cache.load("k", "new/a.txt") == {"document": {"doc_id": "a.txt", "path": "new/a.txt"},
                                           "tables": {"dates": [{"text": "3 мая"}]}}
    assert cache.load("missing") is None
