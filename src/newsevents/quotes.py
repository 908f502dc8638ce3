"""Direct quotations and their speakers.

Quote marks are paired by a scan of each paragraph (straight, curly, `` '' and NYT-style '' '', « »);
a mark left open runs to the end of the paragraph, as in a quote continued in the next one. The cue is
the nearest speech verb outside any quote, the speaker its subject, resolved like any actor mention. A
paragraph that is nothing but quotation continues the previous paragraph's speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .actors import Mention, _phrase_bounds
from .schema import Actor, Quote

SPEECH_VERBS = {
    "say", "tell", "add", "state", "ask", "explain", "write", "note", "insist", "declare", "claim", "warn",
    "argue", "continue", "reply", "respond", "tweet", "acknowledge", "admit", "announce", "recall", "suggest",
    "vow", "promise", "predict", "quip", "joke", "conclude", "remark", "comment", "complain", "contend",
    "observe", "assert", "maintain", "caution", "urge", "stress", "emphasize", "emphasise", "shout", "yell",
    "scream", "whisper", "testify", "concede", "boast", "confirm", "deny", "counter", "retort", "chant",
    "post", "sing", "muse", "wonder", "mutter", "exclaim", "proclaim", "describe", "call", "answer",
    "recount", "lament", "pledge", "threaten", "charge", "allege", "report", "reiterate", "agree",
}
OPENERS = {"“": "”", "«": "»", "„": "“"}
MAX_AFTER = 80  # characters between a quote's end and a following cue ("...," said the minister)
MAX_BEFORE = 160  # between a preceding cue and the quote ("The minister said on Tuesday: "...")
SCARE_MAX_WORDS = 3


@dataclass
class QuoteState:
    last_speaker: Actor | None = None
    last_cue: str | None = None
    open_carry: bool = False  # the previous paragraph ended inside a quote


def find_spans(text: str) -> list[tuple[int, int, bool]]:
    """(content start, content end, closed) for each double-quoted stretch of `text`."""
    spans = []
    i = 0
    n = len(text)
    open_at = None
    closer = None
    while i < n:
        ch = text[i]
        two = text[i : i + 2]
        if open_at is None:
            if ch in OPENERS:
                open_at, closer = i + 1, OPENERS[ch]
            elif ch == '"':
                open_at, closer = i + 1, '"'
            elif two in ("``", "''"):
                open_at, closer = i + 2, "''"
                i += 1
        else:
            if closer == "''" and two == "''":
                spans.append((open_at, i, True))
                open_at = None
                i += 1
            elif ch == closer or (closer == '"' and ch == "”") or (closer == "”" and ch == '"'):
                spans.append((open_at, i, True))
                open_at = None
        i += 1
    if open_at is not None and open_at < n:
        spans.append((open_at, n, False))
    return spans


def _inside(pos: int, spans) -> bool:
    return any(s - 1 <= pos < e + 1 for s, e, _ in spans)


def _speaker_token(cue: Token) -> Token | None:
    if cue.lower_ == "according":
        for c in cue.children:
            if c.dep_ == "prep":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        return None
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and cue.dep_ == "conj":
        subj = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
    return subj


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


class QuoteFinder:
    def find(self, doc: Doc, offset: int, part: str, mentions: dict[int, Mention], state: QuoteState) -> list[Quote]:
        text = doc.text
        spans = find_spans(text)
        if not spans:
            state.open_carry = False
            return []
        cues = [
            t
            for t in doc
            if not _inside(t.idx, spans)
            and ((t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH_VERBS) or (t.lower_ == "according" and t.nbor(1).lower_ == "to" if t.i + 1 < len(doc) else False))
        ]
        outside = "".join(ch for i, ch in enumerate(text) if not _inside(i, spans))
        only_quote = not any(ch.isalnum() for ch in outside)
        quotes = []
        for s, e, closed in spans:
            s, e = _trim(text, s, e)
            if e <= s:
                continue
            cue = self._nearest_cue(cues, s, e)
            words = len(text[s:e].split())
            speaker = None
            cue_text = None
            if cue is not None:
                cue_text = cue.text
                tok = _speaker_token(cue)
                if tok is not None and not _inside(tok.idx, spans):
                    speaker = self._actor(doc, tok, offset, mentions)
            elif only_quote and state.last_speaker is not None:
                speaker, cue_text = state.last_speaker, state.last_cue
            elif words <= SCARE_MAX_WORDS:
                continue  # a scare quote or a title, not speech
            if speaker is None and words <= SCARE_MAX_WORDS:
                continue
            quotes.append(Quote(text[s:e], s + offset, e + offset, "direct", speaker, cue_text, part))
            if speaker is not None:
                state.last_speaker, state.last_cue = speaker, cue_text
        state.open_carry = bool(spans) and not spans[-1][2]
        return quotes

    @staticmethod
    def _nearest_cue(cues: list[Token], s: int, e: int) -> Token | None:
        best, best_d = None, None
        for t in cues:
            if t.idx >= e:
                d = t.idx - e
                if d > MAX_AFTER:
                    continue
            elif t.idx + len(t) <= s:
                d = s - (t.idx + len(t))
                if d > MAX_BEFORE:
                    continue
                d += 10  # prefer a cue after the quote, as wire style does
            else:
                continue
            if best_d is None or d < best_d:
                best, best_d = t, d
        return best

    @staticmethod
    def _actor(doc: Doc, tok: Token, offset: int, mentions: dict[int, Mention]) -> Actor:
        m = mentions.get(tok.i)
        if m is not None:
            return m.actors[0]
        start, end = _phrase_bounds(tok)
        span = doc[start:end]
        return Actor(span.text, span.start_char + offset, span.end_char + offset)
