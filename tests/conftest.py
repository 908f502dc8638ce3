import contextlib
import io
import socket
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

import newsevents
from newsevents.records import Article

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "src" / "newsevents" / "examples"
CLI = [sys.executable, "-m", "newsevents.cli"]


def _default_ctrl_c() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


# For a command a test stops with Ctrl-C's signal: a shell that starts pytest in the background
# (nohup, `&` without job control) leaves SIGINT ignored, which its children inherit, and Python
# then never raises KeyboardInterrupt; the command must see Ctrl-C as a terminal would send it.
INTERRUPTIBLE = {"preexec_fn": _default_ctrl_c}


# -- the test pyramid ---------------------------------------------------------------------------------
# `make test-fast` (pytest -m "not slow") runs everything but the tests marked slow: those that start a
# server, a subprocess, Chromium, Dask or a worker pool. Tests that need the `server` fixture, or start
# one with `serving(...)`, are marked here, so a test module need not remember to.
SERVER_FIXTURES = {"server"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        fn = getattr(item, "function", None)
        if SERVER_FIXTURES & set(getattr(item, "fixturenames", ())) or (fn and "serving" in fn.__code__.co_names):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def coder():
    return newsevents.load()


@pytest.fixture(scope="session")
def code(coder):
    def run(text, published="2026-11-20", structured=False):
        return next(coder.pipe([Article("t", text, published, structured=structured)]))

    return run


# -- the command line, in this process -----------------------------------------------------------------
class CliResult(NamedTuple):
    """What `newsevents ARGS` gave: its exit status and what it wrote."""

    returncode: int
    stdout: str
    stderr: str


def run_cli(*args, stdin: str | bytes | None = None, coder=None) -> CliResult:
    """`newsevents ARGS` run in this process through `newsevents.cli.main`, as a shell would run it:
    exit status (SystemExit included), stdout and stderr as text, and `stdin` (for "-") as the bytes
    the readers take from `sys.stdin.buffer`. With `coder`, a command run with the default model,
    verbs and actors (no --model, --verbs or --actors) is given that coder instead of loading one;
    any other `newsevents.load` call loads as usual."""
    from newsevents import cli

    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        if stdin is not None:
            data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
            mp.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
        if coder is not None:
            load = newsevents.load

            def load_default(model=None, verbs=None, actors=None, **settings):
                if model is None and verbs is None and actors is None and not settings:
                    return coder
                return load(model=model, verbs=verbs, actors=actors, **settings)

            mp.setattr(newsevents, "load", load_default)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = cli.main([str(a) for a in args])
            except SystemExit as exc:  # argparse errors, --version, load_coder/open_store failures
                if exc.code is None or isinstance(exc.code, int):
                    status = exc.code or 0
                else:  # SystemExit("message"): Python prints it and exits 1
                    print(exc.code, file=sys.stderr)
                    status = 1
    return CliResult(status, out.getvalue(), err.getvalue())


@pytest.fixture
def cli(coder):
    """`cli("code", path, stdin=...)`: `newsevents code PATH` in this process, with the session coder."""

    def run(*args, stdin=None):
        return run_cli(*args, stdin=stdin, coder=coder)

    return run


# -- a store and a server, as a user makes them ---------------------------------------------------------
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
def example_store(tmp_path_factory, coder):
    """The bundled examples ingested into a store (`newsevents ingest`, in this process)."""
    db = tmp_path_factory.mktemp("web") / "web.duckdb"
    res = run_cli("ingest", EXAMPLES, "--db", db, coder=coder)
    assert res.returncode == 0, res.stderr
    return db


@pytest.fixture(scope="session")
def server(example_store):
    with serving(example_store) as base:
        yield base
