"""`.rtf`: text by `striprtf` (which honours `\\ansicpg`, `\\fcharset` and `\\'xx`), tables by cell marks.

striprtf renders a table as `a|b|` lines, which cannot be told from a `|`
in the text, so before it runs the table control words are replaced by
private-use characters (`\\intbl` opens a table paragraph, `\\cell` ends a
cell, `\\row` ends a row). Reading the marks back gives real cells, and the
table is rendered like the other formats' (tab-separated lines with offsets).
"""
from __future__ import annotations

import re

from svodka.corpus.builder import TextBuilder
from svodka.corpus.source import Table

IN_TABLE, CELL_END, ROW_END = "\ue000", "\ue001", "\ue002"
DEFAULT_CODEPAGE = "cp1251"  # an RTF without \ansicpg here is a Russian document system's export
# An escaped backslash is consumed first so that «\\cell» in the text is not a cell mark.
CONTROL = re.compile(r"\\\\|\\(intbl|cell|row|nestcell|nestrow)(?![A-Za-z])(-?\d+)? ?")
MARK = {"intbl": f"{{\\uc1\\u{ord(IN_TABLE)}?}}", "cell": f"{{\\uc1\\u{ord(CELL_END)}?}}",
        "row": f"{{\\uc1\\u{ord(ROW_END)}?}}", "nestcell": " ", "nestrow": " "}  # nested tables: flattened
CODEPAGE = re.compile(rb"\\ansicpg(\d+)")
BRACES = re.compile(r"\\[\\{}]|[{}]")


def _mark_tables(rtf: str) -> str:
    return CONTROL.sub(lambda m: MARK[m.group(1)] if m.group(1) else m.group(0), rtf)


def _unclosed_groups(rtf: str) -> int:
    depth = 0
    for match in BRACES.finditer(rtf):
        token = match.group(0)
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
    return depth


def _decode(data: bytes) -> str:
    """The RTF source as text: 7-bit as written, stray 8-bit bytes in the declared code page."""
    match = CODEPAGE.search(data[:4096])
    codepage = f"cp{int(match.group(1))}" if match else DEFAULT_CODEPAGE
    try:
        return data.decode(codepage, "replace")
    except LookupError:
        return data.decode(DEFAULT_CODEPAGE, "replace")


def rtf_blocks(text: str, builder: TextBuilder) -> None:
    """Paragraphs and tables of striprtf's text with the table marks, in order, into the builder."""
    rows, caption = [], ""

    def prose(piece: str) -> None:
        nonlocal caption
        for line in piece.replace(IN_TABLE, "").replace(CELL_END, "\t").split("\n"):
            builder.paragraph(line)
            caption = line.strip() or caption

    def flush() -> None:
        if rows:
            builder.table(rows[:], caption=caption, origin="rtf")
            rows.clear()

    *chunks, rest = text.split(ROW_END)
    for chunk in chunks:
        *cells, _ = chunk.split(CELL_END)  # what follows a row's last cell is row formatting
        if not cells:
            flush()
            prose(chunk)
            continue
        start = cells[0].find(IN_TABLE)  # the row's first cell starts at its first table paragraph
        if start < 0:
            start = cells[0].rfind("\n") + 1
        if cells[0][:start].strip():
            flush()
            prose(cells[0][:start])
        cells[0] = cells[0][start:]
        rows.append([cell.replace(IN_TABLE, "") for cell in cells])
    flush()
    prose(rest)


def read_rtf(data: bytes) -> tuple[str, tuple[Table, ...], str]:
    from striprtf.striprtf import rtf_to_text

    if data.lstrip()[:5] != b"{\\rtf":
        raise ValueError("not an RTF document (no {\\rtf header)")
    source = _decode(data)
    unclosed = _unclosed_groups(source)
    if unclosed > 0:
        raise ValueError(f"truncated .rtf ({unclosed} group(s) never closed)")
    try:
        text = rtf_to_text(_mark_tables(source), encoding=DEFAULT_CODEPAGE, errors="replace")
    except Exception as exc:  # striprtf raises whatever its parsing meets
        raise ValueError(f"corrupt .rtf ({type(exc).__name__}: {exc})") from None
    builder = TextBuilder()
    rtf_blocks(text, builder)
    match = CODEPAGE.search(data[:4096])
    return builder.text(), tuple(builder.tables), f"cp{match.group(1).decode()}" if match else ""
