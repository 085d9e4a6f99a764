"""The held-out dev corpus (`corpus/dev`, gold `corpus/dev_gold.jsonl`, notes `corpus/DEV.md`) keeps its scores.

The floors sit a little under the F1 measured when the corpus was written
(people 0.914, organizations 0.759, schools 0.864, dates 1.000, attendance
0.921, checks 0.571), so a regression fails here; raise them as the fixes land.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from outputs.evaluate import KEYS, evaluate, read_gold
from pipeline.runner import run_corpus

ROOT = Path(__file__).parents[1]
DEV = ROOT / "corpus" / "dev"
GOLD = ROOT / "corpus" / "dev_gold.jsonl"

FLOORS = {
    "people": 0.97,
    "organizations": 0.95,
    "schools": 0.97,  # 1.000 after schools/city fixes (dev findings 10-12)
    "dates": 0.98,  # 1.000 (dev finding 13 was the documents.csv period, not dates.csv)
    "attendance": 0.90,  # 0.910: see the note on prose labels below
    "checks": 0.95,  # 1.000 after tables/attendance fixes (dev findings 14-19)
}
# Prose attendance labels: this set's gold words them as the document does («в конференции
# приняли участие педагоги», rewritten so after the first run, see corpus/DEV.md), while the
# seed gold and corpus/dev2 use an annotator's paraphrase («участники конференции»). svodka
# now builds the paraphrase, which costs six matches here; the floor follows the seed style.


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    out = tmp_path_factory.mktemp("dev")
    summary = run_corpus([DEV], out, workers=1, progress=False, quiet=True)
    return summary, evaluate(out, read_gold([GOLD]))


def test_gold_covers_every_dev_report():
    """Every report has a gold line and nothing else lives in corpus/dev (it would be read as a report)."""
    reports = sorted(p.name for p in DEV.iterdir() if p.is_file())
    assert sorted(g["doc"] for g in read_gold([GOLD])) == reports
    assert all(set(KEYS) <= set(g) for g in read_gold([GOLD]))


def test_every_dev_report_is_read(result):
    summary, _ = result
    assert summary.documents == {"ok": len(read_gold([GOLD]))}


@pytest.mark.parametrize("table, floor", FLOORS.items())
def test_dev_f1_floor(result, table, floor):
    _, evaluation = result
    assert evaluation.f1(table) >= floor, f"{table} F1 {evaluation.f1(table):.3f} fell under {floor}"
