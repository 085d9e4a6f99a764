"""The batch run: every document in, every table out, a summary at the end.

Documents go to an engine (`pipeline.engines`: worker processes here or a
Dask cluster) as paths and come back as DocResult dicts in input order; rows
stream to the table writers as they arrive, so memory does not grow with the
corpus. Each DocResult is also kept in `OUT/.svodka-cache/`, so a re-run
redoes only new or changed documents (`force=True` redoes all) and never
builds the NLP pipeline when nothing changed. The corpus-wide tables (the
school registry, school_mentions and events with their school ids) are
rebuilt from the per-document results on every run; all tables are renamed
into place at the end.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from svodka.corpus.discover import discover, display_name, relative_path, roots
from svodka.corpus.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS
from svodka.outputs.doc_cities import DocCities
from svodka.outputs.registry import build_registry, count_linked, load_reference, school_id_of, school_key
from svodka.outputs.runinfo import previous_documents, write_run_files
from svodka.outputs.schema import TABLES
from svodka.outputs.sink import TableSink
from svodka.outputs.words import counted
from svodka.pipeline.cache import DocCache, file_sha256
from svodka.pipeline.engines import make_engine
from svodka.pipeline.outdir import OutputError, is_no_space, locked, prepare, remove_stale_temp
from svodka.pipeline.stopping import Interrupted, StopSignals

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_BUSY = 3          # another run holds the output folder
EXIT_NO_SPACE = 4      # the disk filled up while writing
EXIT_INTERRUPTED = 130  # Ctrl-C or SIGTERM: the tables hold the documents done so far

DEFAULT_TIMEOUT = 120.0  # seconds per document; 0 or None: no limit
INTERRUPTED = "run interrupted"

# Tables that wait for the corpus-wide school registry.
DEFERRED = ("school_mentions", "events")


@dataclass
class RunSummary:
    out_dir: str
    documents: dict = field(default_factory=dict)  # status -> count
    rows: dict = field(default_factory=dict)       # table -> rows written
    failures: list = field(default_factory=list)   # (doc_id, status, error)
    seconds: float = 0.0
    reused: int = 0                                # documents taken from the cache
    processed: int = 0                             # documents run through the pipeline
    dropped: list = field(default_factory=list)    # doc_ids of the last run no longer in the corpus
    registry: dict = field(default_factory=dict)   # --registry: file, entries, schools linked
    interrupted: bool = False                      # stopped by Ctrl-C or SIGTERM

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_OK if not self.failures else EXIT_SOME_FAILED


def iter_results(items, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES, engine: str = "local",
                 scheduler: str | None = None, timeout: float | None = None, max_chars: int = DEFAULT_MAX_CHARS):
    """Yield DocResults for (path, doc_id) items in input order, on the chosen engine."""
    yield from make_engine(engine, workers, max_bytes, scheduler=scheduler, timeout=timeout or None,
                           max_chars=max_chars).map(items)


def _progress(iterable, total: int, enabled: bool, desc: str = "svodka"):
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, unit="doc", desc=desc, file=sys.stderr, leave=False)


def _say(message: str, quiet: bool) -> None:
    if quiet:
        return
    try:
        from tqdm import tqdm

        tqdm.write(message, file=sys.stderr)
    except ImportError:  # pragma: no cover
        print(message, file=sys.stderr)


def link_venues(events: list[dict], mentions: list[dict]) -> None:
    """Give each event the school_id of the school named as its venue (the registry's id of that mention)."""
    ids = {school_key(m): m["school_id"] for m in mentions if m.get("school_id")}
    for event in events:
        venue = event.pop("venue", None)
        if isinstance(venue, dict) and not event.get("venue_school_id"):
            event["venue_school_id"] = ids.get(school_key(venue)) or school_id_of(school_key(venue))


def plan(items, cache: DocCache, force: bool = False, progress: bool = False) -> tuple[list, list]:
    """Split the corpus into (every item with its cache key and sha256, the items that need processing).

    Every file is hashed for its key, which takes a while on a large corpus: `progress` shows it. What
    cannot be read (no sha256) is always redone: its reason may be gone by the next run.
    """
    keyed, todo = [], []
    for path, doc_id in _progress(items, len(items), progress, desc="svodka: checking the cache"):
        sha = file_sha256(path)
        key = cache.key(doc_id, sha)
        keyed.append((path, doc_id, key, sha))
        if force or not sha or not cache.has(key):
            todo.append((path, doc_id))
    return keyed, todo


def _cached_results(keyed, todo, cache: DocCache, results):
    """Every document's DocResult in input order: from the engine when processed, else from the cache.

    Fresh results are stored as they arrive; worker crashes are not, so they are retried next run.
    """
    fresh = iter(results)
    redo = {doc_id for _, doc_id in todo}
    for path, doc_id, key, sha in keyed:
        result = next(fresh) if doc_id in redo else cache.load(key, path)
        if result is None:  # an entry that vanished or broke since planning
            result = next(iter(make_engine("local", 1).map([(path, doc_id)])))
            redo.add(doc_id)
        if doc_id in redo and not result.get("crashed") and (sha or result["document"].get("sha256")):
            cache.store(key, result)  # not what could not be read at all: it is tried again next run
        yield key, result


MENTION_FIELDS = tuple(c for c in TABLES["school_mentions"] if c not in ("doc_id", "school_id", "start", "end"))
_FIELD_INDEX = {name: i for i, name in enumerate(MENTION_FIELDS)}


class SlimMention(Mapping):
    """A school mention as the registry sees it: read-only fields shared across documents, a doc_id, a school_id."""

    __slots__ = ("doc_id", "values", "school_id")

    def __init__(self, doc_id: str, values: tuple):
        self.doc_id, self.values, self.school_id = doc_id, values, None

    def __getitem__(self, key):
        if key == "doc_id":
            return self.doc_id
        if key == "school_id" and self.school_id is not None:
            return self.school_id
        if key in _FIELD_INDEX:
            return self.values[_FIELD_INDEX[key]]
        raise KeyError(key)

    def __setitem__(self, key, value) -> None:
        if key != "school_id":
            raise KeyError(f"only school_id can be set on a mention, not {key!r}")
        self.school_id = value

    def __iter__(self):
        yield "doc_id"
        yield from MENTION_FIELDS
        if self.school_id is not None:
            yield "school_id"

    def __len__(self) -> int:
        return len(MENTION_FIELDS) + 1 + (self.school_id is not None)


class RegistryInput:
    """Every school mention of the corpus, as small as the registry allows.

    The registry is corpus-wide, so it sees all mentions at once; memory per
    mention is kept to a few dozen bytes: offsets are dropped, field tuples are
    shared across documents, and a mention repeated within a document is one
    object listed once per occurrence (so counts stay right). The full rows stay
    in the cache and are read again, one document at a time, to be written with
    the ids the registry gave.
    """

    def __init__(self):
        self.mentions: list[SlimMention] = []
        self._values: dict[tuple, tuple] = {}

    def add(self, rows) -> None:
        same: dict[tuple, SlimMention] = {}
        for row in rows:
            values = tuple(str(row.get(f) or "") for f in MENTION_FIELDS)
            values = self._values.setdefault(values, values)
            if values not in same:
                same[values] = SlimMention(sys.intern(str(row.get("doc_id") or "")), values)
            self.mentions.append(same[values])


def _write_deferred(sink: TableSink, cache: DocCache, keys, registry: RegistryInput,
                    cities: DocCities = DocCities()) -> None:
    """Write school mentions (with the registry's ids) and events, reading each document's rows again."""
    ids = iter(registry.mentions)
    for key in keys:
        result = cache.load(key)
        if result is None:
            raise RuntimeError(f"svodka: cache entry {cache.path(key)} vanished during the run")
        cities.apply(result)
        mentions = result["tables"].get("school_mentions", [])
        for row in mentions:
            row["school_id"] = next(ids)["school_id"]
        events = result["tables"].get("events", [])
        link_venues(events, mentions)
        sink.add("school_mentions", mentions)
        sink.add("events", events)


def run_corpus(paths, out_dir, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES,
               excel: bool = False, progress: bool = True, quiet: bool = False, force: bool = False,
               engine: str = "local", scheduler: str | None = None, timeout: float | None = DEFAULT_TIMEOUT,
               reference: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
               cities: DocCities = DocCities()) -> RunSummary:
    """Run svodka over files and folders and write every table to `out_dir`.

    `workers` processes (or a Dask cluster with `engine="dask"`) run the documents
    that are new or changed since the last run into the same `out_dir`.
    Raises `OutputError` (with the exit code) when the folder is not writable,
    is in use by another run, or the disk fills up. `cities` gives a document's city where its text
    names none (`--city`, `--meta`).
    """
    out_dir = Path(out_dir)
    reference_rows = load_reference(reference) if reference else None  # a bad registry fails before the work
    try:
        prepare(out_dir, EXIT_USAGE)
        with locked(out_dir, EXIT_BUSY), StopSignals() as signals:
            remove_stale_temp(out_dir)
            try:
                return _run_locked(paths, out_dir, workers, max_bytes, excel, progress, quiet, force, engine,
                                   scheduler, timeout, reference, reference_rows, max_chars, cities, signals)
            except OSError as exc:
                if is_no_space(exc):
                    remove_stale_temp(out_dir)  # while the folder is still ours
                raise
    except OSError as exc:
        if is_no_space(exc):
            raise OutputError(f"no space left on device while writing {out_dir}", EXIT_NO_SPACE) from None
        raise


def _run_locked(paths, out_dir: Path, workers, max_bytes, excel, progress, quiet, force, engine, scheduler,
                timeout, reference, reference_rows, max_chars, cities: DocCities, signals: StopSignals) -> RunSummary:
    """The run, once the folder is ours. A signal while the corpus is being listed raises Interrupted (no
    tables); later ones stop the run between two documents, and the tables of those done are written."""
    started = time.time()
    items = discover(paths, max_bytes, skip=[out_dir])
    corpus_roots = roots(paths)
    summary = RunSummary(out_dir=str(out_dir))
    summary.dropped = sorted(previous_documents(out_dir) - {doc_id for _, doc_id in items})
    cache = DocCache(out_dir, settings=f"max_bytes={max_bytes},max_chars={max_chars}")
    keyed, todo = plan(items, cache, force, progress and not quiet)
    summary.processed, summary.reused = len(todo), len(keyed) - len(todo)
    results = iter_results(todo, workers, max_bytes, engine, scheduler, timeout, max_chars) if todo else iter(())
    sink = TableSink(out_dir, excel=excel, deferred=DEFERRED + ("schools",))
    registry = RegistryInput()
    deferred = []  # cache keys of the documents with school mentions or events, in input order
    done = 0
    try:
        stream = iter(_progress(_cached_results(keyed, todo, cache, results), len(keyed), progress and not quiet))
        while True:
            try:
                signals.check()
                key, result = next(stream)
            except StopIteration:
                break
            except Interrupted:
                summary.interrupted = True
                break
            with signals.held():
                cities.apply(result)
                _take(result, key, sink, summary, registry, deferred, quiet, corpus_roots)
                done += 1
        with signals.held():  # from here on a signal only sets the exit code: the tables get finished
            if summary.interrupted:
                from svodka.outputs.rows import failed_result  # not at the top: it loads spaCy, which the main process
                                                        # needs nowhere else
                if hasattr(results, "close"):
                    results.close()  # stop the workers before writing what is done
                _say(f"svodka: {INTERRUPTED}: {len(keyed) - done} documents not read, writing the tables "
                     f"of the {done} done", quiet)
                for path, doc_id, _, sha in keyed[done:]:
                    _take(failed_result(str(path), doc_id, "skipped", INTERRUPTED, sha256=sha), None, sink,
                          summary, registry, deferred, True, corpus_roots)
            schools = build_registry(registry.mentions, reference=reference_rows)
            if reference:
                summary.registry = {"file": str(reference), "entries": len(reference_rows),
                                    "schools": len(schools), "linked": count_linked(schools)}
            sink.add("schools", schools)
            _write_deferred(sink, cache, deferred, registry, cities)
            summary.rows = sink.commit()
            if not summary.interrupted:
                cache.prune({key for _, _, key, _ in keyed})
            summary.seconds = time.time() - started
            summary.interrupted = summary.interrupted or signals.pending
            write_run_files(out_dir, summary, started, {
                "corpus": [display_name(p) for p in paths], "roots": [display_name(r) for r in corpus_roots],
                "registry": display_name(reference) if reference else None, "workers": workers, "max_bytes": max_bytes,
                "max_chars": max_chars, "excel": excel, "force": force, "engine": engine, "scheduler": scheduler,
                "timeout": timeout or None})
    finally:
        if hasattr(results, "close"):
            results.close()  # an interrupted run stops its workers now, not at garbage collection
        sink.discard()
    return summary


def _take(result: dict, key, sink: TableSink, summary: RunSummary, registry: RegistryInput, deferred: list,
          quiet: bool, corpus_roots: list[str]) -> None:
    """Write one document's rows (the deferred tables wait for the registry)."""
    document = result["document"]
    status = document["status"]
    summary.documents[status] = summary.documents.get(status, 0) + 1
    if status != "ok":
        summary.failures.append((document["doc_id"], status, document["error"]))
        _say(f"svodka: {status}: {document['path']}: {document['error']}", quiet)
    document["path"] = relative_path(document["path"], corpus_roots)  # resolved from run.json's roots
    sink.add("documents", [document])
    for name, rows in result["tables"].items():
        if name not in DEFERRED:
            sink.add(name, rows)
    if key is not None and any(result["tables"].get(name) for name in DEFERRED):
        registry.add(result["tables"].get("school_mentions", []))
        deferred.append(key)


def format_summary(summary: RunSummary) -> str:
    """The one-screen summary printed at the end of a run."""
    docs = summary.documents
    lines = [
        f"svodka: {counted(sum(docs.values()), 'document')}: {docs.get('ok', 0)} ok, {docs.get('failed', 0)} failed, "
        f"{docs.get('skipped', 0)} skipped in {summary.seconds:.1f} s",
        *([f"cache: {summary.reused} unchanged documents reused, {summary.processed} processed"]
          if summary.reused else []),
        *([f"dropped: {counted(len(summary.dropped), 'document')} of the last run no longer in the corpus: "
           + ", ".join(summary.dropped[:5]) + (", ..." if len(summary.dropped) > 5 else "")]
          if summary.dropped else []),
        *([f"registry: {summary.registry['linked']} of {counted(summary.registry['schools'], 'school')} linked "
           f"to {summary.registry['file']} ({counted(summary.registry['entries'], 'entry', 'entries')})"]
          if summary.registry else []),
        "rows: " + ", ".join(f"{name} {count}" for name, count in summary.rows.items()),
        f"tables in {summary.out_dir}/",
    ]
    for doc_id, status, error in summary.failures[:20]:
        lines.append(f"  {status}: {doc_id}: {error}")
    if len(summary.failures) > 20:
        lines.append(f"  ... and {len(summary.failures) - 20} more (see documents.csv)")
    return "\n".join(lines)
