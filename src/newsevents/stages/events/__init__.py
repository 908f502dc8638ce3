"""The events stage: who did what to whom, clause by clause, from the parse and the verb lexicon.

`coder.py` reads each clause (verb, particle, object, prepositions) and picks the lexicon entry that
fits best; `compose.py` combines codes ("threatened to cut aid"); `modes.py` gives PLOVER's mode and
context; `quantities.py` reads counts and casualties.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ...context import DocContext, EventTrigger
from ...registry import stages
from . import confidence, learned
from .coder import EventCoder, contest_story, sport_story

# The confidence of a toll (`EventCoder.toll`): under any threshold a user would set to count acts
TOLL_CONFIDENCE = 0.1


class EventStage:
    name = "events"
    requires = ("actors", "places")

    def __init__(self, coder):
        self.coder = EventCoder(coder.lexicon)
        self.model = learned.model()
        self.calibration = self.model.calibration if self.model is not None else None

    def __call__(self, ctx: DocContext) -> None:
        events = ctx.document.events
        coder = self.coder
        coder.evidence = ctx.setting_evidence
        if ctx.trace is not None:
            coder.note = lambda what, span=None, **details: ctx.note(self.name, what, span, **details)
        try:
            self._code(ctx, events)
        finally:
            coder.note, coder.evidence = None, {}

    def _code(self, ctx: DocContext, events: list) -> None:
        politics = confidence.story_politics(ctx.document.actors)
        self.coder.contest_story = contest_story([seg.doc for seg in ctx.segments])
        self.coder.sport_story = sport_story([seg.doc for seg in ctx.segments])
        self.coder.earlier = events
        for seg in ctx.segments:
            ctx.check_deadline()
            seg.first_event = len(events)
            setting = seg.setting
            if ctx.dateline_place is not None and ctx.dateline_place.country:
                # where the story was filed is strong evidence of what it is about
                setting = setting + Counter({ctx.dateline_place.country: 2})
            for sent in seg.doc.sents:
                p = self.model.predict(sent) if self.model is not None else None
                found = self.coder.code_sentence(sent, seg.mentions, seg.kind, seg.start, setting, learned.proposal(p))
                if found and p is not None:
                    confidence.score(found, p, politics, self.calibration)
                for e in found:
                    if self.coder.toll(e, sent):
                        # a count over a war or a span sums many acts: kept for the record, not counted
                        e.confidence = min(e.confidence, TOLL_CONFIDENCE)
                        ctx.note(self.name, f"{e.trigger!r}: a toll over a span, not one act", (e.trigger_start, e.trigger_end))
                for e in found:
                    token = next((t for t in sent if t.idx + seg.start == e.trigger_start), None) if e.trigger_start is not None else None
                    if token is not None:
                        ctx.triggers.append(EventTrigger(e, token, seg, e.modality in ("future", "intended")))
                events.extend(found)
            seg.last_event = len(events)
            if ctx.dateline_place is not None:
                # with no place in its clause, an event took place where the story was filed
                for e in events[seg.first_event:]:
                    if e.location is None:
                        e.location = replace(ctx.dateline_place)
                        ctx.note(self.name, f"{e.trigger!r}: no place in its clause, so the dateline's {e.location.name}",
                                 (e.trigger_start, e.trigger_end) if e.trigger_start is not None else None)


@stages.register("events")
def make_events(coder) -> EventStage:
    return EventStage(coder)
