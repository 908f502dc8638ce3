"""When an event happened: its own time expression resolved against the publication date.

News writes time relative to the day of publication ("on Tuesday", "last week", "two days ago",
"on the 24th"). A bare weekday, month or day of the month is read as the latest such day on or
before publication when the clause is in the past or present, and the next one on or after it when
the clause is in the future (only when the text says so: "will", "next week", "tomorrow"). The
result has the precision the words give: day, week, month or year. With no expression, or one
these rules cannot place ("on the third day of the talks"), the event takes the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Token

from ..context import DocContext
from ..registry import stages

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3,
                "a few": 3, "few": 3, "a couple of": 2, "couple of": 2}
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
         "year": "year", "years": "year"}


@dataclass(frozen=True)
class When:
    date: str  # ISO date: the day, or the first day of the week, month or year
    text: str | None  # the words it was read from; None when it is the publication date by default
    precision: str  # day | week | month | year
    start: int | None = None  # offsets of `text` in the parsed segment
    end: int | None = None


def _month(word: str) -> int | None:
    """January, Jan, Jan., Sept -> month number; other words (including "May" the verb's
    capitalised twin is still May: the regexes only offer words before or after a day number)."""
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return MONTHS.index(w) + 1
    return MONTH_ABBR.get(w) if len(w) <= 4 else None


def _shift_months(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _nearest_day(pub: dt.date, month: int | None, day: int, future: bool) -> dt.date | None:
    """The latest date with this day (of this month, when given) on or before `pub`, or the next
    on or after it."""
    if month is None:
        bases = [(b.year, b.month) for b in (_shift_months(pub, k) for k in (-2, -1, 0, 1, 2))]
    else:
        bases = [(y, month) for y in (pub.year - 1, pub.year, pub.year + 1)]
    candidates = []
    for year, m in bases:
        try:
            candidates.append(dt.date(year, m, day))
        except ValueError:
            continue
    if future:
        later = [c for c in candidates if c >= pub]
        return min(later) if later else None
    earlier = [c for c in candidates if c <= pub]
    return max(earlier) if earlier else None


def _count(words: str) -> int | None:
    words = words.strip().lower()
    if words.isdigit():
        return int(words)
    return NUMBER_WORDS.get(words)


RELATIVE = re.compile(
    r"\b(?P<n>\d+|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>ago|earlier|before|later|from now)\b", re.I)
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MONTH_DAY = re.compile(r"\b(?P<m>[A-Z][a-z]{2,8}\.?)\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{4}))?")
DAY_MONTH = re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[A-Z][a-z]{2,8}\.?)\b(?:,?\s+(?P<y>\d{4}))?")
MONTH_YEAR = re.compile(r"\b(?P<m>[A-Z][a-z]{2,8}\.?)(?:\s+of)?\s+(?P<y>\d{4})\b")
ORDINAL_DAY = re.compile(r"\bthe\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b", re.I)
YEAR = re.compile(r"\b(?:in|since|during|of)\s+(?P<y>(?:19|20)\d{2})\b", re.I)
WEEKDAY = re.compile(r"\b(?:(?P<mod>last|this|next|on|past|coming)\s+)?(?P<w>mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
PERIOD = re.compile(r"\b(?P<mod>last|this|next|past|coming|earlier this|later this)\s+(?P<unit>week|month|year|weekend)\b", re.I)


def resolve(text: str, published: str | None, future: bool = False) -> When | None:
    """Read a time expression against the publication date; None when it gives no date."""
    if not published:
        return None
    pub = dt.date.fromisoformat(published[:10])
    low = text.lower()
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", low):
        return When(pub.isoformat(), text, "day")
    if re.search(r"\b(yesterday|last night)\b", low):
        return When((pub - dt.timedelta(days=1)).isoformat(), text, "day")
    if re.search(r"\btomorrow\b", low):
        return When((pub + dt.timedelta(days=1)).isoformat(), text, "day")
    if (m := ISO.search(text)):
        try:
            return When(dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat(), text, "day")
        except ValueError:
            return None
    if (m := RELATIVE.search(text)):
        n, unit = _count(m["n"]), UNITS[m["unit"].lower()]
        sign = 1 if m["dir"].lower() in ("later", "from now") else -1
        if n is None:
            return None
        if unit == "day":
            return When((pub + dt.timedelta(days=sign * n)).isoformat(), text, "day")
        if unit == "week":
            return When(_week_start(pub + dt.timedelta(weeks=sign * n)).isoformat(), text, "week")
        if unit == "month":
            return When(_shift_months(pub, sign * n).isoformat(), text, "month")
        return When(dt.date(pub.year + sign * n, 1, 1).isoformat(), text, "year")
    for pattern in (MONTH_DAY, DAY_MONTH):
        for m in pattern.finditer(text):
            month = _month(m["m"])
            if month is None:
                continue
            day = int(m["d"])
            if m["y"]:
                try:
                    return When(dt.date(int(m["y"]), month, day).isoformat(), text, "day")
                except ValueError:
                    return None
            found = _nearest_day(pub, month, day, future)
            return When(found.isoformat(), text, "day") if found else None
    if (m := WEEKDAY.search(text)):
        target = [w[:3] for w in WEEKDAYS].index(m["w"].lower()[:3])
        mod = (m["mod"] or "").lower()
        ahead = future or mod in ("next", "coming")
        delta = (target - pub.weekday()) % 7 if ahead else -((pub.weekday() - target) % 7)
        if mod == "last" and delta == 0:
            delta = -7
        if mod == "next" and delta == 0:
            delta = 7
        return When((pub + dt.timedelta(days=delta)).isoformat(), text, "day")
    if (m := PERIOD.search(text)):
        mod, unit = m["mod"].lower(), m["unit"].lower()
        step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(mod, 0)
        if unit in ("week", "weekend"):
            start = _week_start(pub) + dt.timedelta(weeks=step)
            if unit == "weekend":
                start += dt.timedelta(days=5)
                if step == 0 and not future and start > pub:
                    start -= dt.timedelta(weeks=1)  # "this weekend" told on a Wednesday, in the past tense
                return When(start.isoformat(), text, "week")
            return When(start.isoformat(), text, "week")
        if unit == "month":
            return When(_shift_months(pub, step).isoformat(), text, "month")
        return When(dt.date(pub.year + step, 1, 1).isoformat(), text, "year")
    if (m := MONTH_YEAR.search(text)) and _month(m["m"]):
        return When(dt.date(int(m["y"]), _month(m["m"]), 1).isoformat(), text, "month")
    if (m := ORDINAL_DAY.search(text)):
        # "on the 24th": the day of this month or the last (a future reading only in the future tense)
        found = _nearest_day(pub, None, int(m["d"]), future)
        return When(found.isoformat(), text, "day") if found else None
    month_only = re.search(r"\b(?:in|since|during|last|this|next|early|late|mid-?)\s*(" + "|".join(m.capitalize() for m in MONTHS) + r")\b", text)
    if month_only:
        month = MONTHS.index(month_only[1].lower()) + 1
        year = pub.year
        if future and month < pub.month:
            year += 1
        elif not future and month > pub.month:
            year -= 1
        return When(dt.date(year, month, 1).isoformat(), text, "month")
    if (m := YEAR.search(text)):
        return When(f"{m['y']}-01-01", text, "year")
    return None


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
        found = resolve(ent.text, published, future)
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
