import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from conftest import run_cli
from newsevents.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "src" / "newsevents" / "examples"
CLI = [sys.executable, "-m", "newsevents.cli"]

STORY = (
    "Police arrest protesters in {city}\n\n"
    "{city_upper} (AFP) - Kenyan police arrested {n} protesters in {city} on Tuesday, officials said.\n\n"
    "The opposition said the arrests were illegal.\n"
)


def run_process(*args, **kw):
    """`newsevents ARGS` in a process of its own, for the tests whose point is a real process."""
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=ROOT, **kw)


def corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        city = ["Nairobi", "Mombasa", "Kisumu"][i % 3]
        (folder / f"story{i:03d}.txt").write_text(
            "Published 2026-11-18\n\n" + STORY.format(city=city, city_upper=city.upper(), n=10 + i), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, coder):
    db = tmp_path_factory.mktemp("store") / "events.duckdb"
    res = run_cli("ingest", str(EXAMPLES), "--db", str(db), coder=coder)
    assert res.returncode == 0, res.stderr
    return db


def test_ingest_twice_stores_each_document_once(cli, store_path):
    res = cli("ingest", str(EXAMPLES), "--db", str(store_path))
    assert "stored 0 documents, 4 already stored" in res.stderr
    con = duckdb.connect(str(store_path), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT content_hash) FROM documents").fetchone() == (4, 4)
    con.close()


def test_query_filters_and_formats(cli, store_path):
    res = cli("query", "--db", str(store_path), "--type", "ASSAULT", "--source", "RUS", "--format", "json")
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows and all(r["plover_type"] == "ASSAULT" and r["source_code"].startswith("RUS") for r in rows)
    res = cli("query", "--db", str(store_path), "--type", "04", "--since", "2026-11-17", "--until", "2026-11-17", "--format", "csv")
    lines = res.stdout.splitlines()
    assert lines[0].startswith("event_date,source_code") and all(",04" in l for l in lines[1:])
    # a filter value is a parameter, never SQL
    res = cli("query", "--db", str(store_path), "--source", "X' OR 1=1 --")
    assert res.returncode == 0 and len(res.stdout.splitlines()) == 1  # header only


def test_stats(cli, store_path):
    res = cli("stats", "--db", str(store_path), "--format", "json")
    stats = json.loads(res.stdout)
    assert dict(stats["by type"])["ASSAULT"] >= 3 and stats["by day"]


def test_gdelt_export_round_trips_through_a_gdelt_reader(cli, store_path, tmp_path):
    from py_gdelt.parsers.events import EventsParser

    out = tmp_path / "events.tsv"
    res = cli("export", "--db", str(store_path), "--format", "gdelt", "--out", str(out))
    assert res.returncode == 0, res.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(len(line.split("\t")) == 61 for line in lines)
    parsed = list(EventsParser().parse(out.read_bytes()))
    assert len(parsed) == len(lines)
    con = duckdb.connect(str(store_path), read_only=True)
    groups = con.execute("SELECT cameo, num_mentions FROM event_groups ORDER BY event_date, first_mention").fetchall()
    con.close()
    assert [(p.event_code, int(p.num_mentions)) for p in parsed] == groups
    consult = next(p for p in parsed if p.actor1_code == "EGYGOV" and p.event_root_code == "04")
    assert consult.sql_date == "20261117" and consult.actor2_code == "JORGOV" and consult.action_geo_feature_id == "360630"


