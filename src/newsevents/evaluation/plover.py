"""PLOVER gold standard records: is an event of the gold type coded, with the gold countries?"""

from __future__ import annotations

import json
from pathlib import Path

from ..records import Article
from . import Row, factual, ratio
from .splits import select
from .codes import gold_country, predicted_country


def _codes(value) -> set[str]:
    if isinstance(value, dict):
        value = [value]
    out = set()
    for a in value or []:
        if isinstance(a, dict) and a.get("code"):
            out.add(gold_country(a["code"]))
    return out


def load(gold: Path) -> list[dict] | None:
    path = gold / "plover-gsr" / "dev.jsonl"
    if not path.exists():
        return None
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run(coder, gold: Path, part: str | None = None) -> list[Row] | None:
    records = load(gold)
    if records is None:
        return None
    records = select("plover-gsr", records, lambda r: r["id"], part)
    articles = [Article(doc_id=r["id"], text=r["text"], structured=False) for r in records]
    hits = coded = right = 0
    src_hit = src_n = tgt_hit = tgt_n = 0
    for rec, doc in zip(records, coder.pipe(articles)):
        gold_type = rec["plover2021"]
        events = [e for e in factual(doc.events) if e.plover.type]
        coded += len(events)
        matched = [e for e in events if e.plover.type == gold_type]
        right += len(matched)
        if matched:
            hits += 1
        srcs, tgts = _codes(rec.get("source")), _codes(rec.get("target"))
        if srcs:
            src_n += 1
            src_hit += any(predicted_country(e.source and e.source.to_dict()) in srcs for e in matched)
        if tgts:
            tgt_n += 1
            tgt_hit += any(predicted_country(e.target and e.target.to_dict()) in tgts for e in matched)
    n = len(records)
    return [
        Row("plover-gsr", "type recall", ratio(hits, n), n),
        Row("plover-gsr", "type precision", ratio(right, coded), coded),
        Row("plover-gsr", "source country", ratio(src_hit, src_n), src_n),
        Row("plover-gsr", "target country", ratio(tgt_hit, tgt_n), tgt_n),
    ]
