"""Find the parts of a plain-text news story: title, standfirst, byline, captions, dateline, body, credit.

Works on blocks separated by blank lines and keeps exact offsets, so each part is a span of the input.
The rules follow wire-story conventions; anything unrecognised is body, which is always analysed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang import current
from .hygiene import furniture_kind
from ..records import Part

# "JERUSALEM (AFP) -", "CAIRO, March 3 (Reuters) —", "MIDWAY ATOLL - ", "CULIACAN, Mexico, May 16 (AP) -"
DATELINE = re.compile(
    r"^(?P<dl>[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:,\s*[A-Z][\w. ]{0,30}){0,2}\s*(?:\([A-Za-z .&-]{1,30}\))?\s*[-–—:]+)\s+",
    re.UNICODE,
)
# Agencies whose credit in a line ("/AFP") makes it a photo caption.
PHOTO_AGENCIES = "AFP|Reuters|AP|Getty"


class _Patterns:
    """The line patterns of one language's wire conventions, built from its word lists."""

    def __init__(self, lang):
        alt = lambda items: "|".join(map(re.escape, items))  # noqa: E731
        months = "|".join(m.capitalize() for m in lang.months)
        days = "|".join(d.capitalize() for d in lang.weekdays)
        self.months = [m.capitalize() for m in lang.months]
        self.byline = re.compile(rf"^({alt(lang.byline_openers)})(?:\s*:)?\s+[A-Z][\w.'’-]+", re.UNICODE)
        self.credit = re.compile(rf"({alt(lang.credit_phrases)}|^\(?©|^(?:{alt(lang.copyright_words)})\b)", re.IGNORECASE)
        # a date alone, or a page's timestamp: "Updated 12 March 2024, 10:32 GMT", "Posted: May 3, 2024 at 9:15 am"
        opener = rf"(?:(?P<opener>{alt(lang.date_line_openers)})\s*:?\s+)?"
        clock = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?"
        self.date_line = re.compile(
            rf"^{opener}(?:(?:{days}),?\s+)?(?:(?P<m1>{months})\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"
            rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{months})\s+(?P<y2>\d{{4}})|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})){clock}$")
        self.ago_line = re.compile(rf"^(?:{alt(lang.date_line_openers)})\s*:?\s+\d+\s+(?:{alt(lang.ago_units)})\s+ago$", re.IGNORECASE)
        self.updates = tuple(lang.update_openers)
        self.caption = re.compile(
            rf"^({alt(lang.caption_openers)})\s*[:|-]|\((?:{alt(lang.caption_parenthesised)})\b|\b(?:{alt(lang.caption_labels)}):"
            rf"|/({PHOTO_AGENCIES})", re.IGNORECASE)


@lru_cache(maxsize=None)
def _patterns_for(lang) -> _Patterns:
    return _Patterns(lang)


def patterns() -> _Patterns:
    return _patterns_for(current())


