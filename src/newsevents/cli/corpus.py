"""Commands over a store: ingest, query, stats, export, summary, demo, serve."""

from __future__ import annotations

import datetime as dt
import json
import sys
from importlib import resources
from pathlib import Path

from .common import (coder_options, confidence_option, describe, input_options, inputs, iso_date, load_coder, open_store,
                     reporter, with_text_option)


def ingest_paths(coder, paths, db: str, published: str | None = None, quiet: bool = False,
                 progress: bool | None = None, keep_from: float = 0.0, with_text: bool = False,
                 robots: bool = True) -> tuple[int, int, int]:
    """Code `paths` into the store at `db` with a progress line; returns (stored, skipped as
    already stored, failures)."""
    from ..engines.local import ingest
    from ..reading import estimate, read
    from .progress import Progress

    store = open_store(db, read_only=False, keep_from=keep_from)
    bar = Progress(estimate(paths), enabled=None if progress is None else progress)

    def report(f) -> None:
        if bar.shown:
            sys.stderr.write("\n")
        print(f"newsevents: {describe(f)}", file=sys.stderr)

    try:
        stored, skipped, failures = ingest(coder, read(paths, published, with_text=with_text, robots=robots), store, report, bar.update)
        bar.update(stored, skipped, failures, force=True)
        bar.close()
        if not quiet:
            print(f"stored {stored} documents, {skipped} already stored, {failures} failures -> {db}", file=sys.stderr)
    except KeyboardInterrupt:
        if not sys.stderr.isatty():
            bar.close()  # end the progress line; on a terminal main() does, after the "^C"
        raise
    finally:
        store.close()
    return stored, skipped, failures


def ingest_on_dask(args, workers: int) -> int:
    from ..coder import Settings
    from ..engines.dask import ingest_dask

    failures, report = reporter()
    cluster = None
    scheduler = args.scheduler
    if scheduler is None:
        from distributed import LocalCluster

        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None)
        scheduler = cluster.scheduler_address
    try:
        settings = Settings.make(model=args.model, verbs=args.verbs, actors=args.actors, open_data_only=args.open_data_only or None)
        stored, skipped = ingest_dask(inputs(args), None if args.parquet and not args.db else args.db,
                                      scheduler, settings, parquet=args.parquet, on_failure=report)
    finally:
        if cluster is not None:
            cluster.close()
    if args.db:
        store = open_store(args.db, read_only=False)
        for f in failures:
            store.add_failure(f)
        store.close()
    where = args.db or args.parquet
    print(f"stored {stored} documents, {skipped} already stored, {len(failures)} failures -> {where} (dask)", file=sys.stderr)
    return 1 if failures else 0


def cmd_ingest(args) -> int:
    from ..coder import Settings
    from ..engines.pool import ParallelCoder, default_workers
    from ..reading import estimate

    workers = args.workers or default_workers()
    if args.engine == "dask":
        return ingest_on_dask(args, workers)
    expected = estimate(args.paths)
    progress = True if args.progress else None
    if workers > 1 and (expected is None or expected >= 32 * workers):
        # a pool pays for itself only on more than a few dozen documents
        settings = Settings.make(model=args.model, verbs=args.verbs, actors=args.actors, open_data_only=args.open_data_only or None)
        with ParallelCoder(workers, settings) as coder:
            _, _, failures = ingest_paths(coder, args.paths, args.db, args.published, progress=progress,
                                          keep_from=args.min_confidence, with_text=args.with_text,
                                      robots=not args.ignore_robots)
    else:
        _, _, failures = ingest_paths(load_coder(args), args.paths, args.db, args.published, progress=progress,
                                      keep_from=args.min_confidence, with_text=args.with_text,
                                      robots=not args.ignore_robots)
    return 1 if failures else 0


def cmd_summary(args) -> int:
    store = open_store(args.db, min_confidence=args.min_confidence)
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
    from ..store import FilterError

    store = open_store(args.db, min_confidence=args.min_confidence)
    try:
        columns, rows = store.events(args.source, args.target, args.type, args.since, args.until, args.limit, args.all)
    except FilterError as err:
        print(f"newsevents: {err}", file=sys.stderr)
        return 2
    finally:
        store.close()
    _print_rows(columns, rows, args.format)
    return 0


def cmd_stats(args) -> int:
    store = open_store(args.db, min_confidence=args.min_confidence)
    stats = store.stats(args.top)
    store.close()
    if args.format == "json":
        print(json.dumps({k: [list(r) for r in v] for k, v in stats.items()}, default=str))
        return 0
    groups, mentions, widest = stats.pop("grouped events")[0]
    for title, rows in stats.items():
        print(f"events {title}:")
        for label, n in rows:
            print(f"  {label or '(none)':<28} {n}")  # an event of an undated story has no day
        print()
    print(f"grouped events (same day, dyad, CAMEO code): {groups} from {mentions or 0} mentions; "
          f"most articles for one event: {widest or 0}")
    return 0


def cmd_export(args) -> int:
    from ..registry import RegistryError, exporters

    try:
        writer = exporters.get(args.format)
    except RegistryError:
        print(f"newsevents: unknown export format {args.format!r}; formats are {', '.join(exporters.names())}", file=sys.stderr)
        return 2
    folder_format = getattr(writer, "writes_folder", False)
    if folder_format and not args.out:
        print(f"newsevents: --out FOLDER is required for {args.format}", file=sys.stderr)
        return 2
    store = open_store(args.db, min_confidence=args.min_confidence)
    try:
        if folder_format:
            n = writer(store, Path(args.out))
        elif args.out:
            with open(args.out, "w", encoding="utf-8", newline="") as f:
                n = writer(store, f)
        else:
            n = writer(store, sys.stdout)
    finally:
        store.close()
    unit = getattr(writer, "unit", "events")
    print(f"exported {n} {unit} ({args.format})", file=sys.stderr)
    return 0


