"""UCDP's actor list (no licence stated; UCDP asks to be cited): the organised armed groups (UCDP's
Org 1) of every conflict since 1946, under their English and own names, coded in the first country
where they fight; of groups sharing a name ("ELN"), the one in most conflicts and dyads comes first.
Governments (Org 4), supporters of parties (2) and identity groups (3) are left
out: governments are coded from the country, and the others are not organisations."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from .common import armed_sector, clean_name, iso3, latin, variants

SOURCE = "UCDP actor list (UCDP GED actors, version 22.1)"
LICENCE = "no licence stated; cite UCDP (Uppsala Conflict Data Program)"
ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{2,}$")


def read(folder: str | Path) -> dict[str, list[dict]]:
    out = []
    with open(Path(folder) / "ucdp-actors.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["Org"] != "1":
                continue
            names = [clean_name(n) for n in (r["NameData"], r["NameOrigFullEng"], r["NameOrig"]) if clean_name(n) not in ("", "n/a")]
            names = [n for n in names if latin(n)]
            # the country its name names ("National Patriotic Front of Liberia"), else the first
            # place UCDP lists (a group fighting across a border is listed by where it fought first)
            places = [re.sub(r"\s*\(.*\)", "", p) for p in (r["Location"] or "").split(",")]
            named = [iso3(p) for p in places if p.strip() and p.strip().lower() in " ".join(names).lower()]
            country = next((c for c in named if c), None) or iso3(places[0])
            if not names or country is None:
                continue
            extra = []
            head = names[0].split("-")[0].strip()
            if ACRONYM.match(head) and head != names[0]:
                extra.append(head)  # "CODECO-BTD": the movement's own acronym
            activity = sum(len([x for x in (r[k] or "").split(",") if x.strip()]) for k in ("ConflictId", "DyadId", "OSID", "NSID"))
            out.append({"_activity": activity, "id": f"ucdp:{r['ActorId']}", "name": names[0], "variants": variants(names[0], *names[1:], *extra),
                        "country": country, "sector": armed_sector(" ".join(names)), "agent": "", "source": "ucdp"})
    out.sort(key=lambda row: -row.pop("_activity"))  # stable: UCDP's order among equals
    return {"organisations": out}