def test_parquet_csv_and_plover_exports(cli, store_path, tmp_path):
    cli("export", "--db", str(store_path), "--format", "parquet", "--out", str(tmp_path / "pq"))
    parts = sorted(p.name for p in (tmp_path / "pq").iterdir())
    assert parts and all(p.startswith("event_date=") for p in parts)
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path}/pq/*/*.parquet', hive_partitioning=true)").fetchone()[0]
    con.close()
    res = cli("export", "--db", str(store_path), "--format", "plover")
    records = [json.loads(line) for line in res.stdout.splitlines()]
    assert n == len(records) and {"event_type", "source_country", "target_country", "event_date"} <= set(records[0])
    res = cli("export", "--db", str(store_path), "--format", "csv")
    assert len(res.stdout.splitlines()) >= len(records) + 1


def test_same_event_in_two_articles_is_one_grouped_event(cli, tmp_path):
    folder = tmp_path / "two"
    folder.mkdir()
    body = "Kenyan police arrested 40 protesters in Nairobi on Tuesday."
    (folder / "a.txt").write_text(f"Arrests\n\nNAIROBI (AFP) - {body}\n", encoding="utf-8")
    (folder / "b.txt").write_text(f"Crackdown\n\nNAIROBI (Reuters) - {body} The opposition condemned them.\n", encoding="utf-8")
    db = tmp_path / "two.duckdb"
    cli("ingest", str(folder), "--db", str(db), "--published", "2026-11-18")
    con = duckdb.connect(str(db), read_only=True)
    row = con.execute("SELECT num_mentions, num_articles, num_sources FROM event_groups WHERE cameo = '173'").fetchone()
    con.close()
    assert row == (2, 2, 2)


def _stored(db: Path) -> tuple[int, int]:
    """(documents, distinct texts) in a store that may have just been killed: it must open."""
    if not db.exists():
        return 0, 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*), count(DISTINCT content_hash) FROM documents").fetchone()
    finally:
        con.close()


@pytest.mark.slow
def test_ingest_killed_at_random_points_resumes_with_nothing_lost_or_duplicated(tmp_path):
    import random

    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    folder = corpus(tmp_path / "corpus", 120)
    db = tmp_path / "killed.duckdb"
    progress = []
    # Round 0 waits for the progress line so one kill surely lands mid-run; the others land at a
    # random moment: while the model loads, between commits, or inside one.
    for round_no in range(4):
        proc = subprocess.Popen([*CLI, "ingest", str(folder), "--db", str(db), "--progress", "--workers", "1"], cwd=ROOT,
                                stderr=subprocess.PIPE, text=True, start_new_session=True)
        if round_no == 0:
            buf = ""
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                ch = proc.stderr.read(1)
                if not ch:
                    break
                buf += ch
                if any(2 <= int(k) < 120 for k in re.findall(r"coded (\d+)/", buf)):
                    break
        else:
            time.sleep(rng.uniform(0.2, 9.0))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        docs, distinct = _stored(db)
        assert docs == distinct, f"duplicates after kill {round_no} (seed {seed})"
        assert not progress or docs >= progress[-1], f"documents lost after kill {round_no} (seed {seed})"
        progress.append(docs)
    assert progress[0] < 120, "ingest finished before it could be killed"
    res = run_process("ingest", str(folder), "--db", str(db))
    assert res.returncode == 0, res.stderr
    con = duckdb.connect(str(db), read_only=True)
    docs, distinct = con.execute("SELECT count(*), count(DISTINCT content_hash) FROM documents").fetchone()
    events_per_doc = con.execute("SELECT max(c) FROM (SELECT count(*) c FROM events GROUP BY content_hash, idx)").fetchone()[0]
    orphans = con.execute("SELECT count(*) FROM events WHERE content_hash NOT IN (SELECT content_hash FROM documents)").fetchone()[0]
    con.close()
    assert docs == distinct == 120 and events_per_doc == 1 and orphans == 0, f"seed {seed}, progress {progress}"


def test_a_format_2_store_is_upgraded_in_place_by_the_next_ingest(tmp_path):
    from newsevents.reading import Failure
    from newsevents.store import StoreError

    db = tmp_path / "old.duckdb"
    store = Store(db)
    store.add_failure(Failure("a.txt", 3, "not a JSON object"))
    store.con.execute("ALTER TABLE failures DROP COLUMN kind")
    store.con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    store.close()
    with pytest.raises(StoreError, match="upgrades it to format 3"):
        Store(db, read_only=True)
    Store(db).close()
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT path, line, kind FROM failures").fetchall() == [("a.txt", 3, "skipped")]
    con.close()


@pytest.mark.slow
def test_two_workers_code_exactly_what_one_process_codes(coder):
    from newsevents.engines.pool import ParallelCoder
    from newsevents.records import Article

    texts = [STORY.format(city=c, city_upper=c.upper(), n=n) for n, c in enumerate(["Nairobi", "Mombasa", "Kisumu"] * 4)]
    articles = [Article(f"s{i}.txt", t, "2026-11-18") for i, t in enumerate(texts)]
    local = [d.to_dict() for d in coder.pipe(articles)]
    with ParallelCoder(2, coder.settings, chunk=3) as pool:
        parallel = [d.to_dict() for d in pool.pipe(articles)]
    assert parallel == local and sum(len(d["events"]) for d in local) > 0


@pytest.mark.slow
def test_dask_and_local_runs_store_the_same_events(cli, tmp_path):
    from distributed import Client, LocalCluster

    from newsevents.engines.dask import ingest_dask
    from newsevents.reading import read

    folder = corpus(tmp_path / "corpus", 12)
    for f in EXAMPLES.iterdir():
        (folder / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    res = cli("ingest", str(folder), "--db", str(local_db), "--workers", "1")
    assert res.returncode == 0, res.stderr
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as client:
        stored, skipped = ingest_dask(read([str(folder)]), str(dask_db), client, chunk=4)
    assert (stored, skipped) == (16, 0)

    def events(path):
        con = duckdb.connect(str(path), read_only=True)
        rows = con.execute("SELECT content_hash, idx, record FROM events ORDER BY 1, 2").fetchall()
        docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        con.close()
        return docs, rows

    assert events(local_db) == events(dask_db)
