"""What a run leaves beside its tables: `run.json` and `datapackage.json`.

`run.json` says which svodka made the tables, with which options, when,
how many rows each table got and which documents failed, so every table can
be traced to the run that wrote it.
"""
from __future__ import annotations

import csv
import platform
import sys
from datetime import datetime, timezone
from pathlib import Path

from svodka.outputs.datapackage import write_datapackage
from svodka.outputs.schema import TABLES
from svodka.outputs.writer import write_json
from svodka.outputs.xlsx import WORKBOOK, write_workbook

RUN_FILE = "run.json"


def previous_documents(out_dir) -> set[str]:
    """The doc_ids of the last run into `out_dir` (empty when there was none), to say which were dropped."""
    path = Path(out_dir) / "documents.csv"
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return {row.get("doc_id") or "" for row in csv.DictReader(handle)} - {""}
    except (OSError, csv.Error, UnicodeDecodeError):
        return set()


def remove_excel(out_dir) -> list[Path]:
    """Remove the Excel copies an earlier `--excel` run left (svodka's own file names only); returns them.

    A run without `--excel` would otherwise leave a workbook of older tables beside the new CSVs.
    """
    folder = Path(out_dir) / WORKBOOK.parent
    stale = [folder / f"{name}.csv" for name in TABLES] + [Path(out_dir) / WORKBOOK]
    removed = [path for path in stale if path.is_file()]
    for path in removed:
        path.unlink()
    try:
        folder.rmdir()  # only when nothing else is in it
    except OSError:
        pass
    return removed


def svodka_version() -> str:
    try:
        from importlib.metadata import version

        return version("svodka")
    except Exception:  # not installed (running from a checkout)
        return "unknown"


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).isoformat(timespec="seconds")


def _plain(value):
    """Options as JSON: paths and other objects become strings."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def run_record(summary, started: float, options: dict | None = None) -> dict:
    """The content of run.json for a finished `RunSummary`."""
    finished = started + summary.seconds
    return {
        "svodka": svodka_version(),
        "python": platform.python_version(),
        "command": " ".join(["svodka", *sys.argv[1:]]) if Path(sys.argv[0]).name == "svodka" else "",
        "options": _plain(options or {}),
        "started": _iso(started),
        "finished": _iso(finished),
        "seconds": round(summary.seconds, 3),
        "documents": dict(summary.documents),
        "rows": dict(summary.rows),
        "failures": [{"doc_id": doc_id, "status": status, "error": error}
                     for doc_id, status, error in summary.failures],
        "dropped": list(getattr(summary, "dropped", [])),
        **({"registry": summary.registry} if getattr(summary, "registry", None) else {}),
        "exit_code": summary.exit_code,
    }


def write_run_files(out_dir, summary, started: float, options: dict | None = None) -> dict:
    """Write run.json and datapackage.json (and the .xlsx workbook with --excel); returns run.json's content."""
    out_dir = Path(out_dir)
    record = run_record(summary, started, options)
    write_datapackage(out_dir, created=record["finished"], version=record["svodka"])
    if (options or {}).get("excel"):
        write_workbook(out_dir)
    else:
        remove_excel(out_dir)
    write_json(out_dir / RUN_FILE, record)
    return record
