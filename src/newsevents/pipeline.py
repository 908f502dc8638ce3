"""The coder: Articles in, CodedDocuments out, with the spaCy parse batched across documents."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from . import nlp as nlp_loader
from . import structure
from .actors import ActorResolver, DocState
from .dictionaries import load_actors, load_verbs
from .events import FIRST_PERSON, EventCoder
from .kb import KnowledgeBase
from .lexicon import Lexicon
from .places import record
from .quotes import QuoteFinder, QuoteState
from .reading import failure_at
from .schema import Actor, Article, CodedDocument
from .toponyms import Found, Toponyms

PART_ORDER = ("title", "standfirst", "caption", "dateline", "body", "credit", "byline")


@dataclass
class _Segment:
    kind: str
    start: int
    end: int


# A paragraph longer than this is parsed in pieces cut at sentence ends (else at spaces): a
# 50,000-word "sentence" (a table, a list, a broken scrape) would otherwise take the parser and the
# clause walks minutes, and spaCy refuses texts over a million characters outright.
MAX_SEGMENT = 5000


def _bounded(text: str, seg: _Segment, notes: list[str]) -> list[_Segment]:
    """`seg` in pieces of at most MAX_SEGMENT characters; a note for each stretch that had no
    sentence end to cut at, since a sentence cut mid-way may lose an event."""
    pieces = []
    start, end = seg.start, seg.end
    run_on = None
    while end - start > MAX_SEGMENT:
        window = text[start : start + MAX_SEGMENT]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "), window.rfind("\n"))
        if cut < MAX_SEGMENT // 2:
            cut = window.rfind(" ")
            run_on = run_on if run_on is not None else start
        cut = start + (cut + 1 if cut > 0 else MAX_SEGMENT)
        pieces.append(_Segment(seg.kind, start, cut))
        start = cut
    pieces.append(_Segment(seg.kind, start, end))
    if run_on is not None:
        notes.append(f"a passage with no sentence end (characters {run_on:,}-{end:,}) was parsed in pieces "
                     f"of at most {MAX_SEGMENT:,} characters")
    return pieces


class CodingTimeout(Exception):
    """Coding one document ran past its deadline (the web server's per-request time limit)."""


class Coder:
    def __init__(self, model: str | None = None, verbs: list[str] | None = None, batch_size: int = 32,
                 actors: list[str] | None = None):
        self.nlp = nlp_loader.load(model)
        tokenizer = self.nlp.tokenizer
        self.kb = KnowledgeBase(lambda s: [t.text for t in tokenizer(s)])
        for path in actors or ():
            self.kb.add_user(load_actors(path))
        self.resolver = ActorResolver(self.kb)
        self.toponyms = Toponyms(self.kb)
        lexicon = Lexicon.builtin()
        for path in verbs or ():
            lexicon.update(load_verbs(path))
        self.events = EventCoder(lexicon)
        self.quotes = QuoteFinder()
        self.batch_size = batch_size

    def code_one(self, article: Article, deadline: float | None = None) -> CodedDocument:
        """One article; with `deadline` (a time.monotonic() value), CodingTimeout once it passes."""
        return next(iter(self._code_batch([article], deadline)))

    def code(self, articles: Iterable[Article], chunk: int = 16) -> Iterator[CodedDocument]:
        batch: list[Article] = []
        for a in articles:
            batch.append(a)
            if len(batch) >= chunk:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def _code_batch(self, articles: list[Article], deadline: float | None = None) -> Iterator[CodedDocument]:
        plans = []
        texts = []
        for a in articles:
            st = structure.detect(a.text) if a.structured else structure.body_only(a.text)
            notes: list[str] = []
            segs = [piece for p in st.parts if p.kind not in ("dateline", "date")
                    for piece in _bounded(a.text, _Segment(p.kind, p.start, p.end), notes)]
            plans.append((a, st, segs, notes))
            texts.extend(a.text[s.start : s.end] for s in segs)
        # Against a deadline, segments are parsed one at a time so that the check between them
        # comes every few hundred milliseconds (a segment is at most MAX_SEGMENT characters).
        docs = iter(self.nlp.pipe(texts, batch_size=1 if deadline is not None else self.batch_size))
        for a, st, segs, notes in plans:
            published = a.published or st.published
            out = CodedDocument(
                doc_id=a.doc_id,
                title=st.title or a.title,
                standfirst=st.standfirst,
                byline=st.byline,
                captions=st.captions,
                dateline=st.dateline,
                credit=st.credit,
                published=published,
                warnings=list(a.warnings) + [failure_at(a, note, "warning") for note in notes],
            )
            state = DocState(published)
            qstate = QuoteState()
            dateline_places = self._dateline_places(a.text, st)
            dateline_place = dateline_places[0] if dateline_places else None
            out.places.extend(dateline_places)
            seen: set[tuple[int, int, str | None]] = set()
            found = Found()
            for seg in segs:
                if deadline is not None and time.monotonic() > deadline:
                    raise CodingTimeout(f"coding {a.doc_id} took longer than allowed")
                doc = next(docs)
                # Bylines and credits name reporters, who must not become the antecedent of "he".
                seg_state = DocState(published) if seg.kind in ("byline", "credit") else state
                mentions = self.resolver.analyse(doc, seg.start, seg_state)
                taken = [(p["start"], p["end"]) for p in out.places] + [(s, e) for s, e, _, _ in state.places]
                out.places.extend(self.toponyms.find(doc, seg.start, taken, state.places, found))
                for m in sorted(mentions.values(), key=lambda m: m.head):
                    if m.weak:
                        continue
                    for actor in m.actors:
                        key = (actor.start, actor.end, actor.country)
                        if key not in seen:
                            seen.add(key)
                            out.actors.append(actor)
                first_event = len(out.events)
                for sent in doc.sents:
                    out.events.extend(self.events.code_sentence(sent, mentions, seg.kind, seg.start, published, state.countries))
                if dateline_place is not None:
                    # with no place in its clause, an event took place where the story was filed
                    for e in out.events[first_event:]:
                        if e.location is None:
                            e.location = dict(dateline_place)
                quotes = self.quotes.find(doc, seg.start, seg.kind, mentions, qstate)
                join_quotes(quotes, out.events, first_event)
                out.quotes.extend(quotes)
            for start, end, text, entry in state.places:
                place = record(entry, text, start, end)
                if place is not None:
                    out.places.append(place)
            out.places.extend(self.toponyms.resolve(found, out.places, a.text))
            out.places.sort(key=lambda p: p["start"])
            yield out


    def _dateline_places(self, text: str, st) -> list[dict]:
        """The places a dateline names: its city first ("CAIRO (AFP) -", "NAIROBI, Nov 18 (Reuters)
        -"), then the state or country after the comma ("RALEIGH, N.C. (AP)", "KOLKATA, India")."""
        part = next((p for p in st.parts if p.kind == "dateline"), None)
        if part is None:
            return []
        parts = []
        for m in re.finditer(r"(?:^|,)\s*([A-Z][A-Za-z .'-]*?[A-Za-z.])\s*(?=[,(/]|-|—|–|$)", text[part.start : part.end]):
            name = m.group(1)
            words = self.kb.tokenize(name.title() if name.isupper() else name)
            entries = next((ens for s, e, ens in self.kb.match_all(words) if s == 0 and e == len(words)), [])
            parts.append((name, part.start + m.start(1), [en for en in entries if en.kind in ("country", "capital", "place")]))
        if not parts:
            return []
        # "NELSON, B.C.": the city is the one in the state or country named after it, a town the
        # knowledge base lacks if none of its cities of that name is there
        areas = [(name, start, ens[0]) for name, start, ens in parts[1:] if ens]
        city_name, city_start, cities = parts[0]
        within = areas[0][2].country if areas else None
        if within:
            cities = [en for en in cities if en.country == within]
        if cities:
            city = record(cities[0], city_name, city_start, city_start + len(city_name))
        else:
            city = self.toponyms.town(city_name, city_start, within) if within else None
        if city is None:
            return []  # the city must come first: a date or an agency is no place
        rest = (record(en, name, start, start + len(name)) for name, start, en in areas)
        return [city, *(p for p in rest if p is not None)]


def join_quotes(quotes, events, first: int) -> None:
    """Events inside a quotation are the speaker's report: they are attributed to the speaker, and
    "we" inside it is the speaker's organisation (the country and sector the speaker stands for)."""
    for q in quotes:
        for idx in range(first, len(events)):
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
            for role in ("source", "target"):
                a = getattr(e, role)
                if a is not None and a.code is None and a.text.lower() in FIRST_PERSON:
                    setattr(e, role, Actor(a.text, a.start, a.end, None, sp.country, sp.sector, sp.code))


def actor_for_text(coder: Coder, text: str, date: str | None) -> dict:
    """Resolve a short actor description ("UK Foreign Secretary David Lammy") to one actor record."""
    doc = coder.nlp(text)
    mentions = coder.resolver.analyse(doc, 0, DocState(date))
    best: Actor | None = None
    for m in mentions.values():
        for a in m.actors:
            if best is None or (a.end - a.start) > (best.end - best.start):
                best = a
    return {
        "text": text,
        "name": best.name if best else None,
        "country": best.country if best else None,
        "sector": best.sector if best else None,
        "code": best.code if best else None,
    }
