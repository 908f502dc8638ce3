"""The engines' own logic, in this process: the local ingest's batching and its fallback when a
record cannot be stored, the pool's chunking and ordering (on a thread standing in for a worker
process), and a Dask worker's chunks merged into a store (on a stand-in worker, no cluster). The real
pool and the real Dask cluster are exercised by the slow tests in test_store.py."""

import multiprocessing.pool
from types import SimpleNamespace

import duckdb
import pytest

import newsevents
from newsevents.engines import local
from newsevents.reading import Failure
from newsevents.records import Article
from newsevents.store import Store

STORIES = [
    ("nairobi.txt", "Kenyan police arrested 30 protesters in Nairobi on Tuesday."),
    ("cairo.txt", "Egypt's foreign minister met his Jordanian counterpart in Cairo on Monday."),
    ("chad.txt", "Chad expelled the French ambassador on Wednesday."),
    ("lagos.txt", "Nigerian soldiers attacked a rebel camp near Lagos, the army said."),
    ("accra.txt", "Ghana criticised Togo over the border closure."),
    ("rain.txt", "Heavy rain flooded the valley and the river burst its banks."),
    ("kisumu.txt", "Police arrested 12 students in Kisumu on Friday after a march."),
]


def articles():
    return [Article(name, text, "2026-11-18", origin=f"/in/{name}") for name, text in STORIES]


def stored_events(db) -> tuple[int, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        return docs, con.execute("SELECT content_hash, idx, record FROM events ORDER BY 1, 2").fetchall()
    finally:
        con.close()


class PickyStore(Store):
    """A store that cannot take one document (as if its record broke a constraint)."""

    def add_records(self, items):
        if any(d["doc_id"] == "chad.txt" for d, *_ in items):
            raise ValueError("no room for this one")
        super().add_records(items)


def test_local_ingest_commits_in_batches_and_stores_the_rest_when_one_record_fails(coder, tmp_path, monkeypatch):
    monkeypatch.setattr(local, "STORE_BATCH", 2)
    items = articles()
    items.insert(3, Failure("/in/broken.jsonl", 4, "not a JSON object"))
    items.append(Article("again.txt", STORIES[0][1], "2026-11-18", origin="/in/again.txt"))  # the same text again
    reported, progress = [], []
    store = PickyStore(tmp_path / "s.duckdb")
    try:
        stored, skipped, failures = local.ingest(coder, items, store, reported.append, lambda *a: progress.append(a))
    finally:
        store.close()
    assert (stored, skipped, failures) == (6, 1, 2)
    assert [str(f) for f in reported if isinstance(f, Failure)] == [
        "/in/broken.jsonl:4: not a JSON object", "/in/chad.txt: could not store: no room for this one"]
    assert progress[-1] == (6, 1, 2)
    con = duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True)
    names = {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}
    failed = con.execute("SELECT path, line, kind FROM failures ORDER BY path").fetchall()
    con.close()
    assert names == {name for name, _ in STORIES} - {"chad.txt"}
    assert failed == [("/in/broken.jsonl", 4, "skipped"), ("/in/chad.txt", None, "skipped")]


class InterruptedStore(Store):
    """A store whose transaction is cut by Ctrl-C the way DuckDB reports it from inside a query."""

    def add_records(self, items):
        raise RuntimeError("Query interrupted")


def test_an_interrupt_inside_the_store_stops_the_ingest_instead_of_becoming_failures(coder, tmp_path):
    store = InterruptedStore(tmp_path / "s.duckdb")
    reported = []
    try:
        with pytest.raises(RuntimeError, match="Query interrupted"):
            local.ingest(coder, articles(), store, reported.append)
        assert store.con.execute("SELECT count(*) FROM failures").fetchone()[0] == 0
    finally:
        store.close()
    assert reported == []


@pytest.fixture
def thread_pool(coder, monkeypatch):
    """ParallelCoder on one thread instead of spawned processes: the worker's `newsevents.load`
    gets the session coder. Yields the methods and settings the pool was started with."""
    from newsevents.engines import pool

    started = SimpleNamespace(methods=[], settings=[], terminated=0)

    class ThreadPool(multiprocessing.pool.ThreadPool):
        def terminate(self):
            started.terminated += 1
            super().terminate()

    def get_context(method):
        started.methods.append(method)
        # one thread whatever the number of workers: the threads share one coder, which is not thread-safe
        return SimpleNamespace(Pool=lambda workers, **kw: ThreadPool(1, **kw))

    def load(**settings):
        started.settings.append(settings)
        return coder

    monkeypatch.setattr(pool, "mp", SimpleNamespace(get_context=get_context))
    monkeypatch.setattr(newsevents, "load", load)
    return started


def test_pool_codes_chunks_in_input_order_with_the_parents_settings(coder, thread_pool):
    from newsevents.engines.pool import ParallelCoder, default_workers

    local_docs = [d.to_dict() for d in coder.pipe(articles())]
    with ParallelCoder(2, coder.settings, chunk=2, in_flight=1) as pool:
        assert pool.in_flight == 2
        pooled = [d.to_dict() for d in pool.pipe(articles())]
    assert pooled == local_docs and sum(len(d["events"]) for d in local_docs) > 0
    assert thread_pool.methods == ["spawn"]  # never fork: the parent may hold an open DuckDB file
    assert thread_pool.settings == [coder.settings.args()]
    assert default_workers() >= 1


def test_coder_pipe_with_n_process_goes_through_the_pool(coder, thread_pool):
    texts = [text for _, text in STORIES]
    assert [d.to_dict() for d in coder.pipe(texts, n_process=2)] == [d.to_dict() for d in coder.pipe(texts)]
    assert thread_pool.methods == ["spawn"]


def test_a_pool_left_by_an_error_is_terminated(coder, thread_pool):
    from newsevents.engines.pool import ParallelCoder

    with ParallelCoder(1, coder.settings) as pool:
        pass
    assert thread_pool.terminated == 0  # a clean exit lets the queued work finish
    with pytest.raises(RuntimeError, match="stop"):
        with ParallelCoder(1, coder.settings) as pool:
            raise RuntimeError("stop")
    assert thread_pool.terminated == 1
    with pytest.raises(ValueError):  # and joined: it takes no more work
        pool.pool.apply_async(len, ([],))


def test_dask_workers_chunks_merge_into_the_store_as_the_local_engine_stores_them(coder, tmp_path, monkeypatch):
    import distributed

    from newsevents.engines import dask as engine

    worker = SimpleNamespace()
    loaded = []
    monkeypatch.setattr(newsevents, "load", lambda **settings: loaded.append(settings) or coder)
    engine.CoderPlugin(coder.settings.args()).setup(worker)
    assert loaded == [coder.settings.args()] and worker.newsevents_coder is coder
    monkeypatch.setattr(distributed, "get_worker", lambda: worker)

    items = articles()
    parts = tmp_path / "parts"
    parts.mkdir()
    for n, chunk in enumerate((items[:3], items[3:])):
        engine._write_part(engine._code_chunk(chunk), parts / f"part-{n:06d}.parquet")
    dask_db, local_db = tmp_path / "dask.duckdb", tmp_path / "local.duckdb"
    store = Store(dask_db)
    try:
        assert engine.merge(parts, store) == len(items)
        assert engine.merge(parts, store) == 0  # a document already stored is not stored again
    finally:
        store.close()
    store = Store(local_db)
    try:
        local.ingest(coder, articles(), store, lambda f: None)
    finally:
        store.close()
    docs, rows = stored_events(dask_db)
    assert docs == len(items) and rows
    assert (docs, rows) == stored_events(local_db)
