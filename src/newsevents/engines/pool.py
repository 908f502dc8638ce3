"""Coding on several processes: each worker loads a Coder once (`newsevents.load` with the parent's
settings), and the documents stream through in chunks with a bounded number in flight, so memory
stays flat whatever the corpus size. Results come back in input order, so the caller can pair them
with its inputs."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator

from ..records import Article, Document

_worker_coder = None


def _init(settings: dict) -> None:
    global _worker_coder
    # Ctrl-C reaches every process of the terminal's group: the parent stops the pool, so a worker
    # ignores it rather than printing a traceback of its own. (Only a process's main thread may set
    # a handler; the tests run workers as threads.)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    import newsevents

    _worker_coder = newsevents.load(**settings)


def _code_chunk(articles: list[Article]) -> list[Document]:
    return list(_worker_coder.pipe(articles))


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


class ParallelCoder:
    """`Coder.pipe` over a pool of worker processes."""

    def __init__(self, workers: int, settings=None, chunk: int = 8, in_flight: int = 3):
        from ..coder import Settings

        settings = settings or Settings()
        self.workers = workers
        self.chunk = chunk
        self.in_flight = in_flight * workers  # chunks queued at once: enough to keep every worker busy
        # spawn, not fork: the parent may hold an open DuckDB file, which a forked child must not share
        self.pool = mp.get_context("spawn").Pool(workers, initializer=_init, initargs=(settings.args(),))

    def pipe(self, articles: Iterable[Article]) -> Iterator[Document]:
        pending: deque = deque()
        batch: list[Article] = []
        for a in articles:
            batch.append(a)
            if len(batch) >= self.chunk:
                pending.append(self.pool.apply_async(_code_chunk, (batch,)))
                batch = []
                while len(pending) >= self.in_flight:
                    yield from pending.popleft().get()
        if batch:
            pending.append(self.pool.apply_async(_code_chunk, (batch,)))
        while pending:
            yield from pending.popleft().get()

    def close(self) -> None:
        self.pool.close()
        self.pool.join()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if exc[0] is not None:
            self.pool.terminate()
        self.close()
