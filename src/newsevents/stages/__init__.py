"""The pipeline's stages and the one protocol they share.

A stage is anything callable on a `DocContext` (it reads what earlier stages put there and adds its
own findings); it may also offer `pipe(contexts)` to work on several documents at once, as the parse
stage does to batch spaCy. Stages are made by factories in the `newsevents.registry.stages`
registry, `factory(coder) -> stage`, and run in the order the `stages` setting lists them:

    @newsevents.registry.stages.register("drop_statements")
    def make_drop_statements(coder):
        def drop(ctx):
            ctx.document.events = [e for e in ctx.document.events if e.plover.type is not None]
        return drop

    coder = newsevents.load(stages=[*newsevents.DEFAULT_STAGES, "drop_statements"])

A factory may set `requires` on its stage (names of stages that must run before it); `load` checks
the order.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from ..context import DocContext

__all__ = ["Stage", "DEFAULT_STAGES"]

# structure: title, standfirst, captions ...; parse: spaCy; actors: mentions and coreference;
# places: toponyms; events: clauses and the lexicon; quotes: quotations and speakers; dates: when.
DEFAULT_STAGES = ("structure", "parse", "actors", "places", "events", "quotes", "dates")


@runtime_checkable
class Stage(Protocol):
    def __call__(self, ctx: DocContext) -> None: ...


def run(stage: Stage, contexts: list[DocContext]) -> None:
    """Run one stage over a batch of documents, through its `pipe` where it has one."""
    pipe = getattr(stage, "pipe", None)
    if pipe is not None:
        pipe(contexts)
    else:
        for ctx in contexts:
            stage(ctx)


def requirements(stage: Stage) -> Iterable[str]:
    return getattr(stage, "requires", ())

