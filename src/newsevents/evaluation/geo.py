"""GeoWebNews: are the literal toponyms found, and resolved to the right GeoNames place?

Literal toponyms are the gold types that name a place as a place (Literal, Literal_Modifier, Mixed,
Coercion, Embedded_Literal); metonyms ("Moscow said"), demonyms and common-noun expressions are
not counted. A gold toponym is found when a place in the document's `places` overlaps its span.
Of those found, we report the share with the gold GeoNames id (where the gold has one) and the
share within 161 km (100 miles, the field's usual threshold) of the gold coordinates. A last row
also counts as located a toponym resolved to the gold's own GeoNames record: our coordinates for
countries come from the countryinfo package, not from GeoNames, and the two disagree by more than
161 km for large countries (the United States by 235 km, Canada by 1,000) with the place right.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ..records import Article
from ..knowledge.gazetteer import km
from . import Row, ratio
from .splits import select

LITERAL = {"Literal", "Literal_Modifier", "Mixed", "Coercion", "Embedded_Literal"}
KM = 161.0


_km = km


def load(gold: Path) -> list[tuple[str, str, list[dict]]] | None:
    path = gold / "geo" / "GeoWebNews.xml"
    if not path.exists():
        return None
    out = []
    for art in ET.parse(path).getroot().findall("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.find("toponyms") or ():
            rec = {c.tag: c.text for c in t}
            if rec.get("type") in LITERAL and rec.get("latitude") and rec.get("longitude"):
                tops.append({"start": int(rec["start"]), "end": int(rec["end"]), "id": rec.get("geonamesID"),
                             "lat": float(rec["latitude"]), "lon": float(rec["longitude"])})
        out.append((art.get("file", str(len(out))), text, tops))
    return out


def run(coder, gold: Path, part: str | None = None) -> list[Row] | None:
    data = load(gold)
    if data is None:
        return None
    data = select("geowebnews", data, lambda d: d[0], part)
    articles = [Article(doc_id=name, text=text, structured=False) for name, text, _ in data]
    n = found = with_id = right_id = near = near_or_id = 0
    for (_, _, tops), doc in zip(data, coder.pipe(articles)):
        for g in tops:
            n += 1
            hit = next((p for p in doc.places if p.start < g["end"] and g["start"] < p.end), None)
            if hit is None:
                continue
            found += 1
            same = bool(g["id"]) and hit.geonames_id == g["id"]
            if g["id"]:
                with_id += 1
                right_id += same
            close = hit.lat is not None and _km(hit.lat, hit.lon, g["lat"], g["lon"]) <= KM
            near += close
            near_or_id += close or same
    return [
        Row("geowebnews", "literal toponyms found (recall)", ratio(found, n), n),
        Row("geowebnews", "right GeoNames id (of found)", ratio(right_id, with_id), with_id),
        Row("geowebnews", "within 161 km (of found)", ratio(near, found), found),
        Row("geowebnews", "within 161 km or right id (of found)", ratio(near_or_id, found), found),
    ]
