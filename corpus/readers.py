"""One `bytes -> (text, tables)` reader per format, chosen by extension from `READERS`.

Every failure becomes a `ReadError` naming the file and the reason, so the
batch can record it and go on.
"""
from __future__ import annotations

import errno
import hashlib
import inspect
import io
import os
from pathlib import Path

from svodka.corpus.builder import TextBuilder
from svodka.corpus.decode import decode, looks_binary
from svodka.corpus.source import display_name
from svodka.corpus.members import ARCHIVE_READERS, is_member, member_bytes
from svodka.corpus.read_doc import read_doc
from svodka.corpus.read_odt import read_odt
from svodka.corpus.read_rtf import read_rtf
from svodka.corpus.source import ReadError, Source, Table
from svodka.corpus.textnorm import normalize_text
from svodka.corpus.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, MAX_PDF_PAGES, TooLong, too_long
from svodka.corpus.read_docx import read_docx


def read_plain(data: bytes) -> tuple[str, tuple[Table, ...], str]:
    if looks_binary(data):
        raise ValueError("binary content, not text")
    try:
        text, encoding = decode(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"undecodable text ({exc})") from None
    return normalize_text(text), (), encoding


HTML_DROP = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript")
HTML_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "table", "pre", "blockquote", "figcaption")


def html_blocks(root):
    """The blocks to read, in document order, in one pass however deep the nesting: a block inside no other
    block, a table inside no other table, and a div that holds text but no block or div
    («<div>Опубликовано 18.04.2025</div>»)."""
    from bs4 import Tag

    tags = [t for t in root.descendants if isinstance(t, Tag)]
    holds_block: dict[int, bool] = {}  # a block or a div somewhere below
    for tag in reversed(tags):
        if tag.name in HTML_BLOCKS or tag.name == "div" or holds_block.get(id(tag)):
            holds_block[id(tag.parent)] = True
    lineage = [root, *root.parents]
    inside = {id(root): (any(t.name in HTML_BLOCKS for t in lineage), any(t.name == "table" for t in lineage))}
    for tag in tags:
        parent = inside[id(tag.parent)]
        in_block, in_table = parent
        inside[id(tag)] = (in_block or tag.name in HTML_BLOCKS, in_table or tag.name == "table")
        if tag.name == "table" and not in_table or tag.name != "table" and not in_block and (
                tag.name in HTML_BLOCKS or tag.name == "div" and not holds_block.get(id(tag))):
            yield tag


def read_html(data: bytes) -> tuple[str, tuple[Table, ...], str]:
    from bs4 import BeautifulSoup

    if looks_binary(data):
        raise ValueError("binary content, not HTML")
    text, encoding = decode(data)
    soup = BeautifulSoup(text, "lxml")
    for tag in soup(HTML_DROP):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    builder = TextBuilder()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    last_paragraph = ""
    for block in html_blocks(root):
        if block.name == "table":
            rows = [[cell.get_text(" ", strip=True) for cell in tr.find_all(["td", "th"])] for tr in block.find_all("tr")]
            caption = block.caption.get_text(" ", strip=True) if block.caption else last_paragraph
            builder.table(rows, caption=caption, origin="html")
        else:
            piece = " ".join(block.get_text(" ", strip=True).split())  # HTML white space is not layout
            builder.paragraph(piece)
            if piece:
                last_paragraph = piece
    if not builder.parts and title:
        builder.paragraph(title)
    return builder.text(), tuple(builder.tables), encoding


# pdfminer's errors for a document it cannot open without a password (pdfplumber wraps them).
PDF_PASSWORD_ERRORS = ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning")
PARAGRAPH_GAP = 1.5  # a vertical gap this many line heights apart starts a new paragraph


