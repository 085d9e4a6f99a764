"""Archive members as documents: every member of a .zip/.7z is a document of its own.

Discovery lists an archive's members instead of the archive: the member
`inner/path.docx` of `dir/archive.zip` gets the path `dir/archive.zip/inner/path.docx`
and the doc_id `archive.zip/inner/path.docx`. Such a path names no file on
disk, so `read_document` finds the archive in it and reads the member's bytes
in memory (nothing is unpacked to disk). An archive inside an archive is
opened too, down to MAX_DEPTH levels.

Refused with a reason, each in its own documents.csv row: what corpus/archives.py
refuses by entry, archives nested deeper than MAX_DEPTH, and every member of
an archive that unpacks to more than --max-bytes. Hidden members (`.x`,
`__MACOSX/`) are passed over like hidden files.
"""
from __future__ import annotations

import functools
import hashlib
import io
import os
import re
from pathlib import Path

from svodka.corpus.archives import ARCHIVES, Archive, Entry, is_archive, open_archive
from svodka.corpus.limits import DEFAULT_MAX_BYTES
from svodka.corpus.source import ReadError

MAX_DEPTH = 2          # an archive in an archive is read; one more level down is refused
CACHE_SIZE = 4         # archives kept open per process (an outer one and the one nested in it)

_OPEN: dict[tuple, Archive] = {}


def _cached(key: tuple, opener) -> Archive:
    """Archives stay open per process: the members of one archive are read one after another."""
    if key not in _OPEN:
        archive = opener()
        while len(_OPEN) >= CACHE_SIZE:
            _OPEN.pop(next(iter(_OPEN))).close()
        _OPEN[key] = archive
    return _OPEN[key]


def open_archive_file(path) -> Archive:
    info = os.stat(path)

    def opener():
        handle = open(path, "rb")
        try:
            return open_archive(handle, str(path))
        except ValueError:
            handle.close()
            raise

    return _cached((str(path), info.st_mtime_ns, info.st_size), opener)


def split_member(path) -> tuple[Path, str] | None:
    """(archive file, path inside it) for a member path like `dir/a.zip/inner/x.docx`, else None."""
    text = str(path)
    if os.path.exists(text):
        return None
    parts = text.replace(os.sep, "/").split("/")
    for i in range(1, len(parts)):
        prefix = "/".join(parts[:i])
        if is_archive(prefix) and os.path.isfile(prefix):
            return Path(prefix), "/".join(parts[i:])
    return None


def is_member(path) -> bool:
    return split_member(path) is not None


def _too_big(archive: Archive, max_bytes: int) -> str:
    if archive.total > max_bytes:
        return f"archive unpacks to {archive.total} bytes, over the limit of {max_bytes} (--max-bytes)"
    return ""


def _nested(archive: Archive, rest: str) -> str | None:
    """The key of the archive member that `rest` continues into (`inner.zip` of `inner.zip/x.txt`)."""
    for match in re.finditer("/", rest):
        prefix = rest[:match.start()]
        if is_archive(prefix) and prefix in archive.entries:
            return prefix
    return None


