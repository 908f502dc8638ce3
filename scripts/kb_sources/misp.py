"""MISP galaxies (CC0 1.0 or BSD-2): intelligence and security services by country, under their names,
synonyms and the acronym their description gives; and state-linked cyber threat actors, coded as
intelligence (SPY) of the state MISP suspects of sponsoring them (others are left out)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from .common import clean_name, iso3, latin, slug, variants

SOURCE = "MISP galaxy clusters intelligence-agencies and threat-actor (MISP/misp-galaxy)"
LICENCE = "CC0 1.0 Universal, or BSD 2-Clause"
PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9]{1,9})\)")
# A parent service some entries are named by, and the words an intelligence agency's name has
PARENT_BODY = re.compile(r"\b(Army|Navy|Air Force|Armed Forces|Marine Corps|Coast Guard|Police|Gendarmerie|Ministry)\b")
INTELLIGENCE = re.compile(r"intelligence|security|espionage|counter|reconnaissance|secret|surveillance|information", re.I)


def _name(value: str) -> str:
    """The agency's name without a trailing country ("Federal Security Service (Russia)")."""
    name = clean_name(value)
    m = re.match(r"^(.*?)\s*\(([^()]+)\)$", name)
    return m.group(1) if m and iso3(m.group(2)) else name


def _values(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["values"]


def read(folder: str | Path) -> dict[str, list[dict]]:
    folder = Path(folder) / "misp"
    out = []
    for v in _values(folder / "intelligence-agencies.json"):
        meta = v.get("meta") or {}
        country = iso3(meta.get("country") or "")
        name = _name(v["value"])
        if PARENT_BODY.search(name) and not INTELLIGENCE.search(name):
            # "Indian Army" for its "Directorate of Military Intelligence": the entry is the
            # agency its description names, not the service it belongs to
            name = _name(v.get("description") or "")
            if not INTELLIGENCE.search(name) or "(" in name or len(name.split()) > 6:
                continue  # a description, not a name
        if country is None or not latin(name):
            continue
        acronyms = [a for a in PAREN_ACRONYM.findall(v.get("description") or "") if sum(ch.isupper() for ch in a) >= 2]
        out.append({"id": f"misp:{v['uuid']}", "name": name, "variants": variants(name, *meta.get("synonyms", []), *acronyms),
                    "country": country, "sector": "SPY", "agent": "", "source": "misp",
                    "_proper": True})  # an agency's one-word name is its own ("Mossad"), unlike a threat actor's ("Machete")
    for v in _values(folder / "threat-actor.json"):
        meta = v.get("meta") or {}
        sponsor = meta.get("cfr-suspected-state-sponsor") or meta.get("country") or ""
        country = iso3(sponsor) if sponsor and sponsor != "Unknown" else None
        name = clean_name(v["value"])
        if country is None or not latin(name):
            continue
        out.append({"id": f"misp:{v['uuid']}", "name": name, "variants": variants(name, *meta.get("synonyms", [])),
                    "country": country, "sector": "SPY", "agent": "", "source": "misp"})
    out.sort(key=lambda r: (r["country"], slug(r["name"])))
    return {"organisations": out}
