"""Direct quotations and their speakers.

Quote marks are paired by a scan of each paragraph (straight, curly, `` '' and NYT-style '' '', « »);
a mark left open runs to the end of the paragraph, as in a quote continued in the next one. The cue is
the nearest speech verb outside any quote, the speaker its subject, resolved like any actor mention. A
paragraph that is nothing but quotation continues the previous paragraph's speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from .actors import Mention, actor_code, phrase_bounds
from ..context import DocContext
from ..records import Actor, Quote
from ..registry import stages
from ..lang import current, vocab

MIN_REPORT_TOKENS = 4
MERGE_GAP_WORDS = 25  # a cue between two parts of one quotation: ', he said. '
MAX_AFTER = 80  # characters between a quote's end and a following cue ("...," said the minister)
MAX_BEFORE = 160  # between a preceding cue and the quote ("The minister said on Tuesday: "...")
SCARE_MAX_WORDS = 3


@dataclass
class _Candidate:
    """A quotation or report being assembled, before it becomes a `Quote`."""

    start: int
    end: int
    kind: str
    speaker: Actor | None
    cue: str | None
    words: int
    governing: Token | None = None  # the speech verb whose clause holds a direct quotation
    parts: list = field(default_factory=list)  # the quoted stretches of an interrupted quotation


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
            if ch in vocab.quote_marks:
                open_at, closer = i + 1, vocab.quote_marks[ch]
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


def _outside(text: str, spans) -> str:
    """The text with every quoted span and the character either side of it cut out."""
    parts, pos = [], 0
    for s, e, _ in sorted(spans):
        if s - 1 > pos:
            parts.append(text[pos : s - 1])
        pos = max(pos, e + 1)
    parts.append(text[pos:])
    return "".join(parts)


def _speaker_token(cue: Token, spans=()) -> Token | None:
    """The subject of the cue's clause, looking through participles ("..., adding"), coordination
    and relative clauses ("Smith, who said")."""
    if cue.lower_ == "according":
        for c in cue.children:
            if c.dep_ == "prep":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        return None
    v = cue
    for _ in range(4):
        # '"... Full panic mode," said Leslie Wimes': a subject inside the quotation is a misparse
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and not _inside(c.idx, spans)), None)
        if subj is not None:
            return subj  # a relative "who" stands for its antecedent (see QuoteFinder._actor)
        if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.i != v.head.i:
            v = v.head.head  # "despite admitting ...", "after saying ...": the clause the phrase is in
            if v.pos_ not in ("VERB", "AUX"):
                return None
            continue
        if v.dep_ in ("conj", "advcl", "xcomp") and v.head.i != v.i:
            v = v.head
            if v.pos_ not in ("VERB", "AUX"):
                return None
            continue
        if v.dep_ == "relcl":
            return v.head
        if v.dep_ == "acl" and v.tag_ == "VBG":
            # "footage of Clinton asking, ...": the noun speaks; "issued a statement calling the
            # test ...": a statement speaks for whoever issued it
            noun = v.head
            if noun.lemma_.lower() in vocab.written_nouns | {"statement", "footage", "video"} and noun.dep_ == "dobj":
                issuer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
                if issuer is not None:
                    return issuer
            return noun
        return None
    return None


def _complement(cue: Token) -> tuple[int, int] | None:
    """Character span of the cue verb's dependents after it, minus punctuation."""
    rights = [c for c in cue.rights if c.dep_ not in ("punct", "cc", "conj", "advcl", "npadvmod")]
    if not rights:
        return None
    first, last = rights[0].left_edge, rights[-1].right_edge
    while last.i > first.i and last.is_punct and last.text not in ('"', "”", "''"):
        last = last.doc[last.i - 1]
    return first.idx, last.idx + len(last)


