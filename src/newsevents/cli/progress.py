"""A one-line progress report on stderr for long ingests: done, rate and time left."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    # Whether a progress line is on stderr without its end of line yet: a message printed then (a
    # Ctrl-C's) must begin on a line of its own.
    line_open = False

    def __init__(self, total: int | None, stream: TextIO | None = None, enabled: bool | None = None, every: float = 0.5):
        self.total = total
        self.stream = stream or sys.stderr  # the stderr of now, not of import time (tests capture it)
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.every = every
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False

    def update(self, done: int, skipped: int = 0, failures: int = 0, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < self.every:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = done / elapsed
        line = f"coded {done}"
        if self.total:
            line += f"/{max(self.total - skipped, done)}"
        line += f"  {rate:.1f} docs/s"
        left = (self.total - skipped - done) if self.total else None
        if left and rate > 0:
            line += f"  ETA {_clock(left / rate)}"
        if skipped or failures:
            line += f"  ({skipped} already stored, {failures} failures)"
        Progress.line_open = True
        self.stream.write("\r" + line.ljust(78))
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
            Progress.line_open = False


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
