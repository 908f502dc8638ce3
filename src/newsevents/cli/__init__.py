"""The `newsevents` command: a thin layer over the library (`newsevents.load`, `Coder.pipe`, the
store and the exports). Each group of commands lives in its own module and adds its parsers here;
heavy imports happen inside the command that needs them, so `--help` and the store commands start
fast."""

from __future__ import annotations

import argparse
import sys

from .. import __version__
from ..interrupts import is_interrupt
from . import coding, corpus, data, kb
from .progress import Progress


# What Ctrl-C leaves behind, by command.
INTERRUPTED = {
    "ingest": "interrupted; the documents stored so far are kept, and the same command again codes the rest",
    "serve": "stopped",
}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsevents", description="Political event data and quotations from news text.")
    p.add_argument("--version", action="version", version=f"newsevents {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    for module in (coding, corpus, data, kb):
        module.add_parsers(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns its exit status (also for usage errors and commands that stop
    early), so that callers in the same process get a number, not an exception."""
    args = None
    try:
        args = build_parser().parse_args(argv)
        return args.func(args)
    except BrokenPipeError:
        return 0
    except Exception as err:
        if not is_interrupt(err):
            raise
        return _stopped(args)
    except KeyboardInterrupt:
        return _stopped(args)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)


def _stopped(args) -> int:
    """Ctrl-C: one line instead of a traceback, and the shell's status for SIGINT (128 + 2)."""
    # off the "^C" a terminal shows, or a progress line the interrupt cut short
    after = "\n" if sys.stderr.isatty() or Progress.line_open else ""
    print(f"{after}newsevents: {INTERRUPTED.get(getattr(args, 'command', None), 'interrupted')}", file=sys.stderr)
    return 130


if __name__ == "__main__":
    raise SystemExit(main())
