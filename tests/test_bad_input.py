"""Bad input: a clear one-line reason per file, a documents.csv row, and the batch goes on."""
from __future__ import annotations

import csv
import io
import random
import zipfile

import pytest

from svodka.corpus import ReadError, read_document
from svodka.outputs.sink import TableSink
from svodka.pipeline.runner import EXIT_OK, EXIT_SOME_FAILED, run_corpus

GOOD = "Отчёт о семинаре. 12 марта 2024 года в МБОУ «СОШ № 12» приняли участие 25 человек.\n"


def corrupt_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not really a document")
    return buffer.getvalue()[:-30]


def undecodable() -> bytes:
    rng = random.Random(7)
    return bytes(rng.randrange(128, 256) for _ in range(400))


BAD_FILES = {
    "empty.txt": (b"", "failed", "empty file"),
    "blank.txt": (b"  \n\n ", "failed", "empty file"),
    "picture.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "failed", "binary content"),
    "broken.docx": (corrupt_docx(), "failed", "corrupt .docx"),
    "table.xlsx": (b"PK\x03\x04whatever", "skipped", "unsupported format '.xlsx'"),
    "noise.txt": (undecodable(), "failed", "undecodable text"),
    "huge.txt": (GOOD.encode() * 200, "skipped", "over the limit"),
    "broken.pdf": (b"%PDF-1.4\n garbage", "failed", "corrupt .pdf"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_reader_raises_one_line_reason(tmp_path, name):
    data, status, reason = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as caught:
        read_document(path, max_bytes=5000)
    assert reason in caught.value.reason
    assert caught.value.status == status
    assert "\n" not in str(caught.value) and name in str(caught.value)


@pytest.fixture
def bad_corpus(tmp_path):
    root = tmp_path / "corpus"
    (root / "a").mkdir(parents=True)
    (root / "b").mkdir()
    for name, (data, _, _) in BAD_FILES.items():
        (root / name).write_bytes(data)
    (root / "a" / "report.txt").write_text(GOOD, encoding="utf-8")
    (root / "b" / "report.txt").write_bytes(GOOD.replace("25", "31").encode("cp1251"))
    return root


def read_documents(out):
    with open(out / "documents.csv", encoding="utf-8", newline="") as handle:
        return {row["doc_id"]: row for row in csv.DictReader(handle)}


def test_batch_records_every_input_and_goes_on(bad_corpus, tmp_path, capsys):
    out = tmp_path / "out"
    summary = run_corpus([bad_corpus], out, workers=1, max_bytes=5000, progress=False)
    rows = read_documents(out)
    assert set(rows) == set(BAD_FILES) | {"a/report.txt", "b/report.txt"}
    for name, (_, status, reason) in BAD_FILES.items():
        assert rows[name]["status"] == status, name
        assert reason in rows[name]["error"], name
    for doc_id in ("a/report.txt", "b/report.txt"):  # same name, different folders: both kept
        assert rows[doc_id]["status"] == "ok" and rows[doc_id]["error"] == ""
        assert len(rows[doc_id]["sha256"]) == 64
    assert rows["a/report.txt"]["sha256"] != rows["b/report.txt"]["sha256"]
    assert summary.exit_code == EXIT_SOME_FAILED
    messages = [line for line in capsys.readouterr().err.splitlines() if line.startswith("svodka:")]
    assert len(messages) == len(BAD_FILES)
    for name in BAD_FILES:
        assert sum(name in line for line in messages) == 1


def test_clean_corpus_exits_zero(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text(GOOD, encoding="utf-8")
    summary = run_corpus([tmp_path / "in"], tmp_path / "out", workers=1, progress=False, quiet=True)
    assert summary.exit_code == EXIT_OK
    assert read_documents(tmp_path / "out")["one.txt"]["status"] == "ok"


def test_unfinished_tables_leave_no_csv(tmp_path):
    sink = TableSink(tmp_path)
    sink.add("documents", [{"doc_id": "x.txt", "status": "ok"}])
    sink.discard()  # what the runner does when a run crashes
    assert list(tmp_path.iterdir()) == []


def test_crash_keeps_previous_tables_intact(tmp_path):
    first = TableSink(tmp_path)
    first.add("documents", [{"doc_id": "old.txt", "status": "ok"}])
    first.commit()
    crashed = TableSink(tmp_path)
    crashed.add("documents", [{"doc_id": "new.txt", "status": "ok"}])
    crashed.discard()
    assert list(read_documents(tmp_path)) == ["old.txt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
