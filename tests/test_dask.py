"""The Dask engine on a small LocalCluster writes the same tables as the local engine."""
from __future__ import annotations

import pytest

from svodka.pipeline.engines import FAULT_ENV
from svodka.pipeline.runner import run_corpus
from tests.conftest import SEEDS
from tests.test_parallel import documents, tables

pytest.importorskip("distributed")


def test_dask_engine_writes_the_same_tables_as_the_local_engine(seed_run, tmp_path):
    local, _ = seed_run
    summary = run_corpus([SEEDS], tmp_path / "dask", workers=2, engine="dask", progress=False, quiet=True)
    assert summary.documents == {"ok": 5}
    assert tables(tmp_path / "dask") == tables(local)


def test_a_dask_worker_that_dies_loses_only_its_document(tmp_path, monkeypatch):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for day in range(1, 4):
        (corpus / f"d{day}.txt").write_text(f"Семинар прошёл {day} мая 2024 года.", encoding="utf-8")
    monkeypatch.setenv(FAULT_ENV, "crash:d2.txt")
    run_corpus([corpus], tmp_path / "out", workers=2, engine="dask", progress=False, quiet=True)
    rows = documents(tmp_path / "out")
    assert [rows[d]["status"] for d in ("d1.txt", "d2.txt", "d3.txt")] == ["ok", "failed", "ok"], rows
    assert rows["d2.txt"]["error"] == "every dask worker that tried this document died"
