"""Find the documents under the corpus paths and give each a unique `doc_id`.

Nothing under a corpus folder vanishes without a row: a dangling or looping
symbolic link and a folder that cannot be listed are returned like files, and
`corpus.readers.read_document` says what is wrong with them. Symbolic links to
folders are followed once (a link back to a folder being walked is a loop).
A file name that is not valid UTF-8 (cp1251 names from Windows archives)
keeps its bytes in the path, so it can be opened, and gets a `doc_id` decoded
with replacement characters, so it can be written anywhere.
"""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from svodka.corpus.source import display_name

# A folder holding one of these is svodka's own (a run's output, an audit site), never input.
OWN_MARKERS = (".svodka-cache", ".svodka-audit")
RUN_FILES = ("run.json", "datapackage.json")
OWN_SUFFIXES, OWN_EXCEL = (".csv", ".json"), "excel"  # what a run writes into its --out folder


def is_own_folder(folder: Path) -> bool:
    """True for a folder svodka wrote: a run's --out (cache or run.json + datapackage.json) or an audit site."""
    return any((folder / m).exists() for m in OWN_MARKERS) or all((folder / f).is_file() for f in RUN_FILES)


def _walk(root: Path, skip: set[str]):
    if root.is_dir():
        yield from _walk_folder(root, root, frozenset(), skip)
    elif root.is_file() or root.is_symlink():
        yield root, root.parent
    else:
        raise FileNotFoundError(f"{display_name(root)}: no such file or folder")


def _walk_folder(folder: Path, root: Path, ancestors: frozenset, skip: set[str]):
    """Every entry to read under `folder`: files, broken links and folders that cannot be listed; the run's own
    --out folder and svodka's own folders left out (and, when the corpus folder is the --out folder itself, the
    tables, run files and Excel copies in it)."""
    real = os.path.realpath(folder)
    ancestors = ancestors | {real}
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        yield folder, root  # read_document names the reason
        return
    own_root = folder == root and (real in skip or is_own_folder(folder))
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows links
        except OSError:
            is_dir = False
        if is_dir:
            if own_root and entry.name == OWN_EXCEL or os.path.realpath(path) in skip or is_own_folder(path):
                continue
            if entry.is_symlink() and os.path.realpath(path) in ancestors:
                yield path, root  # a link back to a folder being walked: read_document calls it a loop
            else:
                yield from _walk_folder(path, root, ancestors, skip)
        elif not (own_root and entry.name.endswith(OWN_SUFFIXES)):
            yield path, root


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
        for path, base in sorted(_walk(root, skip)):
            key = os.path.realpath(path) if path.is_file() else path
            if key not in seen:
                seen.add(key)
                found.append((path, base))
    names = Counter(display_name(p.name) for p, _ in found)
    out = []
    for path, base in found:
        name = display_name(path.name)
        doc_id = name if names[name] == 1 else display_name(path.relative_to(base)) if path != base \
            else display_name(path)
        out.append((path, doc_id))
    counts = Counter(doc_id for _, doc_id in out)
    out = [(path, display_name(path) if counts[doc_id] > 1 else doc_id) for path, doc_id in out]
    taken = Counter()
    unique = []
    for path, doc_id in out:  # names that differ only in undecodable bytes
        taken[doc_id] += 1
        unique.append((path, doc_id if taken[doc_id] == 1 else f"{doc_id} ({taken[doc_id]})"))
    from svodka.corpus.members import expand_archives  # here, not at the top: what members imports may import discover

    return expand_archives(unique, max_bytes)
