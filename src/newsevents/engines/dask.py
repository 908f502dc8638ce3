"""Coding on a Dask cluster: `newsevents ingest --engine dask --scheduler tcp://HOST:8786`.

Each Dask worker loads the model and knowledge base once, through a worker plugin. The client reads
the inputs, skips documents already stored (by content hash), sends chunks to the cluster with a
bounded number in flight, and writes every coded chunk as a Parquet part (one row per document:
content hash, origin, URL, outlet, the document JSON). The parts are then merged into the DuckDB
store, or left in `--parquet DIR` for another engine to read.
"""

from __future__ import annotations

import json
import tempfile
from collections import deque
from pathlib import Path

import duckdb

from ..reading import Failure
from ..records import Article
from ..store import Store, content_hash, outlet

try:
    from distributed import WorkerPlugin
except ImportError:  # the engine is optional; the error is raised when it is asked for
    WorkerPlugin = object


class CoderPlugin(WorkerPlugin):
    name = "newsevents-coder"

    def __init__(self, settings: dict):
        self.settings = settings

    def setup(self, worker):
        import newsevents

        worker.newsevents_coder = newsevents.load(**self.settings)


def _code_chunk(articles: list[Article]) -> list[tuple[str, str, str | None, str | None, str]]:
    from distributed import get_worker

    coder = get_worker().newsevents_coder
    rows = []
    for a, doc in zip(articles, coder.pipe(articles)):
        rows.append((content_hash(a), a.origin, a.url, outlet(a, doc), json.dumps(doc.to_dict(), ensure_ascii=False)))
    return rows


def _write_part(rows, path: Path) -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE part (content_hash VARCHAR, origin VARCHAR, url VARCHAR, outlet VARCHAR, record VARCHAR)")
    con.executemany("INSERT INTO part VALUES (?, ?, ?, ?, ?)", rows)
    con.execute(f"COPY part TO '{str(path).replace(chr(39), chr(39) * 2)}' (FORMAT PARQUET)")
    con.close()


def ingest_dask(articles, db: str | None, scheduler, settings=None, chunk: int = 16,
                parquet: str | None = None, on_failure=None) -> tuple[int, int]:
    """Code `articles` (an iterable of Article or Failure) on the cluster at `scheduler` (an address or
    a Client) with Coders made from `settings` (a `newsevents.Settings`); returns (stored or
    written, skipped). With `parquet`, parts stay in that folder."""
    from distributed import Client

    from ..coder import Settings

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    client.register_plugin(CoderPlugin((settings or Settings()).args()))
    store = Store(db) if db else None
    folder = Path(parquet) if parquet else Path(tempfile.mkdtemp(prefix="newsevents-parts-"))
    folder.mkdir(parents=True, exist_ok=True)
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    in_flight: deque = deque()
    seen: set[str] = set()
    skipped = parts = 0
    batch: list[Article] = []

    def drain(limit: int) -> None:
        nonlocal parts
        while len(in_flight) > limit:
            rows = in_flight.popleft().result()
            _write_part(rows, folder / f"part-{parts:06d}.parquet")
            parts += 1

    try:
        for a in articles:
            if isinstance(a, Failure):
                if on_failure:
                    on_failure(a)
                continue
            digest = content_hash(a)
            if digest in seen or (store is not None and store.has(digest)):
                skipped += 1
                continue
            seen.add(digest)
            batch.append(a)
            if len(batch) >= chunk:
                in_flight.append(client.submit(_code_chunk, batch, pure=False))
                batch = []
                drain(2 * workers)
        if batch:
            in_flight.append(client.submit(_code_chunk, batch, pure=False))
        drain(0)
        stored = merge(folder, store) if store is not None else len(seen)
    finally:
        if store is not None:
            store.close()
        if not isinstance(scheduler, Client):
            client.close()
    return stored, skipped


def merge(folder: Path, store: Store) -> int:
    """Add the documents of every Parquet part in `folder` to the store (already stored ones skipped)."""
    con = duckdb.connect()
    pattern = str(folder / "part-*.parquet").replace("'", "''")
    rows = con.execute(f"SELECT content_hash, origin, url, outlet, record FROM read_parquet('{pattern}')").fetchall()
    con.close()
    n = 0
    for digest, origin, url, source, record in rows:
        if store.has(digest):
            continue
        store.add_record(json.loads(record), digest, origin, url, source)
        n += 1
    return n
