"""The dates stage: each event's own date, from the time expression of its trigger's clause, read by
the language's date grammar (`lang/en/dates.py` for English) against the publication date."""

from __future__ import annotations

from spacy.tokens import Token

from ..context import DocContext
from ..lang import When, current
from ..registry import stages


def clause_head(tok: Token) -> Token:
    """The verb whose clause a token belongs to (the token itself when it is a verb)."""
    seen = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and seen < 12:
        tok = tok.head
        seen += 1
    return tok


def time_of(trigger: Token, published: str | None, future: bool) -> When | None:
    """The time expression of the trigger's own clause ("attacked the town on Sunday"), read by
    `resolve`; a date in another clause of the sentence belongs to that clause's event."""
    sent = trigger.sent
    own = clause_head(trigger)
    for ent in sent.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if clause_head(ent.root.head if ent.root.head.i != ent.root.i else ent.root).i != own.i:
            continue
        found = current().read_date(ent.text, published, future)
        if found is not None:
            return When(found.date, ent.text, found.precision, ent.start_char, ent.end_char)
    return None


class DateStage:
    """Each event's own date: the time expression of its trigger's clause, else the publication date."""

    name = "dates"
    requires = ("events",)

    def __call__(self, ctx: DocContext) -> None:
        triggers = {id(t.event): t for t in ctx.triggers}
        published = ctx.published
        for e in ctx.document.events:
            t = triggers.get(id(e))
            when = time_of(t.token, published, t.future) if t is not None else None
            if when is None:
                e.date, e.date_text, e.date_start, e.date_end = published, None, None, None
                e.date_precision = "day" if published else None
                continue
            offset = t.segment.start
            e.date, e.date_text, e.date_precision = when.date, when.text, when.precision
            e.date_start, e.date_end = when.start + offset, when.end + offset
            ctx.note(self.name, f"{e.trigger}: {when.text!r} -> {when.date} ({when.precision})", (e.date_start, e.date_end))


@stages.register("dates")
def make_dates(coder) -> DateStage:
    return DateStage()
