"""Assemble a document's text block by block, remembering where each table cell lands."""
from __future__ import annotations

from svodka.corpus.source import Cell, Table
from svodka.corpus.textnorm import normalize_text

CELL_SEPARATOR = "\t"
BLOCK_SEPARATOR = "\n\n"


def clean_cell(text: str) -> str:
    """A cell's text on one line, so a table renders as one tab-separated line per row."""
    return " ".join(normalize_text(text).split())


class TextBuilder:
    """Collects paragraphs and tables in document order.

    Tables are rendered into the text as tab-separated lines (the form the
    plain-text reports have) and kept as real cells with their offsets.
    """

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0
        self.tables: list[Table] = []

    def _append(self, piece: str) -> int:
        if self.parts:
            self.parts.append(BLOCK_SEPARATOR)
            self.length += len(BLOCK_SEPARATOR)
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start

    def paragraph(self, text: str) -> None:
        text = normalize_text(text).strip()
        if text:
            self._append(text)

    def table(self, rows: list[list[str]], caption: str = "", origin: str = "") -> None:
        rows = [[clean_cell(c) for c in row] for row in rows]
        rows = [r for r in rows if any(r)]
        if not rows:
            return
        lines = [CELL_SEPARATOR.join(r) for r in rows]
        start = self._append("\n".join(lines))
        cells, pos = [], start
        for row in rows:
            out = []
            for text in row:
                out.append(Cell(text, pos, pos + len(text)))
                pos += len(text) + len(CELL_SEPARATOR)
            pos += 1 - len(CELL_SEPARATOR)  # the newline replaces the last separator
            cells.append(tuple(out))
        self.tables.append(Table(tuple(cells), caption=caption, origin=origin))

    def text(self) -> str:
        return "".join(self.parts)
