"""`newsevents explain`: what every stage decided on a real run, step by step, then the events."""

from __future__ import annotations

import textwrap


def explain(coder, text: str, date: str | None = None, structured: bool = False, parse: bool = False) -> str:
    doc, trace, ctx = coder.trace(text, published=date, structured=structured)
    out = []
    if parse:
        out.append("parse:")
        for seg in ctx.segments:
            for t in seg.doc:
                out.append(f"  {t.i:>3} {t.text:<16} {t.lemma_:<14} {t.pos_:<6} {t.dep_:<10} -> {t.head.i:<3} {t.ent_type_}")
    stage = None
    for step in trace.steps:
        if step.stage != stage:
            stage = step.stage
            out.append(f"{stage}:")
        where = f"[{step.span[0]}:{step.span[1]}] {step.text!r}: " if step.span else ""
        out.append(f"  {where}{step.what}")
        for key, value in step.details.items():
            items = value if isinstance(value, list) else [value]
            for item in items:
                out.extend(textwrap.wrap(f"{key}: {item}", 110, initial_indent="      ", subsequent_indent="        "))
    out.append("events:")
    for e in doc.events:
        flags = (" NEGATED" if e.negated else "") + ("" if e.modality == "asserted" else f" {e.modality}")
        src = e.source.code if e.source else None
        tgt = e.target.code if e.target else None
        out.append(f"  {src} -> {tgt}: {e.cameo} {e.cameo_name} [{e.plover.type}/{e.plover.mode}] "
                   f"rule={e.rule} date={e.date}{flags}")
    return "\n".join(out)
