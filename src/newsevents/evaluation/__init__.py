"""Evaluations against the gold sets described in the gold folder's README.

Each module has `run(coder, folder) -> list[Row] | None`; None means its data is absent, and the set
is left out of the table without a message.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class Row:
    dataset: str
    measure: str
    value: float
    n: int

    def as_dict(self) -> dict:
        return {"dataset": self.dataset, "measure": self.measure, "value": round(self.value, 4), "n": self.n}


def factual(events) -> list:
    """The events a user counts: neither negated nor hypothetical (questions, conditionals)."""
    return [e for e in events if not e.negated and e.modality != "hypothetical"]


def ratio(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def run_all(coder, gold: Path, only: list[str] | None = None, polnear_split: str = "dev") -> list[Row]:
    from . import actor_set, case2021, geo, petr2, plover, polnear

    rows: list[Row] = []
    sets = (("actors", actor_set), ("plover", plover), ("case2021", case2021), ("petr2", petr2), ("polnear", polnear), ("geo", geo))
    for name, module in sets:
        if only and name not in only:
            continue
        # PolNeAR has a train split too: rules were written reading dev, so train is the fairer test
        result = module.run(coder, gold, polnear_split) if module is polnear else module.run(coder, gold)
        if result:
            rows.extend(result)
    return rows


def format_table(rows: list[Row]) -> str:
    if not rows:
        return ""
    w1 = max(len(r.dataset) for r in rows)
    w2 = max(len(r.measure) for r in rows)
    lines = [f"{'dataset':<{w1}}  {'measure':<{w2}}  {'value':>6}  {'n':>5}"]
    for r in rows:
        lines.append(f"{r.dataset:<{w1}}  {r.measure:<{w2}}  {r.value:>6.3f}  {r.n:>5}")
    return "\n".join(lines)
