"""One `bytes -> (text, tables)` reader per format, chosen by extension from `READERS`.

Every failure becomes a `ReadError` naming the file and the reason, so the
batch can record it and go on.
"""
from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

from svodka.corpus.builder import TextBuilder
from svodka.corpus.decode import decode, looks_binary
from svodka.corpus.source import ReadError, Source, Table
from svodka.corpus.textnorm import normalize_text

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def read_plain(data: bytes) -> tuple[str, tuple[Table, ...], str]:
    if looks_binary(data):
        raise ValueError("binary content, not text")
    try:
        text, encoding = decode(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"undecodable text ({exc})") from None
    return normalize_text(text), (), encoding


def read_docx(data: bytes) -> tuple[str, tuple[Table, ...], str]:
    import docx
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ValueError(f"corrupt .docx ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # python-docx raises several of its own on broken packages
        raise ValueError(f"corrupt .docx ({type(exc).__name__})") from None
    builder = TextBuilder()
    body = document.element.body
    last_paragraph = ""
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(child, document).text
            builder.paragraph(text)
            if text.strip():
                last_paragraph = text.strip()
        elif tag == "tbl":
            table = DocxTable(child, document)
            rows = []
            for row in table.rows:
                cells, previous = [], None
                for cell in row.cells:  # one per grid column: a horizontally merged cell repeats
                    cells.append("" if cell._tc is previous else cell.text)  # its text in its first column
                    previous = cell._tc
                rows.append(cells)
            builder.table(rows, caption=last_paragraph, origin="docx")
    return builder.text(), tuple(builder.tables), ""


HTML_DROP = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript")
HTML_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "table", "pre", "blockquote", "figcaption")


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
    for block in root.find_all(HTML_BLOCKS + ("div",)):
        if block.name == "div" and (block.find(HTML_BLOCKS + ("div",)) is not None or
                                    block.find_parent(HTML_BLOCKS) is not None):
            continue  # a div is a paragraph only when it holds text, not other blocks («Опубликовано 18.04.2025»)
        if block.find_parent("table") is not None and block.name != "table":
            continue
        if block.name != "table" and block.find_parent(HTML_BLOCKS) is not None:
            continue
        if block.name == "table":
            if block.find_parent("table") is not None:
                continue
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


def read_pdf(data: bytes) -> tuple[str, tuple[Table, ...], str]:
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = pdf.pages
    except Exception as exc:
        raise ValueError(f"corrupt .pdf ({type(exc).__name__})") from None
    builder = TextBuilder()
    with pdf:
        for page in pages:
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
}


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_document(path: Path, doc_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read one file into a `Source`, or raise `ReadError` with a one-line reason."""
    path = Path(path)
    doc_id = doc_id or path.name
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ReadError(path, f"unsupported format {path.suffix or '(no extension)'!r}; supported: "
                        + ", ".join(sorted(READERS)), status="skipped")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(path, f"cannot open: {exc.strerror}") from None
    if size > max_bytes:
        raise ReadError(path, f"file is {size} bytes, over the limit of {max_bytes} (--max-bytes)", status="skipped")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(path, f"cannot read: {exc.strerror}") from None
    if not data.strip():
        raise ReadError(path, "empty file")
    try:
        text, tables, encoding = reader(data)
    except ValueError as exc:
        raise ReadError(path, str(exc)) from None
    if not text.strip():
        raise ReadError(path, "no text found in the document")
    return Source(doc_id=doc_id, path=str(path), sha256=sha256_of(data), text=text, tables=tables,
                  format=path.suffix.lower().lstrip("."), encoding=encoding)
