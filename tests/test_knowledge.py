"""The knowledge base's own data files are checkable: every row well formed and consistent."""

import csv
import datetime as dt
from collections import defaultdict
from importlib import resources

import pycountry

ORGANISATIONS = {"UNO", "NATO", "EUR", "ARL", "IGO", "AFR"}
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "PTY", "CVL", "MED", "JRN", "BUS", "EDU", "REL", "IGO", "NGO", "ELI", "SPY", "LAB", "REF", "HLH", "UAF"}


def _rows(name):
    text = resources.files("newsevents.knowledge.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader([ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")], delimiter="\t"))


def test_people_rows_are_checkable_and_consistent():
    countries = {c.alpha_3 for c in pycountry.countries} | {"XKX"} | ORGANISATIONS
    rows = _rows("people.tsv")
    assert len(rows) > 550
    names, terms = defaultdict(set), defaultdict(list)
    for n, r in enumerate(rows, start=2):
        where = f"people.tsv row {n} ({r['name']})"
        assert r["id"] and r["name"] and r["role"], where
        assert r["country"] in countries, where
        assert r["sector"] in SECTORS, where
        start = dt.date.fromisoformat(r["start"])
        if r["end"]:
            assert dt.date.fromisoformat(r["end"]) >= start, where
        names[r["id"]].add(r["name"])
        terms[(r["id"], r["role"])].append((r["start"], r["end"] or "9999-12-31"))
    assert all(len(v) == 1 for v in names.values()), "an id names one person"
    by_name = defaultdict(set)
    for pid, ns in names.items():
        by_name[next(iter(ns))].add(pid)
    assert all(len(v) == 1 for v in by_name.values()), "a person has one id"
    for key, spans in terms.items():
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:]):
            assert start >= end, f"overlapping terms for {key}"


def test_every_region_seat_is_a_gazetteer_city_of_its_country():
    from newsevents.knowledge.gazetteer import cities
    from newsevents.knowledge.tables import load as table

    known = {(name.lower(), place.country) for name, place in cities()}
    seats = [(r["name"], r["seat"], r["country"]) for r in table("regions") if r.get("seat")]
    assert len(seats) > 70
    assert [s for s in seats if (s[1].lower(), s[2]) not in known] == []


def test_every_area_has_a_point_and_a_known_feature():
    from newsevents.knowledge.tables import load as table

    for r in table("areas"):
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r
        assert r["feature"] in ("sea", "region"), r


def test_every_country_point_lies_among_that_countrys_cities_and_is_used():
    # a swapped or mistyped coordinate would put a country outside the span of its own cities
    from newsevents.knowledge.tables import load as table
    from newsevents.knowledge.gazetteer import gazetteer

    g = gazetteer()
    spans: dict[str, list[float]] = {}
    for p in g.all_cities():
        if p.lat is not None:
            s = spans.setdefault(p.country, [90.0, -90.0, 180.0, -180.0])
            lat, lon = float(p.lat), float(p.lon)
            s[:] = [min(s[0], lat), max(s[1], lat), min(s[2], lon), max(s[3], lon)]
    rows = table("country_points")
    assert len(rows) > 190
    for r in rows:
        lat, lon, s = float(r["lat"]), float(r["lon"]), spans[r["iso3"]]
        assert s[0] - 3 <= lat <= s[1] + 3 and s[2] - 3 <= lon <= s[3] + 3, r
        assert (g.countries[r["iso3"]].lat, g.countries[r["iso3"]].lon) == (lat, lon), r
