"""Evaluations against the gold sets described in the gold folder's README.

Each module has `run(coder, folder, part=None) -> list[Row] | None`; None means its data is absent,
and the set is left out of the table without a message. `part` is "learn" or "score" (splits.py):
`run_all` scores both parts of every set, so that each figure comes with the figure on the part
nobody read, and the gap between them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..records import DEFAULT_MIN_CONFIDENCE

# The confidence an event needs to count, as `query` and `export` apply it; `evaluate
# --min-confidence` changes it for one run.
MIN_CONFIDENCE = DEFAULT_MIN_CONFIDENCE


@dataclass
class Row:
    dataset: str
    measure: str
    value: float
    n: int
    part: str = "all"  # learn | score | all (a set that is not split: the project's own cases)

    def as_dict(self) -> dict:
        return {"dataset": self.dataset, "measure": self.measure, "part": self.part, "value": round(self.value, 4), "n": self.n}


def factual(events, min_confidence: float | None = None) -> list:
    """The events a user counts: neither negated nor hypothetical (questions, conditionals), and
    at least as sure as `min_confidence` (the threshold in force when None)."""
    floor = MIN_CONFIDENCE if min_confidence is None else min_confidence
    return [e for e in events if not e.negated and e.modality != "hypothetical"
            and (e.confidence is None or e.confidence >= floor)]


def ratio(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


SETS = ("actors", "ngec", "plover", "case2021", "petr2", "quad", "polnear", "geo", "offtopic")


def run_all(coder, gold: Path, only: list[str] | None = None, polnear_split: str = "dev", split: bool = True) -> list[Row]:
    """Every set found under `gold`; with `split`, each set's learn and score parts apart (PolNeAR:
    dev is learnt from, train scored), else each set whole (PolNeAR: `polnear_split`)."""
    from . import actor_set, case2021, geo, ngec, offtopic, petr2, plover, polnear, quad

    modules = {"actors": actor_set, "ngec": ngec, "plover": plover, "case2021": case2021, "petr2": petr2, "quad": quad,
               "polnear": polnear, "geo": geo, "offtopic": offtopic}
    rows: list[Row] = []
    for name in SETS:
        if only and name not in only:
            continue
        module = modules[name]
        if module is actor_set:  # written for this project, not gold: not split
            rows.extend(module.run(coder, gold) or ())
        elif module is polnear:
            runs = [("learn", "dev"), ("score", "train")] if split else [("all", polnear_split)]
            for part, which in runs:
                for r in module.run(coder, gold, which) or ():
                    r.part = part
                    r.dataset = "polnear" if split else r.dataset
                    rows.append(r)
        else:
            for part in ("learn", "score") if split else (None,):
                for r in module.run(coder, gold, part) or ():
                    r.part = part or "all"
                    rows.append(r)
    return rows


def format_table(rows: list[Row]) -> str:
    """One line per measure: its value on the learn part, on the score part, and the gap (score
    minus learn); a set that is not split shows one value."""
    if not rows:
        return ""
    table: dict[tuple[str, str], dict[str, Row]] = {}
    for r in rows:
        table.setdefault((r.dataset, r.measure), {})[r.part] = r
    w1 = max(len(d) for d, _ in table)
    w2 = max(len(m) for _, m in table)
    lines = [f"{'dataset':<{w1}}  {'measure':<{w2}}  {'learn':>6}  {'score':>6}  {'gap':>6}  {'n learn':>7}  {'n score':>7}"]
    for (dataset, measure), parts in table.items():
        if "all" in parts:
            r = parts["all"]
            lines.append(f"{dataset:<{w1}}  {measure:<{w2}}  {'':>6}  {r.value:>6.3f}  {'':>6}  {'':>7}  {r.n:>7}  (not split)")
            continue
        learn, score = parts.get("learn"), parts.get("score")
        gap = f"{score.value - learn.value:>+6.3f}" if learn and score else f"{'':>6}"
        lines.append(f"{dataset:<{w1}}  {measure:<{w2}}  {learn.value if learn else float('nan'):>6.3f}  "
                     f"{score.value if score else float('nan'):>6.3f}  {gap}  {learn.n if learn else 0:>7}  {score.n if score else 0:>7}")
    return "\n".join(lines)
