"""Per-document results kept in the output folder, so a re-run redoes only what changed.

Each DocResult is one JSON file `OUT/.svodka-cache/<key>.json`, where the key
hashes everything the result depends on: the document's id, the sha256 of its
bytes, the svodka version (package version + a fingerprint of the code that
shapes a DocResult) and the size limit. Looking a document up is a file
existence check; a changed document gets a new key, so the entries of the
other documents are never touched. Entries are written atomically
(temporary file + rename) and entries no document of the run uses are pruned.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path

from svodka.corpus.source import display_name
from svodka.outputs.writer import publish

CACHE_DIR = ".svodka-cache"

# Code that decides what a DocResult holds; editing it invalidates the cache.
RESULT_PACKAGES = ("corpus", "extractors", "normalizers", "outputs")
RESULT_MODULES = ("pipeline/process.py", "pipeline/nlp.py")
ROOT = Path(__file__).resolve().parents[1]


def file_sha256(path, chunk: int = 1 << 20) -> str:
    """sha256 of a file's bytes, read in chunks (empty string when unreadable)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(chunk), b""):
                digest.update(block)
    except OSError:
        from svodka.corpus.members import member_sha256

        return member_sha256(path)  # a member of an archive (`a.zip/inner/x.docx`), else ""
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def svodka_version() -> str:
    """`<package version>+<code fingerprint>`: changes on a release and on any edit of the result code."""
    try:
        from importlib.metadata import PackageNotFoundError, version

        release = version("svodka")
    except (ImportError, PackageNotFoundError):  # pragma: no cover - running from a bare checkout
        release = "0"
    digest = hashlib.sha256()
    files = [ROOT / m for m in RESULT_MODULES]
    for package in RESULT_PACKAGES:
        files += sorted((ROOT / package).rglob("*.py")) + sorted((ROOT / package).rglob("data/*.txt"))
    for path in files:
        if path.is_file():
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{release}+{digest.hexdigest()[:12]}"


class DocCache:
    """The cache folder of one output folder."""

    def __init__(self, out_dir, version: str | None = None, settings: str = ""):
        self.folder = Path(out_dir) / CACHE_DIR
        self.version = version or svodka_version()
        self.settings = settings

    def key(self, doc_id: str, sha256: str) -> str:
        text = "\0".join([self.version, self.settings, doc_id, sha256])
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def load(self, key: str, path: str | None = None) -> dict | None:
        """The cached DocResult (with the document's current path), or None if missing or unreadable."""
        try:
            with open(self.path(key), encoding="utf-8") as handle:
                result = json.load(handle)
        except (OSError, ValueError):
            return None
        if path is not None:
            result["document"]["path"] = display_name(path)
        return result

    def store(self, key: str, result: dict) -> None:
        """Write one entry atomically: a reader sees the old entry, the new one or none, never half."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                # one string from the C encoder: json.dump streams through the pure-Python one (5x the time)
                handle.write(json.dumps(result, ensure_ascii=False, separators=(",", ":")))
            publish(tmp, self.path(key))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def prune(self, keep: set[str]) -> int:
        """Remove entries (and stray temporary files) no document of this run uses; return how many."""
        if not self.folder.is_dir():
            return 0
        removed = 0
        for entry in self.folder.iterdir():
            if entry.suffix == ".json" and entry.stem in keep:
                continue
            if entry.is_file():
                entry.unlink(missing_ok=True)
                removed += 1
        return removed
