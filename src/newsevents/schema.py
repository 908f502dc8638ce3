"""Typed records passed between stages, and their JSON form (the documented contract in the README).

All `start`/`end` values are character offsets into the article text exactly as read.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Article:
    """One input document as read, before any analysis."""

    doc_id: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    structured: bool = True  # plain text gets structure detection; a JSONL body does not
    origin: str = ""  # "file:line" for messages
    warnings: list = field(default_factory=list)  # reading.Failure(kind="warning"): coded with a caveat


@dataclass
class Part:
    """A stretch of the article with a structural role (title, standfirst, caption, body ...)."""

    kind: str
    start: int
    end: int


@dataclass
class Actor:
    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    inferred: bool = False  # the country comes from the context, not from the mention itself

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Event:
    sentence: str
    start: int
    end: int
    part: str
    source: Actor | None
    target: Actor | None
    trigger: str
    rule: str
    cameo: str
    cameo_root: str
    cameo_name: str
    goldstein: float
    quad_class: int
    plover: dict
    negated: bool
    date: str | None = None  # the event's own date, else the publication date
    date_text: str | None = None  # the time expression it was read from ("on Sunday"), if any
    date_precision: str | None = None  # day | week | month | year
    date_start: int | None = None  # offsets of date_text
    date_end: int | None = None
    location: dict | None = None
    quantity: dict | None = None
    modality: str = "asserted"  # asserted | reported | intended | hypothetical | future
    attributed_to: Actor | None = None  # who reports the event ("X said Y attacked Z" -> X)
    is_root: bool = False  # the main clause's event, as GDELT's IsRootEvent
    trigger_start: int | None = None  # the trigger word's offsets, for highlighting
    trigger_end: int | None = None
    fatalities: int | None = None  # people killed, where the sentence says ("killing 6 civilians")
    injuries: int | None = None

    def as_dict(self) -> dict:
        d = asdict(self)
        d["source"] = self.source.as_dict() if self.source else None
        d["target"] = self.target.as_dict() if self.target else None
        d["attributed_to"] = self.attributed_to.as_dict() if self.attributed_to else None
        return d


@dataclass
class Quote:
    text: str
    start: int
    end: int
    kind: str
    speaker: Actor | None
    cue: str | None
    part: str = "body"
    events: list[int] = field(default_factory=list)  # indices of the document's events it contains
    # An interrupted quotation ('"We will not stop," he said, "until ..."') spans start..end with
    # the cue inside; parts are its quoted stretches. Empty for a quotation in one piece.
    parts: list[list[int]] = field(default_factory=list)

    def as_dict(self) -> dict:
        d = asdict(self)
        d["speaker"] = self.speaker.as_dict() if self.speaker else None
        return d


@dataclass
class CodedDocument:
    doc_id: str
    title: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    captions: list[str] = field(default_factory=list)
    dateline: str | None = None
    credit: str | None = None
    published: str | None = None
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)  # every toponym resolved (places.record)
    # What was odd about the input but did not stop coding (bytes replaced, a run-on passage
    # parsed in pieces, an id used twice): reading.Failure records of kind "warning".
    warnings: list = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "standfirst": self.standfirst,
            "byline": self.byline,
            "captions": list(self.captions),
            "dateline": self.dateline,
            "credit": self.credit,
            "published": self.published,
            "actors": [a.as_dict() for a in self.actors],
            "events": [e.as_dict() for e in self.events],
            "quotes": [q.as_dict() for q in self.quotes],
            "places": [dict(p) for p in self.places],
            "warnings": [w.as_dict() for w in self.warnings],
        }
