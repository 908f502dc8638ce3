"""The built-in input formats, registered by file suffix in `newsevents.registry.readers`.

A reader takes the file's bytes and its path and yields Articles, or Failures for what cannot be
coded; it never raises for bad input, so one bad record does not lose the others.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from ..records import Article, Warning
from ..registry import readers
from . import Failure


def check_date(value) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValueError(f"'published' must be YYYY-MM-DD, got {value!r}") from None


class BadInput(Exception):
    """Raised inside a reader for input that cannot be coded; the reader yields its `failure`."""

    def __init__(self, path: str, line: int | None, reason: str):
        super().__init__(reason)
        self.failure = Failure(path, line, reason)


def decode(data: bytes, path: str, first_line: int = 1) -> tuple[str, list[Warning]]:
    """The text, and a warning where bytes that are not UTF-8 were replaced with U+FFFD (offsets
    then index the text as decoded). Bytes with NULs are not text at all."""
    if b"\x00" in data[:65536]:
        raise BadInput(path, first_line if first_line > 1 else None, "binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as err:
        line = first_line + data[: err.start].count(b"\n")
        text = data.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd") - data.decode("utf-8-sig", errors="ignore").count("\ufffd")
        if bad > max(20, len(text) // 10):
            raise BadInput(path, line, f"not UTF-8 text ({bad:,} undecodable sequences; binary or another encoding)") from None
        note = (f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); {bad} undecodable "
                f"sequence{'s' if bad != 1 else ''} replaced with U+FFFD")
        return text, [Warning(path, line, note)]


@readers.register("jsonl")
@readers.register("ndjson")
def read_jsonl(data: bytes, path: str, published: str | None) -> Iterator[Article | Failure]:
    """One object per line: `text` required; `id`, `title`, `published`, `url` optional."""
    name = Path(path).name
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for n, line_bytes in enumerate(data.split(b"\n"), start=1):
        if not line_bytes.strip():
            continue
        try:
            raw, notes = decode(line_bytes, path, n)
        except BadInput as bad:
            yield bad.failure
            continue
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as err:
            yield Failure(path, n, f"not a JSON object: {err.msg} (column {err.colno})")
            continue
        if not isinstance(rec, dict):
            yield Failure(path, n, "not a JSON object")
            continue
        body = rec.get("text")
        if not isinstance(body, str):
            yield Failure(path, n, "missing required string field 'text'")
            continue
        try:
            date = check_date(rec.get("published")) or published
        except ValueError as err:
            yield Failure(path, n, str(err))
            continue
        yield Article(
            doc_id=str(rec.get("id") or f"{name}:{n}"),
            text=body,
            published=date,
            title=rec.get("title"),
            url=rec.get("url"),
            structured=False,
            origin=f"{path}:{n}",
            warnings=notes,
        )


@readers.register("html")
@readers.register("htm")
def read_html(data: bytes, path: str, published: str | None) -> Iterator[Article | Failure]:
    """The article text trafilatura extracts, cleaned of the page's furniture (`pages.py`), with
    the page's title as the first line."""
    from .pages import page_article

    try:
        text, notes = decode(data, path)
    except BadInput as bad:
        yield bad.failure
        return
    yield page_article(text, path, published, doc_id=Path(path).name, notes=notes)


@readers.register("txt")
@readers.register("text")
def read_text(data: bytes, path: str, published: str | None) -> Iterator[Article | Failure]:
    """A plain-text story, whose structure (title, byline, captions ...) is detected."""
    try:
        text, notes = decode(data, path)
    except BadInput as bad:
        yield bad.failure
        return
    if not text.strip():
        yield Failure(path, None, "empty file")
        return
    yield Article(doc_id="stdin" if path == "-" else Path(path).name, text=text, published=published,
                  origin=path, warnings=notes)
