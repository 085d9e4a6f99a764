"""The .docx reader: paragraphs and real tables in document order, the parts' unpacked sizes checked first."""
from __future__ import annotations

import io
import zipfile

from svodka.corpus.builder import TextBuilder
from svodka.corpus.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, TooLong, too_long
from svodka.corpus.source import Table


# The children of a paragraph that hold its text, as python-docx's Paragraph.text reads them.
DOCX_RUNS = frozenset("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag for tag in ("r", "hyperlink"))


def check_unpacked_size(data: bytes, max_bytes: int) -> None:
    """Refuse a .docx whose parts unpack to more than `max_bytes`, before any of it is unpacked (a zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            size = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise ValueError(f"corrupt .docx ({type(exc).__name__}: {exc})") from None
    if size > max_bytes:
        raise TooLong(f".docx unpacks to {size} bytes, over the limit of {max_bytes} (--max-bytes)")


def read_docx(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES,
              max_chars: int = DEFAULT_MAX_CHARS) -> tuple[str, tuple[Table, ...], str]:
    import docx
    from docx.table import Table as DocxTable

    check_unpacked_size(data, max_bytes)
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
        if builder.length > max_chars:
            raise too_long(builder.length, max_chars)
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            # python-docx's Paragraph.text without its XPath per paragraph (7 M empty paragraphs took 82 s)
            text = "".join(run.text for run in child if run.tag in DOCX_RUNS)
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
