"""The output folder of a run: writable, taken by one run at a time, no leftovers of killed runs.

Two runs writing into one folder would mix their tables and remove each
other's cache entries, so a run holds an exclusive lock (`flock` on
`OUT/.svodka.lock`, released by the kernel when the process dies, so a
killed run never leaves the folder locked) and a second run stops at once,
naming the first one's pid. Temporary files of a run that was killed
(`.people.csv.x1y2.tmp`) are removed by the next run, once it holds the lock.
"""
from __future__ import annotations

import errno
import os
from contextlib import contextmanager
from pathlib import Path

from svodka.pipeline.cache import CACHE_DIR

LOCK_FILE = ".svodka.lock"
# Where the writers put their temporary files (outputs.sink, outputs.writer, outputs.xlsx, pipeline.cache).
TEMP_FOLDERS = (".", "excel", CACHE_DIR)
NO_SPACE = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


class OutputError(Exception):
    """A run that cannot use its output folder; carries the exit code the command ends with."""

    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code


def prepare(out_dir: Path, usage_code: int) -> None:
    """Create the folder and make sure this user can write in it (else OutputError with `usage_code`)."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if is_no_space(exc):
            raise
        raise OutputError(f"cannot create the output folder {out_dir}: {exc.strerror}", usage_code) from None
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise OutputError(f"the output folder {out_dir} is not writable (permission denied)", usage_code)


@contextmanager
def locked(out_dir: Path, busy_code: int):
    """Hold the folder's lock for the block; OutputError with `busy_code` when another run holds it.

    Where the file system has no locks (some network mounts) the run goes on unlocked.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not a POSIX system
        yield
        return
    path = out_dir / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise OutputError(f"the output folder {out_dir} is in use by another svodka run (pid {holder})",
                              busy_code) from None
        except OSError as exc:
            if exc.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL):
                raise
        else:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock; the file stays (removing it would race with a new run)


def remove_stale_temp(out_dir: Path) -> int:
    """Remove the temporary files killed runs left (`.<name>.<random>.tmp`); returns how many."""
    removed = 0
    for folder in TEMP_FOLDERS:
        try:
            entries = list(os.scandir(out_dir / folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(".") and entry.name.endswith(".tmp") and entry.is_file(follow_symlinks=False):
                try:
                    os.unlink(entry.path)
                    removed += 1
                except OSError:
                    pass
    return removed


def is_no_space(exc: BaseException) -> bool:
    """Whether an error means the disk (or the user's quota) is full."""
    return isinstance(exc, OSError) and exc.errno in NO_SPACE
