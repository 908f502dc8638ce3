"""The embedded DuckDB store: one file holding documents, events, quotes, actors and failures."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from urllib.parse import urlparse

import duckdb

from ..reading import Failure
from ..records import DEFAULT_MIN_CONFIDENCE, Article, Document
from .filters import FilterError, check_filters  # noqa: F401  (FilterError: raised by Store.events)

SCHEMA_VERSION = 5
# Each step upgrades a store of that format to the next, in place: format 2 lacked failures.kind
# (every row was a skipped document), format 3 the actors' PLOVER agent type, format 4 the events'
# confidence (NULL there: such events count as sure, as they were before confidences existed).
UPGRADES = {"2": "ALTER TABLE failures ADD COLUMN kind VARCHAR DEFAULT 'skipped'",
            "3": "ALTER TABLE actors ADD COLUMN agent VARCHAR",
            "4": "ALTER TABLE events ADD COLUMN confidence DOUBLE"}
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR, content_hash VARCHAR PRIMARY KEY, origin VARCHAR, title VARCHAR,
    published DATE, n_events INTEGER, n_quotes INTEGER, url VARCHAR, outlet VARCHAR,
    added_at TIMESTAMP DEFAULT current_timestamp, record JSON);
CREATE TABLE IF NOT EXISTS events (
    content_hash VARCHAR, idx INTEGER, doc_id VARCHAR, part VARCHAR, source_code VARCHAR,
    source_country VARCHAR, target_code VARCHAR, target_country VARCHAR, cameo VARCHAR,
    plover_type VARCHAR, goldstein DOUBLE, quad_class INTEGER, negated BOOLEAN, modality VARCHAR,
    is_root BOOLEAN, event_date DATE, date_precision VARCHAR, geo_country VARCHAR,
    rule VARCHAR, sentence VARCHAR, record JSON, confidence DOUBLE);
CREATE TABLE IF NOT EXISTS quotes (
    content_hash VARCHAR, idx INTEGER, doc_id VARCHAR, speaker VARCHAR, speaker_name VARCHAR,
    speaker_code VARCHAR, kind VARCHAR, text VARCHAR, record JSON);
CREATE TABLE IF NOT EXISTS actors (
    content_hash VARCHAR, idx INTEGER, doc_id VARCHAR, text VARCHAR, name VARCHAR,
    country VARCHAR, sector VARCHAR, code VARCHAR, agent VARCHAR);
CREATE TABLE IF NOT EXISTS failures (
    path VARCHAR, line INTEGER, reason VARCHAR, recorded_at TIMESTAMP DEFAULT current_timestamp,
    kind VARCHAR DEFAULT 'skipped');
"""


def outlet(article: Article, doc: Document) -> str | None:
    """Who published the story, for GDELT's NumSources: the URL's host, else the wire agency the
    dateline or credit names ("CAIRO (AFP)"), else None (the file stands for itself)."""
    if article.url:
        host = urlparse(article.url).netloc.lower()
        return host[4:] if host.startswith("www.") else host or None
    for text in (doc.dateline, doc.credit):
        m = re.search(r"\b(AFP|AP|Reuters|Xinhua|Anadolu|dpa|EFE|ANSA|Kyodo|Yonhap|TASS|UPI|PTI|IANS)\b", text or "")
        if m:
            return m.group(1)
    return None


def content_hash(article: Article) -> str:
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()


# What counts as an event in groups, queries, stats and exports: neither negated nor hypothetical,
# and at least as sure as the connection's threshold (`Store(min_confidence=...)`, a DuckDB variable
# so that the grouped-events view follows it too).
LIVE = ("NOT negated AND modality <> 'hypothetical' "
        "AND coalesce(confidence, 1) >= coalesce(getvariable('min_confidence'), 0)")

