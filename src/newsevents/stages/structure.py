"""The structure stage: the story's parts (title, standfirst, byline, captions, dateline, body,
credit) and the segments the parser reads."""

from __future__ import annotations

from ..context import DocContext, Segment
from ..reading import failure_at
from ..reading.hygiene import Cleaned
from ..reading.structure import body_only, detect
from ..registry import stages

# A paragraph longer than this is parsed in pieces cut at sentence ends (else at spaces): a
# 50,000-word "sentence" (a table, a list, a broken scrape) would otherwise take the parser and the
# clause walks minutes, and spaCy refuses texts over a million characters outright.
MAX_SEGMENT = 5000
# Parts that are not parsed: the dateline is read for its place, a date line for `published`; a
# byline names the reporter, never an actor of the story ("By: Ana Souza," parsed as a mention).
UNPARSED = ("dateline", "date", "byline")


def bounded(text: str, kind: str, start: int, end: int, notes: list[str]) -> list[Segment]:
    """text[start:end] in pieces of at most MAX_SEGMENT characters; a note for each stretch that
    had no sentence end to cut at, since a sentence cut mid-way may lose an event."""
    pieces = []
    run_on = None
    while end - start > MAX_SEGMENT:
        window = text[start : start + MAX_SEGMENT]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "), window.rfind("\n"))
        if cut < MAX_SEGMENT // 2:
            cut = window.rfind(" ")
            run_on = run_on if run_on is not None else start
        cut = start + (cut + 1 if cut > 0 else MAX_SEGMENT)
        pieces.append(Segment(kind, start, cut))
        start = cut
    pieces.append(Segment(kind, start, end))
    if run_on is not None:
        notes.append(f"a passage with no sentence end (characters {run_on:,}-{end:,}) was parsed in pieces "
                     f"of at most {MAX_SEGMENT:,} characters")
    return pieces


class StructureStage:
    name = "structure"

    def __call__(self, ctx: DocContext) -> None:
        a = ctx.article
        st = detect(a.text) if a.structured else body_only(a.text)
        ctx.structure = st
        notes: list[str] = []
        ctx.segments = [piece for p in st.parts if p.kind not in UNPARSED
                        for piece in bounded(a.text, p.kind, p.start, p.end, notes)]
        ctx.published = a.published or st.published
        d = ctx.document
        d.title = st.title or a.title
        d.standfirst, d.byline, d.captions = st.standfirst, st.byline, st.captions
        d.dateline, d.credit, d.published = st.dateline, st.credit, ctx.published
        if st.furniture:
            notes.extend(Cleaned([], st.furniture).notes())
        d.warnings.extend(failure_at(a, note, "warning") for note in notes)
        for p in st.parts:
            ctx.note(self.name, p.kind, (p.start, p.end))


@stages.register("structure")
def make_structure(coder) -> StructureStage:
    return StructureStage()
