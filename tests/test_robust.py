"""No input stalls or sinks a batch: linear time on long lines, limits, odd names, a locked and full output folder,
interruption, formula cells for Excel, and SQL confined to the run (issue 13). Inputs are generated here."""
from __future__ import annotations

import csv
import errno
import io
import os
import random
import re
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from svodka.corpus import ReadError, discover, read_document
from svodka.corpus.readers import read_html
from svodka.normalizers.sentences import MAX_SENTENCE, sentences
from svodka.outputs.rows import failed_result
from svodka.pipeline.cli import main
from svodka.pipeline.runner import EXIT_BUSY, EXIT_INTERRUPTED, EXIT_NO_SPACE, EXIT_USAGE, run_corpus

REPO = Path(__file__).resolve().parents[1]
GOOD = "Отчёт о семинаре. 12 марта 2024 года в МБОУ «СОШ № 12» приняли участие 25 человек.\n"
WORDS = "семинар педагоги школа приняли участие учителя методист районный конкурс итоги года город".split()


def words(n_chars: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    out, size = [], 0
    while size < n_chars:
        out.append(rng.choice(WORDS))
        size += len(out[-1]) + 1
    return " ".join(out)


def read_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";" if path.parent.name == "excel" else ","))


# --- time ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    words(30_000),                                   # a line without punctuation
    ", ".join(f"МБОУ СОШ № {n}" for n in range(1, 3000)),  # one list
    "а" * 5000,                                      # one word
])
def test_a_sentence_too_long_is_cut_into_pieces_that_cover_it(text):
    pieces = list(sentences(text))
    assert len(pieces) > 1 and all(end - start <= MAX_SENTENCE for start, end in pieces)
    assert "".join(text[s:e] for s, e in pieces).replace(" ", "") == text.replace(" ", "")


def test_a_list_is_cut_after_a_comma():
    text = ", ".join(f"МБОУ СОШ № {n}" for n in range(1, 3000))
    assert all(text[s:e].startswith("МБОУ") for s, e in sentences(text))


def test_short_sentences_are_not_cut():
    middle = words(1500).capitalize() + "."
    text = "Семинар прошёл 12 марта. " + middle + " Итоги подведены."
    assert [text[s:e] for s, e in sentences(text)] == ["Семинар прошёл 12 марта.", middle, "Итоги подведены."]


def test_sentence_breaks_answer_as_the_regex_does():
    from svodka.extractors.checks_prose import SENTENCE_BREAK, SentenceBreaks

    rng = random.Random(3)
    text = "".join(rng.choice(["Раз", " ", ". ", "два", "\n", "! ", "«Три»", "?", "  "]) for _ in range(3000))
    breaks = SentenceBreaks(text)
    for _ in range(3000):
        a = rng.randrange(len(text))
        b = rng.randrange(a, min(len(text), a + 40) + 1)
        assert breaks.between(a, b) == bool(SENTENCE_BREAK.search(text, a, b)), (a, b, text[a:b])


def _paragraph_years_by_pairs(text, mentions):
    """The pairwise definition paragraph_years must keep (quadratic; here as the oracle)."""
    from bisect import bisect_right

    from svodka.normalizers.dates import _PARAGRAPH_BREAK, _SENTENCE_END, is_act_reference

    bounds = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text) + 1]
    dated = [x for x in mentions if x["kind"] in ("day", "range", "month") and x["y1"] and not is_act_reference(text, x)]
    out = {}
    for i, x in enumerate(mentions):
        paragraph = bisect_right(bounds, x["char_start"])
        years = set()
        for y in dated:
            if bisect_right(bounds, y["char_start"]) == paragraph and (
                    y["char_start"] < x["char_start"] or not _SENTENCE_END.search(text, x["char_end"], y["char_start"])):
                years.update({y["y1"], y["y2"] or y["y1"]})
        if len(years) == 1:
            out[i] = next(iter(years))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_paragraph_years_in_one_pass_agree_with_every_pair(seed):
    from svodka.normalizers.dates import paragraph_years

    rng = random.Random(seed)
    text = "".join(rng.choice(["слово ", "дата ", ". ", ".", "\n", "\n\n", "! ", "от "]) for _ in range(400))
    mentions = []
    for _ in range(40):
        start = rng.randrange(len(text) - 3)
        y1 = rng.choice([None, 2023, 2024, 2024])
        mentions.append({"char_start": start, "char_end": start + rng.randrange(1, 4), "y1": y1,
                         "y2": rng.choice([None, None, 2025]) if y1 else None,
                         "kind": rng.choice(["day", "range", "month", "year"])})
    mentions.sort(key=lambda m: m["char_start"])
    assert paragraph_years(text, mentions) == _paragraph_years_by_pairs(text, mentions)


