"""The dates stage: each event's own date, from the time expression of its trigger's clause, read by
the language's date grammar (`lang/en/dates.py` for English) against the publication date."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from ..context import DocContext
from ..lang import When, current
from ..registry import stages


# Event.date_note for a date long before the story: rarely a news event's own, so worth a look.
FAR_BACK = "more than a year before publication: check it is this event's date"


def clause_head(tok: Token) -> Token:
    """The verb whose clause a token belongs to (the token itself when it is a verb)."""
    seen = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and seen < 12:
        tok = tok.head
        seen += 1
    return tok


def _clause_of(ent: Span) -> Token:
    """The verb whose clause a time expression belongs to."""
    return clause_head(ent.root.head if ent.root.head.i != ent.root.i else ent.root)


def _on_a_thing(ent: Span, own: Token, trigger: Token | None = None) -> bool:
    """Whether the expression dates a thing the clause names rather than its event: it hangs on a
    noun that is not a time ("the 1923 treaty", "the killings in 1904", "the June 4, 1989
    crackdown"), unlike "on Tuesday" or "on the morning of June 4". A noun that is the event
    itself, or the past act's subject, is no other thing: "a clash in June 2020 killed 20 soldiers"
    dates the clash and its killing."""
    words = current()
    times = words.time_nouns | set(words.months) | set(words.weekdays) | set(words.month_abbreviations)
    tok = ent.root
    for _ in range(12):
        if tok.i == own.i or trigger is not None and tok.i == trigger.i:
            return False
        if tok.dep_ == "nsubj" and tok.head.i == own.i and own.tag_ == "VBD":
            return False
        inside = ent.start <= tok.i < ent.end
        if not inside and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during") and tok.lemma_.lower() in words.occasion_nouns:
            return False  # "agreed at their 2023 summit": the occasion the act took place at
        # "Oct." is a month as much as "October"
        if tok.pos_ in ("NOUN", "PROPN") and not tok.like_num and tok.lemma_.lower().rstrip(".") not in times and (
                not inside or tok.i == ent.root.i):
            # "withdrew from the 2015 agreement in 2018": a thing has one date; a second is the act's
            return inside or not any(c.ent_type_ == "DATE" and not ent.start <= c.i < ent.end for c in tok.lefts)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _recalls(ent: Span, own: Token) -> bool:
    """Whether the expression is an occasion recalled: an anniversary's word is in it or between it
    and the clause's verb ("on the anniversary of the June 4, 1989 crackdown")."""
    words = current().undated_time_words
    tok, seen = ent.root, 0
    while tok.i != own.i and tok.head.i != tok.i and seen < 12:
        if tok.lemma_.lower() in words or tok.lower_ in words:
            return True
        tok, seen = tok.head, seen + 1
    return any(t.lower_ in words for t in ent)


def _words_read(ent: Span) -> str:
    """The expression with the preposition it hangs on when that says it is a time ("in 2019",
    "during 2020", "suspended since January"): a bare year or month is read only so."""
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.i == ent.start - 1 and head.lower_ in ("in", "during", "since", "from", "between"):
        return f"{head.text} {ent.text}"
    if ent.root.dep_ in ("nummod", "compound", "amod") and head.lemma_.lower() in current().occasion_nouns \
            and head.dep_ == "pobj" and head.head.lower_ in ("at", "during"):
        return f"in {ent.text}"  # "at their 2023 summit": the year the occasion was in
    return ent.text


def _far_back(date: str, published: str | None, precision: str | None) -> bool:
    """Whether the whole period a date names ends more than a year before publication ("last year"
    read in January is not)."""
    if not published:
        return False
    start, pub = dt.date.fromisoformat(date[:10]), dt.date.fromisoformat(published[:10])
    if precision == "year":
        end = dt.date(start.year, 12, 31)
    elif precision == "month":
        end = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1) - dt.timedelta(days=1)
    else:
        end = start + dt.timedelta(days=6 if precision == "week" else 0)
    return (pub - end).days > 366


