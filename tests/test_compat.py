"""natasha must work without pkg_resources (setuptools >= 82 removed it)."""
from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
sys.modules["pkg_resources"] = None  # as on a machine with setuptools >= 82
import svodka.normalizers.compat
from svodka import pipeline
from natasha import MorphVocab, NamesExtractor
extractor = NamesExtractor(MorphVocab())
match = extractor.find("Плетнева Лариса Анатольевна")
print(match.fact.first, match.fact.last)
"""


def test_natasha_runs_without_pkg_resources():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Лариса", "Плетнева"]
