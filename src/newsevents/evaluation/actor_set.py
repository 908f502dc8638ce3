"""The project's own actor cases (actor_cases.tsv, written for newsevents, not gold data): does
`newsevents actor` give the expected country and sector on the given date?"""

from __future__ import annotations

import csv
from importlib import resources

from . import Row, ratio


def cases() -> list[dict]:
    text = resources.files("newsevents.evaluation").joinpath("actor_cases.tsv").read_text(encoding="utf-8")
    return list(csv.DictReader([ln for ln in text.splitlines() if ln and not ln.startswith("#")], delimiter="\t"))


def results(coder) -> list[tuple[dict, object]]:
    """(case, the Actor `coder.actor` gives, or None) for every case."""
    return [(case, coder.actor(case["text"], case["date"] or None)) for case in cases()]


def misses(coder) -> list[tuple[dict, object]]:
    """The cases whose country or sector the coder gets wrong."""
    return [(case, got) for case, got in results(coder)
            if ((got and got.country) or "") != case["country"] or ((got and got.sector) or "") != case["sector"]]


def run(coder, gold=None) -> list[Row]:
    results_ = results(coder)
    n = len(results_)
    country = sum(((got and got.country) or "") == case["country"] for case, got in results_)
    sector = sum(((got and got.sector) or "") == case["sector"] for case, got in results_)
    return [
        Row("actor-cases", "country accuracy", ratio(country, n), n),
        Row("actor-cases", "sector accuracy", ratio(sector, n), n),
    ]
