"""No import circles between svodka's modules (issue 15): a newcomer can change one without reading all."""
from __future__ import annotations

import ast

from tests.conftest import REPO

PACKAGES = ("pipeline", "extractors", "outputs", "corpus", "normalizers")
MAX_LINES = 600


def imports_of(path) -> set[str]:
    """The svodka modules a module imports (at the top or inside a function), as `package.module`."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("svodka."):
            parts = node.module.split(".")[1:]
            if len(parts) == 1:  # from svodka.extractors import compat
                found.update(f"{parts[0]}.{a.name}" for a in node.names)
            else:
                found.add(".".join(parts[:2]))
        elif isinstance(node, ast.Import):
            found.update(".".join(a.name.split(".")[1:3]) for a in node.names if a.name.startswith("svodka."))
    return found


def graph() -> dict[str, set[str]]:
    modules = {f"{p}.{f.stem}": f for p in PACKAGES for f in (REPO / p).glob("*.py") if f.stem != "__init__"}
    return {name: {m for m in imports_of(path) if m in modules and m != name} for name, path in modules.items()}


def test_no_import_circles():
    edges, state, circles = graph(), {}, []

    def visit(node, stack):
        state[node] = "open"
        for nxt in sorted(edges[node]):
            if state.get(nxt) == "open":
                circles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = "done"

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    assert not circles, " ; ".join(" -> ".join(c) for c in circles)


def test_no_module_over_600_lines():
    long = {str(f.relative_to(REPO)): n for p in PACKAGES for f in (REPO / p).glob("*.py")
            if (n := len(f.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, long
