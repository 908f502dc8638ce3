"""Train the event-type model (`src/newsevents/models/event_types.npz`) and write its model card.

    python scripts/train_events.py --train ../shared/train --gold ../shared/gold

Deterministic (seeded; the same inputs give the same weights) and sized for a laptop: the sentences
are parsed with the package's spaCy model and the features of `stages/events/learned.py`, then a
multinomial logistic regression is fitted (scikit-learn, the `train` extra), in a few minutes on two
cores. Training data (see ../shared/train/README.md for sources and licences):

- plv-train.csv: real news sentences with PLOVER root types (YIELD counts half as CONCEDE, half as
  RETREAT, which PLOVER 2021 split it into);
- ngec-synthetic-plover.csv.gz: synthetic stories; the headline template (slots filled with country
  and city names) and the lead sentence of each story, with the story's type, at half weight;
- the learn parts (evaluation/splits.py) of the gold sets whose licences allow it, never their score
  parts: PLOVER records (CC BY-SA 4.0) and PETRARCH-2 sentences (MIT; CAMEO roots through the
  CAMEO->PLOVER table; no-event sentences as none). CASE-2021, PolNeAR and GeoWebNews state no
  licence or hold third-party text: evaluation only, never trained or calibrated on;
- sentences of no political event made from templates (scripts/train_data/negatives.py: sport,
  business, culture, weather, political figures' private lives), labelled NONE.

A folder that is missing is skipped with a message; with no training data at all the script stops.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import json
import os
import random
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from newsevents.evaluation import offtopic, petr2, plover  # noqa: E402
from newsevents.evaluation.splits import select  # noqa: E402
from newsevents.knowledge.ontology import cameo_table  # noqa: E402
from newsevents.records import DEFAULT_MIN_CONFIDENCE  # noqa: E402
from newsevents.stages.events import learned  # noqa: E402
from newsevents.stages.parse import load_model  # noqa: E402

OUT = ROOT / "src" / "newsevents" / "models"
SEED = 20261202
TYPES = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "CONCEDE", "RETREAT", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
OLD_NAMES = {"DEMAND": ["REQUEST"], "DISAPPROVE": ["ACCUSE"], "INVESTIGATE": ["ACCUSE"], "FIGHT": ["ASSAULT"],
             "YIELD": ["CONCEDE", "RETREAT"]}


def labels(raw: str) -> list[str]:
    raw = raw.strip().upper()
    return OLD_NAMES.get(raw, [raw] if raw in TYPES else [])


class Examples:
    """(text, label, weight, origin) rows, with a count per origin."""

    def __init__(self):
        self.rows: list[tuple[str, str, float, str]] = []

    def add(self, text: str, kinds: list[str], weight: float, origin: str) -> None:
        text = " ".join(text.split())
        for k in kinds:
            self.rows.append((text, k, weight / len(kinds), origin))

    def counts(self) -> dict[str, int]:
        return dict(Counter(o for _, _, _, o in self.rows))


def read_plv(train: Path, ex: Examples) -> None:
    path = train / "plv-train.csv"
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            kinds = labels(r["label"])
            if kinds and r["text"].strip():
                ex.add(r["text"], kinds, 1.0, "plv-train")


def read_synthetic(train: Path, ex: Examples, rng: random.Random, nlp) -> None:
    import pycountry

    names = sorted(c.name for c in pycountry.countries if "," not in c.name and len(c.name) < 20)
    cities = ["Lagos", "Manila", "Lima", "Karachi", "Nairobi", "Kyiv", "Tbilisi", "Dhaka", "Bogota", "Amman", "Hanoi",
              "Accra", "Tunis", "Baku", "Quito", "Harare", "Kabul", "Riga", "Yangon", "Caracas"]
    with gzip.open(train / "ngec-synthetic-plover.csv.gz", "rt", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    seen_titles = set()
    leads = []
    for r in rows:
        kinds = labels(r["label"])
        if not kinds:
            continue
        if r["title"] not in seen_titles:
            seen_titles.add(r["title"])
            title = re.sub(r"\{country_\d\}", lambda _: rng.choice(names), r["title"])
            ex.add(title.replace("{city}", rng.choice(cities)), kinds, 0.5, "synthetic-title")
        leads.append((r["text"], kinds))
    for (text, kinds), doc in zip(leads, nlp.pipe((t[:600] for t, _ in leads), batch_size=64)):
        first = next(iter(doc.sents), None)
        if first is not None and len(first) > 4:
            ex.add(first.text, kinds, 0.5, "synthetic-lead")


def read_gold(gold: Path, ex: Examples) -> None:
    """The learn parts only: the score parts are what the coder is measured on."""
    records = plover.load(gold)
    if records:
        for r in select("plover-gsr", records, lambda r: r["id"], "learn"):
            kinds = labels(r.get("plover2021") or "")
            if kinds:
                ex.add(r["text"], kinds, 1.0, "plover-gsr learn")
    records = petr2.load(gold)
    if records:
        cameo = cameo_table()
        for r in select("petr2-gsr", records, lambda r: r["id"] or r["text"], "learn"):
            kinds = sorted({cameo[e["eventcode"]].plover_type for e in r["events"]
                            if e["eventcode"] in cameo and cameo[e["eventcode"]].plover_type})
            if kinds:
                ex.add(r["text"], kinds, 1.0, "petr2 learn")
            elif r["noevents"]:
                ex.add(r["text"], [learned.NONE], 1.0, "petr2 learn")


def read_negatives(ex: Examples, n: int) -> None:
    try:
        from train_data import negatives
    except ImportError:
        print("no scripts/train_data/negatives.py: no template negatives", file=sys.stderr)
        return

    for s in negatives.sentences(SEED, n):
        ex.add(s, [learned.NONE], 1.0, "negatives")
    for s in negatives.private_life(SEED + 1, n // 4):
        ex.add(s, [learned.NONE], 1.0, "negatives (private life)")


def matrix(docs):
    """Hashed, unit-length feature rows: the same features the coder reads at run time."""
    from scipy.sparse import csr_matrix

    indptr, indices = [0], []
    for doc in docs:
        idx = learned.buckets(learned.features(doc[:]))
        indices.extend(idx.tolist())
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    m = csr_matrix((data, np.array(indices, dtype=np.int64), np.array(indptr)), shape=(len(indptr) - 1, learned.BUCKETS))
    norms = np.sqrt(np.maximum(1, np.diff(m.indptr)))
    return m.multiply(1 / norms[:, None]).tocsr()


def fit(X, y, w, classes: list[str], c: float):
    """The multinomial logistic regression: (weights as float16 buckets x classes, bias, accuracy)."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=2000, tol=1e-5)
    clf.fit(X, y, sample_weight=w)
    weights = np.zeros((learned.BUCKETS, len(classes)), dtype=np.float16)
    weights[:, clf.classes_] = clf.coef_.T.astype(np.float16)
    bias = np.full(len(classes), -30.0, dtype=np.float32)  # a class with no example is never chosen
    bias[clf.classes_] = clf.intercept_
    return weights, bias, float((clf.predict(X) == y).mean())


