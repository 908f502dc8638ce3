"""The project's own actor cases (actor_cases.tsv, written for newsevents, not gold data): does
`newsevents actor` give the expected country and sector on the given date?"""

from __future__ import annotations

import csv
from importlib import resources

from . import Row, ratio


def cases() -> list[dict]:
    text = resources.files("newsevents.evaluation").joinpath("actor_cases.tsv").read_text(encoding="utf-8")
    return list(csv.DictReader([ln for ln in text.splitlines() if ln and not ln.startswith("#")], delimiter="\t"))


def misses(coder) -> list[tuple[dict, dict]]:
    from ..pipeline import actor_for_text

    out = []
    for case in cases():
        got = actor_for_text(coder, case["text"], case["date"] or None)
        out.append((case, got))
    return out


def run(coder, gold=None) -> list[Row]:
    results = misses(coder)
    n = len(results)
    country = sum((got["country"] or "") == case["country"] for case, got in results)
    sector = sum((got["sector"] or "") == case["sector"] for case, got in results)
    return [
        Row("actor-cases", "country accuracy", ratio(country, n), n),
        Row("actor-cases", "sector accuracy", ratio(sector, n), n),
    ]
