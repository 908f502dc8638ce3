"""The one document context every stage reads and writes.

A `DocContext` starts with the article as read and an empty `Document`; the structure stage cuts it
into `Segment`s (title, body paragraphs, captions ...), the parse stage gives each segment its spaCy
`Doc`, and the later stages add what they find: mentions, places, events, quotes, dates. Whatever a
later stage needs from an earlier one lives here, under a name, never in a stage's private state.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from .records import Article, Document, Event, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .lang import Language
    from .trace import Trace


class CodingTimeout(Exception):
    """Coding one document ran past its deadline (`Coder.code(..., timeout=...)`)."""


@dataclass
class Segment:
    """A stretch of the article parsed as one text: a title, a paragraph, a caption."""

    kind: str  # title | standfirst | caption | body | credit | byline
    start: int  # offsets into the article text
    end: int
    doc: Doc | None = None  # the spaCy parse (parse stage)
    mentions: dict = field(default_factory=dict)  # token index -> actors.Mention (actors stage)
    # How often each country had been named for sure by the end of this segment (by a country,
    # nationality, capital, known person or body): the story's setting so far, for actors with a
    # role but no country (actors stage).
    setting: Counter = field(default_factory=Counter)
    first_event: int = 0  # this segment's events are document.events[first_event:last_event]
    last_event: int = 0


class Toponym(NamedTuple):
    """A place name the actor resolver matched in the knowledge base, in document offsets."""

    start: int
    end: int
    text: str
    entry: Any  # knowledge.kb.Entry


@dataclass
class EventTrigger:
    """The token an event was read from, kept for the stages after events (dates)."""

    event: Event
    token: Token
    segment: Segment
    future: bool  # stated as future or intended: a bare weekday then looks ahead


@dataclass
class DocContext:
    article: Article
    lang: Language
    document: Document
    published: str | None = None
    structure: Any = None  # reading.structure.Structure
    segments: list[Segment] = field(default_factory=list)
    toponyms: list[Toponym] = field(default_factory=list)
    dateline_place: Place | None = None
    # country -> the actor mention that first named it: where a country inferred from the story's
    # setting came from (actors stage)
    setting_evidence: dict = field(default_factory=dict)
    triggers: list[EventTrigger] = field(default_factory=list)
    deadline: float | None = None  # time.monotonic() value past which coding stops
    trace: Trace | None = None  # set by `explain`: stages record what they decided

    @classmethod
    def start(cls, article: Article, lang: Language, deadline: float | None = None, trace: Trace | None = None) -> DocContext:
        from .reading import Extracted

        doc = Document(doc_id=article.doc_id, title=article.title, published=article.published,
                       warnings=list(article.warnings), text=article.text if isinstance(article, Extracted) else None)
        return cls(article, lang, doc, article.published, deadline=deadline, trace=trace)

    @property
    def text(self) -> str:
        return self.article.text

    def check_deadline(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise CodingTimeout(f"coding {self.article.doc_id} took longer than allowed")

    def note(self, stage: str, what: str, span: tuple[int, int] | None = None, **details) -> None:
        """Record a decision for `explain`; free when no trace is being kept."""
        if self.trace is not None:
            self.trace.add(stage, what, span, self.text, details)
