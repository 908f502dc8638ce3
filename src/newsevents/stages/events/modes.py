"""PLOVER mode and context from the words of an event's clause (rules in knowledge/data/modes.tsv)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...knowledge import tables


@lru_cache(maxsize=1)
def _rules() -> tuple[list[tuple[str, str, frozenset[str]]], list[tuple[str, frozenset[str]]]]:
    modes, contexts = [], []
    for r in tables.load("modes"):
        words = frozenset(w.replace("_", " ") for w in r["words"].split("|"))
        if r["kind"] == "mode":
            modes.append((r["type"], r["value"], words))
        else:
            contexts.append((r["value"], words))
    return modes, contexts


def clause_words(tokens: list[Token]) -> set[str]:
    """Lemmas of the given tokens and of their compounds and modifiers ("air strike", "car bomb")."""
    words: set[str] = set()
    for t in tokens:
        if t is None:
            continue
        lemma = t.lemma_.lower()
        words.update((lemma, t.lower_))
        for c in t.children:
            if c.dep_ in ("compound", "amod", "prt", "advmod", "nmod"):
                words.update((c.lemma_.lower(), c.lower_, f"{c.lemma_.lower()} {lemma}", f"{c.lower_} {lemma}"))
    return words


def decide(plover_type: str | None, table_mode: str | None, table_context: str | None, words: set[str],
           context_words: set[str] | None = None) -> tuple[str | None, str | None]:
    """The (mode, context) the words support, else the table's. The mode is read from `words` (the
    means: verb, actor, instrument); the context from `context_words` (what the clause is about)."""
    modes, contexts = _rules()
    mode = table_mode
    if plover_type:
        for ptype, value, cues in modes:
            if ptype == plover_type and cues & words:
                mode = value
                break
    about = words if context_words is None else context_words
    context = next((value for value, cues in contexts if cues & about), table_context)
    return mode, context