@dataclass
class Structure:
    parts: list[Part] = field(default_factory=list)
    title: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    captions: list[str] = field(default_factory=list)
    dateline: str | None = None
    credit: str | None = None
    published: str | None = None  # from a date line near the top ("November 18, 2026")
    # Offsets of repeated caption lines after the first: not analysed again.
    duplicates: list[Part] = field(default_factory=list)
    # Lines of page furniture in pasted text ("Share this story", "Related: ..."): kind -> lines
    furniture: dict[str, list[str]] = field(default_factory=dict)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, stripped of surrounding whitespace."""
    spans = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(raw)
    return spans


# What a byline pasted from a web page trails: "By Jane Doe," "By Ana Souza, Reuters ·".
BYLINE_TAIL = " \t,;:|·•-–—/"
# A byline that ends so goes on to the next line ("By Jane Doe,\nIsland Times").
BYLINE_GOES_ON = re.compile(r"(?:[,&|·•/;–—-]|\band)\s*$")
SENTENCE_END = (".", "!", "?", '"', "”", "’", "'")


def _key(line: str) -> str:
    """A line compared for repeats: case, spacing and the punctuation around it do not count, so
    a caption pasted twice with a stray space or full stop is one caption."""
    return " ".join(line.casefold().split()).strip(" .,;:-–—\"“”'‘’()")


def _short_line(line: str, words: int) -> bool:
    return len(line.split()) <= words and not line.endswith(SENTENCE_END)


def _iso(m: re.Match) -> str | None:
    import datetime as dt

    if m.group("iso"):
        raw = m.group("iso")
        try:
            return dt.date.fromisoformat(raw).isoformat()
        except ValueError:
            return None
    month = m.group("m1") or m.group("m2")
    day = int(m.group("d1") or m.group("d2"))
    year = int(m.group("y1") or m.group("y2"))
    try:
        return dt.date(year, patterns().months.index(month) + 1, day).isoformat()
    except ValueError:
        return None


def detect(text: str) -> Structure:
    pats = patterns()
    st = Structure()
    lines = _lines(text)
    if not lines:
        return st
    counts: dict[str, int] = {}
    for s, e in lines:
        counts[_key(text[s:e])] = counts.get(_key(text[s:e]), 0) + 1

    kinds: list[str] = ["body"] * len(lines)
    seen_caption: set[str] = set()
    first_key = _key(text[lines[0][0] : lines[0][1]])
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if i and _key(line) == first_key and counts[first_key] > 1:
            # The headline again (a page's title bar, then its <h1>): the same title, said once.
            kinds[i] = "repeat"
        elif (counts[_key(line)] > 1 and len(line) > 20 and i) or (pats.caption.search(line) and len(line) < 300):
            kinds[i] = "caption"

    updated = None
    for i, (s, e) in enumerate(lines[:8]):
        line = text[s:e].strip()
        m = pats.date_line.match(line)
        if m and kinds[i] == "body":
            iso = _iso(m)
            if iso:
                kinds[i] = "date"
                if (m.group("opener") or "").startswith(pats.updates):
                    updated = updated or iso
                else:
                    st.published = st.published or iso
        elif kinds[i] == "body" and pats.ago_line.match(line):
            kinds[i] = "date"  # "Published 3 hours ago": a timestamp with no date to read
    st.published = st.published or updated
    first = next((i for i, k in enumerate(kinds) if k == "body"), None)
    if first is not None:
        s, e = lines[first]
        if e - s < 250 and not pats.byline.match(text[s:e]) and not DATELINE.match(text[s:e]):
            kinds[first] = "title"
    for i, (s, e) in enumerate(lines):
        if kinds[i] == "body" and pats.byline.match(text[s:e]) and e - s < 120:
            kinds[i] = "byline"
            # "By Jane Doe," then "Island Times": the byline goes on over one short line.
            if BYLINE_GOES_ON.search(text[s:e]) and i + 1 < len(lines) and kinds[i + 1] == "body":
                nxt = text[lines[i + 1][0] : lines[i + 1][1]]
                if _short_line(nxt, 6) and not DATELINE.match(nxt) and not pats.byline.match(nxt):
                    kinds[i + 1] = "byline"
    # Credit lines sit at the end: walk back over them.
    for i in range(len(lines) - 1, -1, -1):
        s, e = lines[i]
        if kinds[i] == "caption":
            continue
        if kinds[i] == "body" and pats.credit.search(text[s:e]) and e - s < 300:
            kinds[i] = "credit"
        else:
            break
    # Text pasted from a web page brings its furniture: share and follow lines, related links,
    # newsletter and paywall teasers. Not the story: left out, and said so.
    for i, (s, e) in enumerate(lines):
        kind = furniture_kind(text[s:e]) if kinds[i] == "body" else None
        if kind is not None:
            kinds[i] = "furniture"
            st.furniture.setdefault(kind, []).append(text[s:e])
    # A standfirst is a short paragraph between the title and the byline or dateline paragraph.
    # It may also sit right after the title with the story straight after it, as on a web page:
    # then it reads as a deck, a line of some words with no full stop.
    body_idx = [i for i, k in enumerate(kinds) if k == "body"]
    if "title" in kinds and len(body_idx) >= 2:
        cand = body_idx[0]
        s, e = lines[cand]
        later = lines[body_idx[1]]
        between = kinds[cand + 1 : body_idx[1] + 1]
        nxt_is_start = "byline" in between or "date" in between or DATELINE.match(text[later[0] : later[1]])
        after_title = kinds.index("title") < cand and all(k in ("title", "caption", "repeat", "date") for k in kinds[:cand])
        deck = after_title and len(text[s:e].split()) >= 5 and _short_line(text[s:e], 45)
        if e - s < 400 and (nxt_is_start or deck) and not DATELINE.match(text[s:e]):
            kinds[cand] = "standfirst"

    dateline_done = False
    for i, (s, e) in enumerate(lines):
        kind = kinds[i]
        line = text[s:e]
        if kind == "repeat":
            st.duplicates.append(Part("title", s, e))
            continue
        if kind == "furniture":
            continue
        if kind == "caption":
            if _key(line) in seen_caption:
                st.duplicates.append(Part("caption", s, e))
                continue
            seen_caption.add(_key(line))
            st.captions.append(line)
        elif kind == "title" and st.title is None:
            st.title = line
        elif kind == "standfirst" and st.standfirst is None:
            st.standfirst = line
        elif kind == "byline" and (st.byline is None or kinds[i - 1] == "byline"):
            # Without the punctuation a pasted byline trails; a continued byline joined to its start.
            clean = re.sub(r"(?<=[a-z]{3})\.$", "", line.strip(BYLINE_TAIL))  # "Major." but not "Jr."
            st.byline = ", ".join(x for x in (st.byline, clean) if x)
        elif kind == "credit":
            st.credit = line if st.credit is None else st.credit + "\n" + line
        elif kind == "body" and not dateline_done:
            dateline_done = True
            if _split_dateline(st, text, s, e):
                continue
        st.parts.append(Part(kind, s, e))
    return st


def _split_dateline(st: Structure, text: str, s: int, e: int) -> bool:
    """If the paragraph text[s:e] opens with a dateline, record it and the body after it."""
    m = DATELINE.match(text[s:e])
    if not m:
        return False
    st.dateline = m.group("dl").rstrip(" -–—:").strip()
    st.parts.append(Part("dateline", s, s + len(m.group("dl"))))
    st.parts.append(Part("body", s + m.end(), e))
    return True


def body_only(text: str) -> Structure:
    """A text given as a body (a JSONL record): its paragraphs, no structure detection beyond a
    dateline opening the first one ("SAN DIEGO (AP) - ..."), which scraped bodies keep."""
    st = Structure()
    for n, (s, e) in enumerate(_lines(text)):
        if not (n == 0 and _split_dateline(st, text, s, e)):
            st.parts.append(Part("body", s, e))
    return st
