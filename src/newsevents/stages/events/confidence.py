"""How sure each event is: the lexicon's reading of a clause weighed against what the learned model
(`learned.py`) reads in the whole sentence.

An event gets features that say how well the two agree (the model's probability of the event's type,
or for a statement, which has no type, of some political event; of no event at all; whether the type
is the model's first choice) and how the lexicon found it (a
verb pattern, a noun, a construction, the model's own proposal; whether it has a source and a
target). A logistic calibration fitted on coded events of the gold sets' learn parts and on
sentences of no event (`scripts/train_events.py`) turns them into a probability that the event, as
typed, is right. `DEFAULT_MIN_CONFIDENCE` is the threshold `ingest`, `query`, `export` and the
evaluation use unless told otherwise.
"""

from __future__ import annotations

import math

from ...records import DEFAULT_MIN_CONFIDENCE, Event  # noqa: F401  (the threshold lives with the contract)
FEATURES = ("log_p_type", "log_p_none", "first_choice", "margin", "nominal", "construction", "learned",
            "has_source", "has_target", "statement", "political_source", "political_target", "political_story")
# The sectors of actors whose acts are political events: a footballer, a company or a town is not one.
POLITICAL = {"GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "PTY", "SPY", "IGO", "NGO", "SOC", "UAF", "PRM", "PRE",
             "ELI", "CRM", "REF", "MED", "JRN", "REL", "LAB"}


def political(a) -> bool:
    return a is not None and bool({a.sector, a.agent} & POLITICAL or (a.code or "").startswith("IGO"))


def _public_voice(a) -> bool:
    """Whether a statement's speaker speaks in public affairs: a political actor, or a country or
    its people with no trade of their own ("Japan is considering", "Americans said")."""
    return political(a) or a is not None and bool(a.country) and a.sector is None and not a.inferred \
        and a.name is not None and a.agent in (None, "CVL")


def story_politics(actors) -> float:
    """The share of a story's actors that are political ones: low in a sports or business story."""
    return sum(political(a) for a in actors) / len(actors) if actors else 0.0
STATEMENT = "(statement)"  # CAMEO 01 has no PLOVER type: the model's NONE is its own class for it


def event_features(e: Event, p: dict[str, float], politics: float) -> list[float]:
    kind = e.plover.type
    none = p.get("NONE", 0.0)
    types = {k: v for k, v in p.items() if k != "NONE"}
    first = max(types, key=types.get) if types else None
    # A statement (CAMEO 01) has no type of the model's own: what makes it news is that a political
    # actor says it in a sentence that is political at all, which the model's NONE (sport, business,
    # private life) says the opposite of. A company's or a coach's comment is no event.
    p_type = types.get(kind, 0.0) if kind else (1.0 - none) * _public_voice(e.source)
    second = max((v for k, v in types.items() if k != kind), default=0.0) if kind else p_type
    rule = e.rule or ""
    return [
        math.log(max(p_type, 1e-6)),
        math.log(max(none, 1e-6)),
        float(kind is not None and kind == first),
        p_type - second,
        float(rule.startswith("nominal")),
        float(rule.startswith("construction")),
        float(rule.startswith("learned")),
        float(e.source is not None and bool(e.source.country or e.source.code)),
        float(e.target is not None and bool(e.target.country or e.target.code)),
        float(kind is None),
        float(political(e.source)),
        float(political(e.target)),
        politics,
    ]


class Calibration:
    """A logistic model over `event_features`: weights by feature name, and an intercept."""

    def __init__(self, weights: dict[str, float], intercept: float):
        self.weights, self.intercept = weights, intercept

    def __call__(self, feats: list[float]) -> float:
        z = self.intercept + sum(self.weights.get(n, 0.0) * x for n, x in zip(FEATURES, feats))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def uncalibrated(feats: list[float]) -> float:
    """Before a calibration is fitted: the model's probability of the type, relative to its best."""
    return min(1.0, math.exp(feats[0]) / max(1e-6, math.exp(feats[0]) - feats[3])) if feats[3] < 0 else 1.0


def score(events: list[Event], p: dict[str, float], politics: float, calibration: Calibration | None) -> None:
    for e in events:
        feats = event_features(e, p, politics)
        e.confidence = round(calibration(feats) if calibration is not None else uncalibrated(feats), 3)
