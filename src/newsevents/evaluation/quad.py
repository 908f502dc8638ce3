"""Quad class of a sentence's root event, on ConfliBERT's CAMEO-class sentences (922 real news
sentences, each labelled with the quad class of its main event).

The file lives in the training folder beside the gold folder (`../train/`); it is not trained on
here, so both parts are unseen by the model, and only the learn part is read for misses. Its classes
split CAMEO's roots five ways, statements apart from verbal cooperation: 0 = 01-02 (statements,
appeals), 1 = 03-05, 2 = 06-08, 3 = 09-13 and 16, 4 = 14-15 and 17-20.

The root event is the one the coder marks `is_root` (the main clause's), else the first counted
event; a sentence with no counted event is a miss. The figure is given for events over the
threshold, as every other figure, and for events of any confidence, since a statement (CAMEO 01) has
no PLOVER type and the calibration, fitted on PLOVER-typed data, rates statements low.
"""

from __future__ import annotations

from pathlib import Path

from ..records import Article
from . import Row, factual, ratio
from .splits import select

FILE = "conflibert-cameo-class-train.tsv"


def quad_of(root: str) -> int:
    r = int(root)
    if r <= 2:
        return 0
    if r <= 5:
        return 1
    if r <= 8:
        return 2
    return 3 if r <= 13 or r == 16 else 4


def root_event(events):
    return next((e for e in events if e.is_root), events[0] if events else None)


def _right(event, label: int) -> bool:
    return event is not None and quad_of(event.cameo_root) == label


def load(gold: Path) -> list[tuple[str, int]] | None:
    path = gold.parent / "train" / FILE
    if not path.exists():
        return None
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            text, _, label = line.rstrip("\n").rpartition("\t")
            if text.strip() and label.strip().isdigit():
                rows.append((" ".join(text.split()), int(label)))
    return rows


def run(coder, gold: Path, part: str | None = None) -> list[Row] | None:
    rows = load(gold)
    if rows is None:
        return None
    rows = select("confli-quad", rows, lambda r: r[0], part)
    articles = [Article(doc_id=f"q{i}", text=text, structured=False) for i, (text, _) in enumerate(rows)]
    counted = anyconf = 0
    for (_, label), doc in zip(rows, coder.pipe(articles)):
        counted += _right(root_event(factual(doc.events)), label)
        anyconf += _right(root_event(factual(doc.events, 0.0)), label)
    return [
        Row("confli-quad", "root event's quad class", ratio(counted, len(rows)), len(rows)),
        Row("confli-quad", "same, events of any confidence", ratio(anyconf, len(rows)), len(rows)),
    ]
