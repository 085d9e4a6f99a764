"""Find the documents under the corpus paths and give each a unique `doc_id`."""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

# A folder holding one of these is svodka's own (a run's output, an audit site), never input.
OWN_MARKERS = (".svodka-cache", ".svodka-audit")
RUN_FILES = ("run.json", "datapackage.json")
OWN_SUFFIXES, OWN_EXCEL = (".csv", ".json"), "excel"  # what a run writes into its --out folder


def is_own_folder(folder: Path) -> bool:
    """True for a folder svodka wrote: a run's --out (cache or run.json + datapackage.json) or an audit site."""
    return any((folder / m).exists() for m in OWN_MARKERS) or all((folder / f).is_file() for f in RUN_FILES)


def _walk(root: Path, skip: set[str]):
    if root.is_file():
        yield root, root.parent
    elif root.is_dir():
        found = []
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if not d.startswith(".") and os.path.realpath(os.path.join(folder, d))
                       not in skip and not is_own_folder(Path(folder, d))]
            if folder == str(root) and (os.path.realpath(root) in skip or is_own_folder(root)):
                # the corpus folder is also the --out folder: leave out the tables, run files and Excel copies
                dirs[:] = [d for d in dirs if d != OWN_EXCEL]
                files = [f for f in files if not f.endswith(OWN_SUFFIXES)]
            found += [Path(folder, f) for f in files if not f.startswith(".")]
        for path in sorted(p for p in found if p.is_file()):
            yield path, root
    else:
        raise FileNotFoundError(f"{root}: no such file or folder")


def roots(paths) -> list[str]:
    """The corpus roots as absolute paths: a folder given, or the folder of a file given."""
    return [os.path.abspath(p if os.path.isdir(p) else os.path.dirname(os.path.abspath(p))) for p in paths]


def relative_path(path, corpus_roots) -> str:
    """`path` relative to the first corpus root that holds it (documents.path), else absolute.

    >>> relative_path("/data/reports/2023/a.txt", ["/data/other", "/data/reports"])
    '2023/a.txt'
    """
    absolute = os.path.abspath(path)
    for root in corpus_roots:
        if absolute.startswith(root.rstrip(os.sep) + os.sep):
            return os.path.relpath(absolute, root)
    return absolute


def discover(paths, max_bytes: int | None = None, skip=()) -> list[tuple[Path, str]]:
    """Return (path, doc_id) pairs in a stable order.

    `doc_id` is the file name; where two files share a name it is the path
    relative to its corpus root (CONTRACT.md), so no document is lost. An
    archive gives one item per member (`archive.zip/inner/x.docx`, corpus/members.py).
    Folders in `skip` (the run's own --out) and svodka's own folders are not read.
    """
    skip = {os.path.realpath(s) for s in skip}
    found = []
    seen = set()
    for root in map(Path, paths):
        for path, base in _walk(root, skip):
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                found.append((path, base))
    names = Counter(p.name for p, _ in found)
    out = []
    for path, base in found:
        doc_id = path.name if names[path.name] == 1 else str(path.relative_to(base)) if path != base else str(path)
        out.append((path, doc_id))
    counts = Counter(doc_id for _, doc_id in out)
    from svodka.corpus.members import expand_archives  # here, not at the top: what members imports may import discover

    return expand_archives([(path, str(path) if counts[doc_id] > 1 else doc_id) for path, doc_id in out], max_bytes)
