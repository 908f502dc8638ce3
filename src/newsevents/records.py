"""The typed records newsevents returns, and their JSON form (the contract documented in the README).

`Document.to_dict()` is exactly the JSON that `newsevents code` prints, and `Document.from_dict()`
reads it back. Every `start`/`end` is a character offset into the input text exactly as read (for a
JSONL record, into its `text`): `text[start:end]` is the mention, sentence, trigger or quotation.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

__all__ = ["DEFAULT_MIN_CONFIDENCE", "Article", "Part", "Evidence", "Actor", "Place", "Plover", "Quantity", "Event", "Quote", "Warning", "Document"]

# The threshold `query`, `export`, `stats`, `summary`, the web UI and the evaluation apply to
# `Event.confidence` unless told otherwise (`--min-confidence`): on the PLOVER records' score part
# it lifts type precision from 0.80 to 0.87 for a point of recall (README, "Evaluation").
DEFAULT_MIN_CONFIDENCE = 0.3


def _build(cls, d: dict | None):
    """A record of type `cls` from its dict, ignoring keys the record does not have (forward
    compatibility: a newer writer may add fields)."""
    if d is None:
        return None
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in d.items() if k in names})


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
    warnings: list[Warning] = field(default_factory=list)  # what was odd about the input


@dataclass
class Part:
    """A stretch of the article with a structural role (title, standfirst, caption, body ...)."""

    kind: str
    start: int
    end: int


@dataclass
class Evidence:
    """The words a value was taken from: where in the story an inferred country was named."""

    text: str
    start: int
    end: int


@dataclass
class Actor:
    """A mention of a political actor, resolved to a name, an ISO 3166 country and a sector."""

    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None  # CAMEO's sector (GOV, MIL, REB ...)
    code: str | None = None  # country + sector as in CAMEO (EGYGOV), or IGO + organisation
    inferred: bool = False  # the country comes from the context, not from the mention itself
    agent: str | None = None  # PLOVER's agent type (GOV, MIL, SPY, PRE, JRN, MED ...)
    confidence: float | None = None  # how sure the resolution is, 0 to 1
    evidence: Evidence | None = None  # for an inferred country: the words that named it

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict | None) -> Actor | None:
        a = _build(cls, d)
        if a is not None:
            a.evidence = _build(Evidence, d.get("evidence"))
        return a


@dataclass
class Place:
    """A toponym resolved to a place: GeoNames id and coordinates where known."""

    text: str
    start: int
    end: int
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: str | None = None
    feature: str = "city"  # city | region | country | sea | street | site | land | water
    within: str | None = None  # the name of the place a site was placed at

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict | None) -> Place | None:
        return _build(cls, d)


@dataclass
class Plover:
    """The PLOVER coding of an event: type, mode and context."""

    type: str | None
    mode: str | None = None
    context: str | None = None


@dataclass
class Quantity:
    """A number the event's object states ("5,000 reservists"), with its words' offsets."""

    value: float
    unit: str
    text: str
    start: int
    end: int


@dataclass
class Event:
    """Who did what to whom: one coded event with its evidence offsets."""

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
    plover: Plover
    negated: bool
    date: str | None = None  # the event's own date, else the publication date
    date_text: str | None = None  # the time expression it was read from ("on Sunday"), if any
    date_precision: str | None = None  # day | week | month | year
    date_start: int | None = None  # offsets of date_text
    date_end: int | None = None
    # Set when the date falls more than a year before publication: rarely a news event's own date
    # (an anniversary or a history aside the rules did not catch), so worth a reader's check.
    date_note: str | None = None
    location: Place | None = None
    quantity: Quantity | None = None
    modality: str = "asserted"  # asserted | reported | intended | hypothetical | future
    attributed_to: Actor | None = None  # who reports the event ("X said Y attacked Z" -> X)
    is_root: bool = False  # the main clause's event, as GDELT's IsRootEvent
    trigger_start: int | None = None  # the trigger word's offsets, for highlighting
    trigger_end: int | None = None
    fatalities: int | None = None  # people killed, where the sentence says ("killing 6 civilians")
    injuries: int | None = None
    confidence: float | None = None  # how likely the event and its type are right, in [0, 1]

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Event:
        e = _build(cls, d)
        e.source, e.target, e.attributed_to = (Actor.from_dict(d.get(k)) for k in ("source", "target", "attributed_to"))
        e.plover = _build(Plover, d.get("plover"))
        e.location = Place.from_dict(d.get("location"))
        e.quantity = _build(Quantity, d.get("quantity"))
        return e


@dataclass
class Quote:
    """A quotation or reported statement and who said it."""

    text: str
    start: int
    end: int
    kind: str  # direct | mixed | indirect
    speaker: Actor | None
    cue: str | None
    part: str = "body"
    events: list[int] = field(default_factory=list)  # indices of the document's events it contains
    # An interrupted quotation ('"We will not stop," he said, "until ..."') spans start..end with
    # the cue inside; parts are its quoted stretches. Empty for a quotation in one piece.
    parts: list[list[int]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Quote:
        q = _build(cls, d)
        q.speaker = Actor.from_dict(d.get("speaker"))
        return q


@dataclass
class Warning:  # noqa: A001 (the contract's name; it shadows the built-in only where imported)
    """What was odd about an input but did not stop it being coded, naming its file and line."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"

    def to_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "message": self.message}

    @classmethod
    def from_dict(cls, d: dict) -> Warning:
        return cls(d.get("path", ""), d.get("line"), d.get("message", ""))


@dataclass
class Document:
    """One coded article: its structure, and the actors, events, quotes and places found in it."""

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
    places: list[Place] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    # What third-party stages add, under their own keys; in the JSON only when not empty.
    extensions: dict[str, Any] = field(default_factory=dict)
    # The text every offset indexes, where the input does not show it as is (a page's extracted
    # text), or where it was asked for (--with-text); None for plain text, whose input is the text.
    text: str | None = None

    def to_dict(self) -> dict:
        d = {
            "doc_id": self.doc_id,
            "title": self.title,
            "standfirst": self.standfirst,
            "byline": self.byline,
            "captions": list(self.captions),
            "dateline": self.dateline,
            "credit": self.credit,
            "published": self.published,
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "places": [p.to_dict() for p in self.places],
            "warnings": [w.to_dict() for w in self.warnings],
            "text": self.text,
        }
        if self.extensions:
            d["extensions"] = dict(self.extensions)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Document:
        doc = _build(cls, d)
        doc.captions = list(d.get("captions") or [])
        doc.actors = [Actor.from_dict(a) for a in d.get("actors") or []]
        doc.events = [Event.from_dict(e) for e in d.get("events") or []]
        doc.quotes = [Quote.from_dict(q) for q in d.get("quotes") or []]
        doc.places = [Place.from_dict(p) for p in d.get("places") or []]
        doc.warnings = [Warning.from_dict(w) for w in d.get("warnings") or []]
        doc.extensions = dict(d.get("extensions") or {})
        return doc