def save(path: Path, weights, bias, classes: list[str], meta: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, weights=weights, bias=bias, classes=np.array(classes),
                        **{f"meta_{k}": np.array(str(v)) for k, v in meta.items()})


FOLDS = 2


def fold(text: str) -> int:
    return zlib.crc32(text.encode("utf-8")) % FOLDS


def calibration_texts(gold: Path, train: Path) -> list[tuple[str, object]]:
    """(text, judge) pairs: judge(event) says whether a coded event is right (None: cannot say).
    The real news sentences of plv-train, the gold sets' learn parts, and template paragraphs and
    off-topic stories of no event, where every event is wrong."""
    out = []
    path = train / "plv-train.csv"
    if path.exists():
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                want = set(labels(r["label"]))
                if want and r["text"].strip():
                    out.append((r["text"], lambda e, want=want: e.plover.type in want if e.plover.type else None))
    for r in select("plover-gsr", plover.load(gold) or [], lambda r: r["id"], "learn"):
        want = set(labels(r.get("plover2021") or ""))
        out.append((r["text"], lambda e, want=want: e.plover.type in want if e.plover.type else None))
    for r in select("petr2-gsr", petr2.load(gold) or [], lambda r: r["id"] or r["text"], "learn"):
        roots = {e["eventcode"][:2] for e in r["events"]}
        out.append((r["text"], lambda e, roots=roots: e.cameo_root in roots))
    try:
        from train_data import negatives
    except ImportError:
        negatives = None
    if negatives is not None:
        sents = negatives.sentences(SEED + 7, 600) + negatives.private_life(SEED + 8, 200)
        for k in range(0, len(sents), 4):  # paragraphs of four sentences, as in a story
            out.append((" ".join(sents[k:k + 4]), lambda e: False))
    # Stories of sport, business and culture written for the project (the learn sets of off-topic
    # quiet): real prose in which every event is wrong, unlike the templates' short sentences. They
    # teach the calibration what a story of no politics looks like; they are not type-model data.
    off = offtopic.stories((Path(__file__).parent / "train_data" / "offtopic_stories.txt").read_text(encoding="utf-8"))
    off += select("offtopic", offtopic.load(), lambda st: st[0], "learn")
    out.extend((f"{headline}\n\n{body}", lambda e: False) for headline, body in off)
    return [(" ".join(t.split()), judge) for t, judge in out]


