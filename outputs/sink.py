"""Streaming table writers: rows go to temporary files as they come, renamed into place at the end."""
from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from svodka.outputs.schema import TABLES


class TableSink:
    """One open temporary CSV per table; `commit` renames them all, `discard` removes leftovers."""

    def __init__(self, out_dir: Path, excel: bool = False, deferred=()):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.excel = excel
        self.files: dict[str, tuple] = {}
        self.counts = {name: 0 for name in TABLES}
        self.committed = False
        for name in TABLES:
            self._open(name, name, "utf-8", ",")
            if excel:
                (self.out_dir / "excel").mkdir(exist_ok=True)
                self._open(f"excel/{name}", name, "utf-8-sig", ";")

    def _open(self, key: str, table: str, encoding: str, delimiter: str) -> None:
        target = self.out_dir / f"{key}.csv"
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        handle = os.fdopen(fd, "w", encoding=encoding, newline="")
        writer = csv.DictWriter(handle, fieldnames=TABLES[table], extrasaction="ignore", delimiter=delimiter)
        writer.writeheader()
        self.files[key] = (table, handle, writer, Path(tmp), target)

    def add(self, table: str, rows) -> None:
        for key, (name, _, writer, _, _) in self.files.items():
            if name != table:
                continue
            for row in rows:
                writer.writerow({c: "" if row.get(c) is None else row.get(c) for c in TABLES[name]})
                if key == name:
                    self.counts[name] += 1

    def commit(self) -> dict[str, int]:
        for _, handle, _, tmp, target in self.files.values():
            handle.close()
            os.replace(tmp, target)
        self.committed = True
        return dict(self.counts)

    def discard(self) -> None:
        if self.committed:
            return
        for _, handle, _, tmp, _ in self.files.values():
            handle.close()
            tmp.unlink(missing_ok=True)
