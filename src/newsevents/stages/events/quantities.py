"""Numbers written in news text ("5,000", "two", "1.5 million") as values, and casualty counts."""

from __future__ import annotations

from spacy.tokens import Span, Token
from ...lang import vocab




def parse_number(words: list[str]) -> float | None:
    """The value of a number phrase, or None. Scale words multiply what comes before them."""
    total = 0.0
    current = None
    for w in words:
        w = w.lower().replace(",", "")
        if w in vocab.number_scales and current is not None:
            current *= vocab.number_scales[w]
            continue
        try:
            value = float(w)
        except ValueError:
            value = vocab.number_words.get(w)
            if value is None:
                if w in ("-", "and", "about", "some", "nearly", "almost", "over", "around", "up", "to", "at", "least", "more", "than"):
                    continue
                return None
        if current is not None:
            total += current
        current = value
    if current is None:
        return None
    total += current
    return int(total) if total == int(total) else total


def _count(tok: Token) -> int | None:
    """The number that counts `tok`: "6 civilians", "killing 6", "at least 12 people"."""
    if tok.like_num:
        words = [t.text for t in tok.subtree if t.i <= tok.i]
        value = parse_number(words)
        return int(value) if value is not None else None
    for c in tok.children:
        if c.dep_ == "nummod" or (c.like_num and c.dep_ in ("quantmod", "amod", "compound")):
            value = parse_number([t.text for t in c.subtree])
            if value is not None:
                return int(value)
    return None


def casualties(sent: Span) -> tuple[int | None, int | None]:
    """(killed, injured) as the sentence states them, by the verbs and nouns of killing and wounding."""
    dead = hurt = None
    for tok in sent:
        lemma = tok.lemma_.lower()
        kind = "dead" if lemma in vocab.kill_words else "hurt" if lemma in vocab.hurt_words or tok.lower_ in vocab.hurt_words else None
        if kind is None:
            continue
        candidates: list[Token] = []
        if tok.pos_ in ("VERB", "AUX"):
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
            for c in tok.children:
                if (passive and c.dep_ == "nsubjpass") or (not passive and c.dep_ in ("dobj", "obj")) or (
                    lemma in ("die", "perish") and c.dep_ == "nsubj"
                ):
                    candidates.append(c)
        elif tok.pos_ == "ADJ" and tok.dep_ in ("amod", "acomp", "oprd", "advcl", "conj"):
            candidates.append(tok.head)  # "12 people dead", "left 5 dead"
            candidates.extend(c for c in tok.head.children if c.dep_ in ("nsubj", "dobj"))
        elif tok.pos_ == "NOUN" and lemma in vocab.death_nouns | {"casualty", "injury"}:
            candidates.append(tok)
            for c in tok.head.children if lemma == "toll" else ():
                if c.dep_ in ("prep",):
                    candidates.extend(g for g in c.children if g.dep_ == "pobj")
        for cand in candidates:
            value = _count(cand)
            if value is not None:
                if kind == "dead":
                    dead = (dead or 0) + value if dead is None else max(dead, value)
                else:
                    hurt = value if hurt is None else max(hurt, value)
                break
    return dead, hurt