def calibrate(X, y, w, texts: list[str], classes: list[str], c: float, gold: Path, train: Path, nlp) -> tuple[dict, dict]:
    """Fit `confidence.Calibration` on the events the coder finds in real news, each text coded with
    a model fitted without it (cross-fitting in FOLDS folds), so that the model's probabilities are
    as they will be on unseen news."""
    import tempfile

    import newsevents
    from newsevents.records import Article
    from newsevents.stages.events import confidence
    from sklearn.linear_model import LogisticRegression

    items = calibration_texts(gold, train)
    row_folds = np.array([fold(t) for t in texts])
    feats, ys = [], []
    for k in range(FOLDS):
        keep = row_folds != k
        weights, bias, _ = fit(X[keep], y[keep], w[keep], classes, c)
        chosen = [(t, judge) for t, judge in items if fold(t) == k]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"fold{k}.npz"
            save(path, weights, bias, classes, {"feature_version": learned.FEATURE_VERSION})
            model = learned.TypeModel.load(path)
            os.environ["NEWSEVENTS_EVENT_MODEL"] = str(path)  # the coder proposes events with it too
            learned.model.cache_clear()
            coder = newsevents.load()
            docs = list(coder.pipe([Article(f"c{i}", t, structured=False) for i, (t, _) in enumerate(chosen)]))
            del os.environ["NEWSEVENTS_EVENT_MODEL"]
            learned.model.cache_clear()
        for (text, judge), doc in zip(chosen, docs):
            politics = confidence.story_politics(doc.actors)
            sents = list(nlp(text).sents)
            for e in doc.events:
                right = judge(e)
                if right is None or e.negated or e.modality == "hypothetical":
                    continue
                sent = min(sents, key=lambda s: abs(s.start_char - e.start))
                feats.append(confidence.event_features(e, model.predict(sent), politics))
                ys.append(int(right))
    clf = LogisticRegression(C=1.0, max_iter=1000).fit(np.array(feats), np.array(ys))
    weights = {n: round(float(v), 4) for n, v in zip(confidence.FEATURES, clf.coef_[0])}
    return {"weights": weights, "intercept": round(float(clf.intercept_[0]), 4)}, {"events": len(ys), "right": sum(ys)}


