"""The second held-out corpus (`corpus/dev2`, gold `corpus/dev2_gold.jsonl`, notes `corpus/DEV2.md`) keeps its scores.

Floors sit a little under the F1 measured when the corpus was first run
(people 0.853, organizations 0.846, schools 0.725, dates 1.000, attendance
0.782, checks 0.667); raise them as the fixes land.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from outputs.evaluate import KEYS, evaluate, read_gold
from pipeline.runner import run_corpus

ROOT = Path(__file__).parents[1]
DEV2 = ROOT / "corpus" / "dev2"
GOLD = ROOT / "corpus" / "dev2_gold.jsonl"

FLOORS = {
    "people": 0.97,
    "organizations": 0.97,
    "schools": 0.97,
    "dates": 0.98,
    "attendance": 0.97,  # 1.000 after attendance labels «who + what they attended» (dev2 A1, A2)
    "checks": 0.95,  # 1.000 after two totals of the same thing (dev2 C1)
}


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    out = tmp_path_factory.mktemp("dev2")
    summary = run_corpus([DEV2], out, workers=1, progress=False, quiet=True)
    return summary, evaluate(out, read_gold([GOLD]))


def test_gold_covers_every_dev2_report():
    """Every report has a gold line and nothing else lives in corpus/dev2 (it would be read as a report)."""
    reports = sorted(p.name for p in DEV2.iterdir() if p.is_file())
    assert sorted(g["doc"] for g in read_gold([GOLD])) == reports
    assert all(set(KEYS) <= set(g) for g in read_gold([GOLD]))


def test_every_dev2_report_is_read(result):
    summary, _ = result
    assert summary.documents == {"ok": len(read_gold([GOLD]))}


@pytest.mark.parametrize("table, floor", FLOORS.items())
def test_dev2_f1_floor(result, table, floor):
    _, evaluation = result
    assert evaluation.f1(table) >= floor, f"{table} F1 {evaluation.f1(table):.3f} fell under {floor}"