def member_bytes(path, max_bytes: int, read: bool = True) -> bytes:
    """The bytes of an archive member (b"" when not `read`), or ReadError: why it is refused or unreadable."""
    found = split_member(path)
    if found is None:
        raise ReadError(path, "cannot open: no such file or archive member")
    archive_path, rest = found
    try:
        size = os.stat(archive_path).st_size
        if size > max_bytes:
            raise ReadError(path, f"archive is {size} bytes, over the limit of {max_bytes} (--max-bytes)",
                            status="skipped")
        archive = open_archive_file(archive_path)
        chain = (str(archive_path),)
        for depth in range(1, MAX_DEPTH + 1):
            if _too_big(archive, max_bytes):
                raise ReadError(path, _too_big(archive, max_bytes), status="skipped")
            entry = archive.entries.get(rest)
            inner = None if entry else _nested(archive, rest)
            if entry is None and inner is None:
                raise ReadError(path, f"no member {rest!r} in the archive")
            entry = entry or archive.entries[inner]
            if entry.problem:
                raise ReadError(path, entry.problem, status=entry.status)
            if inner is None and is_archive(entry.key) and depth == MAX_DEPTH:
                raise ReadError(path, f"archive nested deeper than {MAX_DEPTH} levels, not opened", status="skipped")
            if inner is None:
                return archive.read(entry, max_bytes) if read else b""
            data = archive.read(entry, max_bytes)
            chain += (inner,)
            archive = _cached(chain + (os.stat(archive_path).st_mtime_ns,),
                              lambda data=data, inner=inner: open_archive(io.BytesIO(data), inner))
            rest = rest[len(inner) + 1:]
        raise ReadError(path, f"archive nested deeper than {MAX_DEPTH} levels, not opened", status="skipped")
    except ValueError as exc:
        raise ReadError(path, str(exc)) from None
    except OSError as exc:
        raise ReadError(path, f"cannot read the archive: {exc.strerror}") from None


def member_sha256(path) -> str:
    """A fingerprint of a member for the cache: the archive file's sha256 and the path inside it."""
    found = split_member(path)
    if found is None:
        return ""
    archive_path, rest = found
    return hashlib.sha256(f"{_file_sha256(archive_path)}\0{rest}".encode()).hexdigest()


_HASHES: dict[tuple, str] = {}


def _file_sha256(path: Path) -> str:
    info = os.stat(path)
    key = (str(path), info.st_mtime_ns, info.st_size)
    if key not in _HASHES:
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        _HASHES.clear()
        _HASHES[key] = digest.hexdigest()
    return _HASHES[key]


def hidden(entry: Entry) -> bool:
    """Hidden like a dot-file on disk, or a macOS resource fork (`__MACOSX/._x.docx`): no document, no row."""
    return not entry.problem and any(p.startswith(".") or p == "__MACOSX" for p in entry.key.split("/"))


def _members(archive: Archive, path: str, doc_id: str, depth: int, max_bytes: int):
    for key, entry in archive.entries.items():
        if hidden(entry):
            continue
        member_path, member_id = f"{path}/{key}", f"{doc_id}/{key}"
        if (is_archive(key) and not entry.problem and depth < MAX_DEPTH
                and not _too_big(archive, max_bytes) and entry.size <= max_bytes):
            try:
                inner = open_archive(io.BytesIO(archive.read(entry, max_bytes)), key)
            except ValueError:
                inner = None  # its own row will say why
            found = list(_members(inner, member_path, member_id, depth + 1, max_bytes)) if inner else []
            if inner is not None:
                inner.close()
            if found:
                yield from found
                continue
        yield Path(member_path), member_id


def expand_archives(items, max_bytes: int | None = None):
    """(path, doc_id) items with each archive replaced by its members (the archive itself if unreadable or empty)."""
    if max_bytes is None:
        max_bytes = DEFAULT_MAX_BYTES
    out = []
    for path, doc_id in items:
        members = []
        if is_archive(path.name):
            try:
                members = list(_members(open_archive_file(path), str(path), doc_id, 1, max_bytes))
            except (ValueError, OSError):
                members = []
        out += members or [(path, doc_id)]
    return out


def read_archive(data: bytes, kind: str = ".zip") -> tuple[str, tuple, str]:
    """The reader of an archive read as one document: it says why its members could not be listed."""
    archive = open_archive(io.BytesIO(data), kind)
    count = sum(not hidden(entry) for entry in archive.entries.values())
    archive.close()
    if not count:
        raise ValueError("archive holds no documents")
    raise ValueError(f"an archive of {count} members: each is read as a document of its own")


ARCHIVE_READERS = {kind: functools.partial(read_archive, kind=kind) for kind in ARCHIVES}
