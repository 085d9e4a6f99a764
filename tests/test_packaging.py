"""svodka installs as one top-level package (`svodka.pipeline`, `svodka.extractors`, …), so its folders'
generic names (`pipeline`, `corpus`, `outputs` …) collide with no other distribution."""
from __future__ import annotations

import importlib.metadata
import subprocess
import sys
tomllib = __import__("pytest").importorskip("tomllib")  # Python 3.11+

from tests.conftest import REPO


def test_pyproject_lists_only_svodka_packages():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    packages = project["tool"]["setuptools"]["packages"]
    assert packages[0] == "svodka" and all(p == "svodka" or p.startswith("svodka.") for p in packages)
    assert project["project"]["scripts"]["svodka"].startswith("svodka.")


def test_the_installed_distribution_has_one_top_level_name():
    top_level = importlib.metadata.distribution("svodka").read_text("top_level.txt")
    assert top_level is None or top_level.split() == ["svodka"]


def test_python_m_svodka_is_the_command():
    done = subprocess.run([sys.executable, "-m", "svodka", "--help"], capture_output=True, text=True, cwd=REPO.parent)
    assert done.returncode == 0 and "svodka" in done.stdout


def test_the_heldout_sets_live_outside_the_package():
    assert not list((REPO / "corpus").glob("dev*")) and (REPO / "tests" / "heldout" / "dev8").is_dir()
