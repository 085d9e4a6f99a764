"""Streaming table writers: rows go to temporary files as they come, renamed into place at the end.

The copies in `excel/` are meant to be opened straight in Excel, which runs a
cell starting with `=`, `+`, `-` or `@` as a formula (a document title
`=HYPERLINK(...)`, a file named `=cmd|...`): there such a cell gets a leading
apostrophe, as OWASP recommends against CSV injection. The tidy CSVs keep
every value as it was read.
"""
from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from svodka.outputs.schema import TABLES
from svodka.outputs.writer import excel_safe, publish


class TableSink:
    """One open temporary CSV per table; `commit` renames them all, `discard` removes leftovers."""

    def __init__(self, out_dir: Path, excel: bool = False, deferred=()):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.excel = excel
        self.files: dict[str, tuple] = {}
        self.counts = {name: 0 for name in TABLES}
        self.committed = False
        try:
            for name in TABLES:
                self._open(name, name, "utf-8", ",")
                if excel:
                    (self.out_dir / "excel").mkdir(exist_ok=True)
                    self._open(f"excel/{name}", name, "utf-8-sig", ";")
        except BaseException:
            self.discard()
            raise

    def _open(self, key: str, table: str, encoding: str, delimiter: str) -> None:
        target = self.out_dir / f"{key}.csv"
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        handle = os.fdopen(fd, "w", encoding=encoding, newline="")
        self.files[key] = (table, handle, None, Path(tmp), target)
        writer = csv.DictWriter(handle, fieldnames=TABLES[table], extrasaction="ignore", delimiter=delimiter)
        writer.writeheader()
        self.files[key] = (table, handle, writer, Path(tmp), target)

    def add(self, table: str, rows) -> None:
        for key, (name, _, writer, _, _) in self.files.items():
            if name != table:
                continue
            excel = key != name
            for row in rows:
                values = {c: "" if row.get(c) is None else row.get(c) for c in TABLES[name]}
                writer.writerow({c: excel_safe(v) for c, v in values.items()} if excel else values)
                if not excel:
                    self.counts[name] += 1

    def commit(self) -> dict[str, int]:
        """Finish every file, then rename them all: a full disk fails before any table is replaced."""
        for _, handle, _, _, _ in self.files.values():
            handle.close()
        for _, _, _, tmp, target in self.files.values():
            publish(tmp, target)
        self.committed = True
        return dict(self.counts)

    def discard(self) -> None:
        """Remove the temporary files; never raises (it runs while another error is on its way)."""
        if self.committed:
            return
        for _, handle, _, tmp, _ in self.files.values():
            try:
                handle.close()  # flushing may fail again on a full disk
            except OSError:
                pass
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
