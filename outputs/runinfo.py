"""What a run leaves beside its tables: `run.json` and `datapackage.json`.

`run.json` says which svodka made the tables, with which options, when,
how many rows each table got and which documents failed, so every table can
be traced to the run that wrote it.
"""
from __future__ import annotations

import platform
import sys
from datetime import datetime, timezone
from pathlib import Path

from svodka.outputs.datapackage import write_datapackage
from svodka.outputs.writer import write_json

RUN_FILE = "run.json"


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
        "exit_code": summary.exit_code,
    }


def write_run_files(out_dir, summary, started: float, options: dict | None = None) -> dict:
    """Write run.json and datapackage.json (and the .xlsx workbook with --excel); returns run.json's content."""
    out_dir = Path(out_dir)
    record = run_record(summary, started, options)
    write_datapackage(out_dir, created=record["finished"], version=record["svodka"])
    if (options or {}).get("excel"):
        from svodka.outputs.xlsx import write_workbook

        write_workbook(out_dir)
    write_json(out_dir / RUN_FILE, record)
    return record
