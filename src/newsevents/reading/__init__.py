"""Turn paths (files, directories, globs, `-` for stdin) into Articles, reporting bad input without
stopping.

Every problem becomes a `Failure` naming the file and line; the caller decides whether to print or
store it, and the remaining documents are still read. Formats are looked up by file suffix in
`newsevents.registry.readers` (`formats.py` has the built-in ones).
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..records import Article, Warning

__all__ = ["Failure", "read", "read_file", "expand", "estimate", "failure_at", "MAX_DOCUMENT"]

# Longer than any news article (about 150,000 words): a document over this is a dump or a broken
# file, and coding it would hold up everything behind it, so it is reported and skipped.
MAX_DOCUMENT = 1_000_000
# A file with no suffix (and stdin) is read as plain text.
DEFAULT_FORMAT = "txt"


@dataclass
class Failure:
    """A document that could not be coded, naming its file and line."""

    path: str
    line: int | None
    reason: str
    kind: str = "skipped"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


def failure_at(item: Article, reason: str, kind: str = "skipped") -> Failure | Warning:
    """A failure (or, with kind "warning", a warning) about `item`, naming its file and line."""
    where = item.origin or item.doc_id
    head, _, line = where.rpartition(":")
    path, number = (head, int(line)) if line.isdigit() else (where, None)
    return Warning(path, number, reason) if kind == "warning" else Failure(path, number, reason, kind)


def _format(path: Path) -> str:
    """The reader name for a path: its suffix, looking inside ".gz" ("news.jsonl.gz" -> jsonl)."""
    suffix = path.suffix.lower()
    if suffix == ".gz":
        suffix = Path(path.stem).suffix.lower()
    return suffix.lstrip(".") or DEFAULT_FORMAT


def _reader(fmt: str):
    from ..registry import RegistryError, readers

    try:
        return readers.get(fmt)
    except RegistryError:
        return None


def read_file(path: Path, published: str | None = None) -> Iterator[Article | Failure]:
    p = str(path)
    try:
        data = sys.stdin.buffer.read() if p == "-" else path.read_bytes()
    except FileNotFoundError:
        yield Failure(p, None, "no such file")
        return
    except OSError as err:
        yield Failure(p, None, f"cannot read: {err.strerror or err}")
        return
    if p != "-" and path.suffix.lower() == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as err:
            yield Failure(p, None, f"not a readable gzip file: {err}")
            return
    if not data.strip():
        yield Failure(p, None, "empty file")
        return
    fmt = DEFAULT_FORMAT if p == "-" else _format(path)
    reader = _reader(fmt) or _reader(DEFAULT_FORMAT)
    yield from reader(data, p, published)


def expand(paths: Iterable[str]) -> Iterator[Path]:
    """Files named, files matching a glob ("news/*.jsonl.gz"), and the readable files under
    directories named, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if raw != "-" and not path.exists() and any(ch in raw for ch in "*?["):
            matches = sorted(Path().glob(raw)) if not Path(raw).is_absolute() else sorted(Path("/").glob(raw.lstrip("/")))
            yield from (m for m in matches if m.is_file())
            continue
        if raw != "-" and path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and _reader(_format(child)) is not None:
                    yield child
        else:
            yield path


def read(paths: Iterable[str], published: str | None = None) -> Iterator[Article | Failure]:
    """Every document under `paths`, or a Failure for each that cannot be coded."""
    from .language import looks_english

    ids: dict[str, str] = {}  # id -> where it was first read
    for path in expand(paths):
        for item in read_file(path, published):
            if isinstance(item, Failure):
                yield item
            elif len(item.text) > MAX_DOCUMENT:
                yield failure_at(item, f"document of {len(item.text):,} characters is over the {MAX_DOCUMENT:,} limit; split it")
            elif not looks_english(item.text):
                yield failure_at(item, "not English (too few English function words); skipped")
            else:
                first = ids.setdefault(item.doc_id, item.origin)
                if first != item.origin:
                    # Documents are keyed by their text, so both are kept; the id no longer
                    # names one of them alone.
                    item.warnings.append(failure_at(item, f"id {item.doc_id!r} was already used at {first}", "warning"))
                yield item


def estimate(paths: Iterable[str]) -> int | None:
    """How many documents `read` will yield, cheaply (files, and lines of JSONL files), for a
    progress bar's ETA; None when stdin is among the inputs."""
    n = 0
    for path in expand(paths):
        if str(path) == "-":
            return None
        if _format(path) in ("jsonl", "ndjson"):
            try:
                with (gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")) as f:
                    n += sum(1 for line in f if line.strip())
            except (OSError, EOFError):
                n += 1
        else:
            n += 1
    return n
