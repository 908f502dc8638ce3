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
    # a filter value is checked against the known codes, and bound as a parameter, never SQL
    res = cli("query", "--db", str(store_path), "--source", "X' OR 1=1 --")
    assert res.returncode == 2 and res.stdout == "" and "unknown source \"X' OR 1=1 --\"" in res.stderr


def test_min_confidence_filters_queries_stats_and_exports_and_ingest_keeps_what_it_is_told(cli, store_path, tmp_path):
    from newsevents.records import DEFAULT_MIN_CONFIDENCE

    db = tmp_path / "copy.duckdb"
    db.write_bytes(store_path.read_bytes())
    con = duckdb.connect(str(db))
    # one event made unsure (below the default threshold), one sure
    for idx, value in ((0, 0.05), (1, 0.95)):
        con.execute("UPDATE events SET confidence = ?, record = json_merge_patch(record, json_object('confidence', ?)) "
                    "WHERE idx = ?", [value, value, idx])
    live = "NOT negated AND modality <> 'hypothetical'"
    n, over_default, over_high = con.execute(
        f"SELECT count(*), count(*) FILTER (confidence >= {DEFAULT_MIN_CONFIDENCE}), count(*) FILTER (confidence >= 0.9) "
        f"FROM events WHERE {live}").fetchone()
    con.close()
    assert over_high < over_default < n

    def counted(*extra) -> int:
        return len(cli("query", "--db", str(db), "--format", "json", *extra).stdout.splitlines())

    assert counted() == over_default
    assert counted("--min-confidence", "0") == n
    assert counted("--min-confidence", "0.9") == over_high
    exported = cli("export", "--db", str(db), "--format", "plover", "--min-confidence", "0").stdout.splitlines()
    assert len(exported) == n and any(json.loads(r)["confidence"] == 0.05 for r in exported)
    stats = json.loads(cli("stats", "--db", str(db), "--format", "json").stdout)
    assert sum(k for _, k in stats["by type"]) == over_default
    bad = cli("query", "--db", str(db), "--min-confidence", "2")
    assert bad.returncode == 2 and "between 0 and 1" in bad.stderr
    # ingest's floor leaves the unsure events out of the events table; each document keeps them
    kept = tmp_path / "kept.duckdb"
    assert cli("ingest", str(EXAMPLES), "--db", str(kept), "--min-confidence", "0.6").returncode == 0
    con = duckdb.connect(str(kept), read_only=True)
    stored, records = con.execute("SELECT (SELECT count(*) FROM events), sum(n_events) FROM documents").fetchone()
    below = con.execute("SELECT count(*) FROM events WHERE confidence < 0.6").fetchone()[0]
    con.close()
    assert below == 0 and 0 < stored < records


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
    store = Store(store_path, read_only=True)  # at the default threshold, as the export
    groups = store.con.execute("SELECT cameo, num_mentions FROM event_groups ORDER BY event_date, first_mention").fetchall()
    store.close()
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


def test_summary_stats_and_query_as_text(cli, store_path):
    res = cli("summary", "--db", str(store_path), "--top", "3")
    assert res.returncode == 0, res.stderr
    sections = res.stdout.split("\n\n")
    head = sections[0].split()
    assert head[:2] == ["documents:", "4"] and head[4:] == ["quotes:", head[5], "failures:", "0", "warnings:", "0"]
    types, dyads, speakers = (section.splitlines() for section in sections[1:])
    assert (types[0], dyads[0], speakers[0]) == ("events by PLOVER type:", "top dyads (source -> target):", "quotes by speaker:")
    assert sum(int(line.split()[-1]) for line in types[1:]) == int(head[3]) > 0  # every live event has one type
    counts = [int(line.rsplit(": ", 1)[1]) for line in dyads[1:]]
    assert 0 < len(counts) <= 3 and counts == sorted(counts, reverse=True) and all(" -> " in line for line in dyads[1:])
    assert 0 < len(speakers[1:]) <= 3
    res = cli("stats", "--db", str(store_path))
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert "events by type:" in lines and "events by dyad:" in lines and "events by day:" in lines
    assert any(l.split() == ["ASSAULT", l.split()[-1]] and int(l.split()[-1]) >= 3 for l in lines)
    assert lines[-1].startswith("grouped events (same day, dyad, CAMEO code): ")
    res = cli("query", "--db", str(store_path), "--type", "ASSAULT", "--limit", "2")
    header, *rows = res.stdout.splitlines()
    assert header.split() == ["event_date", "source_code", "target_code", "cameo", "plover_type", "goldstein",
                              "quad_class", "modality", "confidence", "geo_country", "doc_id", "rule", "sentence"]
    assert len(rows) == 2 and all(" ASSAULT " in r for r in rows)
    # --all adds the negated and hypothetical events the default leaves out
    live = cli("query", "--db", str(store_path), "--format", "csv").stdout.splitlines()
    every = cli("query", "--db", str(store_path), "--format", "csv", "--all").stdout.splitlines()
    assert len(every) > len(live) > 1