def test_deeply_nested_html_is_read_in_linear_time():
    def page(depth):
        return ("<html><body>" + "<div>" * depth + "<p>Семинар прошёл 12 марта.</p>" + "</div>" * depth +
                "<div>Опубликовано 18.04.2025</div></body></html>").encode()

    started = time.perf_counter()
    text, _, _ = read_html(page(20_000))
    assert time.perf_counter() - started < 10  # was 11 s for 20,000, quadratic
    assert text == read_html(page(3))[0] == "Семинар прошёл 12 марта.\n\nОпубликовано 18.04.2025"


@pytest.mark.slow
@pytest.mark.parametrize("shape", ["line", "list"])
def test_one_line_or_one_list_takes_time_proportional_to_its_length(tmp_path, shape):
    sys.path.insert(0, str(REPO / "bench"))
    from long_lines import make

    from svodka.pipeline.process import process_path

    (tmp_path / "warm.txt").write_text(GOOD, encoding="utf-8")
    process_path(tmp_path / "warm.txt", "warm.txt")  # the models, outside the clock
    seconds = []
    for size in (50_000, 500_000):  # bench/long_lines.py measures 0.1, 1 and 4 MB
        path = tmp_path / f"{shape}{size}.txt"
        path.write_text(make(shape, size), encoding="utf-8")
        started = time.perf_counter()
        result = process_path(path, path.name)
        seconds.append(time.perf_counter() - started)
        assert result["document"]["status"] == "ok", result["document"]["error"]
    assert seconds[1] / seconds[0] < 25, seconds  # 10 when linear, 100 when quadratic


# --- limits -------------------------------------------------------------------------------------------------

def docx_bytes(paragraphs: list[str], padding: int = 0) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    if not padding:
        return buffer.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"</w:body>", b" " * padding + b"</w:body>")
            target.writestr(item, data)
    return out.getvalue()


def pdf_bytes(pages: int, password: str | None = None) -> bytes:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    encrypt = pdfencrypt.StandardEncryption(password, ownerPassword="owner") if password else None
    page = canvas.Canvas(buffer, encrypt=encrypt)
    for n in range(pages):
        page.drawString(72, 720, f"Seminar, page {n + 1}")
        page.showPage()
    page.save()
    return buffer.getvalue()


@pytest.mark.parametrize("name, data, limits, status, reason", [
    ("long.txt", GOOD.encode() * 20, {"max_chars": 500}, "skipped",
     "characters is longer than the limit of 500 characters (--max-chars)"),
    ("long.docx", docx_bytes([GOOD] * 200), {"max_chars": 1000}, "skipped", "longer than the limit of 1000 characters"),
    ("bomb.docx", docx_bytes([GOOD], padding=3_000_000), {"max_bytes": 1_000_000}, "skipped",
     "over the limit of 1000000 (--max-bytes)"),
    ("locked.pdf", pdf_bytes(1, password="secret"), {}, "failed", "encrypted .pdf (password required)"),
])
def test_limits_and_locks_have_their_own_reason(tmp_path, name, data, limits, status, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as caught:
        read_document(path, **limits)
    assert (caught.value.status, reason in caught.value.reason) == (status, True), caught.value.reason
    assert ".docx unpacks to" in caught.value.reason if name == "bomb.docx" else True


def test_a_pdf_with_too_many_pages_is_skipped(tmp_path, monkeypatch):
    monkeypatch.setattr("svodka.corpus.readers.MAX_PDF_PAGES", 2)
    (tmp_path / "many.pdf").write_bytes(pdf_bytes(3))
    (tmp_path / "few.pdf").write_bytes(pdf_bytes(2))
    with pytest.raises(ReadError, match=r"\.pdf has 3 pages, over the limit of 2") as caught:
        read_document(tmp_path / "many.pdf")
    assert caught.value.status == "skipped"
    assert "page 2" in read_document(tmp_path / "few.pdf").text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_text(tmp_path, encoding):
    (tmp_path / "report.txt").write_bytes(GOOD.encode(encoding))
    source = read_document(tmp_path / "report.txt")
    assert source.text == GOOD and source.encoding == encoding.replace("-", "_")


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"\x00\x01" * 300,
                                  bytes(b for i in range(1, 256) for b in (i, 0))])