def held_out_scores(weights, bias, classes: list[str], gold: Path, nlp) -> dict:
    """The classifier alone on the gold sets' score parts, which it never saw: how often its first
    choice is the record's type."""
    model = learned.TypeModel(weights.astype(np.float32), bias, classes, {})
    out = {}
    sets = {"plover-gsr score part": [(r["text"], set(labels(r.get("plover2021") or "")))
                                      for r in select("plover-gsr", plover.load(gold) or [], lambda r: r["id"], "score")]}
    cameo = cameo_table()
    sets["petr2-gsr score part"] = [
        (r["text"], {cameo[e["eventcode"]].plover_type for e in r["events"] if e["eventcode"] in cameo} - {None} or {learned.NONE})
        for r in select("petr2-gsr", petr2.load(gold) or [], lambda r: r["id"] or r["text"], "score")]
    for name, rows in sets.items():
        rows = [(t, want) for t, want in rows if want]
        if not rows:
            continue
        hits = 0
        for (text, want), doc in zip(rows, nlp.pipe((t for t, _ in rows), batch_size=64)):
            p = model.scores(learned.buckets(learned.features(doc[:])))
            hits += classes[int(p.argmax())] in want
        out[name] = {"first choice right": round(hits / len(rows), 3), "n": len(rows)}
    return out


CARD = """# The event-type model (`event_types.npz`)

Written by `scripts/train_events.py` on {trained}; do not edit by hand.

**What it is.** A multinomial logistic regression over hashed features of a sentence's spaCy parse
(masked lemmas, lemma pairs, verb-object, verb-preposition, subject-verb and negation features; see
`stages/events/learned.py`), {buckets} buckets x {n_classes} classes (PLOVER's 16 types and NONE),
float16, C={c}, seed {seed}. With it, a logistic calibration of each coded event's confidence
(`stages/events/confidence.py`), fitted on {cal_events} events the coder found in plv-train's real news sentences, the gold learn
parts, template paragraphs of no event and the off-topic stories written for the project (their learn
parts) ({cal_right} of them right), each text coded with a model fitted without it (two-fold
cross-fitting).

**What it does in the coder.** It gives every event a `confidence`; it proposes an event where no
lexicon entry fires and it is at least {propose_min} sure of a type (`learned.PROPOSE_MIN`); the
default threshold ({threshold}) leaves out the events it finds implausible.

**Training data** (examples per origin; weights balance the classes):

{examples}

| data | source | licence |
|---|---|---|
| plv-train.csv | yibo-hu-lab/event-coding-reliability (PLV probes, train split), leakage-filtered | no licence stated; research use |
| ngec-synthetic-plover.csv.gz | ahalterman/NGEC synthetic stories (headline templates and lead sentences) | no licence file (NGEC-2025 is MIT); synthetic text |
| PLOVER gold records, learn part | plover-gsr | CC BY-SA 4.0 |
| PETRARCH-2 validation records, learn part | petr2-gsr | MIT |
| template sentences of no event | scripts/train_data/negatives.py (this project) | MIT |
| off-topic stories (calibration only) | scripts/train_data/offtopic_stories.txt and the learn part of evaluation/offtopic.txt (this project) | MIT |

Not trained or calibrated on: CASE-2021, PolNeAR, GeoWebNews (no licence for training; evaluation
only), ConfliBERT's CAMEO-class sentences (`confli-quad`, evaluation only), the score parts of every
gold set, or the score part of `evaluation/offtopic.txt`. Because the weights are
partly derived from CC BY-SA 4.0 records, treat the model file as CC BY-SA 4.0 as well.

**The classifier alone on held-out parts** (first choice right; the coder's figures, which combine
it with the parse, are in the README's evaluation table):

{held_out}

**Limits.** It reads one sentence as a bag of parse features: it knows nothing of the actors, so an
event it proposes is kept only when the parse gives it a political source with a country. It was
trained on wire news in English; sport and business text is only what the templates and the
synthetic stories cover.
"""


