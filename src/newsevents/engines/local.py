"""Coding into the store on this machine: one process, or a pool (`engines.pool`), committing
documents in batches so that an interrupted run loses little and a re-run skips what is stored."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from ..interrupts import is_interrupt
from ..reading import Failure
from ..records import Article, Warning
from ..store import Store, content_hash, outlet

# Documents per store transaction: a crash loses at most this many coded documents, which a re-run
# codes again; one transaction per document would make the store, not the coding, the bottleneck.
STORE_BATCH = 32


def ingest(coder, items: Iterable[Article | Failure], store: Store, report: Callable[[Failure | Warning], None],
           on_progress: Callable[[int, int, int], None] | None = None) -> tuple[int, int, int]:
    """Code `items` with `coder` (anything with `pipe(articles)`: a Coder or a ParallelCoder) into
    `store`; returns (stored, skipped as already stored, failures). Failures and warnings go to
    `report`; failures are recorded in the store at once, warnings with their document."""
    stored = skipped = failures = 0
    pending: deque = deque()  # (article, digest) in coding order
    seen: set[str] = set()

    def fail(f: Failure | Warning) -> None:
        nonlocal failures
        if isinstance(f, Failure):  # a warning is stored with its document, in the same transaction
            failures += 1
            store.add_failure(f)
        report(f)

    def fresh():
        nonlocal skipped
        for a in items:
            if isinstance(a, Failure):
                fail(a)
                continue
            digest = content_hash(a)
            if digest in seen or store.has(digest):
                skipped += 1  # the same text again (a re-run, or a duplicate in this batch)
                continue
            seen.add(digest)
            pending.append((a, digest))
            yield a

    buffer: list = []  # coded documents waiting for the next transaction

    def flush() -> None:
        nonlocal stored
        if not buffer:
            return
        try:
            store.add_records([item for item, _ in buffer])
            stored += len(buffer)
        except Exception as err:  # one record that cannot be stored must not lose the others: store them one by one
            if is_interrupt(err):
                raise
            for item, origin in buffer:
                try:
                    store.add_records([item])
                    stored += 1
                except Exception as err:
                    if is_interrupt(err):
                        raise
                    fail(Failure(origin, None, f"could not store: {err}"))
        buffer.clear()

    for doc in coder.pipe(fresh()):
        a, digest = pending.popleft()
        for w in doc.warnings:
            report(w)
        buffer.append(((doc.to_dict(), digest, a.origin, a.url, outlet(a, doc)), a.origin))
        if len(buffer) >= STORE_BATCH:
            flush()
        if on_progress:
            on_progress(stored + len(buffer), skipped, failures)
    flush()
    if on_progress:
        on_progress(stored, skipped, failures)
    return stored, skipped, failures
