"""Open a .zip or .7z in memory: its members, why one is refused, and their bytes within a limit.

What a member is as a document (its path and doc_id, the refusals by depth
and size) is corpus/members.py's job. Refused here, by its entry: names that
leave the archive (`..`, absolute paths), symbolic links, encrypted members,
names two members share. Zip member names without the UTF-8 flag are cp866,
as Windows archivers write them, unless their bytes are UTF-8 (Info-ZIP). `.rar` is left out: its Python readers need
an external unrar/unar program.
"""
from __future__ import annotations

import re
import stat
import zipfile
from dataclasses import dataclass

ARCHIVES = (".zip", ".7z")
ZIP_NAME_ENCODING = "cp866"
SEVEN_ZIP_MAGIC = b"7z\xbc\xaf\x27\x1c"
DRIVE = re.compile(r"^[A-Za-z]:")


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


def unflagged_name(name: str) -> str:
    """A zip name without the UTF-8 flag (zipfile read it as cp437): UTF-8 if its bytes are that, else cp866.

    Windows archivers write cp866; Info-ZIP on Linux and macOS write UTF-8 without the flag. Russian words
    in cp866 are practically never valid UTF-8 (а-п are lone continuation bytes there).

    >>> unflagged_name("Отчёт.txt".encode("cp866").decode("cp437"))
    'Отчёт.txt'
    >>> unflagged_name("Отчёт.txt".encode("utf-8").decode("cp437"))
    'Отчёт.txt'
    """
    raw = name.encode("cp437", "replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode(ZIP_NAME_ENCODING, "replace")


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
            if not entry.key:  # a name that is only slashes and dots: nothing to read
                continue
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
            name = info.filename if info.flag_bits & 0x800 else unflagged_name(info.filename)
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
            self.close()  # the members are in memory: py7zr's decompressor (megabytes) goes now, not when the
            # archive leaves the cache, which left holes in the heap that a worker's RSS never gave back
        data = self.data.get(entry.handle)
        if data is None:
            raise ValueError("member missing from the .7z data")
        if len(data) > limit:
            raise ValueError(f"member unpacks to more than {limit} bytes (--max-bytes)")
        return data

    def close(self) -> None:
        if self.archive is not None:
            self.archive.close()
            self.archive = None


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
