"""The places stage: every toponym of the story as a place record (`Document.places`).

It gathers the places the dateline names, those the actor resolver matched in the knowledge base,
and those only `toponyms.py` finds (sites, towns, names in capitals ...), which need the whole story
read first: a town is taken only in the story's main countries.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..context import DocContext
from ..knowledge.gazetteer import GeoName, gazetteer, km, record
from ..knowledge.kb import REGION_IDS
from ..records import Place
from ..registry import stages
from .actors import GREAT_CITY
from .toponyms import Found, Toponyms

# One story's places lie together: a town's reading this close to a place the story names for sure
# is taken over one this far from all of them ("Oceanside" in a story of Long Island, "Birmingham"
# in one of Alabama), unless the reading taken is a great city (`actors.GREAT_CITY`).
NEAR_KM, FAR_KM = 250.0, 1000.0
# A dateline's names: "CAIRO (AFP) -", "NAIROBI, Nov 18 (Reuters) -", "RALEIGH, N.C. (AP)".
_NOWHERE = GeoName("", "", "", 0)
DATELINE_NAME = re.compile(r"(?:^|,)\s*([A-Z][A-Za-z .'-]*?[A-Za-z.])\s*(?=[,(/]|-|—|–|$)")


class PlaceStage:
    name = "places"
    requires = ("actors",)

    def __init__(self, coder):
        self.kb = coder.kb
        self.toponyms = Toponyms(coder.kb)

    def __call__(self, ctx: DocContext) -> None:
        places = ctx.document.places
        dateline = self.dateline_places(ctx)
        ctx.dateline_place = dateline[0] if dateline else None
        places.extend(dateline)
        found = Found()
        for seg in ctx.segments:
            ctx.check_deadline()
            taken = [(p.start, p.end) for p in places] + [(t.start, t.end) for t in ctx.toponyms]
            places.extend(self.toponyms.find(seg.doc, seg.start, taken, found))
        for t in ctx.toponyms:
            place = record(t.entry, t.text, t.start, t.end)
            if place is not None:
                places.append(place)
        places.extend(self.toponyms.resolve(found, places, ctx.text))
        places.sort(key=lambda p: p.start)
        self.cohere(places, ctx)
        for p in places:
            ctx.note(self.name, f"{p.feature} {p.name} ({p.country or 'no country'})", (p.start, p.end),
                     geonames_id=p.geonames_id, within=p.within)

    def readings(self, p: Place) -> list[tuple[Place, int]]:
        """The other towns and cities a place's name may be (the knowledge base keeps the most
        populous few of each name), as records with their population."""
        words = tuple(self.kb.tokenize(p.text))
        out = []
        for en in self.kb.bucket(words) or self.kb.bucket(tuple(w.lower() for w in words), folded=True):
            g = gazetteer().place(en) if en.kind in ("place", "capital") else None
            if g is not None and g.lat is not None and g.feature == "city":
                out.append((record(en, p.text, p.start, p.end), g.population or 0))
        return out

    def cohere(self, places: list[Place], ctx: DocContext) -> None:
        """Re-read each town of several readings by the places the story names for sure: the reading
        near them, where the one taken is far from all of them and no great city."""
        read = {p.text: self.readings(p) for p in places if p.lat is not None and p.feature in ("city", "region") and p.within is None}
        sure = [p for p in places if p.text in read and len(read[p.text]) <= 1]
        for i, p in enumerate(places):
            if p.lat is None or p.feature != "city" or p.within is not None:
                continue
            readings = read[p.text]
            anchors = [a for a in sure if a.text != p.text]
            if len(readings) < 2 or not anchors:
                continue
            def nearest(q: Place) -> float:
                return min(km(q.lat, q.lon, a.lat, a.lon) for a in anchors)
            taken = next((pop for r, pop in readings if r.geonames_id == p.geonames_id), 0)
            best = min((r for r, _ in readings), key=nearest)
            if best.geonames_id != p.geonames_id and taken < GREAT_CITY and nearest(best) <= NEAR_KM < FAR_KM <= nearest(p):
                places[i] = replace(best, text=p.text, start=p.start, end=p.end, within=p.within)  # this mention's span
                ctx.note(self.name, f"{p.text!r}: {best.name} ({best.country}) near the story's other places, "
                                    f"not {p.name} ({p.country})", (p.start, p.end))
        # a site is where the story's own reading of the place that contains it is ("Fire Island",
        # placed at the Oceanside of this story, not the largest Oceanside)
        for i, p in enumerate(places):
            home = next((c for c in places if p.within and c.within is None and c.lat is not None
                         and p.within in (c.text, c.name)), None)
            if home is not None and (home.lat, home.lon) != (p.lat, p.lon):
                places[i] = replace(p, lat=home.lat, lon=home.lon, country=home.country, admin1=home.admin1)

    def dateline_places(self, ctx: DocContext) -> list[Place]:
        """The places a dateline names: its city first, then the state or country after the comma
        ("RALEIGH, N.C. (AP)", "KOLKATA, India")."""
        part = next((p for p in ctx.structure.parts if p.kind == "dateline"), None)
        if part is None:
            return []
        text = ctx.text
        parts = []
        for m in DATELINE_NAME.finditer(text[part.start : part.end]):
            name = m.group(1)
            words = self.kb.tokenize(name.title() if name.isupper() else name)
            entries = next((ens for s, e, ens in self.kb.match_all(words) if s == 0 and e == len(words)), [])
            parts.append((name, part.start + m.start(1), [en for en in entries if en.kind in ("country", "capital", "place")]))
        if not parts:
            return []
        # "NELSON, B.C.": the city is the one in the state or country named after it, a town the
        # knowledge base lacks if none of its cities of that name is there
        areas = [(name, start, ens[0]) for name, start, ens in parts[1:] if ens]
        city_name, city_start, cities = parts[0]
        within = areas[0][2].country if areas else None
        # "ALLENDALE, N.J.": a US state (an admin1 entry) names the city's state as well
        state = areas[0][2].id.rsplit(":", 1)[-1] if areas and areas[0][2].id.startswith("admin1:") else None
        if within:
            cities = [en for en in cities if en.country == within]
        # a dateline's first name is a city: "NEW YORK" is the city, not the state
        cities = sorted(cities, key=lambda en: en.id.startswith(REGION_IDS))
        city = None
        if state:
            in_state = [en for en in cities if en.kind != "place" or (gazetteer().city(en.id) or _NOWHERE).admin1 == state]
            if in_state:
                cities = in_state
            else:
                city = self.toponyms.town(city_name, city_start, within, state)
        if city is not None:
            pass
        elif cities:
            city = record(cities[0], city_name, city_start, city_start + len(city_name))
        else:
            city = self.toponyms.town(city_name, city_start, within) if within else None
        if city is None:
            return []  # the city must come first: a date or an agency is no place
        rest = (record(en, name, start, start + len(name)) for name, start, en in areas)
        return [city, *(p for p in rest if p is not None)]


@stages.register("places")
def make_places(coder) -> PlaceStage:
    return PlaceStage(coder)
