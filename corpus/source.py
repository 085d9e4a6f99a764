"""What a reader hands to the pipeline: text, real table cells, and who it came from."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def display_name(name) -> str:
    """A path or name as text that always encodes: undecodable bytes become U+FFFD.

    >>> display_name(os.fsdecode(b"\\xce\\xf2\\xf7\\xb8\\xf2.txt"))
    '�����.txt'
    """
    return os.fsencode(str(name)).decode("utf-8", "replace")


class ReadError(Exception):
    """A document that cannot be read; carries the path and a one-line reason."""

    def __init__(self, path, reason: str, status: str = "failed"):
        path = display_name(path)
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.status = status


@dataclass(frozen=True)
class Cell:
    """One table cell; `start`/`end` are offsets of its text in `Source.text`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Table:
    """A table with real cells (docx/html/pdf). Rows may have different lengths."""

    rows: tuple[tuple[Cell, ...], ...]
    caption: str = ""
    origin: str = ""

    @property
    def start(self) -> int:
        return min((c.start for r in self.rows for c in r), default=0)

    @property
    def end(self) -> int:
        return max((c.end for r in self.rows for c in r), default=0)

    def to_dict(self) -> dict:
        return {
            "caption": self.caption,
            "origin": self.origin,
            "rows": [[{"text": c.text, "start": c.start, "end": c.end} for c in r] for r in self.rows],
        }


@dataclass(frozen=True)
class Source:
    """A read document: its id, where it lives, its hash, its text and tables."""

    doc_id: str
    path: str
    sha256: str
    text: str
    tables: tuple[Table, ...] = field(default_factory=tuple)
    format: str = ""
    encoding: str = ""
