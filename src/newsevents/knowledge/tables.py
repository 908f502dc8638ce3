"""One validated loader for every data table: the package's own (`knowledge/data/*.tsv`) and every
file a user gives (`--actors`, `--verbs`, knowledge-base overlays).

Each table has a `Schema`: its columns, which are required, and what each may hold. Codes are
checked against one list each: countries (ISO 3166 alpha-3, `countries.tsv`, `blocs.tsv`), sectors
(`sectors.tsv`), CAMEO codes (`cameo.tsv`), PLOVER types, features and dates. A bad line is a
`TableError` naming `file:line` and the problem; `problems(path)` lists every one without stopping
(`newsevents data validate FILE`).

A table is tab-separated (a user file may also be comma-separated), with `#` comment lines, then a
header row naming its columns. A user file is matched to a schema by its header.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["TableError", "Schema", "Column", "Row", "SCHEMAS", "load", "parse", "load_file", "problems", "schema_for"]

DATA = "newsevents.knowledge.data"


class TableError(ValueError):
    """A table line that is not what its schema says, named as file:line."""


class Row(dict):
    """One table row: column -> text, with where it was read for messages."""

    origin: str = ""
    line: int = 0
    width: int = 0  # cells on the line, to catch a row longer than its header

    def where(self) -> str:
        return f"{self.origin}:{self.line}"


# -- the lists codes are checked against --------------------------------------------------------------
@lru_cache(maxsize=1)
def vocabulary() -> dict[str, frozenset[str]]:
    import pycountry

    def column(name: str, col: str) -> set[str]:
        return {r[col] for r in _read_raw(name, _data_text(name))[1]}

    countries = {c.alpha_3 for c in pycountry.countries} | column("countries", "iso3")
    cameo = _read_raw("cameo", _data_text("cameo"))[1]
    return {
        "countries": frozenset(countries),
        "blocs": frozenset(column("blocs", "code")),
        "sectors": frozenset(column("sectors", "code")),
        "cameo": frozenset(r["code"] for r in cameo),
        "plover": frozenset(r["plover_type"] for r in cameo if r["plover_type"]),
    }


FEATURES = ("city", "region", "country", "sea", "street", "site", "land", "water")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date(v: str) -> str | None:
    if not ISO_DATE.fullmatch(v):
        return f"date {v!r} is not YYYY-MM-DD"
    try:
        dt.date.fromisoformat(v)
    except ValueError:
        return f"date {v!r} does not exist"
    return None


def _number(lo: float, hi: float, integer: bool = False) -> Callable[[str], str | None]:
    def check(v: str) -> str | None:
        try:
            x = int(v) if integer else float(v)
        except ValueError:
            return f"{v!r} is not {'a whole number' if integer else 'a number'}"
        return None if lo <= x <= hi else f"{v} is outside {lo:g}..{hi:g}"

    return check


def _one_of(*allowed: str) -> Callable[[str], str | None]:
    return lambda v: None if v in allowed else f"{v!r} is not one of {', '.join(allowed)}"


def _in(vocab: str, what: str, also: str | None = None) -> Callable[[str], str | None]:
    def check(v: str) -> str | None:
        words = vocabulary()
        if v in words[vocab] or (also and v in words[also]):
            return None
        return f"unknown {what} {v!r}"

    return check


def _names(v: str) -> str | None:
    return "an empty name between '|'" if any(not part.strip() for part in v.split("|")) else None


def _pattern(v: str) -> str | None:
    from .lexicon import LexiconError, parse_pattern

    try:
        parse_pattern("check", v, "010")
    except LexiconError as err:
        return str(err)
    return None


CHECKS: dict[str, Callable[[str], str | None]] = {
    "text": lambda v: None,
    "names": _names,
    "iso3": _in("countries", "country code"),
    "country": _in("countries", "country or organisation code", "blocs"),
    "sector": _in("sectors", "sector"),
    "cameo": _in("cameo", "CAMEO code"),
    "plover": _in("plover", "PLOVER type"),
    "feature": _one_of(*FEATURES),
    "date": _date,
    "lat": _number(-90, 90),
    "lon": _number(-180, 180),
    "goldstein": _number(-10, 10),
    "quad": _number(1, 4, integer=True),
    "yes": _one_of("yes"),
    "pattern": _pattern,
    "position": _one_of("head", "lead"),
    "mode_kind": _one_of("mode", "context"),
    "plover_or_any": lambda v: None if v == "*" else CHECKS["plover"](v),
    "bloc_kind": _one_of("igo", "region"),
}


@dataclass(frozen=True)
class Column:
    name: str
    check: str = "text"
    required: bool = False


@dataclass(frozen=True)
class Schema:
    name: str
    columns: tuple[Column, ...]
    about: str
    unique: tuple[str, ...] = ()  # columns whose values together may appear once
    ordered_dates: tuple[str, str] | None = None  # (start, end) with start <= end

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _schema(name: str, about: str, *cols: tuple, unique: tuple[str, ...] = (), ordered_dates=None) -> Schema:
    return Schema(name, tuple(Column(*c) for c in cols), about, unique, ordered_dates)


SCHEMAS: dict[str, Schema] = {s.name: s for s in (
    _schema("people", "people with dated roles (one row per role and term)",
            ("id", "text", True), ("name", "text", True), ("variants", "names"), ("country", "country"),
            ("sector", "sector", True), ("role", "text"), ("start", "date"), ("end", "date"), ("agent", "sector"),
            ("notable", "yes"), ("source", "text"), ordered_dates=("start", "end")),
    _schema("organisations", "organisations, parties, armed groups and bodies",
            ("id", "text", True), ("name", "text", True), ("variants", "names"), ("country", "country"), ("sector", "sector"),
            ("agent", "sector"), ("notable", "yes"), ("source", "text"), unique=("id",)),
    _schema("agents", "role nouns and titles and the sector they give",
            ("term", "text", True), ("sector", "sector", True), ("plural", "text"), ("person", "yes"), ("agent", "sector"),
            unique=("term",)),
    _schema("countries", "country names, demonyms and capitals beyond pycountry's",
            ("iso3", "iso3", True), ("names", "names"), ("demonyms", "names"), ("capitals", "names"), unique=("iso3",)),
    _schema("country_points", "GeoNames' point for each country",
            ("iso3", "iso3", True), ("lat", "lat", True), ("lon", "lon", True), unique=("iso3",)),
    _schema("regions", "regions, provinces and counties, with their GeoNames admin1 code or seat",
            ("name", "text", True), ("variants", "names"), ("country", "iso3", True), ("admin1", "text"), ("seat", "text")),
    _schema("areas", "seas, oceans and world regions, with a point of their own",
            ("name", "text", True), ("variants", "names"), ("lat", "lat", True), ("lon", "lon", True), ("feature", "feature", True),
            unique=("name",)),
    _schema("site_words", "words that make a name a site (Street, Hospital, Mount ...)",
            ("word", "text", True), ("position", "position", True), ("feature", "feature", True), unique=("word", "position")),
    _schema("us_state_abbreviations", "AP abbreviations of US states",
            ("state", "text", True), ("abbreviation", "text", True), unique=("state",)),
    _schema("cameo", "CAMEO codes with Goldstein weight, quad class and CAMEO->PLOVER",
            ("code", "text", True), ("name", "text", True), ("goldstein", "goldstein", True), ("quad_class", "quad", True),
            ("plover_type", "text"), ("plover_mode", "text"), ("plover_context", "text"), unique=("code",)),
    _schema("modes", "PLOVER modes and contexts from the words of an event's clause",
            ("kind", "mode_kind", True), ("type", "plover_or_any", True), ("value", "text", True), ("words", "names", True)),
    _schema("topics", "nouns that name what a verbal act is about, and its CAMEO code",
            ("noun", "text", True), ("cameo", "cameo", True), unique=("noun",)),
    _schema("verbs", "the verb lexicon: pattern over a clause -> CAMEO code",
            ("id", "text", True), ("pattern", "pattern", True), ("cameo", "cameo", True), unique=("id",)),
    _schema("sectors", "actor sectors (CAMEO) and agent types (PLOVER)",
            ("code", "text", True), ("plover", "text"), ("agent", "text"), ("description", "text", True), unique=("code",)),
    _schema("blocs", "bodies and regions above states",
            ("code", "text", True), ("kind", "bloc_kind", True), ("name", "text", True), unique=("code",)),
    _schema("kb_sources", "the compiled knowledge tables: source, licence, rows and hash (scripts/build_kb.py)",
            ("table", "text", True), ("kind", "text", True), ("rows", "text", True), ("non_commercial", "yes"),
            ("source", "text", True), ("licence", "text", True), ("sha256", "text", True), unique=("table",)),
    _schema("actor_patterns", "a user's actor table: written form, country, sector and an optional term",
            ("pattern", "text", True), ("country", "country"), ("sector", "sector"), ("start", "date"), ("end", "date"),
            ordered_dates=("start", "end")),
)}


# -- reading ----------------------------------------------------------------------------------------
def _data_text(name: str) -> str:
    """A package table's text: knowledge/data/NAME.tsv, or NAME.tsv.gz for the large compiled ones."""
    folder = resources.files(DATA)
    for part in name.split("/")[:-1]:
        folder = folder.joinpath(part)
    leaf = name.split("/")[-1]
    plain = folder.joinpath(f"{leaf}.tsv")
    if plain.is_file():
        return plain.read_text(encoding="utf-8")
    return gzip.decompress(folder.joinpath(f"{leaf}.tsv.gz").read_bytes()).decode("utf-8")


