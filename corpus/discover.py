"""Find the documents under the corpus paths and give each a unique `doc_id`."""
from __future__ import annotations

from collections import Counter
from pathlib import Path


def _walk(root: Path):
    if root.is_file():
        yield root, root.parent
    elif root.is_dir():
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            if not any(part.startswith(".") for part in path.relative_to(root).parts):
                yield path, root
    else:
        raise FileNotFoundError(f"{root}: no such file or folder")


def discover(paths, max_bytes: int | None = None) -> list[tuple[Path, str]]:
    """Return (path, doc_id) pairs in a stable order.

    `doc_id` is the file name; where two files share a name it is the path
    relative to its corpus root (CONTRACT.md), so no document is lost. An
    archive gives one item per member (`archive.zip/inner/x.docx`, corpus/members.py).
    """
    found = []
    seen = set()
    for root in map(Path, paths):
        for path, base in _walk(root):
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
