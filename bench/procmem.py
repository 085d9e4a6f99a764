"""Watch a process tree's memory from outside: RSS over time and each process's peak (Linux /proc).

Reading /proc needs no dependency; on other systems the watcher records nothing
and the benchmark says so.
"""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

PROC = Path("/proc")


def _status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (peak RSS) of a process, in kB."""
    found = {}
    try:
        for line in (PROC / str(pid) / "status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0])
    except (OSError, ValueError, IndexError):
        pass
    return found


def _cmdline(pid: int) -> str:
    try:
        return (PROC / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in (PROC / str(pid) / "task").iterdir():
            text = (task / "children").read_text()
            found += [int(c) for c in text.split()]
    except OSError:
        pass
    return found


def tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo += _children(current)
    return out


TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _stat(pid: int) -> list[str]:
    """Fields of /proc/<pid>/stat after the command name (field 3 onwards)."""
    try:
        return (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return []


def _parent(pid: int) -> int:
    fields = _stat(pid)
    return int(fields[1]) if fields else 0


def _cpu(pid: int) -> float:
    """User + system CPU seconds the process has used so far."""
    fields = _stat(pid)
    return (int(fields[11]) + int(fields[12])) / TICKS if len(fields) > 12 else 0.0


def role(pid: int, root: int) -> str:
    """main / helper (the forkserver itself, the resource tracker) / worker.

    Workers forked by a forkserver share its command line, so the forkserver is
    told apart by being the main process's own child.
    """
    if pid == root:
        return "main"
    command = _cmdline(pid)
    if "resource_tracker" in command or ("forkserver import main" in command and _parent(pid) == root):
        return "helper"
    return "worker"


class Watcher:
    """Sample a process tree every `interval` seconds in a thread, until `stop()`."""

    def __init__(self, pid: int, interval: float = 0.25, trace=None, progress=None, every: float = 10.0):
        self.pid = pid
        self.interval = interval
        self.trace, self.progress, self.every = trace, progress, every  # a line to `trace` every `every` s
        self.samples: list[tuple[float, dict[int, int]]] = []  # (seconds since start, pid -> RSS kB)
        self.peak: dict[int, int] = {}                          # pid -> VmHWM kB
        self.cpu: dict[int, float] = {}                         # pid -> CPU seconds, last seen
        self.roles: dict[int, str] = {}
        self.available = PROC.is_dir()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.started = time.monotonic()

    def start(self) -> "Watcher":
        self._thread.start()
        return self

    def _run(self) -> None:
        last_trace = 0.0
        while self.available and not self._stop.is_set():
            now = time.monotonic() - self.started
            rss = {}
            for pid in tree(self.pid):
                status = _status(pid)
                if not status:
                    continue
                if pid not in self.roles:
                    self.roles[pid] = role(pid, self.pid)
                rss[pid] = status.get("VmRSS", 0)
                self.peak[pid] = max(self.peak.get(pid, 0), status.get("VmHWM", 0))
                self.cpu[pid] = max(self.cpu.get(pid, 0.0), _cpu(pid))
            self.samples.append((now, rss))
            if self.trace and now - last_trace >= self.every:
                last_trace = now
                self._write_trace(now, rss)
            self._stop.wait(self.interval)

    def _write_trace(self, now: float, rss: dict[int, int]) -> None:
        """Seconds, documents done, main RSS MB, largest worker RSS MB: memory against progress, while it runs."""
        main = rss.get(self.pid, 0) / 1024
        workers = max((kb for pid, kb in rss.items() if self.roles.get(pid) == "worker"), default=0) / 1024
        done = self.progress() if self.progress else ""
        with open(self.trace, "a", encoding="utf-8") as handle:
            handle.write(f"{now:.0f}\t{done}\t{main:.0f}\t{workers:.0f}\n")

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def pids(self, kind: str) -> list[int]:
        return [pid for pid, r in self.roles.items() if r == kind]

    def cpu_seconds(self) -> float:
        """CPU time of the whole tree (as last sampled: the last interval of each process is missed)."""
        return sum(self.cpu.values())

    def peak_mb(self, kind: str) -> float:
        """The largest peak RSS of any process of this kind, in MB."""
        return max((self.peak.get(pid, 0) for pid in self.pids(kind)), default=0) / 1024

    def series(self, kind: str) -> list[tuple[float, float]]:
        """(time, MB): the largest RSS among processes of this kind at each sample."""
        wanted = set(self.pids(kind))
        out = []
        for when, rss in self.samples:
            values = [kb for pid, kb in rss.items() if pid in wanted]
            if values:
                out.append((when, max(values) / 1024))
        return out


def flatness(series: list[tuple[float, float]]) -> tuple[float, float] | None:
    """(MB early, MB late): the median RSS over 20-30 % of the run and over its last 10 %."""
    if len(series) < 10 or series[-1][0] < 120:
        return None  # too short: model loading would dominate
    end = series[-1][0]

    def median(lo: float, hi: float) -> float:
        values = sorted(mb for when, mb in series if lo * end <= when <= hi * end)
        return values[len(values) // 2] if values else 0.0

    return median(0.2, 0.3), median(0.9, 1.0)


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"