def pdf_paragraphs(lines: list[dict]) -> list[str]:
    """Join pdfplumber text lines into paragraphs, split where the vertical gap is large."""
    paragraphs, current, last = [], [], None
    for line in lines:
        height = max(1.0, line["bottom"] - line["top"])
        if last is not None and line["top"] - last["bottom"] > (PARAGRAPH_GAP - 1) * height:
            paragraphs.append(" ".join(current))
            current = []
        current.append(line["text"])
        last = line
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def read_pdf(data: bytes, max_chars: int = DEFAULT_MAX_CHARS) -> tuple[str, tuple[Table, ...], str]:
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = pdf.pages
    except Exception as exc:
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if type(cause).__name__ in PDF_PASSWORD_ERRORS:
            raise ValueError("encrypted .pdf (password required)") from None
        raise ValueError(f"corrupt .pdf ({type(exc).__name__})") from None
    if len(pages) > MAX_PDF_PAGES:
        pdf.close()
        raise TooLong(f".pdf has {len(pages)} pages, over the limit of {MAX_PDF_PAGES}")
    builder = TextBuilder()
    with pdf:
        for page in pages:
            if builder.length > max_chars:
                raise too_long(builder.length, max_chars)
            found = page.find_tables()
            boxes = [t.bbox for t in found]

            def outside(obj, boxes=boxes):
                return not any(x0 <= obj["x0"] and obj["x1"] <= x1 and top <= obj["top"] and obj["bottom"] <= bottom
                               for x0, top, x1, bottom in boxes)

            blocks = [(line["top"], "line", line) for line in page.filter(outside).extract_text_lines()]
            blocks += [(table.bbox[1], "table", table) for table in found]
            blocks.sort(key=lambda b: b[0])
            lines, last_paragraph = [], ""
            for _, kind, item in blocks + [(None, "end", None)]:
                if kind != "line" and lines:
                    for paragraph in pdf_paragraphs(lines):
                        builder.paragraph(paragraph)
                        last_paragraph = paragraph
                    lines = []
                if kind == "line":
                    lines.append(item)
                elif kind == "table":
                    rows = [[cell or "" for cell in row] for row in item.extract()]
                    builder.table(rows, caption=last_paragraph, origin="pdf")
    return builder.text(), tuple(builder.tables), ""


READERS = {
    ".txt": read_plain,
    ".md": read_plain,
    ".text": read_plain,
    ".docx": read_docx,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".doc": read_doc,
    ".rtf": read_rtf,
    ".odt": read_odt,
    **ARCHIVE_READERS,  # read member by member (corpus/members.py)
}


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_entry(path: Path) -> None:
    """Raise ReadError for what discovery returns but is no file: a broken link, a folder it cannot list."""
    if path.is_symlink():
        try:
            os.stat(path)
            looping = path.is_dir()  # discovery returns a linked folder only when it leads back up
        except OSError as exc:
            looping = exc.errno == errno.ELOOP
            if not looping:
                raise ReadError(path, f"dangling symbolic link (to {display_name(os.readlink(path))!r})",
                                status="skipped") from None
        if looping:
            raise ReadError(path, "symbolic link loop (not followed)", status="skipped")
    if path.is_dir():
        try:
            os.scandir(path).close()
        except OSError as exc:
            raise ReadError(path, f"cannot read folder: {exc.strerror}") from None
        raise ReadError(path, "a folder, not a document", status="skipped")


def _limits(reader, max_bytes: int, max_chars: int) -> dict:
    """The limits a reader takes (those that unpack or page through a file check them as they go)."""
    wanted = inspect.signature(reader).parameters
    return {name: value for name, value in (("max_bytes", max_bytes), ("max_chars", max_chars)) if name in wanted}


def read_document(path: Path, doc_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                  max_chars: int = DEFAULT_MAX_CHARS) -> Source:
    """Read one file into a `Source`, or raise `ReadError` with a one-line reason."""
    path = Path(path)
    doc_id = doc_id or display_name(path.name)
    _check_entry(path)
    reader = READERS.get(path.suffix.lower())
    # `dir/a.zip/inner/x.docx`, a member of an archive: a refused one says why before its format is looked at
    member = member_bytes(path, max_bytes, read=reader is not None) if is_member(path) else None
    if reader is None:
        raise ReadError(path, f"unsupported format {path.suffix or '(no extension)'!r}; supported: "
                        + ", ".join(sorted(READERS)), status="skipped")
    try:
        size = path.stat().st_size if member is None else len(member)
    except OSError as exc:
        raise ReadError(path, f"cannot open: {exc.strerror}") from None
    if size > max_bytes:
        raise ReadError(path, f"file is {size} bytes, over the limit of {max_bytes} (--max-bytes)", status="skipped")
    try:
        data = path.read_bytes() if member is None else member
    except OSError as exc:
        raise ReadError(path, f"cannot read: {exc.strerror}") from None
    if not data.strip():
        raise ReadError(path, "empty file")
    try:
        text, tables, encoding = reader(data, **_limits(reader, max_bytes, max_chars))
    except TooLong as exc:
        raise ReadError(path, str(exc), status="skipped") from None
    except ValueError as exc:
        raise ReadError(path, str(exc)) from None
    if not text.strip():
        raise ReadError(path, "no text found in the document")
    if len(text) > max_chars:
        raise ReadError(path, str(too_long(len(text), max_chars)), status="skipped")
    return Source(doc_id=doc_id, path=str(path), sha256=sha256_of(data), text=text, tables=tables,
                  format=path.suffix.lower().lstrip("."), encoding=encoding)