# Events grouped across articles as GDELT counts them: one real-world event is the same day, the
# same dyad and the same CAMEO code (date resolution already maps "on Tuesday" in Wednesday's paper
# to Tuesday, so the window is the resolved day). Negated and hypothetical events are not events.
GROUPS = """
CREATE OR REPLACE VIEW event_groups AS
SELECT event_date, source_code, target_code, cameo,
       count(*) AS num_mentions,
       count(DISTINCT e.content_hash) AS num_articles,
       count(DISTINCT coalesce(d.outlet, d.origin)) AS num_sources,
       min(e.content_hash || lpad(CAST(e.idx AS VARCHAR), 6, '0')) AS first_mention
FROM events e JOIN documents d USING (content_hash)
WHERE {LIVE}
GROUP BY ALL
""".format(LIVE=LIVE)


def _insert(con, table: str, rows: list[list]) -> None:
    """Rows in multi-row INSERT statements: DuckDB runs one statement of 100 rows far faster than
    100 executions of a one-row statement."""
    width = len(rows[0])
    one = "(" + ", ".join("?" * width) + ")"
    for k in range(0, len(rows), 100):
        part = rows[k : k + 100]
        con.execute(f"INSERT INTO {table} VALUES " + ", ".join([one] * len(part)), [v for r in part for v in r])


def busy(path: str, read_only: bool, error: str) -> str:
    """What to do about a store another process holds. DuckDB lets many processes read a file at
    once, but a writer (`ingest`, `serve --allow-save`) shuts out every other process, readers too,
    and any reader (`serve`, `query`, `stats`, `export`) shuts out writers."""
    pid = re.search(r"PID (\d+)", error)
    who = f" (process {pid[1]})" if pid else ""
    if read_only:
        return (f"{path} is being written by another process{who}: an `ingest`, or a `serve --allow-save`; "
                "DuckDB lets no other process read a store while one writes it. Wait for the ingest to "
                "finish (or stop that server, or serve without --allow-save) and run this again")
    return (f"{path} is open in another process{who}: a `serve`, `query`, `stats`, `export` or another "
            "`ingest`; DuckDB lets a process write a store only when no other has it open. Stop that "
            "process (restart a server after the ingest) and run this again, or ingest into another --db")


def _confidence(event: dict) -> float:
    """An event's confidence; one with none (no event-type model) counts as sure, as in `LIVE`."""
    value = event.get("confidence")
    return 1.0 if value is None else value


class StoreError(Exception):
    """A store that cannot be opened: locked by another process, or made by another version."""


