"""CASE 2021 task 2 snippets: does the coder produce an event of the type the ACLED-style label implies?

The mapping below is ours (the gold README gives its main lines). A snippet is a hit when some
asserted event has one of the listed PLOVER types (or, for DIPLO, any cooperative quad class).
Labels with no political event (accidents, OTHER, ATTRIB) are left out of the hit rate; natural
disasters are scored separately: the coder should stay silent about violence and coercion.
"""

from __future__ import annotations

import csv
from pathlib import Path

from ..records import Article
from . import Row, factual, ratio
from .splits import select

VIOLENT = {"ASSAULT"}
EXPECTED = {
    "AIR_STRIKE": {"ASSAULT"},
    "ARMED_CLASH": {"ASSAULT"},
    "ATTACK": {"ASSAULT"},
    "ART_MISS_ATTACK": {"ASSAULT"},
    "GRENADE": {"ASSAULT"},
    "SUIC_BOMB": {"ASSAULT"},
    "REM_EXPLOS": {"ASSAULT"},
    "CHEM_WEAP": {"ASSAULT"},
    "SEX_VIOL": {"ASSAULT"},
    "ABDUCT_DISSAP": {"ASSAULT", "COERCE"},
    "MOB_VIOL": {"ASSAULT", "PROTEST"},
    "DISR_WEAP": {"COERCE", "ASSAULT"},
    "FORCE_AGAINST_PROTEST": {"COERCE", "ASSAULT"},
    "PEACE_PROTEST": {"PROTEST"},
    "PROTEST_WITH_INTER": {"PROTEST"},
    "VIOL_DEMONSTR": {"PROTEST", "ASSAULT"},
    "ARREST": {"COERCE"},
    "AGREEMENT": {"AGREE"},
    "CHANGE_TO_GROUP_ACT": {"MOBILIZE", "RETREAT"},
    "GOV_REGAINS_TERIT": {"ASSAULT", "COERCE"},
    "NON_STATE_ACTOR_OVERTAKES_TER": {"ASSAULT", "COERCE"},
    "NON_VIOL_TERRIT_TRANSFER": {"RETREAT", "COERCE", "CONCEDE"},
    "HQ_ESTABLISHED": {"MOBILIZE", "COERCE"},
    "ORG_CRIME": {"ASSAULT", "COERCE"},
    "PROPERTY_DISTRUCT": {"COERCE", "ASSAULT"},
}
COOPERATIVE = "DIPLO"


def _hit(label: str, events) -> bool:
    if label == COOPERATIVE:
        return any(e.quad_class in (1, 2) and e.plover.type for e in events)
    if label == "AGREEMENT":
        # Signing a formal agreement (CAMEO 057) is PLOVER SUPPORT, but it is the agreement itself.
        return any(e.plover.type == "AGREE" or e.cameo == "057" for e in events)
    return any(e.plover.type in EXPECTED[label] for e in events)


def run(coder, gold: Path, part: str | None = None) -> list[Row] | None:
    path = gold / "case2021-task2" / "dev.tsv"
    if not path.exists():
        return None
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    rows = select("case2021", rows, lambda r: r["id"], part)
    articles = [Article(doc_id=r["id"], text=r["EventSnippet"], structured=False) for r in rows]
    hits = scored = quiet = disasters = 0
    for rec, doc in zip(rows, coder.pipe(articles)):
        label = rec["SubType"]
        events = factual(doc.events)
        if label == "NATURAL_DISASTER":
            disasters += 1
            quiet += not any(e.plover.type in ("ASSAULT", "COERCE") for e in events)
        elif label in EXPECTED or label == COOPERATIVE:
            scored += 1
            hits += _hit(label, events)
    return [
        Row("case2021", "hit rate", ratio(hits, scored), scored),
        Row("case2021", "disasters left quiet", ratio(quiet, disasters), disasters),
    ]
