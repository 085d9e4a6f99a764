"""Write tables atomically: to a temporary file in the same folder, then rename.

A crashed run leaves the previous tables (or none), never a half-written CSV
that looks complete.
"""
from __future__ import annotations

import csv
import json
import os
import tempfile
from pathlib import Path

from svodka.outputs.schema import TABLES


def write_csv(path: Path, columns: list[str], rows, encoding: str = "utf-8", delimiter: str = ",") -> int:
    """Write rows (dicts) with a header row; return the number of rows written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore", delimiter=delimiter)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in columns})
                count += 1
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def write_json(path: Path, data) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_tables(out_dir: Path, tables: dict[str, list[dict]], excel: bool = False) -> dict[str, int]:
    """Write every contract table (header even when empty); return rows per table."""
    counts = {}
    for name, columns in TABLES.items():
        counts[name] = write_csv(Path(out_dir) / f"{name}.csv", columns, tables.get(name, []))
        if excel:
            write_csv(Path(out_dir) / "excel" / f"{name}.csv", columns, tables.get(name, []),
                      encoding="utf-8-sig", delimiter=";")
    return counts