def test_export_jsonl_and_export_errors(cli, store_path, tmp_path):
    res = cli("export", "--db", str(store_path), "--format", "jsonl")
    assert res.returncode == 0, res.stderr
    records = [json.loads(line) for line in res.stdout.splitlines()]
    assert records and all({"doc_id", "cameo", "plover", "sentence", "start", "end"} <= set(r) for r in records)
    assert res.stderr == f"exported {len(records)} events (jsonl)\n"
    plover = cli("export", "--db", str(store_path), "--format", "plover").stdout.splitlines()
    assert len(plover) == len(records)
    res = cli("export", "--db", str(store_path), "--format", "geojson")
    assert res.returncode == 2 and "unknown export format 'geojson'; formats are csv, gdelt, jsonl, parquet, plover" in res.stderr
    res = cli("export", "--db", str(store_path), "--format", "parquet")
    assert res.returncode == 2 and "--out FOLDER is required for parquet" in res.stderr
    res = cli("export", "--db", str(tmp_path / "none.duckdb"), "--format", "csv")
    assert res.returncode == 2 and "no such store" in res.stderr and not (tmp_path / "none.duckdb").exists()


def test_demo_codes_the_examples_into_a_new_store(cli, tmp_path):
    db = tmp_path / "demo" / "new.duckdb"  # the folder does not exist yet
    res = cli("demo", "--db", str(db))
    assert res.returncode == 0, res.stderr
    assert "stored 4 documents" in res.stderr and res.stdout.startswith("documents: 4   events: ")
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
    con.close()


def test_a_store_from_another_version_is_refused_with_a_message(cli, tmp_path):
    from newsevents.store import SCHEMA_VERSION, StoreError

    future = tmp_path / "future.duckdb"
    Store(future).close()
    con = duckdb.connect(str(future))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match=f"store format 99, this newsevents reads {SCHEMA_VERSION}"):
        Store(future)
    res = cli("summary", "--db", str(future))
    assert res.returncode == 2 and "store format 99" in res.stderr
    # a DuckDB file that is no store at all, and one with documents but no format
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(StoreError, match="store format unknown"):
        Store(other, read_only=True)
    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    con.execute("CREATE TABLE documents (doc_id VARCHAR, content_hash VARCHAR PRIMARY KEY)")
    con.execute("INSERT INTO documents VALUES ('a', 'x')")
    con.close()
    with pytest.raises(StoreError, match="made by an older newsevents"):
        Store(old)
    not_duckdb = tmp_path / "notes.duckdb"
    not_duckdb.write_text("not a database", encoding="utf-8")
    with pytest.raises(StoreError, match="notes.duckdb"):
        Store(not_duckdb, read_only=True)


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
    store.con.execute("ALTER TABLE actors DROP COLUMN agent")
    store.con.execute("ALTER TABLE events DROP COLUMN confidence")
    store.con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    store.close()
    with pytest.raises(StoreError, match="upgrades it to format 5"):
        Store(db, read_only=True)
    Store(db).close()  # format 2 -> 3 -> 4 -> 5
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT path, line, kind FROM failures").fetchall() == [("a.txt", 3, "skipped")]
    assert "agent" in [c[0] for c in con.execute("DESCRIBE actors").fetchall()]
    assert "confidence" in [c[0] for c in con.execute("DESCRIBE events").fetchall()]
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "5"
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