class Store:
    """`min_confidence`: events less sure than this are left out of every reading (queries, stats,
    groups, exports, the web UI); `keep_from`: events less sure than this are not written to the
    events table at all (a document's own record keeps every event)."""

    def __init__(self, path: str | Path, read_only: bool = False, min_confidence: float = DEFAULT_MIN_CONFIDENCE,
                 keep_from: float = 0.0):
        self.path = str(path)
        self.keep_from = keep_from
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store (create one with `newsevents ingest`)")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as err:
            if "lock" in str(err).lower():
                raise StoreError(busy(self.path, read_only, str(err))) from None
            raise StoreError(f"{self.path}: {err}") from None
        self.set_min_confidence(min_confidence)
        if read_only:
            self._check_version()
            return
        self.con.execute(SCHEMA)
        found = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if found is None:
            if self.con.execute("SELECT count(*) FROM documents").fetchone()[0]:
                raise StoreError(f"{self.path} was made by an older newsevents; ingest into a new file")
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        elif found[0] in UPGRADES:
            version = found[0]
            while version in UPGRADES:
                self.con.execute(UPGRADES[version])
                version = str(int(version) + 1)
            self.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
        self._check_version()
        self.con.execute(GROUPS)

    def _check_version(self) -> None:
        try:
            found = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            found = None
        if found is not None and found[0] in UPGRADES:
            raise StoreError(f"{self.path} has store format {found[0]}; any `newsevents ingest` into it upgrades it "
                             f"to format {SCHEMA_VERSION}")
        if found is None or found[0] != str(SCHEMA_VERSION):
            raise StoreError(f"{self.path} has store format {found[0] if found else 'unknown'}, this newsevents "
                             f"reads {SCHEMA_VERSION}; ingest into a new file")

    def set_min_confidence(self, value: float) -> None:
        if not 0.0 <= value <= 1.0:
            raise StoreError(f"a minimum confidence is between 0 and 1, not {value}")
        self.min_confidence = value
        self.con.execute(f"SET VARIABLE min_confidence = {float(value)!r}")

    def close(self) -> None:
        self.con.close()

    def has(self, digest: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE content_hash = ?", [digest]).fetchone() is not None

    def add_failure(self, failure: Failure) -> None:
        self.con.execute("INSERT INTO failures (path, line, reason, kind) VALUES (?, ?, ?, ?)",
                         [failure.path, failure.line, failure.reason, failure.kind])

    def add(self, article: Article, doc: Document, digest: str) -> None:
        """Store one coded document in a single transaction, so a crash leaves it whole or absent."""
        self.add_records([(doc.to_dict(), digest, article.origin, article.url, outlet(article, doc))])

    def add_record(self, d: dict, digest: str, origin: str, url: str | None, source: str | None) -> None:
        """Store a coded document given as its JSON dict (as workers elsewhere return it)."""
        self.add_records([(d, digest, origin, url, source)])

    def add_records(self, items: list[tuple[dict, str, str, str | None, str | None]]) -> None:
        """Store several coded documents in one transaction: a crash leaves all of them or none, and
        a re-run (which skips stored texts) codes the missing ones again."""
        docs, events, quotes, actors, warnings = [], [], [], [], []
        for d, digest, origin, url, source in items:
            docs.append([d["doc_id"], digest, origin, d["title"], d["published"], len(d["events"]), len(d["quotes"]),
                         url, source, json.dumps(d)])
            events += [[
                digest, i, d["doc_id"], e["part"],
                e["source"] and e["source"]["code"], e["source"] and e["source"]["country"],
                e["target"] and e["target"]["code"], e["target"] and e["target"]["country"],
                e["cameo"], e["plover"]["type"], e["goldstein"], e["quad_class"], e["negated"],
                e["modality"], e["is_root"], e["date"], e["date_precision"],
                e["location"] and e["location"]["country"], e["rule"], e["sentence"], json.dumps(e), e.get("confidence"),
            ] for i, e in enumerate(d["events"]) if _confidence(e) >= self.keep_from]
            quotes += [[
                digest, i, d["doc_id"], q["speaker"] and q["speaker"]["text"], q["speaker"] and q["speaker"]["name"],
                q["speaker"] and q["speaker"]["code"], q["kind"], q["text"], json.dumps(q),
            ] for i, q in enumerate(d["quotes"])]
            actors += [[digest, i, d["doc_id"], a["text"], a["name"], a["country"], a["sector"], a["code"], a.get("agent")]
                       for i, a in enumerate(d["actors"])]
            # caveats travel with the document, so every engine records them the same way
            warnings += [[w["path"], w["line"], w["message"], "warning"] for w in d.get("warnings", ())]
        con = self.con
        con.execute("BEGIN")
        try:
            _insert(con, "documents (doc_id, content_hash, origin, title, published, n_events, n_quotes, url, outlet, record)", docs)
            for table, rows in (("events", events), ("quotes", quotes), ("actors", actors),
                                ("failures (path, line, reason, kind)", warnings)):
                if rows:
                    _insert(con, table, rows)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def summary(self, top: int = 5) -> str:
        q = self.con.execute
        lines = []
        docs = q("SELECT count(*) FROM documents").fetchone()[0]
        failures, warnings = q("SELECT count(*) FILTER (kind = 'skipped'), count(*) FILTER (kind = 'warning') FROM failures").fetchone()
        n_events, n_quotes = q(f"SELECT count(*) FROM events WHERE {LIVE}").fetchone()[0], q("SELECT count(*) FROM quotes").fetchone()[0]
        lines.append(f"documents: {docs}   events: {n_events}   quotes: {n_quotes}   failures: {failures}   warnings: {warnings}")
        lines.append("\nevents by PLOVER type:")
        for t, n in q(f"SELECT coalesce(plover_type, '(statement)'), count(*) FROM events WHERE {LIVE} GROUP BY 1 ORDER BY 2 DESC, 1").fetchall():
            lines.append(f"  {t:<12} {n}")
        lines.append("\ntop dyads (source -> target):")
        for s, t, n in q(
            f"SELECT source_code, target_code, count(*) FROM events WHERE {LIVE} AND source_code IS NOT NULL "
            "AND target_code IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?",
            [top],
        ).fetchall():
            lines.append(f"  {s} -> {t}: {n}")
        lines.append("\nquotes by speaker:")
        for name, n in q(
            "SELECT coalesce(speaker_name, speaker, '(unknown)'), count(*) FROM quotes GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", [top]
        ).fetchall():
            lines.append(f"  {name:<28} {n}")
        return "\n".join(lines)

    # -- reading ----------------------------------------------------------------------------------
    QUERY_COLUMNS = ("event_date", "source_code", "target_code", "cameo", "plover_type", "goldstein",
                     "quad_class", "modality", "confidence", "geo_country", "doc_id", "rule", "sentence")

    def events(self, source: str | None = None, target: str | None = None, type_: str | None = None,
               since: str | None = None, until: str | None = None, limit: int | None = None,
               include_negated: bool = False, text: str | None = None, offset: int = 0,
               columns: tuple[str, ...] | None = None) -> tuple[list[str], list[tuple]]:
        """Events matching the filters, as (column names, rows). Parameters only: never SQL text.
        `source`/`target` match a country (ISR) or a code prefix (ISRMIL); `type_` a PLOVER type
        (ASSAULT) or a CAMEO code prefix (19, 190); a value no code could match raises FilterError."""
        check_filters(source, target, type_)
        where, args = [], []
        if not include_negated:
            where.append(LIVE)
        for column, value in (("source", source), ("target", target)):
            if value:
                where.append(f"({column}_country = ? OR starts_with({column}_code, ?))")
                args += [value.upper(), value.upper()]
        if type_:
            if type_.isdigit():
                where.append("starts_with(cameo, ?)")
            else:
                where.append("plover_type = ?")
                type_ = type_.upper()
            args.append(type_)
        if since:
            where.append("event_date >= CAST(? AS DATE)")
            args.append(since)
        if until:
            where.append("event_date <= CAST(? AS DATE)")
            args.append(until)
        if text:
            where.append("contains(lower(sentence), lower(?))")
            args.append(text)
        cols = columns or self.QUERY_COLUMNS
        sql = f"SELECT {', '.join(cols)} FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY event_date, doc_id, idx"
        if limit:
            sql += " LIMIT ? OFFSET ?"
            args += [int(limit), max(0, int(offset))]
        return list(cols), self.con.execute(sql, args).fetchall()

    def stats(self, top: int = 10) -> dict[str, list[tuple]]:
        """Counts for a quick look at a corpus: events by PLOVER type, by dyad and by day."""
        q = self.con.execute
        return {
            "by type": q(f"SELECT coalesce(plover_type, '(statement)'), count(*) FROM events WHERE {LIVE} "
                         "GROUP BY 1 ORDER BY 2 DESC, 1").fetchall(),
            "by dyad": q(f"SELECT coalesce(source_code, '?') || ' -> ' || coalesce(target_code, '?'), count(*) "
                         f"FROM events WHERE {LIVE} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", [top]).fetchall(),
            "by day": q(f"SELECT CAST(event_date AS VARCHAR), count(*) FROM events WHERE {LIVE} "
                        "GROUP BY 1 ORDER BY 1").fetchall(),
            "grouped events": q("SELECT count(*), sum(num_mentions), max(num_articles) FROM event_groups").fetchall(),
        }
