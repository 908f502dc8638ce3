"""Turn paths (files, directories, `-` for stdin) into Articles, reporting bad input without stopping.

Every problem becomes a `Failure` naming the file and line; the caller decides whether to print or
store it, and the remaining documents are still read.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .schema import Article

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass
class Failure:
    """A document that could not be coded ("skipped"), or one coded with a caveat ("warning")."""

    path: str
    line: int | None
    reason: str
    kind: str = "skipped"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"

    def as_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "message": self.reason}


def _check_date(value) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValueError(f"'published' must be YYYY-MM-DD, got {value!r}") from None


def _decode(data: bytes, path: str, first_line: int = 1) -> tuple[str, list[Failure]]:
    """The text, and a warning where bytes that are not UTF-8 were replaced with U+FFFD (offsets
    then index the text as decoded). Bytes with NULs are not text at all."""
    if b"\x00" in data[:65536]:
        raise _Bad(path, first_line if first_line > 1 else None, "binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as err:
        line = first_line + data[: err.start].count(b"\n")
        text = data.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd") - data.decode("utf-8-sig", errors="ignore").count("\ufffd")
        if bad > max(20, len(text) // 10):
            raise _Bad(path, line, f"not UTF-8 text ({bad:,} undecodable sequences; binary or another encoding)") from None
        note = (f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); {bad} undecodable "
                f"sequence{'s' if bad != 1 else ''} replaced with U+FFFD")
        return text, [Failure(path, line, note, "warning")]


class _Bad(Exception):
    def __init__(self, path: str, line: int | None, reason: str):
        super().__init__(reason)
        self.failure = Failure(path, line, reason)


def _read_jsonl(data: bytes, path: str, published: str | None) -> Iterator[Article | Failure]:
    name = Path(path).name
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for n, line_bytes in enumerate(data.split(b"\n"), start=1):
        if not line_bytes.strip():
            continue
        try:
            raw, notes = _decode(line_bytes, path, n)
        except _Bad as bad:
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
            date = _check_date(rec.get("published")) or published
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


def _read_html(text: str, path: str, published: str | None) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    # A page whose extract is a word or two ("Home") is navigation, not an article.
    if doc is None or len((doc.text or "").split()) < 3:
        raise _Bad(path, None, "no article text found in HTML")
    title = (doc.title or "").strip()
    # The title is kept in the text so that title events and quotes have offsets like any other part.
    body = f"{title}\n\n{doc.text}" if title else doc.text
    date = published
    if doc.date:
        try:
            date = dt.date.fromisoformat(doc.date[:10]).isoformat()
        except ValueError:
            pass
    return Article(doc_id=Path(path).name, text=body, published=date, url=doc.url, origin=path)


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
    suffix = path.suffix.lower() if p != "-" else ""
    if suffix == ".gz":
        # "news.jsonl.gz": read through gzip, then as what the inner suffix says
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as err:
            yield Failure(p, None, f"not a readable gzip file: {err}")
            return
        suffix = Path(path.stem).suffix.lower()
    if not data.strip():
        yield Failure(p, None, "empty file")
        return
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(data, p, published)
        elif suffix in HTML_SUFFIXES:
            text, notes = _decode(data, p)
            article = _read_html(text, p, published)
            article.warnings = notes
            yield article
        else:
            text, notes = _decode(data, p)
            if not text.strip():
                yield Failure(p, None, "empty file")
                return
            yield Article(doc_id="stdin" if p == "-" else path.name, text=text, published=published, origin=p, warnings=notes)
    except _Bad as bad:
        yield bad.failure


def _readable(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix == ".gz":
        suffix = Path(path.stem).suffix.lower()
    return suffix in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


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
                if child.is_file() and not child.name.startswith(".") and _readable(child):
                    yield child
        else:
            yield path


# The commonest English words: in English prose they are about a third of all words, in other
# languages (or in non-Latin scripts) close to none.
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in is that for on with as was by at from it he his said be are have has were an "
    "this not but they which who its their will had been or after would more than also she her we".split()
)


def looks_english(text: str) -> bool:
    """False for a text mostly in another script, or of 30 words or more of which under 12% are
    common English function words (about a third in English news); short texts get the benefit."""
    sample = text[:20000]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) >= 100 and sum(c.isascii() for c in letters) / len(letters) < 0.5:
        return False  # mostly another script: Arabic, Cyrillic, Chinese ...
    words = re.findall(r"[^\W\d_]+", sample.lower())
    if len(words) < 30:
        return True
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words) >= 0.12


def failure_at(item: Article, reason: str, kind: str = "skipped") -> Failure:
    """A failure or warning about `item`, naming its file and line."""
    where = item.origin or item.doc_id
    head, _, line = where.rpartition(":")
    if line.isdigit():
        return Failure(head, int(line), reason, kind)
    return Failure(where, None, reason, kind)


# Longer than any news article (about 150,000 words): a document over this is a dump or a broken
# file, and coding it would hold up everything behind it, so it is reported and skipped.
MAX_DOCUMENT = 1_000_000


def read(paths: Iterable[str], published: str | None = None) -> Iterator[Article | Failure]:
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
        gz = path.suffix.lower() == ".gz"
        if (Path(path.stem).suffix.lower() if gz else path.suffix.lower()) in JSONL_SUFFIXES:
            try:
                with (gzip.open(path, "rb") if gz else path.open("rb")) as f:
                    n += sum(1 for line in f if line.strip())
            except (OSError, EOFError):
                n += 1
        else:
            n += 1
    return n
