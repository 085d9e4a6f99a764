"""One direction of flow (issue 15): the run (pipeline/) on top; extractors/ and outputs/ below it; corpus/
and normalizers/ at the bottom. A module imports only from its own layer or the layers below."""
from __future__ import annotations

import ast

import pytest

from tests.conftest import REPO

# package -> the packages it may import from (besides itself)
BELOW = {
    "pipeline": {"extractors", "outputs", "corpus", "normalizers"},
    "extractors": {"corpus", "normalizers"},
    "outputs": {"extractors", "corpus", "normalizers"},  # outputs read the records extractors leave on the Doc
    "corpus": {"normalizers"},
    "normalizers": set(),
}


def imported_packages(path) -> set[str]:
    """The svodka packages a module imports (svodka.X.…), anywhere in it."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
            [node.module or ""] if isinstance(node, ast.ImportFrom) else []
        for name in names:
            parts = name.split(".")
            if parts[0] == "svodka" and len(parts) > 1:
                found.add(parts[1])
    return found


MODULES = sorted((package, path) for package in BELOW for path in (REPO / package).rglob("*.py")
                 if "samples" not in path.parts)


@pytest.mark.parametrize("package, path", MODULES, ids=[str(p.relative_to(REPO)) for _, p in MODULES])
def test_imports_flow_down(package, path):
    upward = imported_packages(path) - BELOW[package] - {package} - {"load"}
    assert not upward, f"{path.relative_to(REPO)} imports from {sorted(upward)}, a layer above it"
