"""Ctrl-C and SIGTERM during a run: stop between documents, never in the middle of writing one.

While the runner waits for the next result, a signal raises `Interrupted`
at once (the engine's workers are stopped as it unwinds); while a result is
being written to the tables, it is held and raised right after, so every
document is in the tables whole or not at all.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(Exception):
    """The run was asked to stop (Ctrl-C or SIGTERM)."""


class StopSignals:
    """Install the handlers for a block (main thread only; elsewhere signals stay as they were)."""

    def __init__(self):
        self.holding = False
        self.pending = False
        self.previous = {}

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            for sig in SIGNALS:
                self.previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc):
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)
        return False

    def _handle(self, signum, frame):
        if self.holding:
            self.pending = True
            return
        raise Interrupted(signal.Signals(signum).name)

    @contextmanager
    def held(self):
        """Signals arriving inside the block are noted in `pending`, not raised."""
        self.holding = True
        try:
            yield
        finally:
            self.holding = False

    def check(self) -> None:
        """Raise Interrupted when a signal came while held."""
        if self.pending:
            raise Interrupted("held signal")
