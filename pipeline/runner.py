"""The batch run: every document in, every table out, a summary at the end.

Rows stream to the table writers as documents finish, so memory does not
grow with the corpus; only school mentions and events wait for the
corpus-wide school registry. All tables are renamed into place at the end.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from corpus.discover import discover
from corpus.readers import DEFAULT_MAX_BYTES
from outputs.registry import build_registry, school_key, school_id_of
from outputs.runinfo import write_run_files
from outputs.sink import TableSink
from pipeline.process import process_path

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


@dataclass
class RunSummary:
    out_dir: str
    documents: dict = field(default_factory=dict)  # status -> count
    rows: dict = field(default_factory=dict)       # table -> rows written
    failures: list = field(default_factory=list)   # (doc_id, status, error)
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        return EXIT_OK if not self.failures else EXIT_SOME_FAILED


def iter_results(items, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES):
    """Yield DocResults in input order (parallel engines plug in here)."""
    for path, doc_id in items:
        yield process_path(path, doc_id, max_bytes=max_bytes)


def _progress(iterable, total: int, enabled: bool):
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, unit="doc", desc="svodka", file=sys.stderr, leave=False)


def _say(message: str, quiet: bool) -> None:
    if quiet:
        return
    try:
        from tqdm import tqdm

        tqdm.write(message, file=sys.stderr)
    except ImportError:  # pragma: no cover
        print(message, file=sys.stderr)


def link_venues(events: list[dict], mentions: list[dict]) -> None:
    """Give each event the school_id of the school named as its venue."""
    for event in events:
        venue = event.pop("venue", None)
        if isinstance(venue, dict) and not event.get("venue_school_id"):
            event["venue_school_id"] = school_id_of(school_key(venue))


def run_corpus(paths, out_dir, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES,
               excel: bool = False, progress: bool = True, quiet: bool = False) -> RunSummary:
    """Run svodka over files and folders and write every table to `out_dir`."""
    started = time.time()
    out_dir = Path(out_dir)
    items = discover(paths)
    summary = RunSummary(out_dir=str(out_dir))
    sink = TableSink(out_dir, excel=excel, deferred=("school_mentions", "events", "schools"))
    mentions, events = [], []
    try:
        for result in _progress(iter_results(items, workers, max_bytes), len(items), progress and not quiet):
            document = result["document"]
            status = document["status"]
            summary.documents[status] = summary.documents.get(status, 0) + 1
            if status != "ok":
                summary.failures.append((document["doc_id"], status, document["error"]))
                _say(f"svodka: {status}: {document['path']}: {document['error']}", quiet)
            sink.add("documents", [document])
            for name, rows in result["tables"].items():
                if name == "school_mentions":
                    mentions.extend(rows)
                elif name == "events":
                    events.extend(rows)
                else:
                    sink.add(name, rows)
        schools = build_registry(mentions)
        link_venues(events, mentions)
        sink.add("school_mentions", mentions)
        sink.add("events", events)
        sink.add("schools", schools)
        summary.rows = sink.commit()
    finally:
        sink.discard()
    summary.seconds = time.time() - started
    write_run_files(out_dir, summary, started, {"corpus": [str(p) for p in paths], "workers": workers,
                                                "max_bytes": max_bytes, "excel": excel})
    return summary


def format_summary(summary: RunSummary) -> str:
    """The one-screen summary printed at the end of a run."""
    docs = summary.documents
    lines = [
        f"svodka: {sum(docs.values())} documents: {docs.get('ok', 0)} ok, {docs.get('failed', 0)} failed, "
        f"{docs.get('skipped', 0)} skipped in {summary.seconds:.1f} s",
        "rows: " + ", ".join(f"{name} {count}" for name, count in summary.rows.items()),
        f"tables in {summary.out_dir}/",
    ]
    for doc_id, status, error in summary.failures[:20]:
        lines.append(f"  {status}: {doc_id}: {error}")
    if len(summary.failures) > 20:
        lines.append(f"  ... and {len(summary.failures) - 20} more (see documents.csv)")
    return "\n".join(lines)