def _reported(cue: Token) -> tuple[int, int] | None:
    """Character span of what a report verb reports: its that-clause ("said (that) the plan will
    fail"), or, for "according to X", the clause the phrase hangs on."""
    doc = cue.doc
    if cue.lower_ == "according" and cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ == "to":
        pp_start, pp_end = cue.left_edge.i, cue.right_edge.i
        # The clause the phrase hangs on; where the parse is unsure, the sentence around it.
        main = cue.head if cue.head.pos_ in ("VERB", "AUX") and cue.head.i != cue.i else cue.sent.root
        lo, hi = main.left_edge.i, main.right_edge.i
        if pp_start <= lo + 1:
            lo = pp_end + 1
        elif pp_end >= hi - 1:
            hi = pp_start - 1
        elif pp_start - lo >= hi - pp_end:
            hi = pp_start - 1  # "Clinton leads, according to the poll, by four points": the longer side
        else:
            lo = pp_end + 1
        return _token_span(doc, lo, hi)
    if cue.pos_ not in ("VERB", "AUX") or cue.lemma_.lower() not in vocab.report_verbs | vocab.stance_verbs:
        return None
    comp = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if comp is None and cue.dep_ == "parataxis" and cue.lemma_.lower() in vocab.cue_verbs:
        # "Lenox was a juggernaut, Mr. Clarke said, until ...": the clause around the cue
        head = cue.head
        return _token_span(doc, head.left_edge.i, head.right_edge.i)
    if comp is None:
        if cue.lemma_.lower() in vocab.cue_verbs and any(c.dep_ == "xcomp" for c in cue.children):
            return _complement(cue)  # "told his advisers to find a way"
        if cue.lemma_.lower() in vocab.stance_verbs and not any(c.dep_ == "prt" for c in cue.children):
            # "called for an investigation", "pledged to remain civil", "cited the report"
            span = _complement(cue)
            if span is not None and len(doc.text[span[0] : span[1]].split()) >= 2:
                return span
        return None
    lo, hi = comp.left_edge.i, comp.right_edge.i
    if doc[lo].dep_ == "mark" and doc[lo].lower_ == "that":
        lo += 1
    return _token_span(doc, lo, hi)


