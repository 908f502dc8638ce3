"""One row per coded event: PLOVER/POLECAT-style JSON, CSV, Parquet, and the full event records
as JSON Lines. Negated and hypothetical events are left out, and so are events less sure than the
store's threshold (`--min-confidence`)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import TextIO

from .. import LIVE, Store

EVENT_ROWS = """
SELECT e.record, d.doc_id, d.published, d.url, d.origin, d.added_at, e.content_hash, e.idx
FROM events e JOIN documents d USING (content_hash)
WHERE {LIVE}
ORDER BY e.event_date, d.doc_id, e.idx
""".format(LIVE=LIVE)


def plover_record(e: dict, doc_id: str, published, url: str | None, key: str) -> dict:
    """One event in the flat shape POLECAT users know (event_type, mode, context, source_actor ...)."""
    src, tgt, loc = e.get("source") or {}, e.get("target") or {}, e.get("location") or {}
    return {
        "event_id": key, "event_date": e.get("date"), "story_date": str(published) if published else None,
        "event_type": e["plover"]["type"], "mode": e["plover"]["mode"], "context": e["plover"]["context"],
        "source_actor": src.get("name") or src.get("text"), "source_country": src.get("country"),
        "source_sector": src.get("agent") or src.get("sector"), "source_code": src.get("code"),
        "target_actor": tgt.get("name") or tgt.get("text"), "target_country": tgt.get("country"),
        "target_sector": tgt.get("agent") or tgt.get("sector"), "target_code": tgt.get("code"),
        "cameo": e["cameo"], "goldstein": e["goldstein"], "quad_class": e["quad_class"],
        "modality": e["modality"], "confidence": e.get("confidence"), "attributed_to": (e.get("attributed_to") or {}).get("name") or (e.get("attributed_to") or {}).get("text"),
        "location_name": loc.get("name"), "country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon"),
        "geonames_id": loc.get("geonames_id"), "quantity": (e.get("quantity") or {}).get("value"),
        "fatalities": e.get("fatalities"), "injuries": e.get("injuries"),
        "doc_id": doc_id, "url": url, "sentence": e["sentence"], "start": e["start"], "end": e["end"], "rule": e["rule"],
    }


def plover_records(store: Store):
    for record, doc_id, published, url, origin, _, digest, idx in store.con.execute(EVENT_ROWS).fetchall():
        yield plover_record(json.loads(record), doc_id, published, url or origin, f"{digest[:16]}-{idx}")


def write_plover(store: Store, out: TextIO) -> int:
    n = 0
    for r in plover_records(store):
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_jsonl(store: Store, out: TextIO) -> int:
    """The full event records of the document JSON, each with its document's id."""
    n = 0
    for record, doc_id, *_ in store.con.execute(EVENT_ROWS).fetchall():
        e = json.loads(record)
        out.write(json.dumps({"doc_id": doc_id, **e}, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(store: Store, out: TextIO) -> int:
    writer = None
    n = 0
    for r in plover_records(store):
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(r))
            writer.writeheader()
        writer.writerow(r)
        n += 1
    return n


PARQUET_TYPES = {"event_date": "DATE", "story_date": "DATE", "goldstein": "DOUBLE", "quad_class": "INTEGER",
                 "lat": "DOUBLE", "lon": "DOUBLE", "quantity": "DOUBLE", "fatalities": "INTEGER",
                 "injuries": "INTEGER", "start": "INTEGER", "end": "INTEGER"}


def write_parquet(store: Store, folder: Path) -> int:
    """Parquet files partitioned by event date (folder/event_date=YYYY-MM-DD/*.parquet), written by DuckDB."""
    rows = list(plover_records(store))
    if not rows:
        return 0
    names = list(rows[0])
    con = store.con
    columns = ", ".join(f'"{n}" {PARQUET_TYPES.get(n, "VARCHAR")}' for n in names)
    con.execute(f"CREATE OR REPLACE TEMP TABLE export_rows ({columns})")
    con.executemany(f"INSERT INTO export_rows VALUES ({', '.join('?' for _ in names)})", [[r[n] for n in names] for r in rows])
    folder.mkdir(parents=True, exist_ok=True)
    target = str(folder).replace("'", "''")
    con.execute(f"COPY export_rows TO '{target}' (FORMAT PARQUET, PARTITION_BY (event_date), OVERWRITE_OR_IGNORE)")
    con.execute("DROP TABLE export_rows")
    return len(rows)