def test_binary_is_not_taken_for_utf16(tmp_path, data):
    (tmp_path / "x.txt").write_bytes(data)
    with pytest.raises(ReadError, match="binary content|undecodable"):
        read_document(tmp_path / "x.txt")


# --- names, links, folders ----------------------------------------------------------------------------------

CP1251_NAME = os.fsdecode("Отчёт.txt".encode("cp1251"))
CP866_FOLDER = os.fsdecode("Архив".encode("cp866"))


def test_non_utf8_names_are_read_and_written_with_replacement_characters(tmp_path):
    corpus = tmp_path / "in"
    (corpus / CP866_FOLDER).mkdir(parents=True)
    (corpus / CP1251_NAME).write_text(GOOD, encoding="utf-8")
    (corpus / CP866_FOLDER / "b.txt").write_text(GOOD, encoding="utf-8")
    items = discover([corpus])
    assert [doc_id for _, doc_id in items] == ["b.txt", "\ufffd\ufffd\ufffd\ufffd\ufffd.txt"]
    assert all(path.exists() for path, _ in items)
    source = read_document(items[1][0], items[1][1])
    assert source.doc_id.encode("utf-8") and source.text == GOOD
    row = failed_result(str(items[1][0]), items[1][1], "failed", "x")["document"]
    assert row["path"].encode("utf-8").endswith("\ufffd.txt".encode("utf-8"))


def test_names_that_differ_only_in_undecodable_bytes_stay_apart(tmp_path):
    for name in (b"\xc0.txt", b"\xc1.txt"):
        (tmp_path / os.fsdecode(name)).write_text(GOOD, encoding="utf-8")
    assert len({doc_id for _, doc_id in discover([tmp_path])}) == 2


def test_broken_links_and_unreadable_folders_get_a_reason(tmp_path, monkeypatch):
    corpus = tmp_path / "in"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "closed").mkdir()
    (corpus / "sub" / "ok.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "dangling.txt").symlink_to(corpus / "nowhere.txt")
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    (corpus / "sub" / "up").symlink_to(corpus)  # a link back up the tree
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "other.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "linked").symlink_to(tmp_path / "elsewhere")  # a link to another folder: followed
    scandir = os.scandir

    def closed(path):
        if Path(path).name == "closed":
            raise PermissionError(errno.EACCES, "Permission denied")
        return scandir(path)

    monkeypatch.setattr(os, "scandir", closed)
    items = dict((doc_id, path) for path, doc_id in discover([corpus]))
    assert set(items) == {"closed", "dangling.txt", "other.txt", "loop.txt", "ok.txt", "up"}
    reasons = {}
    for doc_id, path in items.items():
        try:
            read_document(path, doc_id)
        except ReadError as exc:
            reasons[doc_id] = (exc.status, exc.reason)
    assert reasons == {
        "closed": ("failed", "cannot read folder: Permission denied"),
        "dangling.txt": ("skipped", f"dangling symbolic link (to {str(corpus / 'nowhere.txt')!r})"),
        "loop.txt": ("skipped", "symbolic link loop (not followed)"),
        "up": ("skipped", "symbolic link loop (not followed)"),
    }


# --- the output folder --------------------------------------------------------------------------------------

def fake_results(items, *args, **kwargs):
    """Engine stand-in: every document failed, no worker started (the tests here are about the folder)."""
    for path, doc_id in items:
        yield failed_result(str(path), doc_id, "failed", "not read in this test", sha256="0" * 64)


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (root / name).write_text(GOOD, encoding="utf-8")
    return root


def run_cli(*args):
    return CliRunner().invoke(main, ["run", *map(str, args), "--quiet", "--workers", "1"])


def test_a_second_run_into_a_busy_folder_stops_at_once(corpus, tmp_path):
    from svodka.pipeline.outdir import locked

    out = tmp_path / "out"
    out.mkdir()
    with locked(out, EXIT_BUSY):
        result = run_cli(corpus, "--out", out)
    assert result.exit_code == EXIT_BUSY
    assert result.output.strip() == f"svodka: the output folder {out} is in use by another svodka run (pid {os.getpid()})"
    assert not (out / "documents.csv").exists()


@pytest.mark.parametrize("where", ["sink", "cache"])
def test_a_full_disk_ends_in_one_line_and_leaves_no_temporary_files(corpus, tmp_path, monkeypatch, where):
    from svodka.outputs.sink import TableSink
    from svodka.pipeline.cache import DocCache

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("svodka.pipeline.runner.iter_results", fake_results)
    monkeypatch.setattr(TableSink, "add", full) if where == "sink" else monkeypatch.setattr(DocCache, "store", full)
    out = tmp_path / "out"
    result = run_cli(corpus, "--out", out)
    assert result.exit_code == EXIT_NO_SPACE
    assert result.output.strip() == f"svodka: no space left on device while writing {out}"
    assert not [p for p in out.rglob("*.tmp")]


def test_stale_temporary_files_of_a_killed_run_are_removed(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("svodka.pipeline.runner.iter_results", fake_results)
    out = tmp_path / "out"
    for stale in (".people.csv.k1ll3d.tmp", "excel/.people.csv.x.tmp", ".svodka-cache/.abc.y.tmp"):
        (out / stale).parent.mkdir(parents=True, exist_ok=True)
        (out / stale).write_text("half", encoding="utf-8")
    (out / "notes.tmp").write_text("the user's", encoding="utf-8")
    run_corpus([corpus], out, progress=False, quiet=True)
    assert sorted(p.name for p in out.rglob("*.tmp")) == ["notes.tmp"]


def test_an_output_folder_that_cannot_be_written_is_a_usage_error(corpus, tmp_path, monkeypatch):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = run_cli(corpus, "--out", tmp_path / "file" / "out")
    assert result.exit_code == EXIT_USAGE
    assert result.output.strip() == f"svodka: cannot create the output folder {tmp_path / 'file' / 'out'}: Not a directory"
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path).name != "out")
    result = run_cli(corpus, "--out", tmp_path / "out")
    assert (result.exit_code, result.output.strip()) == (
        EXIT_USAGE, f"svodka: the output folder {tmp_path / 'out'} is not writable (permission denied)")


