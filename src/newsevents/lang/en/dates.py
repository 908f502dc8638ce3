"""Reading an English time expression against the publication date (the grammar `Language.read_date`
gives the dates stage).

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

from .. import When, get_language


def _words():
    return get_language("en")


def _month(word: str) -> int | None:
    """January, Jan, Jan., Sept -> month number; other words (including "May" the verb's
    capitalised twin is still May: the regexes only offer words before or after a day number)."""
    w = word.lower().rstrip(".")
    months = _words().months
    if w in months:
        return months.index(w) + 1
    return _words().month_abbreviations.get(w) if len(w) <= 4 else None


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
    return _words().count_words.get(words)


RELATIVE = re.compile(
    r"\b(?P<n>\d+|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>ago|earlier|before|later|from now)\b", re.I)
RANGE = re.compile(r"\b(?:from|between)\s+(?P<a>.+?)\s+(?:to|until|till|through|and)\s+(?P<b>.+)$", re.I)
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MONTH_DAY = re.compile(r"\b(?P<m>[A-Z][a-z]{2,8}\.?)\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{4}))?")
DAY_MONTH = re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[A-Z][a-z]{2,8}\.?)\b(?:,?\s+(?P<y>\d{4}))?")
MONTH_YEAR = re.compile(r"\b(?P<m>[A-Z][a-z]{2,8}\.?)(?:\s+of)?\s+(?P<y>\d{4})\b")
ORDINAL_DAY = re.compile(r"\bthe\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b", re.I)
YEAR = re.compile(r"\b(?:in|since|during|of)\s+(?P<y>(?:19|20)\d{2})\b", re.I)
WEEKDAY = re.compile(r"\b(?:(?P<mod>last|this|next|on|past|coming)\s+)?(?P<w>mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
PERIOD = re.compile(r"\b(?P<mod>last|this|next|past|coming|earlier this|later this)\s+(?P<unit>week|month|year|weekend)\b", re.I)


def read_date(text: str, published: str | None, future: bool = False) -> When | None:
    """Read a time expression against the publication date; None when it gives no date."""
    if not published:
        return None
    pub = dt.date.fromisoformat(published[:10])
    low = text.lower()
    if any(w in _words().undated_time_words for w in re.findall(r"[a-z]+", low)):
        return None  # "the 30th anniversary", "the 20th century": not the 30th or 20th of a month
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", low):
        return When(pub.isoformat(), text, "day")
    if re.search(r"\b(yesterday|last night)\b", low):
        return When((pub - dt.timedelta(days=1)).isoformat(), text, "day")
    if re.search(r"\btomorrow\b", low):
        return When((pub + dt.timedelta(days=1)).isoformat(), text, "day")
    if (m := RANGE.search(text)):
        # "from 1998 to 2000", "between March and May 2024": the act began at the first; a first
        # without a year takes the second's
        first, second = m["a"], m["b"]
        year = re.search(r"\b(?:19|20)\d{2}\b", second)
        if year and not re.search(r"\b(?:19|20)\d{2}\b", first) and _month(first.split()[0].rstrip(".")):
            first = f"{first} {year[0]}"
        found = read_date(f"in {first}" if first[:1].isdigit() else first, published, future)
        if found is not None:
            return When(found.date, text, found.precision)
    if (m := ISO.search(text)):
        try:
            return When(dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat(), text, "day")
        except ValueError:
            return None
    if (m := RELATIVE.search(text)):
        n, unit = _count(m["n"]), _words().time_units[m["unit"].lower()]
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
        target = [w[:3] for w in _words().weekdays].index(m["w"].lower()[:3])
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
    months = _words().months
    month_only = re.search(r"\b(?i:in|since|during|last|this|next|early|late|mid-?)\s*(" + "|".join(m.capitalize() for m in months) + r")\b", text)
    if month_only:
        month = months.index(month_only[1].lower()) + 1
        year = pub.year
        if future and month < pub.month:
            year += 1
        elif not future and month > pub.month:
            year -= 1
        return When(dt.date(year, month, 1).isoformat(), text, "month")
    if (m := YEAR.search(text)):
        return When(f"{m['y']}-01-01", text, "year")
    return None


resolve = read_date  # the name the tests and earlier callers use