# -- filters name known codes (issue 19) ----------------------------------------------------------------
def test_store_events_refuses_codes_that_cannot_exist(store_path):
    from newsevents.store import FilterError

    store = Store(store_path, read_only=True)
    try:
        for kw, name, listed in (({"type_": "FOO"}, "type", "ASSAULT, COERCE"), ({"type_": "21"}, "type", "19, 20"),
                                 ({"source": "XYZ"}, "source", "GOV, HLH"), ({"target": "ISRXYZ"}, "target", "ISR")):
            with pytest.raises(FilterError) as err:
                store.events(**kw)
            assert err.value.name == name and listed in str(err.value), kw
        # real codes and prefixes pass, in either case: a country, a sector, country+sector, an IGO, CAMEO digits
        for kw in ({"source": "isr"}, {"source": "GOV"}, {"source": "ISRM"}, {"target": "IGOUNO"},
                   {"type_": "assault"}, {"type_": "0841"}, {"type_": "19"}):
            store.events(**kw)
    finally:
        store.close()


def test_the_documented_patterns_accept_exactly_what_the_checks_accept():
    import random

    from newsevents.store.filters import FilterError, check_actor, check_type, patterns

    def passes(check, value):
        try:
            check(value)
            return True
        except FilterError:
            return False

    rng = random.Random(19)
    found = {k: re.compile(v) for k, v in patterns().items()}
    actors = ["ISR", "isr", "ISRMIL", "IGONATO", "NATOMIL", "XYZ", "IS"] + [
        "".join(rng.choice("ISRMLGOVUNAT") for _ in range(rng.randint(1, 9))) for _ in range(3000)]
    types = ["19", "190", "0841", "21", "ASSAULT", "Protest", "FOO"] + [str(rng.randint(0, 99999)) for _ in range(2000)]
    for kind, check, values in (("actor", check_actor, actors), ("type", check_type, types)):
        verdicts = {(bool(found[kind].match(v)), passes(check, v)) for v in values}
        assert verdicts == {(True, True), (False, False)}, kind  # both kinds occur, and they always agree


def test_a_busy_store_says_who_holds_it_and_what_to_do():
    from newsevents.store import busy

    error = 'IO Error: Could not set lock on file "x.duckdb": Conflicting lock is held in /usr/bin/python3 (PID 4242).'
    reading = busy("x.duckdb", True, error)
    assert "process 4242" in reading and "being written" in reading and "Wait for the ingest to finish" in reading
    writing = busy("x.duckdb", False, error)
    assert "process 4242" in writing and "a `serve`, `query`" in writing and "another --db" in writing


@pytest.mark.slow
def test_readers_share_a_store_and_a_writer_gets_a_message(store_path, tmp_path):
    # A second process holds the store the way `serve` does (read-only) or `ingest` does (for writing).
    hold = ("import sys, time, duckdb; con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == 'ro'); "
            "print('held', flush=True); time.sleep(60)")
    for mode, expect in (("ro", "is open in another process"), ("rw", "is being written by another process")):
        holder = subprocess.Popen([sys.executable, "-c", hold, str(store_path), mode], stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout.readline().strip() == "held"
            query = run_process("query", "--db", str(store_path), "--type", "ASSAULT")
            ingest = run_process("ingest", str(EXAMPLES), "--db", str(store_path), "--workers", "1")
        finally:
            holder.kill()
            holder.wait()
        if mode == "ro":  # many readers at once: a query runs beside a read-only server
            assert query.returncode == 0 and "ASSAULT" in query.stdout, query.stderr
            assert ingest.returncode == 2 and expect in ingest.stderr and "Traceback" not in ingest.stderr
        else:  # a writer shuts out every other process
            assert query.returncode == 2 and expect in query.stderr and "Wait for the ingest" in query.stderr