def test_an_interrupted_run_writes_the_documents_done_and_skips_the_rest(corpus, tmp_path, monkeypatch):
    from svodka.pipeline.stopping import Interrupted

    def interrupted(items, *args, **kwargs):
        items = list(items)
        yield from fake_results(items[:1])
        raise Interrupted("SIGINT")  # what the signal handler raises while the runner waits

    monkeypatch.setattr("svodka.pipeline.runner.iter_results", interrupted)
    summary = run_corpus([corpus], tmp_path / "out", progress=False, quiet=True)
    assert summary.exit_code == EXIT_INTERRUPTED
    rows = {r["doc_id"]: (r["status"], r["error"]) for r in read_rows(tmp_path / "out" / "documents.csv")}
    assert rows == {"a.txt": ("failed", "not read in this test"), "b.txt": ("skipped", "run interrupted"),
                    "c.txt": ("skipped", "run interrupted")}


def test_sigterm_stops_a_real_run_between_documents(corpus, tmp_path):
    from svodka.pipeline.engines import FAULT_ENV

    (corpus / "b.txt").rename(corpus / "hang.txt")  # a.txt, c.txt, hang.txt: the last one hangs
    out = tmp_path / "out"
    env = dict(os.environ, **{FAULT_ENV: "hang:hang.txt"}, PYTHONPATH=str(REPO))
    run = subprocess.Popen([sys.executable, "-m", "svodka.pipeline.cli", "run", str(corpus), "--out", str(out), "--quiet",
                            "--workers", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.time() + 120
    while len(list((out / ".svodka-cache").glob("*.json"))) < 2 and time.time() < deadline:
        time.sleep(0.2)
    run.send_signal(signal.SIGTERM)
    stdout, stderr = run.communicate(timeout=60)
    assert run.returncode == EXIT_INTERRUPTED, stderr
    rows = {r["doc_id"]: (r["status"], r["error"]) for r in read_rows(out / "documents.csv")}
    assert rows == {"a.txt": ("ok", ""), "c.txt": ("ok", ""), "hang.txt": ("skipped", "run interrupted")}
    assert "1 skipped" in stdout and not list(out.rglob("*.tmp"))


def test_the_default_timeout_is_120_seconds_and_0_lifts_it(corpus, tmp_path, monkeypatch):
    seen = []

    def capture(items, workers, max_bytes, engine, scheduler, timeout, max_chars):
        seen.append(timeout)
        return fake_results(items)

    monkeypatch.setattr("svodka.pipeline.runner.iter_results", capture)
    run_cli(corpus, "--out", tmp_path / "a")
    run_cli(corpus, "--out", tmp_path / "b", "--timeout", "0")
    assert seen == [120.0, 0.0]
    from svodka.pipeline.engines import make_engine

    assert make_engine("local", timeout=0 or None).timeout is None


# --- what the tables let through ----------------------------------------------------------------------------

def test_excel_copies_neutralize_formulas_and_the_tidy_tables_keep_them(tmp_path):
    from svodka.outputs.sink import TableSink

    row = {"doc_id": "=cmd|' -C calc'!A0.txt", "title": '=HYPERLINK("http://x","y")', "status": "ok",
           "path": "@SUM(1)", "error": "+1", "city": "-2+3", "n_chars": "-5"}
    sink = TableSink(tmp_path, excel=True)
    sink.add("documents", [row])
    sink.commit()
    tidy = read_rows(tmp_path / "documents.csv")[0]
    excel = read_rows(tmp_path / "excel" / "documents.csv")[0]
    assert {k: tidy[k] for k in row} == row
    assert {k: excel[k] for k in row} == {**{k: "'" + v for k, v in row.items()}, "status": "ok", "n_chars": "-5"}


@pytest.mark.parametrize("sql", [
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('{out}/../secret.txt')",
    "COPY (SELECT 1) TO '{out}/new.csv'",
    "ATTACH '{out}/x.duckdb'",
    "INSTALL httpfs",
    "SET enable_external_access = true",
])
def test_query_sees_only_the_runs_tables(tmp_path, sql):
    from svodka.outputs.query import QueryError, query

    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    (out / "documents.csv").write_text("doc_id,status\na.txt,ok\n", encoding="utf-8")
    assert query(out, "SELECT doc_id FROM documents")[1] == [("a.txt",)]
    with pytest.raises(QueryError):
        query(out, sql.format(out=out))
    assert sorted(p.name for p in out.iterdir()) == ["documents.csv"]


@pytest.mark.parametrize("sql", [
    "COPY (SELECT 1 AS doc_id) TO '{out}/documents.csv'",
    "COPY documents TO '{out}/documents.csv' (HEADER false)",
    "CREATE TABLE t AS SELECT 1",
])
def test_query_cannot_overwrite_the_runs_own_tables(tmp_path, sql):
    """The run's tables are paths the connection may open, so only reading statements are run."""
    from svodka.outputs.query import QueryError, query

    (tmp_path / "documents.csv").write_text("doc_id,status\na.txt,ok\n", encoding="utf-8")
    with pytest.raises(QueryError, match="only SELECT"):
        query(tmp_path, sql.format(out=tmp_path))
    assert (tmp_path / "documents.csv").read_text(encoding="utf-8") == "doc_id,status\na.txt,ok\n"
    assert query(tmp_path, "EXPLAIN SELECT * FROM documents")[0]  # reading statements still run


def test_query_unsafe_lifts_the_confinement(tmp_path):
    from svodka.outputs.query import query

    (tmp_path / "documents.csv").write_text("doc_id,status\na.txt,ok\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text("x\n1\n", encoding="utf-8")
    assert query(tmp_path, f"SELECT * FROM read_csv('{tmp_path}/other.txt')", unsafe=True)[1] == [(1,)]
    result = CliRunner().invoke(main, ["query", str(tmp_path), f"SELECT * FROM read_csv('{tmp_path}/other.txt')",
                                       "--unsafe", "--format", "csv"])
    assert result.output.split() == ["x", "1"]


def test_readme_documents_every_exit_code_and_bad_input():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = " ".join(readme[readme.index("### Bad input and exit codes"):readme.index("## What it extracts")].split())
    for code in (0, 1, 2, 3, 4, 130):
        assert re.search(rf"\*\*{code}\*\*", section), code
    for reason in ("encrypted .pdf", "--max-chars", "dangling symbolic link", "cannot read folder", "run interrupted",
                   "timed out", "unpacks to", "no space left on device", "in use by another svodka run"):
        assert reason in section, reason


def test_audit_does_not_rerun_a_document_that_timed_out(tmp_path, monkeypatch):
    from svodka.outputs.audit import read_source

    def stall(source):
        raise AssertionError("the audit ran the pipeline again")

    (tmp_path / "slow.txt").write_text(GOOD, encoding="utf-8")
    document = {"doc_id": "slow.txt", "path": str(tmp_path / "slow.txt"), "status": "failed", "sha256": "",
                "error": "timed out after 120 s (worker stopped)"}
    text, tables, warnings, _ = read_source(document, analyze=stall)
    assert (text, tables) == (GOOD, [])
    assert warnings == ["The tables are not rebuilt: timed out after 120 s (worker stopped) during the run."]