def write_card(path: Path, meta: dict, held_out: dict, cal_counts: dict) -> None:
    examples = "\n".join(f"- {k}: {v}" for k, v in sorted(json.loads(meta["examples"]).items()))
    held = "\n".join(f"- {k}: {v['first choice right']:.3f} of {v['n']}" for k, v in held_out.items()) or "- (no gold folder)"
    path.write_text(CARD.format(trained=meta["trained"], buckets=learned.BUCKETS, n_classes=len(TYPES) + 1, c=meta["c"],
                                seed=meta["seed"], cal_events=cal_counts["events"], cal_right=cal_counts["right"],
                                propose_min=learned.PROPOSE_MIN, threshold=DEFAULT_MIN_CONFIDENCE, examples=examples, held_out=held), encoding="utf-8")


def balanced(y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Weights that give every class the same total: the synthetic stories' many CONCEDE stories
    must not make CONCEDE the model's answer to anything it does not know."""
    totals = np.bincount(y, weights=w)
    return w * (w.sum() / (np.count_nonzero(totals) * totals[y]))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--train", default="../shared/train", help="the training-data folder")
    p.add_argument("--gold", default="../shared/gold", help="the gold folder (its learn parts are used)")
    p.add_argument("--out", default=str(OUT / "event_types.npz"))
    p.add_argument("--negatives", type=int, default=3000, help="template sentences of no event")
    p.add_argument("--c", type=float, default=4.0, help="inverse regularisation strength")
    args = p.parse_args()
    train, gold = Path(args.train), Path(args.gold)
    rng = random.Random(SEED)
    nlp = load_model()
    ex = Examples()
    if (train / "plv-train.csv").exists():
        read_plv(train, ex)
        read_synthetic(train, ex, rng, nlp)
    else:
        print(f"no training folder at {train}: trained on the gold learn parts and templates only", file=sys.stderr)
    if gold.exists():
        read_gold(gold, ex)
    else:
        print(f"no gold folder at {gold}: its learn parts are left out", file=sys.stderr)
    read_negatives(ex, args.negatives)
    if not any(o != "negatives" and not o.startswith("negatives") for *_, o in ex.rows):
        print("no labelled event data found: nothing to train on", file=sys.stderr)
        return 2
    texts = [t for t, *_ in ex.rows]
    unique = sorted(set(texts))
    parsed = dict(zip(unique, nlp.pipe(unique, batch_size=64)))
    X = matrix(parsed[t] for t in texts)
    classes = [*TYPES, learned.NONE]
    y = np.array([classes.index(k) for _, k, _, _ in ex.rows])
    w = balanced(y, np.array([wt for _, _, wt, _ in ex.rows], dtype=np.float64))
    calibration, cal_counts = calibrate(X, y, w, texts, classes, args.c, gold, train, nlp)
    weights, bias, accuracy = fit(X, y, w, classes, args.c)
    meta = {
        "feature_version": learned.FEATURE_VERSION,
        "trained": dt.date.today().isoformat(),
        "seed": SEED,
        "c": args.c,
        "examples": json.dumps(ex.counts(), sort_keys=True),
        "labels": json.dumps(dict(Counter(k for _, k, _, _ in ex.rows)), sort_keys=True),
        "calibration": json.dumps(calibration, sort_keys=True),
        "calibration_events": json.dumps(cal_counts, sort_keys=True),
    }
    out = Path(args.out)
    save(out, weights, bias, classes, meta)
    held_out = held_out_scores(weights, bias, classes, gold, nlp) if gold.exists() else {}
    write_card(out.with_name("EVENT_TYPES.md"), meta, held_out, cal_counts)
    print("held out:", json.dumps(held_out))
    print(f"{len(ex.rows)} examples, {len(unique)} texts; training accuracy {accuracy:.3f}; wrote {out} "
          f"({out.stat().st_size / 2**20:.1f} MB)")
    print("calibration:", json.dumps(calibration), json.dumps(cal_counts))
    print(json.dumps(ex.counts(), indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
