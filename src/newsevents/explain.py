"""`newsevents explain`: the parse, the actors, each clause and which lexicon entries fired or not."""

from __future__ import annotations

from .actors import DocState
from .events import Clause


def explain(coder, sentence: str, date: str | None = None) -> str:
    doc = coder.nlp(sentence)
    state = DocState(date)
    mentions = coder.resolver.analyse(doc, 0, state)
    out = ["parse:"]
    for t in doc:
        out.append(f"  {t.i:>3} {t.text:<16} {t.lemma_:<14} {t.pos_:<6} {t.dep_:<10} -> {t.head.i:<3} {t.ent_type_}")
    out.append("actors:")
    for m in sorted(mentions.values(), key=lambda m: m.head):
        for a in m.actors:
            weak = " (weak: argument only)" if m.weak else ""
            out.append(f"  [{a.start}:{a.end}] {a.text!r} -> name={a.name} country={a.country} sector={a.sector} code={a.code}{weak}")
    out.append("clauses:")
    for t in doc:
        if t.pos_ != "VERB":
            continue
        clause = Clause(t)
        preps = ", ".join(f"{p}:{x.text}" for p, x in clause.preps) or "-"
        obj = clause.dobj.text if clause.dobj is not None else "-"
        out.append(f"  verb {t.text!r} (lemma {t.lemma_}) particle={clause.particle} object={obj} preps=[{preps}]"
                   f" passive={clause.passive} negated={clause.negated()} intended={clause.intended()}")
        entries = coder.events.entries_for(t)
        if not entries:
            out.append("    no lexicon entry for this verb")
        best = coder.events.best_entry(clause)
        for e in entries:
            why = clause.mismatch(e)
            mark = "FIRED " if e is best else ("fits  " if why is None else "reject")
            out.append(f"    {mark} {e.id} ({e.cameo})" + (f": {why}" if why else ""))
    out.append("events:")
    for sent in doc.sents:
        for e in coder.events.code_sentence(sent, mentions, "body", 0, date):
            src = e.source.code if e.source else None
            tgt = e.target.code if e.target else None
            flags = " NEGATED" if e.negated else ""
            out.append(f"  {src} -> {tgt}: {e.cameo} {e.cameo_name} [{e.plover['type']}/{e.plover['mode']}] rule={e.rule}{flags}")
    return "\n".join(out)
