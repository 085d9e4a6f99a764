"""`.odt` (LibreOffice, OpenOffice): paragraphs, headings, lists and tables in document order, via `odfdo`.

Sections and lists are walked into; a table's repeated rows and cells
(`number-rows-repeated`, `number-columns-repeated`) are expanded up to a cap,
since an empty row repeated a million times is a spreadsheet habit, not data;
a covered (merged) cell is empty, its text stays in the first cell, as for .docx.
"""
from __future__ import annotations

import io
import zipfile

from svodka.corpus.builder import TextBuilder
from svodka.corpus.source import Table

PARAGRAPHS = ("text:p", "text:h")
CONTAINERS = ("text:section", "text:list", "text:list-item", "text:list-header", "text:soft-page-break",
              "text:index-body", "text:table-of-content", "text:alphabetical-index", "text:illustration-index")
ROW_GROUPS = ("table:table-header-rows", "table:table-rows", "table:table-row-group")
CELLS = ("table:table-cell", "table:covered-table-cell")
MAX_REPEAT = 50  # repeated rows/cells kept at most this many times


def _repeat(element, attribute: str) -> int:
    try:
        return max(1, min(MAX_REPEAT, int(element.get_attribute(attribute) or 1)))
    except (TypeError, ValueError):
        return 1


def _cell_text(cell) -> str:
    return "\n".join(p.text_recursive for p in cell.children if p.tag in PARAGRAPHS)


def _rows(table):
    """The rows of a table (row groups walked into), each a list of cell texts."""
    for child in table.children:
        if child.tag in ROW_GROUPS:
            yield from _rows(child)
        elif child.tag == "table:table-row":
            cells = []
            for cell in child.children:
                if cell.tag in CELLS:
                    text = _cell_text(cell) if cell.tag == "table:table-cell" else ""
                    cells += [text] * _repeat(cell, "table:number-columns-repeated")
            if any(c.strip() for c in cells):
                yield from [cells] * _repeat(child, "table:number-rows-repeated")


def odt_blocks(element, builder: TextBuilder, caption: list[str]) -> None:
    for child in element.children:
        if child.tag in PARAGRAPHS:
            text = child.text_recursive
            builder.paragraph(text)
            caption[0] = text.strip() or caption[0]
        elif child.tag == "table:table":
            builder.table(list(_rows(child)), caption=caption[0], origin="odt")
        elif child.tag in CONTAINERS:
            odt_blocks(child, builder, caption)


def read_odt(data: bytes) -> tuple[str, tuple[Table, ...], str]:
    from odfdo import Document

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            manifest = package.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in package.namelist() else b""
    except zipfile.BadZipFile as exc:
        raise ValueError(f"corrupt .odt (BadZipFile: {exc})") from None
    if b"encryption-data" in manifest:
        raise ValueError("encrypted .odt (password required)")
    try:
        document = Document(io.BytesIO(data))
        body = document.body
    except Exception as exc:  # odfdo and lxml raise several of their own on broken packages
        raise ValueError(f"corrupt .odt ({type(exc).__name__}: {exc})") from None
    if document.get_type() not in ("text", "text-template"):
        raise ValueError(f"not a text document (an OpenDocument {document.get_type()})")
    builder = TextBuilder()
    odt_blocks(body, builder, [""])
    return builder.text(), tuple(builder.tables), ""