def _read_raw(origin: str, text: str) -> tuple[list[str], list[Row]]:
    """The header and rows of a table's text, each row knowing its line; no checks."""
    lines = text.splitlines()
    header: list[str] | None = None
    rows: list[Row] = []
    delimiter = "\t"
    for n, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if header is None:
            delimiter = "\t" if "\t" in line or "," not in line else ","
            header = [h.strip() for h in next(csv.reader([line], delimiter=delimiter))]
            continue
        cells = next(csv.reader([line], delimiter=delimiter)) if delimiter == "," else line.split("\t")
        row = Row(zip(header, (c.strip() for c in cells)))
        for h in header[len(cells):]:
            row[h] = ""
        row.origin, row.line, row.width = origin, n, len(cells)
        rows.append(row)
    return header or [], rows


def _check(schema: Schema, header: list[str], rows: list[Row], origin: str) -> list[str]:
    """Every problem with `rows` as `schema` says, as "file:line: problem"."""
    out = []
    missing = [c.name for c in schema.columns if c.required and c.name not in header]
    if missing:
        return [f"{origin}: the header lacks column {', '.join(missing)} (a {schema.name} table has {', '.join(schema.names)})"]
    unknown = [h for h in header if h not in schema.names]
    if unknown:
        out.append(f"{origin}: unknown column {', '.join(unknown)} (a {schema.name} table has {', '.join(schema.names)})")
    seen: dict[tuple, int] = {}
    for row in rows:
        where = row.where()
        if row.width > len(header):
            out.append(f"{where}: more cells than the header's {len(header)} columns")
        for col in schema.columns:
            value = row.get(col.name) or ""
            if not value:
                if col.required:
                    out.append(f"{where}: '{col.name}' is required")
                continue
            problem = CHECKS[col.check](value)
            if problem:
                out.append(f"{where}: {col.name}: {problem}")
        if schema.unique:
            key = tuple(row.get(c, "") for c in schema.unique)
            if key in seen:
                out.append(f"{where}: {'/'.join(schema.unique)} {'/'.join(key)!r} already on line {seen[key]}")
            seen.setdefault(key, row.line)
        if schema.ordered_dates:
            a, b = (row.get(c) or "" for c in schema.ordered_dates)
            if a and b and not _date(a) and not _date(b) and b < a:
                out.append(f"{where}: {schema.ordered_dates[1]} {b} is before {schema.ordered_dates[0]} {a}")
    return out


