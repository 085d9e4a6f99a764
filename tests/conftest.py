"""Shared fixtures: where the repository, samples and the read-only seed corpus live."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpus" / "samples"
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = sorted((SHARED / "gold").glob("*.jsonl"))
SCORER = SHARED / "tools" / "score.py"


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory):
    """One run of the whole pipeline over the seed reports, shared by the tests that read its tables."""
    from svodka.pipeline.runner import run_corpus

    if not SEEDS.is_dir():
        pytest.fail(f"seed corpus not found at {SEEDS}")
    out = tmp_path_factory.mktemp("seed_run")
    summary = run_corpus([SEEDS], out, workers=1, progress=False, quiet=True)
    return out, summary
