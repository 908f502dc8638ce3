"""Direct quotations and their speakers.

Quote marks are paired by a scan of each paragraph (straight, curly, `` '' and NYT-style '' '', « »);
a mark left open runs to the end of the paragraph, as in a quote continued in the next one. The cue is
the nearest speech verb outside any quote, the speaker its subject, resolved like any actor mention. A
paragraph that is nothing but quotation continues the previous paragraph's speaker.
"""

from __future__ import annotations

import re
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
    colon_speaker: tuple[Actor, str] | None = None  # from a paragraph ending "X said:"


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
    """The subject of the cue's clause, looking through participles ("..., adding"), coordination
    and relative clauses ("Smith, who said")."""
    if cue.lower_ == "according":
        for c in cue.children:
            if c.dep_ == "prep":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        return None
    v = cue
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
                return v.head
            return subj
        if v.dep_ in ("conj", "advcl", "xcomp", "pcomp") and v.head.i != v.i:
            v = v.head
            if v.pos_ not in ("VERB", "AUX"):
                return None
            continue
        if v.dep_ == "relcl":
            return v.head
        return None
    return None


def _complement(cue: Token) -> tuple[int, int] | None:
    """Character span of what the cue verb reports: its dependents after it, minus punctuation."""
    rights = [c for c in cue.rights if c.dep_ not in ("punct", "cc", "conj", "advcl", "prep", "npadvmod")]
    if not rights:
        return None
    first, last = rights[0].left_edge, rights[-1].right_edge
    while last.i > first.i and last.is_punct and last.text not in ('"', "”", "''"):
        last = last.doc[last.i - 1]
    return first.idx, last.idx + len(last)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


DASH_SOURCE = re.compile(r"^[\s]*[―—–-]+\s*([A-Z][^\n.,;:()]{1,60})")


class QuoteFinder:
    def find(self, doc: Doc, offset: int, part: str, mentions: dict[int, Mention], state: QuoteState) -> list[Quote]:
        text = doc.text
        spans = find_spans(text)
        colon_speaker = state.colon_speaker
        state.colon_speaker = None
        cues = [t for t in doc if not _inside(t.idx, spans) and self._is_cue(t)]
        if text.rstrip().endswith(":"):
            # "Caddell continued:" hands its speaker to the quotation in the next paragraph.
            cue = cues[-1] if cues else None
            tok = _speaker_token(cue) if cue is not None else None
            if tok is not None:
                state.colon_speaker = (self._actor(doc, tok, offset, mentions), cue.text)
        if not spans:
            return []
        outside = "".join(ch for i, ch in enumerate(text) if not _inside(i, spans))
        only_quote = not any(ch.isalnum() for ch in outside)
        found: list[list] = []  # [start, end, kind, speaker, cue_text, words]
        for s, e, closed in spans:
            s, e = _trim(text, s, e)
            if e <= s:
                continue
            words = len(text[s:e].split())
            kind = "direct"
            speaker = None
            cue_text = None
            cue = self._governing_cue(doc, s, e, spans)
            syntactic = cue is not None
            if cue is None:
                cue = self._nearest_cue(cues, s, e)
            if cue is not None:
                cue_text = cue.text
                tok = _speaker_token(cue)
                if tok is not None and not _inside(tok.idx, spans):
                    speaker = self._actor(doc, tok, offset, mentions)
                comp = _complement(cue) if syntactic else None
                if comp and comp[0] <= s and e <= comp[1] and (e - s) < 0.8 * (comp[1] - comp[0]):
                    # A partial quotation inside reported speech: the report is the unit.
                    s, e, kind = comp[0], comp[1], "mixed"
            else:
                m = DASH_SOURCE.match(text[min(len(text), e + 1) :])
                if m:
                    name_start = e + 1 + m.start(1)
                    name = m.group(1).strip()
                    speaker = self._span_actor(doc, name_start, name_start + len(name), offset, mentions)
                    cue_text = "―"
                elif only_quote and colon_speaker is not None:
                    speaker, cue_text = colon_speaker
                elif only_quote and state.last_speaker is not None:
                    speaker, cue_text = state.last_speaker, state.last_cue
            found.append([s, e, kind, speaker, cue_text, words])
        # A second quotation in a paragraph, with no cue of its own, continues the first one's speaker.
        for i, q in enumerate(found):
            if q[3] is None:
                near = [f for f in found[:i][::-1] + found[i + 1 :] if f[3] is not None]
                if near:
                    q[3], q[4] = near[0][3], near[0][4]
        quotes = []
        for s, e, kind, speaker, cue_text, words in found:
            if speaker is None and words <= SCARE_MAX_WORDS:
                continue  # a scare quote or a title, not speech
            if quotes and quotes[-1].start <= s and e <= quotes[-1].end:
                continue  # a second partial quote inside the same reported clause
            quotes.append(Quote(text[s:e], s + offset, e + offset, kind, speaker, cue_text, part))
            if speaker is not None:
                state.last_speaker, state.last_cue = speaker, cue_text
        return quotes

    @staticmethod
    def _is_cue(t: Token) -> bool:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH_VERBS:
            return True
        return t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to"

    def _governing_cue(self, doc: Doc, s: int, e: int, spans) -> Token | None:
        """A speech verb outside the quotation whose clause contains it ("said the plan was 'X'")."""
        inner = [t for t in doc if s <= t.idx < e]
        if not inner:
            return None
        tok = inner[0]
        for _ in range(8):
            if tok.head.i == tok.i:
                return None
            tok = tok.head
            if not (s <= tok.idx < e) and not _inside(tok.idx, spans) and self._is_cue(tok):
                return tok
        return None

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

    def _span_actor(self, doc: Doc, start: int, end: int, offset: int, mentions) -> Actor:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            m = mentions.get(span.root.i)
            if m is not None:
                return m.actors[0]
            return Actor(span.text, span.start_char + offset, span.end_char + offset)
        return Actor(doc.text[start:end], start + offset, end + offset)

    @staticmethod
    def _actor(doc: Doc, tok: Token, offset: int, mentions: dict[int, Mention]) -> Actor:
        m = mentions.get(tok.i)
        if m is not None:
            return m.actors[0]
        start, end = _phrase_bounds(tok)
        span = doc[start:end]
        return Actor(span.text, span.start_char + offset, span.end_char + offset)
