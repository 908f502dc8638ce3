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
from dataclasses import dataclass, fields
from pathlib import Path

from ..records import Article, Warning
from .fetch import is_url

__all__ = ["Extracted", "Failure", "read", "read_file", "read_data", "read_story", "checked", "expand", "estimate", "failure_at", "MAX_DOCUMENT"]

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


@dataclass
class Extracted(Article):
    """An Article whose text is not the input as its user has it (the text extracted from an HTML
    file or a fetched page), or whose text was asked for (`--with-text`): the coded document then
    carries `text`, so that every offset can be checked against it."""


def keeping_text(item: Article) -> Extracted:
    return item if isinstance(item, Extracted) else Extracted(**{f.name: getattr(item, f.name) for f in fields(Article)})


def failure_at(item: Article, reason: str, kind: str = "skipped") -> Failure | Warning:
    """A failure (or, with kind "warning", a warning) about `item`, naming its file and line."""
    where = item.origin or item.doc_id
    head, _, line = where.rpartition(":")
    # "file.jsonl:12" names a line; "http://host:8000" names a port
    path, number = (head, int(line)) if line.isdigit() and "://" not in where else (where, None)
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


def _formats() -> str:
    from ..registry import readers

    return ", ".join(f".{name}" for name in readers.names())


def read_file(path: Path, published: str | None = None, named: bool = True) -> Iterator[Article | Failure]:
    """The documents in one file (or "-", stdin). A file found in a folder or by a glob (`named`
    False) is read only by the reader of its suffix; a file named outright with an unknown suffix
    is read as plain text. Either is reported, not read, when it is a PDF, an image or another
    kind of file no reader codes."""
    from .unsupported import by_suffix

    p = str(path)
    if p != "-":
        why = by_suffix(path)
        if why is None and not named and _reader(_format(path)) is None:
            why = f"no reader for {path.suffix} files (read: {_formats()}, gzipped or not)"
        if why:
            yield Failure(p, None, why)
            return
    try:
        data = sys.stdin.buffer.read() if p == "-" else path.read_bytes()
    except FileNotFoundError:
        yield Failure(p, None, "no such file")
        return
    except OSError as err:
        yield Failure(p, None, f"cannot read: {err.strerror or err}")
        return
    yield from read_data(data, p, published)


def read_data(data: bytes, name: str, published: str | None = None) -> Iterator[Article | Failure]:
    """The documents in the bytes of a file called `name` ("-" for stdin), read by the reader of
    its suffix (plain text for an unknown one); an upload is read so too."""
    from .unsupported import by_content

    path = Path(name)
    if name != "-" and path.suffix.lower() == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as err:
            yield Failure(name, None, f"not a readable gzip file: {err}")
            return
    if not data.strip():
        yield Failure(name, None, "empty file")
        return
    why = by_content(data[:16])
    if why:
        yield Failure(name, None, why)
        return
    fmt = DEFAULT_FORMAT if name == "-" else _format(path)
    reader = _reader(fmt) or _reader(DEFAULT_FORMAT)
    yield from reader(data, name, published)


def _saved_page_assets(path: Path) -> bool:
    """Whether `path` lies in the "NAME_files" folder a browser saves beside "NAME.html": the
    page's scripts, styles and images, read as part of the page already."""
    for folder in path.parents:
        if folder.name.endswith("_files"):
            stem = folder.name[: -len("_files")]
            if any((folder.parent / f"{stem}{ext}").is_file() for ext in (".html", ".htm")):
                return True
    return False


def expand(paths: Iterable[str]) -> Iterator[Path]:
    """Files named, files matching a glob ("news/*.jsonl.gz"), and the files under directories
    named (but hidden files and a saved page's asset folder), in a stable order. A URL is not
    a path: `read` fetches it."""
    for raw in paths:
        if is_url(raw):
            continue
        path = Path(raw)
        if raw != "-" and not path.exists() and any(ch in raw for ch in "*?["):
            matches = sorted(Path().glob(raw)) if not Path(raw).is_absolute() else sorted(Path("/").glob(raw.lstrip("/")))
            yield from (m for m in matches if m.is_file())
            continue
        if raw != "-" and path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and not _saved_page_assets(child):
                    yield child
        else:
            yield path


def _documents(paths: Iterable[str], published: str | None, robots: bool = True) -> Iterator[Article | Failure]:
    from .pages import read_url

    for raw in paths:
        if is_url(raw):
            yield from read_url(raw, published, robots)
        else:
            for path in expand([raw]):
                yield from read_file(path, published, named=str(path) == raw)


def read_story(data: bytes, name: str, published: str | None = None) -> Article | Failure:
    """One story from the bytes of a file called `name` (an upload on the web page), read and
    checked as `read` reads a file: its first document, or the Failure saying why there is none."""
    from .unsupported import by_suffix

    why = by_suffix(Path(name))
    if why:
        return Failure(name, None, why)
    for item in checked(read_data(data, name, published)):
        return item
    return Failure(name, None, "empty file")


def checked(items: Iterable[Article | Failure], with_text: bool = False) -> Iterator[Article | Failure]:
    """`items` with a Failure in place of each document too long or not in English, and a
    warning on each reuse of an id. With `with_text`, every document carries its text
    (`Extracted`), not only those extracted from a page."""
    from .language import looks_english

    ids: dict[str, str] = {}  # id -> where it was first read
    for item in items:
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
            yield keeping_text(item) if with_text else item


def read(paths: Iterable[str], published: str | None = None, with_text: bool = False,
         robots: bool = True) -> Iterator[Article | Failure]:
    """Every document under `paths` (files, folders, globs, "-", and http(s) URLs, which are
    fetched within each site's robots.txt unless `robots` is False), or a Failure for each that
    cannot be coded; `with_text` as in `checked`."""
    return checked(_documents(paths, published, robots), with_text)


def estimate(paths: Iterable[str]) -> int | None:
    """How many documents `read` will yield, cheaply (files, and lines of JSONL files), for a
    progress bar's ETA; None when stdin is among the inputs."""
    paths = list(paths)
    n = sum(1 for raw in paths if is_url(raw))
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
