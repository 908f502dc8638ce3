"""Intergovernmental organisations of the Correlates of War IGO data, version 3 (in igoR, GPL-3; the
facts are COW's): each under its long name, its short name and its acronym. The UN's bodies are
coded UNO, the European Union's EUR, NATO and the Arab League by their CAMEO codes, others IGO."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from .common import clean_name, slug, variants

SOURCE = "Correlates of War IGO data v3 (dieghernan/igoR)"
LICENCE = "GPL-3 (igoR package); data: Correlates of War Project"
BODIES = {"UN": "UNO", "EU": "EUR", "NATO": "NATO", "AL": "ARL", "ARABL": "ARL"}
UN_FAMILY = re.compile(r"^(United Nations|UN )", re.I)


def read(folder: str | Path) -> dict[str, list[dict]]:
    out = []
    with open(Path(folder) / "cow-igo.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            acronym = r["ioname"].strip()
            long_name = clean_name(re.sub(r"\s*\([^()]*\)$", "", r["longorgname"]))
            inside = re.findall(r"\(([^()]+)\)", r["longorgname"])
            if not long_name:
                continue
            code = BODIES.get(acronym) or ("UNO" if UN_FAMILY.match(long_name) else "IGO")
            extra = [acronym] if len(acronym) >= 2 and acronym.isupper() else []
            extra += [x for x in inside if x != acronym and not x.startswith(("PAS", "PAH"))]  # "(World Bank)"
            out.append({"id": f"cow:{acronym or slug(long_name)}", "name": long_name, "variants": variants(long_name, *extra),
                        "country": code, "sector": "IGO", "agent": "", "source": "cow-igo",
                        "rank": "1" if r["dead"] == "1" else "0"})
    out.sort(key=lambda r: (r.pop("rank"), r["id"]))  # living bodies before dead ones of the same name
    return {"organisations": out}
