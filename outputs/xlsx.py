"""An Excel workbook of the run's tables: one sheet per table, typed cells.

Written with `--excel` beside `excel/*.csv`: Russian-locale Excel opens
the .xlsx without any import dialog, numbers are numbers and dates are dates.
"""
from __future__ import annotations

import csv
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from svodka.outputs.datapackage import field_type
from svodka.outputs.schema import TABLES

WORKBOOK = Path("excel") / "svodka.xlsx"
MAX_ROWS = 1_048_575  # Excel's sheet limit, minus the header
MAX_WIDTH = 60


def excel_value(kind: str, text: str):
    """A CSV cell as the Python value Excel should get (text when it does not parse).

    >>> excel_value("integer", "25"), excel_value("boolean", "True"), excel_value("date", "2023-02-09")
    (25, True, datetime.date(2023, 2, 9))
    >>> excel_value("integer", "")
    """
    if text == "":
        return None
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
        if kind == "boolean":
            return {"true": True, "1": True, "false": False, "0": False}[text.lower()]
        if kind == "date":
            return date.fromisoformat(text[:10])
    except (ValueError, KeyError):
        pass
    return text


def _read(path: Path) -> tuple[list[str], list[list[str]]]:
    if not path.exists():
        return [], []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        return header, list(reader)


def write_workbook(out_dir, path=None) -> Path:
    """Write every table of `out_dir` to one .xlsx (default `excel/svodka.xlsx`); returns its path."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    out_dir = Path(out_dir)
    path = Path(path) if path else out_dir / WORKBOOK
    path.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for table in TABLES:
        header, rows = _read(out_dir / f"{table}.csv")
        if not header:
            header = TABLES[table]
        if len(rows) > MAX_ROWS:
            print(f"svodka: {table} has {len(rows)} rows; the workbook keeps the first {MAX_ROWS} "
                  f"(the CSV has them all)", file=sys.stderr)
            rows = rows[:MAX_ROWS]
        sheet = book.create_sheet(table)
        kinds = [field_type(table, column) for column in header]
        for i, column in enumerate(header, 1):
            widest = max([len(column)] + [len(r[i - 1]) for r in rows[:500] if len(r) >= i])
            sheet.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, widest + 2)
        sheet.freeze_panes = "A2"
        head = []
        for column in header:
            cell = WriteOnlyCell(sheet, column)
            cell.font = bold
            head.append(cell)
        sheet.append(head)
        for row in rows:
            cells = []
            for kind, text in zip(kinds, row):
                value = excel_value(kind, text)
                if isinstance(value, str):
                    value = ILLEGAL_CHARACTERS_RE.sub("", value)
                cell = WriteOnlyCell(sheet, value)
                if isinstance(value, str):
                    cell.data_type = "s"  # «=...» stays text, never a formula
                elif isinstance(value, date):
                    cell.number_format = "DD.MM.YYYY"
                cells.append(cell)
            sheet.append(cells)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        book.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
