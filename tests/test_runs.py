"""A run as a user meets it: file modes, paths that survive a `cd`, output folders inside the corpus,
a cp1251 registry, stale Excel copies, dropped documents, option checks (issue 14)."""
from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import stat

import pytest
from click.testing import CliRunner

import svodka.pipeline.runner

from svodka import pipeline
from svodka.corpus.discover import discover, relative_path
from svodka.outputs.registry import RegistryError, load_reference
from svodka.pipeline.cli import main
from tests.conftest import SAMPLES

# Invented registry rows, as Russian Excel saves them: cp1251, `;`, Russian headers.
REGISTRY = ("Наименование;Краткое наименование;Город;ИНН\n"
            "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 12»;"
            "МБОУ «СОШ № 12»;г. Кемерово;4205000012\n"
            "Муниципальное автономное общеобразовательное учреждение «Лицей № 7»;МАОУ «Лицей № 7»;Томск;7017000007\n"
            "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 99»;;Омск;5500000099\n")


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def documents(out) -> dict[str, dict]:
    with open(out / "documents.csv", encoding="utf-8", newline="") as handle:
        return {row["doc_id"]: row for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    """The samples copied to a corpus, run once under umask 022 with --excel and a cp1251 registry,
    the output folder inside the corpus."""
    base = tmp_path_factory.mktemp("runs")
    corpus = base / "corpus"
    shutil.copytree(SAMPLES, corpus)
    (base / "registry.csv").write_bytes(REGISTRY.encode("cp1251"))
    old = os.umask(0o022)
    try:
        result = invoke("run", corpus, "--out", corpus / "out", "--excel", "--registry", base / "registry.csv",
                        "--quiet", "--workers", 1)
    finally:
        os.umask(old)
    return base, corpus, corpus / "out", result


@pytest.fixture()
def work(first, tmp_path):
    """A private copy of the first run's corpus (and its output folder inside it)."""
    base, corpus, _, _ = first
    shutil.copytree(corpus, tmp_path / "corpus")
    return tmp_path / "corpus", tmp_path / "corpus" / "out"


def test_files_get_the_mode_of_the_umask(first):
    _, _, out, result = first
    assert result.exit_code == 0, result.output
    files = [p for p in out.rglob("*") if p.is_file()]
    assert {p.relative_to(out).parts[0] for p in files} >= {"documents.csv", "run.json", "datapackage.json",
                                                             "excel", ".svodka-cache"}
    assert {str(p.relative_to(out)): oct(stat.S_IMODE(p.stat().st_mode)) for p in files} == {
        str(p.relative_to(out)): "0o644" for p in files}


def test_a_cp1251_registry_is_read_and_the_links_are_counted(first):
    _, _, out, result = first
    assert "registry: 2 of 10 schools linked to " in result.output
    assert "(3 entries)" in result.output
    record = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert {k: record["registry"][k] for k in ("entries", "schools", "linked")} == {
        "entries": 3, "schools": 10, "linked": 2}
    with open(out / "schools.csv", encoding="utf-8", newline="") as handle:
        linked = {row["canonical_name"]: row["inn"] for row in csv.DictReader(handle) if row["inn"]}
    assert linked == {"СОШ № 12": "4205000012", "Лицей № 7": "7017000007"}


@pytest.mark.parametrize("text, encoding, expected", [
    ("name,city\nМБОУ «СОШ № 5»,Кемерово\n", "utf-8", [("5", "Кемерово")]),
    ("Наименование;Город\nМБОУ «СОШ № 5»;Кемерово\n", "cp1251", [("5", "Кемерово")]),
    ("\ufeffНаименование;Номер;Город\nМБДОУ «Детский сад»;14;Абакан\n", "utf-8", [("14", "Абакан")]),
])
def test_registry_encodings_and_separators(tmp_path, text, encoding, expected):
    path = tmp_path / "r.csv"
    path.write_bytes(text.encode(encoding))
    assert [(r["number"], r["city"]) for r in load_reference(path)] == expected


def test_a_registry_without_names_is_a_usage_error(tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes("город;инн\nКемерово;1\n".encode("cp1251"))
    with pytest.raises(RegistryError, match="r.csv: no name column"):
        load_reference(path)
    result = invoke("run", SAMPLES, "--out", tmp_path / "out", "--registry", path, "--quiet")
    assert result.exit_code == 2
    assert "no name column" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()  # refused before any work


def test_paths_are_relative_to_the_corpus_root_and_audit_works_elsewhere(first, tmp_path, monkeypatch):
    base, corpus, out, _ = first
    assert {d["path"] for d in documents(out).values()} == {p.name for p in SAMPLES.iterdir()}
    record = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert record["options"]["roots"] == [str(corpus)]
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    monkeypatch.chdir(moved)
    result = invoke("audit", out, "--html-dir", moved / "audit")
    assert result.exit_code == 0, result.output
    pages = [p for p in (moved / "audit").glob("*.html") if p.name != "index.html"]
    assert len(pages) == 4
    for page in pages:
        assert "is not there any more" not in page.read_text(encoding="utf-8"), page.name


@pytest.mark.parametrize("path, roots, expected", [
    ("/c/a.txt", ["/c"], "a.txt"),
    ("/c/sub/a.txt", ["/b", "/c"], "sub/a.txt"),
    ("/cc/a.txt", ["/c"], "/cc/a.txt"),  # not under a root: absolute
])
def test_relative_path(path, roots, expected):
    assert relative_path(path, roots) == expected


def test_the_output_folder_inside_the_corpus_is_not_read_back(first, work):
    _, _, _, result = first
    assert "4 documents: 4 ok" in result.output
    corpus, out = work
    again = invoke("run", corpus, "--out", out, "--quiet", "--workers", 1)
    assert again.exit_code == 0, again.output
    assert "4 documents: 4 ok, 0 failed, 0 skipped" in again.output
    assert len(documents(out)) == 4


def test_svodka_own_folders_are_skipped(work, tmp_path):
    corpus, out = work
    other = corpus / "old-run"  # an earlier run's --out, and an audit site, inside the corpus
    shutil.copytree(out, other)
    shutil.rmtree(other / ".svodka-cache")
    site = corpus / "pages"
    site.mkdir()
    (site / ".svodka-audit").write_text("", encoding="utf-8")
    (site / "index.html").write_text("<html><body>svodka audit</body></html>", encoding="utf-8")
    found = {doc_id for _, doc_id in discover([corpus], skip=[out])}
    assert found == {p.name for p in SAMPLES.iterdir()}


def test_tables_written_into_the_corpus_folder_itself_are_not_read(work):
    corpus, out = work
    shutil.copytree(out, corpus, dirs_exist_ok=True)  # as if the last run was `svodka run . --out .`
    assert (corpus / "documents.csv").exists() and (corpus / "excel").is_dir()
    assert {doc_id for _, doc_id in discover([corpus], skip=[corpus])} == {p.name for p in SAMPLES.iterdir()}
    assert {doc_id for _, doc_id in discover([corpus])} == {p.name for p in SAMPLES.iterdir()}


def test_a_rerun_without_excel_removes_the_stale_excel_copies(first, work):
    _, _, out, _ = first
    assert (out / "excel" / "svodka.xlsx").exists()
    corpus, out = work
    (out / "excel" / "mine.txt").write_text("a file of the user's", encoding="utf-8")
    result = invoke("run", corpus, "--out", out, "--quiet", "--workers", 1)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (out / "excel").iterdir()) == ["mine.txt"]
    (out / "excel" / "mine.txt").unlink()
    invoke("run", corpus, "--out", out, "--quiet", "--workers", 1, "--excel")
    invoke("run", corpus, "--out", out, "--quiet", "--workers", 1)
    assert not (out / "excel").exists()


def test_a_rerun_says_which_documents_were_dropped(work):
    corpus, out = work
    (corpus / "novosti_forum.html").unlink()
    result = invoke("run", corpus, "--out", out, "--quiet", "--workers", 1)
    assert result.exit_code == 0, result.output
    assert "dropped: 1 document of the last run no longer in the corpus: novosti_forum.html" in result.output
    record = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert record["dropped"] == ["novosti_forum.html"]
    again = invoke("run", corpus, "--out", out, "--quiet", "--workers", 1)
    assert "dropped" not in again.output


def test_the_cache_check_has_its_own_progress_bar(work, monkeypatch):
    corpus, out = work
    shown = []

    def progress(iterable, total, enabled, desc="svodka"):
        shown.append((desc, total, enabled))
        return iterable

    monkeypatch.setattr(pipeline.runner, "_progress", progress)
    pipeline.runner.run_corpus([corpus], out, workers=1, progress=True, quiet=False)
    assert shown == [("svodka: checking the cache", 4, True), ("svodka", 4, True)]


@pytest.mark.parametrize("workers", ["-1", "0"])
def test_workers_below_one_are_refused(tmp_path, workers):
    result = invoke("run", SAMPLES, "--out", tmp_path / "out", "--workers", workers)
    assert result.exit_code == 2
    assert "--workers" in result.output and not (tmp_path / "out").exists()


def test_the_summary_counts_in_words():
    from svodka.pipeline.runner import RunSummary, format_summary

    summary = RunSummary(out_dir="out", documents={"ok": 1}, rows={"documents": 1}, dropped=["a.txt"],
                         registry={"file": "r.csv", "entries": 1, "schools": 1, "linked": 1})
    assert format_summary(summary).splitlines()[:3] == [
        "svodka: 1 document: 1 ok, 0 failed, 0 skipped in 0.0 s",
        "dropped: 1 document of the last run no longer in the corpus: a.txt",
        "registry: 1 of 1 school linked to r.csv (1 entry)",
    ]


def test_audit_finds_the_right_file_when_two_roots_hold_the_same_name(tmp_path):
    from svodka.outputs.audit import Run

    for root, text in (("a", "Семинар прошёл в марте."), ("b", "Конференция прошла в мае.")):
        (tmp_path / root).mkdir()
        (tmp_path / root / "report.txt").write_text(text, encoding="utf-8")
    run = Run.__new__(Run)
    run.info = {"options": {"roots": [str(tmp_path / "a"), str(tmp_path / "b")]}}
    second = {"path": "report.txt", "sha256": hashlib.sha256((tmp_path / "b" / "report.txt").read_bytes()).hexdigest()}
    assert run.source_path(second) == tmp_path / "b" / "report.txt"
    assert run.source_path({"path": "report.txt"}) == tmp_path / "a" / "report.txt"
    assert run.source_path({"path": "gone.txt"}) is None
