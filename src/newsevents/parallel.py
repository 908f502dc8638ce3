"""Coding on several processes: each worker loads the model and knowledge base once, and the
documents stream through in chunks with a bounded number in flight, so memory stays flat whatever
the corpus size. Results come back in input order, so the caller can pair them with its inputs."""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator

from .schema import Article, CodedDocument

_worker_coder = None


def _init(model: str | None, verbs: list[str] | None, actors: list[str] | None) -> None:
    global _worker_coder
    from .pipeline import Coder

    _worker_coder = Coder(model=model, verbs=verbs, actors=actors)


def _code_chunk(articles: list[Article]) -> list[CodedDocument]:
    return list(_worker_coder.code(articles))


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


class ParallelCoder:
    """A `Coder.code`-like iterator over a pool of worker processes."""

    def __init__(self, workers: int, model: str | None = None, verbs: list[str] | None = None,
                 actors: list[str] | None = None, chunk: int = 8, in_flight: int = 3):
        self.workers = workers
        self.chunk = chunk
        self.in_flight = in_flight * workers  # chunks queued at once: enough to keep every worker busy
        # spawn, not fork: the parent may hold an open DuckDB file, which a forked child must not share
        self.pool = mp.get_context("spawn").Pool(workers, initializer=_init, initargs=(model, verbs, actors))

    def code(self, articles: Iterable[Article]) -> Iterator[CodedDocument]:
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
