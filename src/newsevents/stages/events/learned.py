"""The learned event-type model: how likely each PLOVER type (or none) is for a sentence, from its
parse. Trained by `scripts/train_events.py`; the weights ship in `models/event_types.npz` with a model
card (`models/EVENT_TYPES.md`).

A sentence is read as a bag of features of its own parse, so that training and coding read it the
same way: the lemmas of its words (names and numbers masked by their kind, so that "Chad" and
"Peru" teach the same thing), pairs of neighbouring lemmas, and for every verb its lemma, its
object's, its particle and prepositions, and whether it is negated. Features are hashed (CRC-32,
stable across processes) into a fixed number of buckets; the model is a multinomial logistic
regression, so a prediction is a sum of rows of one matrix and a softmax: about as costly as
reading the sentence once more.
"""

from __future__ import annotations

import json
import os
import zlib
from functools import lru_cache
from importlib import resources

import numpy as np
from spacy.tokens import Span

from .confidence import Calibration

FEATURE_VERSION = 1
BUCKETS = 1 << 18
NONE = "NONE"  # no political event
# How sure the model must be of a type to propose an event the lexicon did not find. The model's
# probabilities are flat (its first choice is right about 0.6 of the time on held-out records), so
# the bar is high: a wrong event is worse than none.
PROPOSE_MIN = 0.8
# Names and numbers stand for their kind: the model learns "<GPE> troops attacked", not "Chad".
MASKED = {"GPE": "<place>", "LOC": "<place>", "FAC": "<place>", "NORP": "<people>", "PERSON": "<person>",
          "ORG": "<org>", "DATE": "<date>", "TIME": "<date>", "CARDINAL": "<num>", "QUANTITY": "<num>",
          "MONEY": "<money>", "PERCENT": "<num>", "ORDINAL": "<num>"}


def _word(t) -> str:
    if t.ent_type_ in MASKED:
        return MASKED[t.ent_type_]
    if t.like_num:
        return "<num>"
    return t.lemma_.lower()


def features(sent: Span) -> list[str]:
    """The features of one sentence (a spaCy span with a parse), as strings."""
    toks = [t for t in sent if not (t.is_punct or t.is_space)]
    words = [_word(t) for t in toks]
    out = {"w:" + w for w in words}
    content = [w for w, t in zip(words, toks) if not t.is_stop]
    out.update(f"b:{a}_{b}" for a, b in zip(content, content[1:]))
    for t in sent:
        if t.pos_ not in ("VERB", "AUX") or t.pos_ == "AUX" and t.dep_ != "ROOT":
            continue
        v = t.lemma_.lower()
        out.add("v:" + v)
        if t.dep_ == "ROOT":
            out.add("root:" + v)
        for c in t.children:
            if c.dep_ in ("dobj", "attr", "nsubjpass", "oprd"):
                out.add(f"vo:{v}_{_word(c)}")
            elif c.dep_ == "prt":
                out.add(f"vp:{v}_{c.lower_}")
            elif c.dep_ == "prep":
                out.add(f"vp:{v}_{c.lower_}")
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    out.add(f"vpo:{v}_{c.lower_}_{_word(obj)}")
            elif c.dep_ == "neg":
                out.add("neg:" + v)
            elif c.dep_ in ("nsubj", "agent"):
                out.add(f"sv:{_word(c)}_{v}")
            elif c.dep_ == "xcomp":
                out.add(f"vx:{v}_{c.lemma_.lower()}")
    return sorted(out)


def buckets(feats: list[str]) -> np.ndarray:
    return np.unique(np.fromiter((zlib.crc32(f.encode("utf-8")) % BUCKETS for f in feats), dtype=np.int64))


class TypeModel:
    """P(type | sentence) over PLOVER's 16 types and NONE."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, classes: list[str], meta: dict):
        self.weights, self.bias, self.classes, self.meta = weights, bias, classes, meta
        self.index = {c: i for i, c in enumerate(classes)}
        cal = json.loads(meta["calibration"]) if meta.get("calibration") else None
        self.calibration = Calibration(cal["weights"], cal["intercept"]) if cal else None

    @classmethod
    def load(cls, path=None) -> TypeModel:
        """The model at `path`, else the one shipped in the package."""
        if path is None:
            with resources.as_file(resources.files("newsevents").joinpath("models/event_types.npz")) as shipped:
                return cls._read(shipped)
        return cls._read(path)

    @classmethod
    def _read(cls, path) -> TypeModel:
        with np.load(path, allow_pickle=False) as z:
            meta = {k[5:]: str(z[k]) for k in z.files if k.startswith("meta_")}
            if int(meta.get("feature_version", -1)) != FEATURE_VERSION:
                raise ValueError(f"{path}: event-type model built for features v{meta.get('feature_version')}, "
                                 f"this code reads v{FEATURE_VERSION}; run scripts/train_events.py")
            return cls(z["weights"].astype(np.float32), z["bias"].astype(np.float32), [str(c) for c in z["classes"]], meta)

    def scores(self, idx: np.ndarray) -> np.ndarray:
        # rows are scaled as in training: a sentence's feature vector has unit length
        z = self.weights[idx].sum(axis=0) / max(1.0, np.sqrt(len(idx))) + self.bias
        z = np.exp(z - z.max())
        return z / z.sum()

    def predict(self, sent: Span) -> dict[str, float]:
        p = self.scores(buckets(features(sent)))
        return {c: float(p[i]) for i, c in enumerate(self.classes)}


def proposal(p: dict[str, float] | None) -> str | None:
    """The type the model is sure enough of to propose an event where the lexicon finds none."""
    if not p:
        return None
    best = max(p, key=p.get)
    return best if best != NONE and p[best] >= PROPOSE_MIN else None


@lru_cache(maxsize=1)
def model() -> TypeModel | None:
    """The model `NEWSEVENTS_EVENT_MODEL` names, else the shipped one; None when there is none (a
    source checkout before training)."""
    path = os.environ.get("NEWSEVENTS_EVENT_MODEL")
    try:
        return TypeModel.load(path or None)
    except FileNotFoundError:
        if path:
            raise
        return None
