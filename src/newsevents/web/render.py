"""What the templates are given: the Jinja environment, and a coded story cut into marked-up runs.

Templates are autoescaped, so article text is escaped wherever it appears. Markup that reaches a
template ready-made is built around text escaped first: the line breaks of `breaks` here, and
plotly's chart divs (charts.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from ..records import Document, Quote


@dataclass(frozen=True)
class Run:
    """A stretch of the story with one set of classes and at most one event's trigger."""

    text: str
    classes: str
    event: int | None


def highlight(text: str, doc: Document) -> list[Run]:
    """The story cut where its marking changes: actors, event triggers (by quad class) and
    quotations. Classes are set per character because the three overlap freely; a trigger's run
    keeps its event's index, which static/app.js uses to light the event's row."""
    n = len(text)
    classes: list[set[str]] = [set() for _ in range(n)]
    events_at: list[int | None] = [None] * n

    def mark(start, end, name):
        for i in range(max(0, start), min(n, end)):
            classes[i].add(name)

    for q in doc.quotes:
        mark(q.start, q.end, "quote")
    for a in doc.actors:
        mark(a.start, a.end, "actor")
    for i, e in enumerate(doc.events):
        if e.trigger_start is not None:
            mark(e.trigger_start, e.trigger_end, f"trig quad{e.quad_class}")
            for k in range(e.trigger_start, min(n, e.trigger_end)):
                events_at[k] = i
    runs, start = [], 0
    for i in range(1, n + 1):
        if i == n or classes[i] != classes[start] or events_at[i] != events_at[start]:
            cls = " ".join(sorted(c for names in classes[start] for c in names.split()))
            runs.append(Run(text[start:i], cls, events_at[start]))
            start = i
    return runs


def speakers(doc: Document) -> list[tuple[str, list[Quote]]]:
    """The story's quotations under one label per speaker."""
    # imported here: the quote stage pulls in spaCy, which no other page needs
    from ..stages.quotes import by_speaker

    return by_speaker(doc.quotes)


def breaks(text: str) -> Markup:
    """The text escaped, with its newlines kept visible as <br>."""
    return Markup("<br>\n").join(text.split("\n"))  # join escapes each line


def blank(value):
    """None as an empty cell; other falsy values (0, False) still show."""
    return "" if value is None else value


ENV = Environment(loader=PackageLoader("newsevents.web", "templates"), autoescape=True)
ENV.filters.update(breaks=breaks, blank=blank)


def render(template: str, **context) -> str:
    return ENV.get_template(template).render(**context)
