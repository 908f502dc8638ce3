"""`newsevents explain`: the trace of a real run, stage by stage (filled in with the trace)."""

from __future__ import annotations


def explain(coder, text: str, date: str | None = None, structured: bool = False) -> str:
    doc, trace, ctx = coder.trace(text, published=date, structured=structured)
    out = []
    for step in trace.steps:
        span = f"[{step.span[0]}:{step.span[1]}] {step.text!r} " if step.span else ""
        out.append(f"{step.stage:<9} {span}{step.what}")
    return "\n".join(out)
