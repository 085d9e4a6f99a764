"""Archives (.zip, .7z) as folders: every member is a document of its own.

Discovery lists an archive's members instead of the archive: the member
`inner/path.docx` of `dir/archive.zip` gets the path `dir/archive.zip/inner/path.docx`
and the doc_id `archive.zip/inner/path.docx`. Such a path names no file on
disk, so `read_document` finds the archive in it and reads the member's bytes
in memory (nothing is unpacked to disk). An archive inside an archive is
opened too, down to MAX_DEPTH levels.

Refused with a reason, each in its own documents.csv row: members whose names
leave the archive (`..`, absolute paths), symbolic links, encrypted members,
names two members share, archives nested deeper than MAX_DEPTH, and every
member of an archive that unpacks to more than --max-bytes.
Zip member names without the UTF-8 flag are cp866, as Windows archivers write
them; hidden members (`.x`, `__MACOSX/`) are passed over like hidden files. `.rar` is left out: its readers need an external unrar/unar program.
"""
from __future__ import annotations

import functools
import hashlib
import io
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from corpus.source import ReadError

ARCHIVES = (".zip", ".7z")
MAX_DEPTH = 2          # an archive in an archive is read; one more level down is refused
ZIP_NAME_ENCODING = "cp866"
SEVEN_ZIP_MAGIC = b"7z\xbc\xaf\x27\x1c"
DRIVE = re.compile(r"^[A-Za-z]:")
CACHE_SIZE = 4         # archives kept open per process (an outer one and the one nested in it)


@dataclass(frozen=True)
class Entry:
    """One member: its path inside the archive (as in doc_id), size, and why it is refused ("" if not)."""

    key: str
    name: str
    size: int
    problem: str = ""
    handle: object = None
    status: str = "skipped"  # refused on purpose; "failed" when it cannot be read (encrypted)


def is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVES)


def check_name(name: str) -> tuple[str, str]:
    """(key, problem) for a member name: the key drops empty and «.» parts; «..» or a root is a problem."""
    clean = name.replace("\\", "/")
    parts = clean.split("/")
    key = "/".join(p for p in parts if p not in ("", "."))
    if clean.startswith("/") or DRIVE.match(clean):
        return key, f"absolute path in the archive ({name!r}), not read"
    if ".." in parts:
        return key, f"path leads out of the archive ({name!r}), not read"
    return key, ""


class Archive:
    """The members of one archive and a way to read them; subclasses know the format."""

    kind = ""

    def __init__(self, entries: list[Entry]):
        self.entries: dict[str, Entry] = {}
        for entry in entries:
            if entry.key in self.entries:  # two members, one name: which one is meant is unknowable
                clash = f"several members share the name {entry.key!r} in the archive, not read"
                entry = Entry(entry.key, entry.name, entry.size, clash)
            self.entries[entry.key] = entry
        self.total = sum(e.size for e in entries)

    def read(self, entry: Entry, limit: int) -> bytes:
        raise NotImplementedError

    def close(self) -> None:
        pass


class ZipArchive(Archive):
    kind = ".zip"

    def __init__(self, handle):
        try:
            self.zip = zipfile.ZipFile(handle)
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise ValueError(f"corrupt .zip ({type(exc).__name__}: {exc})") from None
        entries = []
        for info in infos:
            if info.is_dir():
                continue
            name = info.filename
            if not info.flag_bits & 0x800:  # the zip says: not UTF-8; zipfile read it as cp437
                name = name.encode("cp437", "replace").decode(ZIP_NAME_ENCODING, "replace")
            key, problem = check_name(name)
            if not problem and stat.S_ISLNK(info.external_attr >> 16):
                problem = f"symbolic link in the archive ({name!r}), not followed"
            elif not problem and info.flag_bits & 0x1:
                problem = "encrypted member (password required)"
            entries.append(Entry(key, name, info.file_size, problem, info,
                                 "failed" if info.flag_bits & 0x1 and "encrypted" in problem else "skipped"))
        super().__init__(entries)

    def read(self, entry: Entry, limit: int) -> bytes:
        try:
            with self.zip.open(entry.handle) as member:
                data = member.read(limit + 1)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
            raise ValueError(f"corrupt member of the .zip ({type(exc).__name__}: {exc})") from None
        except Exception as exc:  # zlib.error, lzma.LZMAError, ...: a damaged member
            raise ValueError(f"corrupt member of the .zip ({type(exc).__name__}: {exc})") from None
        if len(data) > limit:
            raise ValueError(f"member unpacks to more than {limit} bytes (--max-bytes)")
        return data

    def close(self) -> None:
        self.zip.close()


