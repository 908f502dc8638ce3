"""The embedded DuckDB store: one file holding documents, events, quotes, actors and failures."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import duckdb

from .reading import Failure
from .schema import Article, CodedDocument

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR, content_hash VARCHAR PRIMARY KEY, origin VARCHAR, title VARCHAR,
    published DATE, n_events INTEGER, n_quotes INTEGER, record JSON);
CREATE TABLE IF NOT EXISTS events (
    content_hash VARCHAR, idx INTEGER, doc_id VARCHAR, part VARCHAR, source_code VARCHAR,
    source_country VARCHAR, target_code VARCHAR, target_country VARCHAR, cameo VARCHAR,
    plover_type VARCHAR, goldstein DOUBLE, quad_class INTEGER, negated BOOLEAN, event_date DATE,
    rule VARCHAR, sentence VARCHAR, record JSON);
CREATE TABLE IF NOT EXISTS quotes (
    content_hash VARCHAR, idx INTEGER, doc_id VARCHAR, speaker VARCHAR, speaker_name VARCHAR,
    speaker_code VARCHAR, kind VARCHAR, text VARCHAR, record JSON);
CREATE TABLE IF NOT EXISTS actors (
    content_hash VARCHAR, idx INTEGER, doc_id VARCHAR, text VARCHAR, name VARCHAR,
    country VARCHAR, sector VARCHAR, code VARCHAR);
CREATE TABLE IF NOT EXISTS failures (
    path VARCHAR, line INTEGER, reason VARCHAR, recorded_at TIMESTAMP DEFAULT current_timestamp);
"""


def content_hash(article: Article) -> str:
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()


class Store:
    def __init__(self, path: str | Path):
        self.path = str(path)
        self.con = duckdb.connect(self.path)
        self.con.execute(SCHEMA)

    def close(self) -> None:
        self.con.close()

    def has(self, digest: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE content_hash = ?", [digest]).fetchone() is not None

    def add_failure(self, failure: Failure) -> None:
        self.con.execute("INSERT INTO failures (path, line, reason) VALUES (?, ?, ?)", [failure.path, failure.line, failure.reason])

    def add(self, article: Article, doc: CodedDocument, digest: str) -> None:
        """Store one coded document in a single transaction, so a crash leaves it whole or absent."""
        d = doc.as_dict()
        con = self.con
        con.execute("BEGIN")
        try:
            con.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [doc.doc_id, digest, article.origin, doc.title, doc.published, len(doc.events), len(doc.quotes), json.dumps(d)],
            )
            if doc.events:
                con.executemany(
                    "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        [
                            digest, i, doc.doc_id, e["part"],
                            e["source"] and e["source"]["code"], e["source"] and e["source"]["country"],
                            e["target"] and e["target"]["code"], e["target"] and e["target"]["country"],
                            e["cameo"], e["plover"]["type"], e["goldstein"], e["quad_class"], e["negated"], e["date"],
                            e["rule"], e["sentence"], json.dumps(e),
                        ]
                        for i, e in enumerate(d["events"])
                    ],
                )
            if doc.quotes:
                con.executemany(
                    "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        [
                            digest, i, doc.doc_id, q["speaker"] and q["speaker"]["text"], q["speaker"] and q["speaker"]["name"],
                            q["speaker"] and q["speaker"]["code"], q["kind"], q["text"], json.dumps(q),
                        ]
                        for i, q in enumerate(d["quotes"])
                    ],
                )
            if doc.actors:
                con.executemany(
                    "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [[digest, i, doc.doc_id, a["text"], a["name"], a["country"], a["sector"], a["code"]] for i, a in enumerate(d["actors"])],
                )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def summary(self, top: int = 5) -> str:
        q = self.con.execute
        lines = []
        docs, failures = q("SELECT count(*) FROM documents").fetchone()[0], q("SELECT count(*) FROM failures").fetchone()[0]
        n_events, n_quotes = q("SELECT count(*) FROM events WHERE NOT negated").fetchone()[0], q("SELECT count(*) FROM quotes").fetchone()[0]
        lines.append(f"documents: {docs}   events: {n_events}   quotes: {n_quotes}   failures: {failures}")
        lines.append("\nevents by PLOVER type:")
        for t, n in q("SELECT coalesce(plover_type, '(statement)'), count(*) FROM events WHERE NOT negated GROUP BY 1 ORDER BY 2 DESC, 1").fetchall():
            lines.append(f"  {t:<12} {n}")
        lines.append("\ntop dyads (source -> target):")
        for s, t, n in q(
            "SELECT source_code, target_code, count(*) FROM events WHERE NOT negated AND source_code IS NOT NULL "
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
