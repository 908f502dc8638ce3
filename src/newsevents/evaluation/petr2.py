"""PETRARCH-2 validation records: root-code and dyad agreement with the expected codings.

The file is XML-like with '#' comment lines, so it is read with patterns rather than an XML parser.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..records import Article
from . import Row, factual, ratio
from .splits import select
from .codes import gold_country, predicted_country

SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>|<Sentence\b([^>]*)/>(.*?)(?=<Sentence\b|</Sentences>)", re.S)
CODING = re.compile(r"<EventCoding\b([^>]*)/?>")
ATTR = re.compile(r'(\w+)="([^"]*)"')
TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def load(gold: Path) -> list[dict] | None:
    path = gold / "petr2-gsr" / "PETR2_GSR_validation.xml"
    if not path.exists():
        return None
    raw = path.read_text(encoding="utf-8")
    records = []
    for m in SENTENCE.finditer(raw):
        attrs = dict(ATTR.findall(m.group(1) or m.group(3) or ""))
        body = m.group(2) if m.group(2) is not None else m.group(4)
        t = TEXT.search(body)
        if not t:
            continue
        codings = [dict(ATTR.findall(c)) for c in CODING.findall(body)]
        records.append(
            {
                "id": attrs.get("id", ""),
                "text": " ".join(t.group(1).split()),
                "events": [c for c in codings if c.get("eventcode")],
                "noevents": any("noevents" in c for c in codings) or "noevents" in body,
            }
        )
    return records


def run(coder, gold: Path, part: str | None = None) -> list[Row] | None:
    records = load(gold)
    if records is None:
        return None
    records = select("petr2-gsr", records, lambda r: r["id"] or r["text"], part)
    articles = [Article(doc_id=r["id"], text=r["text"], structured=False) for r in records]
    root_hit = root_n = dyad_hit = quiet = quiet_n = 0
    for rec, doc in zip(records, coder.pipe(articles)):
        events = factual(doc.events)
        if not rec["events"]:
            quiet_n += 1
            quiet += not events
            continue
        for g in rec["events"]:
            root_n += 1
            root = g["eventcode"][:2]
            same_root = [e for e in events if e.cameo_root == root]
            root_hit += bool(same_root)
            src, tgt = gold_country(g.get("sourcecode")), gold_country(g.get("targetcode"))
            dyad_hit += any(
                predicted_country(e.source and e.source.to_dict()) == src
                and (not tgt or predicted_country(e.target and e.target.to_dict()) == tgt)
                for e in same_root
            )
    return [
        Row("petr2-gsr", "root-code agreement", ratio(root_hit, root_n), root_n),
        Row("petr2-gsr", "dyad agreement", ratio(dyad_hit, root_n), root_n),
        Row("petr2-gsr", "no-event sentences left quiet", ratio(quiet, quiet_n), quiet_n),
    ]
