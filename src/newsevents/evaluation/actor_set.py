"""The project's own actor cases (actor_cases.tsv, written for newsevents, not gold data): does
`newsevents actor` give the expected country and sector on the given date?"""

from __future__ import annotations

import csv
from importlib import resources

from . import Row, ratio


def cases() -> list[dict]:
    text = resources.files("newsevents.evaluation").joinpath("actor_cases.tsv").read_text(encoding="utf-8")
    return list(csv.DictReader([ln for ln in text.splitlines() if ln and not ln.startswith("#")], delimiter="\t"))


def misses(coder) -> list[tuple[dict, object]]:
    """(case, the Actor `coder.actor` gives, or None) for every case."""
    return [(case, coder.actor(case["text"], case["date"] or None)) for case in cases()]


def run(coder, gold=None) -> list[Row]:
    results = misses(coder)
    n = len(results)
    country = sum(((got and got.country) or "") == case["country"] for case, got in results)
    sector = sum(((got and got.sector) or "") == case["sector"] for case, got in results)
    return [
        Row("actor-cases", "country accuracy", ratio(country, n), n),
        Row("actor-cases", "sector accuracy", ratio(sector, n), n),
    ]
