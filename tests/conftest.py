import contextlib
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import newsevents
from newsevents.records import Article

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "src" / "newsevents" / "examples"
CLI = [sys.executable, "-m", "newsevents.cli"]


@pytest.fixture(scope="session")
def coder():
    return newsevents.load()


@pytest.fixture(scope="session")
def code(coder):
    def run(text, published="2026-11-20", structured=False):
        return next(coder.pipe([Article("t", text, published, structured=structured)]))

    return run


@contextlib.contextmanager
def serving(db: Path, *extra: str):
    """`newsevents serve` on a free local port, as a user starts it; yields its base URL."""
    from browser import wait_for_server

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([*CLI, "serve", "--db", str(db), "--port", str(port), *extra], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_server(base)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="session")
def actor(coder):
    """`coder.actor` as the `newsevents actor` command prints it: name, country, sector, code."""

    def run(text, date=None):
        a = coder.actor(text, date)
        return {"text": text, **{k: getattr(a, k) if a else None for k in ("name", "country", "sector", "code")}}

    return run


@pytest.fixture(scope="session")
def example_store(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "web.duckdb"
    subprocess.run([*CLI, "ingest", str(EXAMPLES), "--db", str(db)], check=True, cwd=ROOT, capture_output=True)
    return db


@pytest.fixture(scope="session")
def server(example_store):
    with serving(example_store) as base:
        yield base