def _token_span(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    while lo <= hi and doc[lo].is_punct and doc[lo].text not in ('"', "“", "``", "‘"):
        lo += 1
    while hi >= lo and doc[hi].is_punct and doc[hi].text not in ('"', "”", "''", "’", "."):
        hi -= 1
    if hi - lo + 1 < MIN_REPORT_TOKENS:
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _same_speaker(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return False
    return a is b or (a.start, a.end) == (b.start, b.end) or bool(a.name and a.name == b.name)


def _merge_interrupted(text: str, found: list[_Candidate]) -> list[_Candidate]:
    """'"We will not stop," he said, "until ..."' is one quotation in two parts: join direct
    quotes of one speaker separated only by a short cue."""
    out: list[_Candidate] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == q.kind == "direct" and _same_speaker(prev.speaker, q.speaker):
            gap = text[prev.end : q.start]
            said_here = any(c and c in gap for c in (prev.cue, q.cue))
            # after the cue's sentence, the next one must open with the quotation itself:
            # '"A," he said. "B."' joins; '"A," Obama said. He called Burma "B"' does not
            tail = re.split(r"[.!?]\s", gap)[-1] if re.search(r"[.!?]\s", gap) else ""
            if tail.strip(" \"“‘`'") == "" and "\n" not in gap and (len(gap.split()) <= 2 or (said_here and len(gap.split()) <= MERGE_GAP_WORDS)):
                prev.parts = (prev.parts or [(prev.start, prev.end)]) + [(q.start, q.end)]
                prev.end, prev.words = q.end, prev.words + q.words
                continue
        out.append(q)
    return out


TRANSCRIPT_TURN = re.compile(r"([A-Z][A-Z.' -]{1,30}[A-Z]):\s+")



@lru_cache(maxsize=None)
def _title_word(lang) -> re.Pattern:
    """A word a title may hold: a number, a capitalised word, or one of the language's small words."""
    return re.compile(r"^[\d(]|^[A-Z]|^(" + "|".join(map(re.escape, lang.title_small_words)) + r")$")


def _title(quoted: str) -> bool:
    """Title-case words with no sentence punctuation inside: a name of a show, book or law."""
    words = quoted.strip(" ,.").split()
    if len(words) == 1:
        return words[0][:1].isdigit()  # "13th"
    if not 1 < len(words) <= 6 or quoted.rstrip().endswith(("!", "?")):
        return False
    title_word = _title_word(current())
    return words[0][:1].isupper() and all(title_word.match(w) for w in words)


def _starts_sentence(doc: Doc, s: int) -> bool:
    first = next((t for t in doc if t.idx >= s), None)
    return first is None or first.is_sent_start or first.i == 0 or doc[first.i - 1].is_sent_start


def _sentence_like(doc: Doc, s: int, e: int) -> bool:
    """Whether a short quotation reads as something said ("Peace is close.", "I would,") rather
    than a name or a label ("Morning Joe", "pigs,")."""
    if doc.text[s:e].rstrip().endswith((".", "!", "?")):
        return True
    return any(t.pos_ in ("VERB", "AUX") for t in doc if s <= t.idx < e)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


HEADLINE_COLON = re.compile(r"^\s*([A-Z][^:\"“”]{1,60}?):\s+(\S.*?)\s*$")
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
            if cue is None:
                # "Sanders made the following comment:", "McCaskill scolded him:": the last
                # sentence's subject introduces what follows
                last = list(doc.sents)[-1].root
                cue = last if last.pos_ in ("VERB", "AUX") else None
            tok = _speaker_token(cue, spans) if cue is not None else None
            if tok is not None:
                state.colon_speaker = (self._actor(doc, tok, offset, mentions), cue.text)
        headline = self._headline_colon(doc, offset, part, mentions)
        if headline is not None:
            return [headline]
        outside = _outside(text, spans)
        only_quote = not any(ch.isalnum() for ch in outside)
        found: list[_Candidate] = []
        for s, e, closed in spans:
            s, e = _trim(text, s, e)
            if e <= s:
                continue
            words = len(text[s:e].split())
            kind = "direct"
            speaker = None
            cue_text = None
            turn = TRANSCRIPT_TURN.match(text, s, e)
            if turn:
                # a transcript turn inside quotation marks: "PENCE: Well, look, ..."
                name_s, name_e = turn.span(1)
                speaker = self._span_actor(doc, name_s, name_e, offset, mentions)
                found.append(_Candidate(turn.end(), e, kind, speaker, ":", len(text[turn.end() : e].split())))
                continue
            governing = cue = self._governing_cue(doc, s, e, spans)
            if cue is None and _title(text[s:e]):
                continue  # "Face the Nation", "The Art of the Deal": a title, not speech
            if cue is None and not _starts_sentence(doc, s):
                # "blasted the media for being 'unbelievably dishonest'": a partial quotation is
                # the stance of whoever the verb around it has as subject
                governing = cue = self._governing_cue(doc, s, e, spans, any_verb=True)
            if cue is None and words <= SCARE_MAX_WORDS and not _sentence_like(doc, s, e):
                continue  # "pigs", "Morning Joe": a short phrase no cue governs is not speech
            if cue is None:
                cue = self._colon_intro(doc, s, spans)
            if cue is None:
                cue = self._nearest_cue(cues, s, e, spans)
            if cue is not None:
                cue_text = cue.text
                tok = _speaker_token(cue, spans)
                if tok is not None and not _inside(tok.idx, spans):
                    speaker = self._actor(doc, tok, offset, mentions)
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
            found.append(_Candidate(s, e, kind, speaker, cue_text, words, governing))
        # A second quotation in a paragraph, with no cue of its own, continues the first one's speaker.
        for i, q in enumerate(found):
            if q.speaker is None:
                near = [f for f in found[:i][::-1] + found[i + 1 :] if f.speaker is not None]
                if near:
                    q.speaker, q.cue = near[0].speaker, near[0].cue
        found = [q for q in found if q.speaker is not None or q.words > SCARE_MAX_WORDS]  # scare quotes, titles
        found = self._with_reports(doc, found, spans, offset, mentions)
        found = _merge_interrupted(text, found)
        found = self._partial_in_report(doc, found)
        quotes = []
        for q in found:
            if quotes and quotes[-1].start <= q.start + offset and q.end + offset <= quotes[-1].end:
                continue  # a second partial quote inside the same reported clause
            parts = [[s + offset, e + offset] for s, e in q.parts]
            quotes.append(Quote(text[q.start : q.end], q.start + offset, q.end + offset, q.kind, q.speaker, q.cue, part, parts=parts))
            if q.speaker is not None:
                state.last_speaker, state.last_cue = q.speaker, q.cue
        return quotes

    def _headline_colon(self, doc: Doc, offset: int, part: str, mentions) -> Quote | None:
        """Headline style "Pence: Trump Was 'Mocking' Clinton Camp": the name before the colon
        says what follows."""
        if part != "title":
            return None
        m = HEADLINE_COLON.match(doc.text)
        if m is None or len(m.group(1).split()) > 6 or len(m.group(2).split()) < 3:
            return None
        speaker = self._span_actor(doc, m.start(1), m.end(1), offset, mentions)
        s, e = m.start(2), m.end(2)
        kind = "direct" if doc.text[s] in "\"“‘'" else "indirect"
        if kind == "direct":
            s, e = _trim(doc.text, s + 1, e - 1 if doc.text[e - 1] in "\"”’'" else e)
        return Quote(doc.text[s:e], s + offset, e + offset, kind, speaker, ":", part)

    def _with_reports(self, doc: Doc, found: list[_Candidate], spans, offset: int, mentions) -> list[_Candidate]:
        """Add reported speech: each report verb's complement ("said (that) ...", "according to X,
        ..."). A report that holds a shorter quotation becomes one mixed quote; a report that is
        all quotation is the direct quote already found."""
        text = doc.text
        reports = []
        for t in doc:
            if _inside(t.idx, spans):
                continue
            span = _reported(t)
            if span is None:
                continue
            rs, re_ = _trim(text, *span)
            tok = _speaker_token(t, spans)
            if tok is None or _inside(tok.idx, spans) or (rs <= tok.idx < re_ and t.dep_ != "parataxis"):
                continue  # a speaker inside what is reported is a misparse, bar the parenthetical cue
            reports.append((rs, re_, t, tok))
        out = list(found)
        for rs, re_, cue, tok in reports:
            inside = [q for q in out if rs - 1 <= q.start and q.end <= re_ + 1]
            if any(q.start < re_ and q.end > rs and q not in inside for q in out):
                continue  # a quotation crossing the report's edge: the quotation decides
            if inside and sum(q.end - q.start for q in inside) >= 0.8 * (re_ - rs):
                continue
            speaker = self._actor(doc, tok, offset, mentions)
            for q in inside:
                out.remove(q)
            kind = "mixed" if inside else "indirect"
            cue_text = cue.text if cue.lower_ != "according" else "according to"
            out.append(_Candidate(rs, re_, kind, speaker, cue_text, len(text[rs:re_].split())))
        out.sort(key=lambda q: q.start)
        return out

    @staticmethod
    def _partial_in_report(doc: Doc, found: list[_Candidate]) -> list[_Candidate]:
        """A partial quotation in a report with no that-clause ("called the test 'a clear
        violation'", "urged voters to 'go to your place and vote'"): the cue's complement is the unit."""
        text = doc.text
        for q in found:
            if q.kind != "direct" or q.governing is None:
                continue
            comp = _complement(q.governing)
            if comp and comp[0] <= q.start and q.end <= comp[1] and (q.end - q.start) < 0.8 * (comp[1] - comp[0]):
                q.start, q.end, q.kind, q.parts = comp[0], comp[1], "mixed", []
                q.words = len(text[q.start : q.end].split())
        out: list[_Candidate] = []
        for q in found:
            prev = out[-1] if out else None
            if prev is not None and prev.start <= q.start and q.end <= prev.end:
                continue  # a second partial quotation in the same report
            if (prev is not None and q.kind in ("direct", "mixed") and prev.kind in ("direct", "mixed")
                    and _same_speaker(prev.speaker, q.speaker) and not _starts_sentence(doc, q.start)
                    and not any(t.is_sent_start for t in doc if prev.end <= t.idx < q.start)):
                # "called her 'disgusting' and 'a con'": one stance in two quoted pieces
                prev.end, prev.kind, prev.parts = q.end, "mixed", []
                prev.words = len(text[prev.start : prev.end].split())
                continue
            out.append(q)
        return out

    @staticmethod
    def _is_cue(t: Token) -> bool:
        lemma = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX") and lemma in vocab.cue_verbs:
            return True
        if (lemma, next((c.lower_ for c in t.children if c.dep_ == "prt"), None)) in vocab.phrasal_cues:
            return True  # "he points out", "Trump went on", "Hillary shot back"
        if t.pos_ == "NOUN" and lemma in vocab.cue_verbs and t.i > 0 and (t.nbor(-1).pos_ == "PROPN" or t.nbor(-1).lower_ in vocab.speaker_pronouns):
            return True  # '..., Bozell answers.' with the verb tagged as a plural noun
        if t.lower_ in ("said", "says"):
            return True  # "Said Ellis: ..." where the tagger takes the capital for a name
        if t.lemma_.lower() == "read" and any(c.dep_ == "nsubj" and c.lemma_.lower() in vocab.written_nouns for c in t.children):
            return True  # '"...," the letter reads'

        if t.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children):
            return True  # "as Ms. Simonyan put it, ..."
        return t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to"

    def _governing_cue(self, doc: Doc, s: int, e: int, spans, any_verb: bool = False) -> Token | None:
        """A speech verb outside the quotation whose clause contains it ("said the plan was 'X'");
        with `any_verb`, any verb with a subject of its own outside the quotation."""
        inner = [t for t in doc if s <= t.idx < e]
        if not inner:
            return None
        tok = inner[0]
        for _ in range(8):
            if tok.head.i == tok.i:
                return None
            if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and not (s <= tok.idx < e):
                return None  # 'the "rogue" label stuck': a quotation in a subject is nobody's words
            tok = tok.head
            if not (s <= tok.idx < e) and not _inside(tok.idx, spans):
                if self._is_cue(tok):
                    return tok
                if any_verb and tok.pos_ == "VERB" and any(
                    c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON", "NOUN") and not _inside(c.idx, spans) for c in tok.children
                ):
                    return tok
        return None

    @staticmethod
    def _colon_intro(doc: Doc, s: int, spans) -> Token | None:
        """'Kelly responded with a smile: "..."', 'the board was conclusive in its findings: "..."':
        the clause before a colon introduces the quotation after it, and its verb is the cue."""
        before = doc.text[:s].rstrip(" \"“‘'`")
        if not before.endswith(":"):
            return None
        colon = next((t for t in doc if t.idx == len(before) - 1), None)
        if colon is None or colon.i == 0:
            return None
        v = doc[colon.i - 1]
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        if v.pos_ not in ("VERB", "AUX") or _inside(v.idx, spans) or v.idx >= s:
            return None
        return v

    @staticmethod
    def _nearest_cue(cues: list[Token], s: int, e: int, spans=()) -> Token | None:
        best, best_d = None, None
        for t in cues:
            if any(c.dep_ == "neg" and not _inside(c.idx, spans) for c in t.children):
                continue  # "He didn't suggest retaliation" introduces no quotation
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
            if m is not None and m.actors:
                return m.actors[0]
            return Actor(span.text, span.start_char + offset, span.end_char + offset)
        return Actor(doc.text[start:end], start + offset, end + offset)

    @staticmethod
    def _actor(doc: Doc, tok: Token, offset: int, mentions: dict[int, Mention]) -> Actor:
        if tok.tag_ == "WDT" and tok.head.dep_ == "relcl":
            tok = tok.head.head  # "a letter that says ...": the letter speaks
        elif tok.tag_ == "WP" and tok.head.dep_ == "relcl":
            # "Will Smith, who joked ...": the speaker's mention is "who", resolved as its antecedent
            ante = QuoteFinder._actor(doc, tok.head.head, offset, mentions)
            return Actor(tok.text, tok.idx + offset, tok.idx + len(tok) + offset, ante.name or ante.text, ante.country, ante.sector, ante.code)
        m = mentions.get(tok.i)
        if m is not None and m.actors:
            return m.actors[0]
        start, end = phrase_bounds(tok)
        span = doc[start:end]
        return Actor(span.text, span.start_char + offset, span.end_char + offset)


def by_speaker(quotes: list[Quote]) -> list[tuple[str, list[Quote]]]:
    """Quotes grouped under one label per speaker, in order of first appearance: the resolved
    name where there is one ("she" and "Baerbock" are one speaker), else the mention's text."""
    groups: dict[str, list[Quote]] = {}
    for q in quotes:
        sp = q.speaker
        if sp is None:
            label = "(no speaker found)"
        else:
            label = sp.name or sp.text
            if sp.code:
                label += f" [{sp.code}]"
        groups.setdefault(label, []).append(q)
    return list(groups.items())


def join_quotes(quotes: list[Quote], events: list, first: int, last: int) -> None:
    """Events inside a quotation are the speaker's report: they are attributed to the speaker, and
    "we" inside it is the speaker's organisation (the country and sector the speaker stands for)."""
    for q in quotes:
        for idx in range(first, last):
            e = events[idx]
            if e.trigger_start is None or not (q.start <= e.trigger_start < q.end):
                continue
            q.events.append(idx)
            if q.speaker is None:
                continue
            if e.attributed_to is None:
                e.attributed_to = q.speaker
                if e.modality == "asserted":
                    e.modality = "reported"
            sp = q.speaker
            if e.source is None and e.cameo_root in vocab.own_acts.get(sp.sector or sp.agent or "", "").split():
                # "police said 47 people had been arrested": an arrest the police report with no
                # one named is the police's own, as troops the army says were sent are the army's
                e.source = replace(sp, inferred=True)
                where = e.location.country if e.location is not None else None
                if sp.country is None and where and sp.sector:
                    # police with no country of their own are the police where they made the arrests
                    e.source = replace(e.source, country=where, code=actor_code(where, sp.sector))
            for role in ("source", "target"):
                a = getattr(e, role)
                if a is None:
                    continue
                if a.code is None and a.text.lower() in vocab.first_person:
                    setattr(e, role, Actor(a.text, a.start, a.end, None, sp.country, sp.sector, sp.code))
                elif sp.country and (a.country is None or a.inferred or a.country == sp.country and not a.sector) and _speakers_own(a, q):
                    # "our military" in a quote, "its jets" in a ministry's report: the speaker's
                    # side, whatever country the sentence's other names suggested
                    sector = a.sector or sp.sector
                    setattr(e, role, replace(a, country=sp.country, sector=sector, agent=a.agent or sp.agent,
                                             code=actor_code(sp.country, sector if sector != "IGO" else None),
                                             inferred=False, evidence=None))


# The acts a speaker of each sector reports in the passive without an agent because it did them:
# the police's arrests and searches (CAMEO 17), the army's and government's deployments (15).
def _speakers_own(a: Actor, q: Quote) -> bool:
    """Whether an actor is the speaker's own by its possessive: first person in a direct quotation,
    "its" (an organisation's own) in reported speech."""
    first = a.text.split(maxsplit=1)[0].lower() if a.text.strip() else ""
    return first in vocab.first_person_possessives or (first == "its" and q.kind != "direct")


class QuoteStage:
    """Quotations and reported speech with their speakers, segment by segment (a paragraph that is
    all quotation continues the last speaker), joined to the events they contain."""

    name = "quotes"
    requires = ("actors",)

    def __init__(self):
        self.finder = QuoteFinder()

    def __call__(self, ctx: DocContext) -> None:
        state = QuoteState()
        for seg in ctx.segments:
            ctx.check_deadline()
            quotes = self.finder.find(seg.doc, seg.start, seg.kind, seg.mentions, state)
            join_quotes(quotes, ctx.document.events, seg.first_event, seg.last_event)
            ctx.document.quotes.extend(quotes)
            for q in quotes:
                sp = q.speaker
                ctx.note(self.name, f"{q.kind} quote, cue {q.cue or 'none'}, speaker "
                         + (f"{sp.text!r} ({sp.code or 'no code'})" if sp else "unknown"), (q.start, q.end),
                         events=q.events or None)


@stages.register("quotes")
def make_quotes(coder) -> QuoteStage:
    return QuoteStage()
