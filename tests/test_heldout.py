"""The held-out sets keep their scores: `tests/heldout/dev` … `tests/heldout/dev8` (gold beside them, notes in tests/heldout/DEV*.md).

Each set was written, with its gold, before svodka was run on it. First-contact
F1 (people, organizations, schools, dates, attendance, checks): dev 0.914 0.759
0.864 1.000 0.921 0.571; dev2 0.853 0.846 0.725 1.000 0.782 0.667; dev3 0.978
0.918 0.971 1.000 0.410 0.500; dev4 0.987 0.877 0.895 0.939 0.767 0.500; dev5
0.989 0.824 0.991 0.938 0.862 0.500; dev6 1.000 0.950 0.853 0.862 0.797 0.222;
dev7 1.000 0.833 0.932 1.000 0.732 0.500; dev8 0.963 0.882 0.970 0.952 0.839 1.000.
The floors sit a little under the figures after the fixes they prompted, so a
regression fails here (dev6's checks floor is low: its gold lists a planted
totals-row error once, svodka also reports the row total that error breaks).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from svodka.outputs.evaluate import KEYS, evaluate, read_gold
from svodka.pipeline.runner import run_corpus

CORPUS = Path(__file__).parent / "heldout"

# Prose attendance labels: tests/heldout/dev's gold words them as the document does («в конференции
# приняли участие педагоги», rewritten so after its first run, see tests/heldout/DEV.md), while the
# seed gold and tests/heldout/dev2 use an annotator's paraphrase («участники конференции»). svodka
# builds the paraphrase, which costs dev six matches (0.910); its floor follows the seed style.
FLOORS = {
    "dev": {"people": 0.97, "organizations": 0.95, "schools": 0.97, "dates": 0.98, "attendance": 0.90,
            "checks": 0.95},
    "dev2": {"people": 0.97, "organizations": 0.97, "schools": 0.97, "dates": 0.98, "attendance": 0.97,
             "checks": 0.95},
    "dev3": {"people": 0.97, "organizations": 0.95, "schools": 0.97, "dates": 0.98, "attendance": 0.90,
             "checks": 0.95},    "dev4": {"people": 0.97, "organizations": 0.95, "schools": 0.97, "dates": 0.98, "attendance": 0.90,
             "checks": 0.95},    "dev5": {"people": 0.97, "organizations": 0.97, "schools": 0.97, "dates": 0.98, "attendance": 0.92,
             "checks": 0.95},
    "dev6": {"people": 0.97, "organizations": 0.97, "schools": 0.97, "dates": 0.98, "attendance": 0.85,
             "checks": 0.75},
    "dev7": {"people": 0.97, "organizations": 0.95, "schools": 0.97, "dates": 0.98, "attendance": 0.82,
             "checks": 0.95},    "dev8": {"people": 0.97, "organizations": 0.85, "schools": 0.97, "dates": 0.93, "attendance": 0.81,
             "checks": 0.95},
}


def gold_of(name: str) -> list[dict]:
    return read_gold([CORPUS / f"{name}_gold.jsonl"])


@pytest.fixture(scope="module", params=sorted(FLOORS))
def heldout(request, tmp_path_factory):
    name = request.param
    out = tmp_path_factory.mktemp(name)
    summary = run_corpus([CORPUS / name], out, workers=1, progress=False, quiet=True)
    return name, summary, evaluate(out, gold_of(name))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_covers_every_report(name):
    """Every report has a gold line, and nothing else lives in the folder (it would be read as a report)."""
    reports = sorted(p.name for p in (CORPUS / name).iterdir() if p.is_file())
    assert sorted(g["doc"] for g in gold_of(name)) == reports
    assert all(set(KEYS) <= set(g) for g in gold_of(name))


def test_every_report_is_read(heldout):
    name, summary, _ = heldout
    assert summary.documents == {"ok": len(gold_of(name))}


@pytest.mark.parametrize("table", list(KEYS))
def test_f1_floor(heldout, table):
    name, _, evaluation = heldout
    floor = FLOORS[name][table]
    assert evaluation.f1(table) >= floor, f"{name}: {table} F1 {evaluation.f1(table):.3f} fell under {floor}"