class SevenZipArchive(Archive):
    kind = ".7z"

    def __init__(self, handle):
        import py7zr

        try:
            self.archive = py7zr.SevenZipFile(handle)
            infos = self.archive.list()
            locked = self.archive.needs_password()
        except py7zr.PasswordRequired:
            raise ValueError("encrypted .7z (password required)") from None
        except Exception as exc:  # py7zr raises Bad7zFile and others of its own on damaged archives
            raise ValueError(f"corrupt .7z ({type(exc).__name__}: {exc})") from None
        entries = []
        for info in infos:
            if info.is_directory:
                continue
            key, problem = check_name(info.filename)
            if not problem and info.is_symlink:
                problem = f"symbolic link in the archive ({info.filename!r}), not followed"
            elif not problem and locked:
                problem = "encrypted member (password required)"
            entries.append(Entry(key, info.filename, info.uncompressed or 0, problem, info.filename,
                                 "failed" if locked and "encrypted" in problem else "skipped"))
        super().__init__(entries)
        self.data: dict[str, bytes] | None = None

    def read(self, entry: Entry, limit: int) -> bytes:
        if self.data is None:  # a solid archive is decompressed from its start: do it once for all members
            factory = _budget_factory(limit)
            names = [e.handle for e in self.entries.values() if not e.problem]
            try:
                self.archive.reset()
                self.archive.extract(targets=names, factory=factory)
            except OverLimit:
                raise ValueError(f"archive unpacks to more than {limit} bytes (--max-bytes)") from None
            except Exception as exc:
                raise ValueError(f"corrupt .7z ({type(exc).__name__}: {exc})") from None
            self.data = {}
            for name in names:
                try:
                    product = factory.get(name)
                except KeyError:
                    continue
                product.seek(0)
                self.data[name] = product.read()
        data = self.data.get(entry.handle)
        if data is None:
            raise ValueError("member missing from the .7z data")
        if len(data) > limit:
            raise ValueError(f"member unpacks to more than {limit} bytes (--max-bytes)")
        return data

    def close(self) -> None:
        self.archive.close()


class OverLimit(Exception):
    """More bytes came out of an archive than its headers declared and the limit allows."""


def _budget_factory(limit: int):
    """py7zr's in-memory writer with one budget for all members: sizes in the headers may lie."""
    from py7zr.io import BytesIOFactory

    class Budget(BytesIOFactory):
        def create(self, filename):
            product = super().create(filename)
            write = product.write

            def counted(data):
                self.left -= len(data)
                if self.left < 0:
                    raise OverLimit(filename)
                return write(data)

            product.write = counted
            return product

    factory = Budget(limit + 1)
    factory.left = limit
    return factory


def open_archive(handle, name: str) -> Archive:
    """Open an archive from a binary file object; the format comes from its first bytes, else its name."""
    head = handle.read(6)
    handle.seek(0)
    if head == SEVEN_ZIP_MAGIC:
        return SevenZipArchive(handle)
    if head[:2] == b"PK" or not name.lower().endswith(".7z"):
        return ZipArchive(handle)
    raise ValueError("corrupt .7z (no 7z signature)")


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
            if inner is not None and inner.entries:
                yield from _members(inner, member_path, member_id, depth + 1, max_bytes)
                inner.close()
                continue
        yield Path(member_path), member_id


def expand_archives(items, max_bytes: int):
    """(path, doc_id) items with each archive replaced by its members (the archive itself if unreadable or empty)."""
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
    count = len(archive.entries)
    archive.close()
    if not count:
        raise ValueError("archive holds no documents")
    raise ValueError(f"an archive of {count} members: each is read as a document of its own")


ARCHIVE_READERS = {kind: functools.partial(read_archive, kind=kind) for kind in ARCHIVES}
