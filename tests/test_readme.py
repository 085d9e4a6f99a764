"""The README and the install tell the truth: the demo summary, the worked queries on the demo output,
the package data, the sample generator (issue 14)."""
from __future__ import annotations

import os
import re
import shlex
from fnmatch import fnmatch

import pytest

from svodka.outputs.query import query, render
from svodka.pipeline.runner import format_summary
from tests.conftest import REPO, SAMPLES

README = (REPO / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    return README.split(f"## {title}")[1].split("\n## ")[0]


def test_the_demo_summary_is_what_make_demo_prints(samples_run):
    _, summary = samples_run
    shown = README.split("`make demo` ends with this summary")[1].split("```\n")[1].splitlines()
    summary.out_dir = "out"
    printed = format_summary(summary).splitlines()
    time = re.compile(r" in [\d.]+ s$")
    assert [time.sub(" in T s", line) for line in shown] == [time.sub(" in T s", line) for line in printed]


def readme_queries() -> list[tuple[list[str], str | None]]:
    """(svodka query arguments, the output block right after it or None) for every worked example."""
    found = []
    for block in re.finditer(r"```sh\n(.*?)```\n(?:\n```\n(.*?)```\n)?", section("Asking questions: `svodka query`"),
                             flags=re.S):
        for command in re.findall(r'^svodka query out ".*?(?<!\\)"[^\n]*$', block[1], flags=re.S | re.M):
            found.append((shlex.split(command)[2:], block[2]))
    return found


def test_the_readme_has_worked_queries():
    assert len(readme_queries()) == 4
    assert sum(shown is not None for _, shown in readme_queries()) == 2


@pytest.mark.parametrize("args, shown", readme_queries())
def test_readme_queries_run_on_the_demo_output(samples_run, args, shown):
    out, _ = samples_run
    sql, fmt = args[1], args[args.index("--format") + 1] if "--format" in args else "table"
    columns, rows = query(out, sql)
    if "status <> 'ok'" in sql:
        assert rows == []  # the README says: none in the demo
    else:
        assert rows, sql
    if shown is not None:
        assert render(columns, rows, fmt) + "\n" == shown


def test_package_data_is_declared_as_packages():
    """setuptools warns «Installing 'svodka.extractors.data' as data is deprecated» when a package's data globs
    reach into a subfolder (`data/*.txt`): each data folder is a package with its own globs."""
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    packages = set(config["packages"])
    for package, patterns in config["package-data"].items():
        assert package in packages and not any("/" in pattern for pattern in patterns), package
        folder = REPO.joinpath(*package.split("."))
        data = [p.name for p in folder.iterdir() if p.is_file() and p.suffix != ".py"]
        assert data and all(any(fnmatch(name, pattern) for pattern in patterns) for name in data)
    assert "svodka.extractors.data" in packages


def test_make_samples_rewrites_the_samples_byte_for_byte(tmp_path):
    pytest.importorskip("docx")
    pytest.importorskip("reportlab")
    import svodka.corpus.make_samples as make_samples

    if not os.path.exists(make_samples.FONT):
        pytest.skip(f"no font at {make_samples.FONT}")
    make_samples.write_all(tmp_path)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(p.name for p in SAMPLES.iterdir())
    for name in written:
        assert (tmp_path / name).read_bytes() == (SAMPLES / name).read_bytes(), name
