"""NGEC actor-resolution cases (gold/ngec-actors/dev.tsv): does `Coder.actor` give the country and
the PLOVER agent type another project's tests expect?

Scored as the gold README says: the share of cases with a country code whose country is matched
(UNO and IGO accepted for each other), and the share of cases with a sector other than UNK whose
agent type is matched; `-` (expected empty) and blank cells are not counted. "Today" is the day the
evaluation runs, as in NGEC's tests.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from . import Row, ratio
from .splits import select

BODIES = {"UNO", "IGO"}  # accepted for each other


def _date(raw: str) -> str | None:
    raw = raw.strip()
    if not raw:
        return None
    if raw.lower() == "today":
        return dt.date.today().isoformat()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y"):
        try:
            return dt.datetime.strptime(raw, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def load(gold: Path) -> list[dict] | None:
    path = gold / "ngec-actors" / "dev.tsv"
    if not path.exists():
        return None
    with open(path, encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if r.get("text")]


def actor_country(a) -> str | None:
    """The country NGEC would write for our actor: its ISO code, else the body it belongs to."""
    if a is None:
        return None
    if a.country:
        return a.country
    code = a.code or ""
    if code == "NGO":  # an international NGO, as the PLOVER scorer counts it
        return "IGO"
    if code.startswith("IGO"):
        body = code[3:6]
        return body if body in ("UNO", "EUR") else "IGO"
    return None


def same_country(expected: str, got: str | None) -> bool:
    return got == expected or (expected in BODIES and got in BODIES)


def run(coder, gold: Path, part: str | None = None) -> list[Row] | None:
    cases = load(gold)
    if cases is None:
        return None
    cases = select("ngec-actors", cases, lambda r: f"{r['text']}|{r['date']}", part)
    country_n = country_ok = sector_n = sector_ok = 0
    for case in cases:
        a = coder.actor(case["text"], _date(case["date"]))
        want_country, want_sector = case["country"].strip(), case["sector"].strip()
        if want_country and want_country != "-":
            country_n += 1
            country_ok += same_country(want_country, actor_country(a))
        if want_sector and want_sector not in ("-", "UNK", "????"):
            sector_n += 1
            sector_ok += a is not None and (getattr(a, "agent", None) or a.sector) == want_sector
    return [
        Row("ngec-actors", "country", ratio(country_ok, country_n), country_n),
        Row("ngec-actors", "agent type", ratio(sector_ok, sector_n), sector_n),
    ]


def misses(coder, gold: Path, part: str = "learn") -> list[tuple[dict, object]]:
    """The learn part's cases the coder gets wrong, with what it gave: what rules may be written from."""
    out = []
    for case in select("ngec-actors", load(gold) or [], lambda r: f"{r['text']}|{r['date']}", part):
        a = coder.actor(case["text"], _date(case["date"]))
        want_country, want_sector = case["country"].strip(), case["sector"].strip()
        bad_country = want_country not in ("", "-") and not same_country(want_country, actor_country(a))
        bad_sector = want_sector not in ("", "-", "UNK", "????") and (a is None or (getattr(a, "agent", None) or a.sector) != want_sector)
        if bad_country or bad_sector:
            out.append((case, a))
    return out
