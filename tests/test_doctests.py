"""The examples in the modules' docstrings, run as tests (one test per module of svodka)."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import svodka

PACKAGES = ("corpus", "normalizers", "extractors", "outputs", "pipeline")
MODULES = sorted(
    info.name
    for package in PACKAGES
    for info in pkgutil.walk_packages(importlib.import_module(f"svodka.{package}").__path__, f"svodka.{package}.")
    if not info.name.rsplit(".", 1)[-1].startswith(("__main__", "make_"))
) + ["svodka"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