def _clause_time(own: Token, trigger: Token, published: str | None, future: bool) -> When | None:
    """The time expression of the clause of verb `own` itself, read against publication."""
    sent = own.sent
    undated = current().undated_time_words
    recalling = any(t.lower_ in undated and clause_head(t).i == own.i for t in sent)
    for ent in sent.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if _clause_of(ent).i != own.i:
            continue
        if _recalls(ent, own):
            continue
        found = current().read_date(_words_read(ent), published, future)
        if found is None:
            continue
        # An old date on a thing, or in a clause that recalls an occasion ("on the 35th anniversary
        # of the crackdown on June 4, 1989", however the parser attaches it), is the occasion's.
        if _far_back(found.date, published, found.precision) and (_on_a_thing(ent, own, trigger) or recalling):
            continue
        return When(found.date, ent.text, found.precision, ent.start_char, ent.end_char)
    return None


def time_of(trigger: Token, published: str | None, future: bool) -> When | None:
    """The time expression of the trigger's own clause ("attacked the town on Sunday"), read by
    `resolve`; a date in another clause of the sentence belongs to that clause's event, an occasion
    recalled never dates it, and a date on a thing the clause names dates it only when it falls
    within a year of publication ("killed in the attack on Tuesday", not "the killings in 1904")."""
    sent = trigger.sent
    own = clause_head(trigger)
    found = _clause_time(own, trigger, published, future)
    if found is not None:
        return found
    # "drones damaged a school and killed a teacher on Monday": a time at the end of conjoined
    # verbs of one subject is the first's too
    for c in own.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            found = _clause_time(c, c, published, future)
            if found is not None:
                return found
    if own.head.i == own.i:
        return None
    if own.dep_ == "amod" and own.tag_ == "VBD" and own.head.head.i == own.head.i:
        # "Last month, Beijing hosted talks ...", parsed as if "hosted talks" were a noun phrase:
        # the sentence's time is the verb's
        return time_of(own.head, published, future)
    marks = current().simultaneous_marks
    if own.dep_ in ("relcl", "acl") and own.head.ent_type_ in ("DATE", "TIME"):
        # "in October 2023, when the group fired rockets": a clause on a date is of that date
        ent = next((e for e in sent.ents if e.start <= own.head.i < e.end), None)
        found = current().read_date(_words_read(ent), published, future) if ent is not None else None
        if found is not None:
            return When(found.date, ent.text, found.precision, ent.start_char, ent.end_char)
    # "..., as protesters clashed with troops", "Last October, the two countries reached an
    # agreement, and Modi met Xi": a clause of the same moment, or a conjunct of no date of its
    # own, has its head clause's date
    # "attacked Israel on Oct. 7, 2023, killing 1,200 and taking 251 hostages": a participle with no
    # mark of its own tells what the act did, then and there
    participle = own.dep_ == "advcl" and own.tag_ == "VBG" and not any(c.dep_ in ("mark", "advmod") for c in own.children)
    if own.dep_ == "conj" and own.head.pos_ in ("VERB", "AUX") or participle or own.dep_ == "advcl" and any(
            c.dep_ in ("advmod", "mark") and c.lower_ in marks for c in own.children):
        return time_of(own.head, published, future)
    return None


SPAN_OF_YEARS = re.compile(r"\b(?:years|decades)\b", re.IGNORECASE)
# Event.date_note for an act told over years ("has seized several ships in recent years"): no day
OVER_YEARS = "told over a span of years: no date of its own"


def over_years(trigger: Token, published: str | None) -> bool:
    """Whether the trigger's own clause places it over years ("in recent years", "over the past two
    decades", "for years"), which no day can stand for."""
    own = clause_head(trigger)
    return any(ent.label_ == "DATE" and SPAN_OF_YEARS.search(ent.text) and current().read_date(ent.text, published) is None
               and _clause_of(ent).i == own.i
               for ent in trigger.sent.ents)


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
            if when is None and t is not None and over_years(t.token, published):
                e.date, e.date_text, e.date_start, e.date_end, e.date_precision = None, None, None, None, None
                e.date_note = OVER_YEARS
                continue
            if when is None:
                e.date, e.date_text, e.date_start, e.date_end = published, None, None, None
                e.date_precision = "day" if published else None
                continue
            offset = t.segment.start
            e.date, e.date_text, e.date_precision = when.date, when.text, when.precision
            e.date_start, e.date_end = when.start + offset, when.end + offset
            e.date_note = FAR_BACK if _far_back(when.date, published, when.precision) else None
            ctx.note(self.name, f"{e.trigger}: {when.text!r} -> {when.date} ({when.precision})", (e.date_start, e.date_end))


@stages.register("dates")
def make_dates(coder) -> DateStage:
    return DateStage()
