"""Off-topic quiet: how many events the coder finds in news that has none (sport, business,
culture, weather, science, lifestyle), per 1,000 words. The stories are the project's own
(`offtopic.txt`, written for it and fictional), split into learn and score parts like every set."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from ..records import Article
from . import Row, factual
from .splits import select


def stories(text: str) -> list[tuple[str, str]]:
    """(headline, body) of each story: comment lines dropped, stories split on lines holding only ---."""
    chunks, current = [], []
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        if line.strip() == "---":
            chunks.append(current)
            current = []
        else:
            current.append(line)
    chunks.append(current)
    out = []
    for chunk in chunks:
        body = "\n".join(chunk).strip()
        if body:
            headline, _, rest = body.partition("\n\n")
            out.append((headline.strip(), rest.strip()))
    return out


def load() -> list[tuple[str, str]]:
    return stories(resources.files("newsevents").joinpath("evaluation/offtopic.txt").read_text(encoding="utf-8"))


def run(coder, gold: Path | None = None, part: str | None = None) -> list[Row] | None:
    """Counted events (factual, over the threshold) per 1,000 words; the gold folder is not needed."""
    chosen = select("offtopic", load(), lambda s: s[0], part)
    articles = [Article(f"offtopic-{i}", body, title=headline) for i, (headline, body) in enumerate(chosen)]
    words = sum(len(h.split()) + len(b.split()) for h, b in chosen)
    events = sum(len(factual(doc.events)) for doc in coder.pipe(articles))
    return [Row("offtopic", "events per 1000 words", 1000 * events / words if words else 0.0, words)]