def _parse(schema: Schema, text: str, origin: str) -> list[Row]:
    header, rows = _read_raw(origin, text)
    found = _check(schema, header, rows, origin)
    if found:
        more = f" (and {len(found) - 1} more problems)" if len(found) > 1 else ""
        raise TableError(found[0] + more)
    return rows


@lru_cache(maxsize=None)
def load(name: str, kind: str | None = None) -> tuple[Row, ...]:
    """The package's table `name` (knowledge/data/NAME.tsv, or a compiled one such as
    "kb/people_archigos"), checked against the schema of its `kind` (by default its name)."""
    return tuple(_parse(SCHEMAS[kind or name], _data_text(name), f"{name}.tsv"))


def parse(name: str, text: str, origin: str) -> list[Row]:
    """The rows of `text`, a table of kind `name` read from `origin`, checked against its schema."""
    return _parse(SCHEMAS[name], text, origin)


def schema_for(header: list[str]) -> Schema | None:
    """The schema whose columns a file's header names (all its required ones, no unknown ones)."""
    cols = set(header)
    fits = [s for s in SCHEMAS.values()
            if {c.name for c in s.columns if c.required} <= cols and cols <= set(s.names)]
    return min(fits, key=lambda s: len(s.names)) if fits else None


def load_file(path: str | Path, expect: tuple[str, ...] | None = None) -> tuple[Schema, list[Row]]:
    """A user's table: its schema (from its header; one of `expect` when given) and checked rows."""
    origin = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise TableError(f"{origin}: not UTF-8 text ({err.reason} at byte {err.start})") from None
    header, _ = _read_raw(origin, text)
    schema = schema_for(header)
    if schema is None or (expect and schema.name not in expect):
        kinds = expect or tuple(SCHEMAS)
        raise TableError(f"{origin}: the header ({', '.join(header) or 'none'}) is not that of a "
                         f"{' or '.join(kinds)} table; see `newsevents data schemas`")
    return schema, _parse(schema, text, origin)


def problems(path: str | Path) -> tuple[Schema | None, list[str]]:
    """Every problem in a table file, without stopping at the first."""
    origin = str(path)
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    header, rows = _read_raw(origin, text)
    schema = SCHEMAS.get(Path(path).stem) if Path(path).stem in SCHEMAS and set(header) <= set(SCHEMAS[Path(path).stem].names) else schema_for(header)
    if schema is None:
        return None, [f"{origin}: the header ({', '.join(header) or 'none'}) matches no table kind"]
    return schema, _check(schema, header, rows, origin)
