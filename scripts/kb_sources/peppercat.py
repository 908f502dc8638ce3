"""Peppercat's leaders and legislators (Wikidata, CC BY-NC 4.0): people with dated roles.

Each position is read for the sector it gives (CAMEO's, for `sector`) and PLOVER's agent type
(`agent`, where it differs): ministers and heads of state are GOV, defence ministers MIL in CAMEO
but GOV in PLOVER, chiefs of staff MIL, intelligence chiefs SPY, police chiefs COP, judges and
prosecutors JUD, speakers and legislators LEG. Posts of the `world` jurisdiction belong to the UN
(UNO) or another international body (IGO); the European Union's to EUR. A breakaway entity's posts
are coded under the country PLOVER files it under, with the agent type PRE.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from .common import breakaway, clean_name, iso3, latin, variants

SOURCE = "Peppercat (peppercatorg/site-build, Wikidata)"
LICENCE = "CC BY-NC 4.0"

SKIP = re.compile(r"first lady|first gentleman|spouse|consort|heir|royal|prince of|princess|duke|duchess", re.I)
RULES = [  # (pattern, CAMEO sector, PLOVER agent); first match wins
    # a minister is government whatever the portfolio, defence aside ("Minister Responsible for
    # the Security Intelligence Service" is no spy)
    (re.compile(r"^(deputy |vice |assistant |associate |junior |acting )?minister\b(?!.*defen[cs]e|.*armed forces|.*\bwar\b)", re.I), "GOV", "GOV"),
    (re.compile(r"intelligence|security service|state security|counter-?intelligence|secret intelligence|\bkgb\b|\bcia\b|\bfsb\b", re.I), "SPY", "SPY"),
    (re.compile(r"\bpolice\b|gendarmerie|constabulary|border guard", re.I), "COP", "COP"),
    (re.compile(r"minister of (national )?defen[cs]e|defen[cs]e minister|secretary of (state for )?defen[cs]e|minister for defen[cs]e|minister of the armed forces|war minister|minister of war", re.I), "MIL", "GOV"),
    (re.compile(r"chief of (the )?(general |defen[cs]e |naval |air |army )?staff|commander|chief of (the )?(army|navy|air force|defen[cs]e force)|armed forces|general staff|chief of defen[cs]e|admiral|field marshal", re.I), "MIL", "MIL"),
    (re.compile(r"justice of|judge|\bcourt\b|attorney[- ]general|prosecutor|procurator|chief justice|ombudsman", re.I), "JUD", "JUD"),
    (re.compile(r"speaker|president of the (senate|national assembly|chamber|house|parliament|assembly|legislative|national council|federal council|state duma|sejm|bundestag|riigikogu|storting|knesset|majlis|congress)|member of|deputy of|representative\b|senator|legislat|parliament", re.I), "LEG", "LEG"),
    (re.compile(r"ambassador|permanent representative|envoy|consul", re.I), "GOV", "GOV"),
    (re.compile(r"president|prime minister|premier|minister|secretary|chancellor|governor|mayor|king|queen|emir|sultan|monarch|"
                r"head of state|head of government|regent|chairman|chairperson|chair of|leader|spokesperson|spokesman|director|commissioner|taoiseach|shah", re.I), "GOV", "GOV"),
]


def classify(position: str) -> tuple[str, str] | None:
    """(CAMEO sector, PLOVER agent) for a position's title, or None for what is no public office."""
    if SKIP.search(position):
        return None
    for pattern, sector, agent in RULES:
        if pattern.search(position):
            return sector, agent
    return None


def date(raw: str) -> str:
    """ISO date from Wikidata's full or partial dates: a year alone is read as its middle, a month
    as its middle day, so that a partial date is off by at most half its period."""
    raw = (raw or "").strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        return raw
    if re.fullmatch(r"\d{4}-\d{2}", raw):
        return raw + "-15"
    if re.fullmatch(r"\d{4}", raw):
        return raw + "-07-01"
    return ""


def _country(row: dict) -> tuple[str | None, bool]:
    """(country code, whether a partially recognised entity) for a row's jurisdiction."""
    place = row["jurisdiction"]
    if place == "world":
        what = f"{row['catalog']} {row['position']}"
        return ("UNO" if re.search(r"united nations|\bun\b|international court of justice", what, re.I) else "IGO"), False
    return iso3(place) or iso3(row.get("catalog", "")), breakaway(place)


def _rows(path: Path, legislators: bool) -> list[dict]:
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name = clean_name(row["person"])
            if not name or not latin(name) or not row.get("personID"):
                continue
            kind = ("LEG", "LEG") if legislators else classify(row["position"])
            if kind is None:
                continue
            country, pre = _country(row)
            if country is None:
                continue
            sector, agent = kind
            out.append({
                "id": "wd:" + row["personID"], "name": name, "variants": variants(name), "country": country,
                "sector": sector, "agent": "PRE" if pre else (agent if agent != sector else ""),
                "role": row["position"].strip()[:120], "start": date(row.get("start", "")), "end": date(row.get("end", "")),
                "source": "peppercat",
            })
    return out


def read(folder: str | Path) -> dict[str, list[dict]]:
    """{"people": leaders past and present, "legislators": members of legislatures}."""
    folder = Path(folder) / "peppercat"
    leaders = _rows(folder / "leaders-historic.csv", False)
    seen = {(r["id"], r["role"], r["start"]) for r in leaders}
    leaders += [r for r in _rows(folder / "current.csv", False) if (r["id"], r["role"], r["start"]) not in seen]
    return {"people": leaders, "legislators": _rows(folder / "legislators-historic.csv", True)}