def cmd_demo(args) -> int:
    coder = load_coder(args)
    examples = resources.files("newsevents") / "examples"
    with resources.as_file(examples) as folder:
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
        ingest_paths(coder, [str(folder)], args.db)
    store = open_store(args.db)
    print(store.summary(args.top))
    store.close()
    return 0


def cmd_serve(args) -> int:
    import uvicorn

    from ..store import StoreError
    from ..web import create_app

    try:
        app = create_app(args.db, load_coder(args), time_limit=args.time_limit, min_confidence=args.min_confidence,
                         allow_save=args.allow_save)
    except StoreError as err:
        print(f"newsevents: {err}", file=sys.stderr)
        return 2
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"newsevents: serving on {args.host}: anyone who can reach this address can use it", file=sys.stderr)
    host = f"[{args.host}]" if ":" in args.host else args.host
    mode = "saving to" if args.allow_save else "reading (read-only)"
    print(f"newsevents: serving http://{host}:{args.port}/ {mode} {args.db}; Ctrl-C stops it", file=sys.stderr, flush=True)
    server = uvicorn.Server(uvicorn.Config(app, host=args.host, port=args.port, log_level="warning", timeout_keep_alive=5))
    server.run()  # not uvicorn.run, which swallows Ctrl-C: main() reports it with exit status 130
    return 0


def add_parsers(sub) -> None:
    sp = sub.add_parser("ingest", help="code articles into a DuckDB store")
    input_options(sp)
    with_text_option(sp)
    sp.add_argument("--db", required=True, help="the DuckDB store to write")
    sp.add_argument("--progress", action="store_true", help="show the progress line even when stderr is not a terminal")
    sp.add_argument("--workers", type=int, help="coding processes (default: all cores; one for small inputs)")
    sp.add_argument("--engine", choices=["local", "dask"], default="local",
                    help="dask: code on a Dask cluster (--scheduler), else on a local cluster of --workers")
    sp.add_argument("--scheduler", help="Dask scheduler address, such as tcp://10.0.0.5:8786")
    sp.add_argument("--parquet", help="with --engine dask: keep the coded Parquet parts in this folder")
    confidence_option(sp, ingest=True)
    coder_options(sp)
    sp.set_defaults(func=cmd_ingest)

    sp = sub.add_parser("query", help="events from a store, filtered (parameters only, never SQL)")
    sp.add_argument("--db", required=True)
    sp.add_argument("--source", help="source country (ISR) or code prefix (ISRMIL)")
    sp.add_argument("--target", help="target country or code prefix")
    sp.add_argument("--type", help="PLOVER type (ASSAULT) or CAMEO code prefix (19, 0841)")
    sp.add_argument("--since", type=iso_date, help="first event date, YYYY-MM-DD")
    sp.add_argument("--until", type=iso_date, help="last event date, YYYY-MM-DD")
    sp.add_argument("--limit", type=int)
    sp.add_argument("--all", action="store_true", help="include negated and hypothetical events")
    sp.add_argument("--format", choices=["table", "csv", "json"], default="table")
    confidence_option(sp)
    sp.set_defaults(func=cmd_query)

    sp = sub.add_parser("stats", help="events by type, dyad and day, and grouped-event counts")
    sp.add_argument("--db", required=True)
    sp.add_argument("--top", type=int, default=10)
    sp.add_argument("--format", choices=["text", "json"], default="text")
    confidence_option(sp)
    sp.set_defaults(func=cmd_stats)

    sp = sub.add_parser("export", help="write a store's events as GDELT 2.0, PLOVER JSON, Parquet, CSV, JSONL "
                                       "or a registered format")
    sp.add_argument("--db", required=True)
    sp.add_argument("--format", required=True, help="gdelt, plover, parquet, csv, jsonl, or an exporter a plugin registers")
    sp.add_argument("--out", help="file (folder for parquet); stdout when omitted")
    confidence_option(sp)
    sp.set_defaults(func=cmd_export)

    sp = sub.add_parser("serve", help="the web UI and HTTP API over a store")
    sp.add_argument("--db", required=True)
    sp.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    sp.add_argument("--port", type=int, default=8000)
    sp.add_argument("--time-limit", type=float, default=None,
                    help="seconds one request may spend coding before it gets 503 (default 30)")
    sp.add_argument("--allow-save", action="store_true",
                    help="open the store for writing, so the Annotate page can save stories (no other "
                         "process can then read the store while the server runs); default: read-only")
    coder_options(sp)
    confidence_option(sp)
    sp.set_defaults(func=cmd_serve)

    sp = sub.add_parser("summary", help="print a summary of a store")
    sp.add_argument("--db", required=True)
    sp.add_argument("--top", type=int, default=5)
    confidence_option(sp)
    sp.set_defaults(func=cmd_summary)

    sp = sub.add_parser("demo", help="code the bundled example articles into a store and summarise it")
    sp.add_argument("--db", default="demo/newsevents.duckdb")
    sp.add_argument("--top", type=int, default=5)
    coder_options(sp)
    sp.set_defaults(func=cmd_demo)
