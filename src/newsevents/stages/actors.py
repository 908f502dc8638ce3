"""Actor mentions: noun phrases resolved to name, country and sector through the knowledge base.

A mention is built around a nominal head from its left modifiers (compounds, adjectives, possessors,
determiners) and its "of" complement ("the president of France"). The parts found in the knowledge
base combine: a person or organisation names the entity, a country name, demonym or capital gives the
country, a role noun or title gives the sector. Coreference within a document is kept in `DocState`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Doc, Token

from ..knowledge import tables
from ..knowledge.ontology import plover_agent
from ..knowledge.kb import ELITE, LISTED_AREAS, REGION_IDS, Entry, KnowledgeBase, Role, fold, loose_key
from ..knowledge.gazetteer import gazetteer
from ..context import DocContext, Toponym
from ..records import Actor
from ..registry import stages
from ..lang import vocab

MOD_DEPS = {"compound", "amod", "poss", "nmod", "det", "case", "nummod", "quantmod", "npadvmod", "punct", "cc", "conj"}
NOMINAL = {"NOUN", "PROPN", "PRON"}
ELITE_ROLE = Role(None, ELITE, "", "", "")
OFFICIAL = {"GOV", "MIL", "COP", "JUD", "LEG"}
# Titles that say a person holds no state office ("opposition leader", "party chairman", "rebel
# commander"): the story's title of the day wins over an office the sources still list.
UNOFFICIAL = {"OPP", "PTY", "REB", "JRN", "MED", "LAB", "NGO", "SOC", "CVL", "BUS", "EDU", "REL"}
# Titles of private life ("farmer", "shopkeeper", "student"): no one the sources list for an office.
PRIVATE_LIFE = {"CVL", "BUS", "AGR", "EDU", "HLH", "LAB", "REF", "CRM"}
# How sure each kind of evidence makes a resolution (Actor.confidence is the least of those it
# rests on): a name the knowledge base knows, a country named in the phrase, a coreference link.
STRONG = 0.9  # the confidence a mention needs to count towards the story's setting
CONFIDENCE = {"known": 0.95, "known, obscure": 0.85, "country": 0.95, "city": 0.8, "surname": 0.8,
              "coreference": 0.8, "spelling": 0.75, "weak": 0.6, "shared acronym": 0.6, "unfinished record": 0.7}
ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")
INITIAL = re.compile(r"[A-Z]\.?")
# Sectors of head nouns that say what kind of body a name modifies ("the Umma party", "Santa Marta
# university"): a known body of another kind with that name is another body. Armed nouns ("forces",
# "fighters") are left out: they name the armed wing of any kind of body.
KIND_NOUN_SECTORS = {"PTY", "EDU", "BUS", "MED", "JRN", "REL", "LAB", "JUD", "LEG", "CRM", "PRM"}
# Armed kinds one source may file under another ("the Zetas cartel": an armed group in UCDP, a
# criminal one by its head noun): the body is the same, and the head noun's sector is taken.
ARMED = {"REB", "CRM", "PRM", "MIL"}
STATE_FORCES = {"MIL", "COP", "GOV"}
# groups whose "they" and "them" in the next sentence are carried over: parties to political news,
# not the players, fans or shoppers of other stories
GROUP_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "PTY", "SPY", "UAF", "CRM", "REF", "JRN", "CVL", "EDU", "HLH", "LAB", "NGO", "REL"}
PLACE_KINDS = ("country", "demonym", "capital", "place")
# The bodies of one state, which another state's phrase cannot name (`_namesake_body`).
NATIONAL_BODIES = {"GOV", "JUD", "LEG", "COP", "SPY", "MIL", "PTY", "EDU", "MED", "HLH", "OPP"}
# Sources whose bodies come most prominent first (Party Facts by best vote share, UCDP by conflicts
# fought): of an acronym several countries' bodies bear, their first is the likeliest reading.
RANKED_SOURCES = ("partyfacts:", "ucdp:")
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Sources whose bodies are also known by one word of their names (a brand: "Eaton", "Phillips"),
# which is as often a person's surname
BRAND_SOURCES = ("co:", "uni:")


def _longer_name(doc: Doc, e: int) -> bool:
    """Whether the place name ending before token `e` goes on, as a name of another place: "San
    Antonio del Tachira" (a particle and a capitalised word), "Scarborough Shoal" (a capitalised
    word for a kind of feature)."""
    if e >= len(doc):
        return False
    nxt = doc[e]
    if nxt.lower_ in vocab.joining_particles and e + 1 < len(doc) and doc[e + 1].text[:1].isupper() and nxt.text.islower():
        return True
    return nxt.text[:1].isupper() and nxt.lower_ in vocab.feature_words


def _story_names_country_of(person: Entry, state: DocState) -> bool:
    """Whether the story so far, or the paragraph being read, names a country the person served."""
    return bool({r.country for r in person.roles} & (set(state.countries) | state.nearby))


def _last_name(doc: Doc, i: int) -> bool:
    """Whether the capitalised word at `i` ends a person's name the tagger marks after a given name
    ("Basem Naim"): a word that is also a company's brand or a trade is the person's there."""
    tok, prev = doc[i], doc[i - 1] if i > 0 else None
    if prev is None or tok.text.isupper() or not tok.text[:1].isupper() or not prev.text[:1].isupper() or prev.pos_ != "PROPN" \
            or prev.lower_.rstrip(".") in vocab.honorifics:
        return False
    tagged = tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I" and prev.ent_type_ == "PERSON"
    # the tagger may miss a foreign name; a given name is then a compound of the surname it precedes
    parsed = prev.dep_ == "compound" and prev.head.i == i and prev.ent_type_ not in ("ORG", "GPE", "NORP")
    return tagged or parsed


def _given_name(doc: Doc, i: int) -> bool:
    """Whether the capitalised word at `i` begins a person's longer name: another capitalised name
    word follows in the same compound ("Fritz Alphonse Jean"), not an acronym ("Likud MK")."""
    tok = doc[i]
    if i + 1 >= len(doc) or tok.text.isupper() or tok.pos_ != "PROPN" or tok.dep_ != "compound":
        return False
    nxt = doc[i + 1]
    return nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and not nxt.text.isupper() and tok.head.i > i \
        and all(doc[k].pos_ == "PROPN" for k in range(i + 1, tok.head.i + 1))


def _own_preps(head: Token) -> list[Token]:
    """The prepositional phrases that qualify a noun. The parser hangs a phrase after conjoined
    nouns on the first; it is the last one's when the first has a country of its own ("Philippine
    government negotiators and commanders of the NPA"), else both's ("the residence and
    workplace of the president")."""
    placed = any(t.ent_type_ in ("NORP", "GPE") for c in head.lefts for t in c.subtree)
    conjuncts = [c.i for c in head.rights if c.dep_ == "conj"] if placed else []
    own = [c for c in head.rights if c.dep_ == "prep" and not any(i < c.i for i in conjuncts)]
    first = head.head
    if head.dep_ == "conj" and first.i < head.i:
        later = [c.i for c in first.rights if c.dep_ == "conj" and c.i > head.i]
        own += [c for c in first.rights if c.dep_ == "prep" and c.i > head.i and not any(i < c.i for i in later)]
    return own


def _title_head(tok: Token) -> Token:
    """What a modifier qualifies through the titles before a name: "Colombian" in "Colombian
    Defence Minister Pedro Sanchez" qualifies the name the title is a compound of."""
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head


# Bodies whose leader or spokesman speaks for them ("Its leader accused ...")
BODY_SECTORS = {"PTY", "OPP", "REB", "IGO", "NGO", "LAB", "BUS", "MED", "REL", "EDU", "SOC"}


@dataclass
class DocState:
    """What coreference remembers across the sentences of one document."""

    date: str | None
    surnames: dict[str, Actor] = field(default_factory=dict)
    last_person: Actor | None = None
    # How often each country has been named so far: the story's setting, for actors with none.
    countries: Counter = field(default_factory=Counter)
    nearby: set = field(default_factory=set)  # countries the paragraph being read names
    setting: Counter = field(default_factory=Counter)  # the same, counting strong evidence only
    # the countries the whole story names, counted before it is read: an acronym in the first line
    # ("ADF rebels killed ... in eastern Congo") is read with the countries named after it
    story: Counter = field(default_factory=Counter)
    first_named: dict[str, Actor] = field(default_factory=dict)  # country -> the mention that first named it
    # (title or role noun, actor) for actors resolved so far, for definite descriptions.
    recent: list = field(default_factory=list)
    # Every toponym found, in document offsets.
    places: list[Toponym] = field(default_factory=list)
    place_names: set = field(default_factory=set)  # the written forms among them
    acronyms: dict[str, Actor] = field(default_factory=dict)  # "FDLR" -> the actor the story defined it for
    variant_spans: set = field(default_factory=set)  # token spans matched by spelling only (this segment)
    resolving: set = field(default_factory=set)  # heads being resolved now (appositions read each other)
    ambiguous_spans: set = field(default_factory=set)  # token spans naming places of several countries (this segment)
    shared_acronyms: set = field(default_factory=set)  # token spans of an acronym several countries' bodies bear (this segment)
    explain: bool = False  # record why each mention resolved as it did (Mention.how), for `explain`
    alone: bool = False  # a name given on its own, with no story around it (`Coder.actor`)
    recent_countries: list = field(default_factory=list)  # (country, id of the doc, token) named for sure, in order
    # the last sentence's speaker: (mention, id of the doc, token ending its sentence, whether that
    # sentence ends the doc), for "..., the JCS said. It urged ..."
    last_speaker: tuple | None = None
    # the body that was the main subject of the last sentence: (mention, id of the doc, token
    # ending its sentence), for "The RJD condemned the raid. Its leader accused ..."
    last_body: tuple | None = None
    groups: list = field(default_factory=list)  # Group: named in the plural, for "they" and "them" next

    def antecedent(self, term: str, sector: str | None) -> Actor | None:
        """The most recent actor named by `term` ("prime minister"), else of the same sector for
        a group noun ("the militants" after "Hamas fighters"), within the last 40 mentions."""
        window = self.recent[-40:][::-1]
        for t, actor in window:
            if t == term or (t and t.endswith(" " + term)):
                return actor
        if term in vocab.group_nouns:
            return next((a for _, a in window if a.sector == sector and (a.country or a.code)), None)
        return None


@dataclass
class Mention:
    head: int  # token index in the segment doc
    actors: list[Actor]  # one per conjoined country ("Saudi and Emirati envoys")
    is_person: bool = False
    # An ordinary noun with a country attached ("Palestinian prisoners", "a camp for Congolese
    # refugees"): good enough as an event argument, not listed among the document's actors.
    weak: bool = False
    # The toponym the phrase is headed by ("Syria" in "northern Syria"): its entry and token span.
    place: tuple[Entry, int, int] | None = None
    how: list[str] = field(default_factory=list)  # why it resolved so (kept when DocState.explain)


def _referred_again(a: Actor, text: str, start: int, end: int) -> Actor:
    """An actor the story named before, referred to again by other words at another place (an
    acronym, a pronoun): named, not inferred, and no surer than the coreference link."""
    return replace(a, text=text, start=start, end=end, inferred=False, confidence=min(a.confidence or 1.0, CONFIDENCE["coreference"]))


def _acted_on(pron: Token, offset: int, mentions: dict[int, Mention]) -> Mention | None:
    """"expelled two diplomats, accusing them of spying", "sued the administration, accusing it":
    the object pronoun of a participle adjunct is the party its main verb acted on, the main
    verb's object or the party that object is against or for ("issued warrants for two leaders")."""
    if pron.lower_ not in ("it", "them") or pron.dep_ != "dobj":
        return None
    participle = pron.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG":
        return None
    main = participle.head
    objects = [c for c in main.children if c.dep_ == "dobj"]
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    objects += [g for p in main.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    plural = pron.lower_ == "them"
    for o in objects:
        m = mentions.get(o.i)
        if m is None or o.i > pron.i or not any(a.country or a.sector for a in m.actors):
            continue
        if plural != (o.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in o.children)):
            continue  # "it" is one party, "them" several
        start, end = pron.idx + offset, pron.idx + len(pron) + offset
        ref = ", ".join(repr(a.text) for a in m.actors)
        return Mention(pron.i, [_referred_again(a, pron.text, start, end) for a in m.actors],
                       m.is_person, weak=m.weak, how=[f"coreference: whom the main verb acted on, {ref}"])
    return None


class Group(NamedTuple):
    """A group named in the plural in the sentence being read or the one before it."""

    mention: Mention
    doc: int  # id of the segment doc
    start: int  # its sentence's first and last token
    end: int
    ends_doc: bool  # whether that sentence ends its doc
    acted_on: bool  # the object or passive subject, not the one acting


def _plural(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)


def _group_again(pron: Token, offset: int, state: DocState) -> Mention | None:
    """"Police arrested five activists. Prosecutors charged them": "they" or "them" opening the
    next sentence's clauses is the group the sentence before named in the plural: for "them" and
    a passive "they", the group acted on; for an active "they", the group that acted."""
    if pron.lower_ not in ("they", "them"):
        return None
    sent = pron.sent
    before = [g for g in state.groups if (g.doc == id(pron.doc) and g.end == sent.start)
              or (g.doc != id(pron.doc) and sent.start == 0 and g.ends_doc)]
    if not before:
        return None
    acted_on = pron.lower_ == "them" or pron.dep_ == "nsubjpass"
    subject = next((c for c in pron.head.children if c.dep_ == "nsubj"), None)
    for want in (acted_on, not acted_on):
        for g in reversed(before):
            m = g.mention
            if g.acted_on != want or subject is not None and subject.i != pron.i and subject.lower_ == m.actors[0].text.lower():
                continue
            start, end = pron.idx + offset, pron.idx + len(pron) + offset
            ref = ", ".join(repr(a.text) for a in m.actors)
            return Mention(pron.i, [_referred_again(a, pron.text, start, end) for a in m.actors], False, weak=m.weak,
                           how=[f"coreference: the group the sentence before named, {ref}"])
    return None


def _named_for_region_or_cause(head: Token, at) -> bool:
    """"the Arakan Army", "the Kachin Independence Army": an Army by name whose name holds a
    region or a word of no country, not "the Pakistan Army" or "the Indian Army"."""
    if head.lemma_.lower() != "army" or not head.text[:1].isupper() or head.i == head.sent.start:
        return False
    names = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names:
        return False
    for c in names:
        entry = at.get(c.i)
        if entry is not None and entry[2].kind in ("country", "capital", "demonym"):
            return False
    return True


def curated(e: Entry) -> bool:
    """Whether an entry comes from the hand-written tables, which are overlays over the compiled
    ones: their ids are bare ("pkk"), a compiled table's carry its source ("partyfacts:5612")."""
    return ":" not in e.id


@lru_cache(maxsize=None)
def site_heads(*features: str) -> frozenset[str]:
    """The words after a name that make it a site's of those features ("Street", "Avenue" for a
    street; "Market", "Camp" for a site): site_words.tsv."""
    return frozenset(r["word"] for r in tables.load("site_words") if r["position"] == "head" and r["feature"] in features)


GREAT_CITY = 1_000_000  # people: a city this large named like its state is, named alone, the city


def _in_context(entries: list[Entry], state: DocState, nearby: list[str] = (), acronym: bool = False,
                region: bool = False) -> Entry | None:
    """The reading of an ambiguous name that the story supports: a "Tripoli" in a story about
    Lebanon, or in a paragraph that names Lebanon, is Lebanon's; with no such support, the most
    populous (first) one. People of one name: the one in office on the story's date. Bodies of one
    name ("PRI"): the one of a country the story names, else the hand-written table's or the first
    distinctive one (the most prominent); a body named with ordinary words only ("Party of God")
    only where the story names its country, else none (an unknown body beats a wrong country). An
    acronym named alone, with no story, is no ordinary word: the most prominent body that bears it
    (in a source that ranks its bodies: the most voted party, the longest-fighting group) stands,
    as a guess the caller marks unsure."""
    first = entries[0]
    if first.kind == "person" and len(entries) > 1:
        people = [e for e in entries if e.kind == "person"]
        holding = [e for e in people if (e.role_on(state.date) or ELITE_ROLE).sector != ELITE] if state.date else []
        return holding[0] if len(holding) == 1 else next((e for e in people if e.notable), first)
    named = list(dict.fromkeys([*nearby, *(c for c, _ in state.countries.most_common(5)),
                                *(c for c, _ in state.story.most_common(3))]))  # the countries the story names
    if first.kind in ("country", "demonym") and len({e.country for e in entries if e.kind == first.kind}) > 1:
        # "Congo": the Democratic Republic's in the news, unless the story names the other one
        return next((e for c in named for e in entries if e.kind == first.kind and e.country == c), first)
    if first.kind == "org":
        # a minor body of a named country does not displace the hand-written tables' reading of its
        # name ("the EU" in a story of Serbia is the Union, not a Serbian party of that acronym)
        known = any(curated(e) for e in entries if e.kind == "org")
        placed = next((e for c in named for e in entries if e.kind == "org" and e.country == c
                       and (e.notable or curated(e) or not known)), None)
        if placed is not None:
            return placed
        if acronym:  # the hand-written tables' reading, else a distinctive body's ("FSB"), else the ranked
            chosen = next((e for e in entries if e.kind == "org" and curated(e)), None) or \
                next((e for e in entries if e.kind == "org" and e.notable and not e.id.startswith(RANKED_SOURCES)), None) or \
                next((e for e in entries if e.kind == "org" and e.id.startswith(RANKED_SOURCES)), None)
            if chosen is not None:
                return chosen
        return next((e for e in entries if e.kind != "org" or e.notable or e.country is None or curated(e)), None)
    # a capital is a place too: Libya's Tripoli against Lebanon's
    places = [e for e in entries if e.kind in ("place", "capital")]
    if first in places and not first.id.startswith(LISTED_AREAS) and (first.id.startswith(REGION_IDS) != region):
        # "New York", "Sao Paulo": a state named like its great city is, named alone, the city;
        # "New York State", "the state of Sao Paulo" are the state (the regions the project lists
        # itself, read without the tagger's word, keep their place)
        if region:
            other = next((e for e in places if e.country == first.country and e.id.startswith(REGION_IDS)), None)
        else:
            other = next((e for e in places if e.country == first.country and not e.id.startswith(REGION_IDS)
                          and (getattr(gazetteer().place(e), "population", 0) or 0) >= GREAT_CITY), None)
        if other is not None:
            first, places = other, [other, *(e for e in places if e is not other)]
    if first not in places or len(places) == 1:
        return first
    placed = [en.country for _, _, _, en in state.places[-10:] if en.country]
    if not (state.countries or nearby or placed):
        return first
    # the paragraph's countries, then the story's, then those of the places named just before
    named = list(dict.fromkeys([*named, *reversed(placed)]))
    best = min(places, key=lambda e: named.index(e.country) if e.country in named else len(named))
    # context does not turn London into London, Kentucky: a reading twenty times as populous stays
    pop = {e.id: getattr(gazetteer().place(e), "population", 0) or 0 for e in (first, best)}
    return best if pop[best.id] * 20 >= pop[first.id] else first


def press(a: Actor | None) -> bool:
    """Whether an actor is a news organisation or a journalist, who report a story from anywhere.
    CAMEO's sector MED is the media; PLOVER's agent type MED is medical (a doctor), its JRN the press."""
    return a is not None and (a.sector in ("MED", "JRN") or a.agent == "JRN")


def actor_code(country: str | None, sector: str | None) -> str | None:
    if not country and not sector:
        return None
    if country and sector and sector != country:
        return country + sector
    return country or sector


def phrase_bounds(head: Token) -> tuple[int, int]:
    start = head.i
    for child in head.lefts:
        if child.dep_ in MOD_DEPS:
            start = min(start, child.left_edge.i)
    end = head.i + 1
    # Multi-word names the parser splits: "Recep Tayyip Erdogan" may hang "Erdogan" as a right child.
    for child in head.rights:
        if child.dep_ in ("flat", "compound") and child.i == end:
            end = child.i + 1
    return start, end


def _placed_by_syntax(span, person_ok: bool = False) -> bool:
    """Whether the words around a name make it a place whatever the tagger says: "the town of
    Samarra", "clashes near Kirkuk", "militias from Misrata", "travelling to Cirencester" (a proper
    name the tagger left untyped or took for a person). With `person_ok`, a name the tagger took for
    a person counts too, when the person is that one word."""
    head = span.root
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head  # "stores in Nitra, Presov and Kosice"
    if head.dep_ == "dobj" and head.head.lemma_.lower() in vocab.strike_verbs and head.pos_ == "PROPN" \
            and (span.root.ent_type_ != "PERSON" or person_ok and _person_is_the_name(span)) \
            and not any(c.dep_ == "det" for c in span.root.lefts):
        return True  # "drones hit Odesa", "shelled Kharkiv": what is struck, by name, is a place
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in vocab.settlement_nouns:
        return True
    if not (prep.lower_ in vocab.place_prepositions or prep.lower_ == "to" and prep.head.lemma_.lower() in vocab.motion_verbs):
        return False
    if head.pos_ != "PROPN" or any(c.dep_ == "det" for c in span.root.lefts):
        return False  # "at the University": a common name, not the town of that name
    end = span.end
    if end < len(span.doc) and span.doc[end].pos_ == "PROPN" and span.doc[end].text[:1].isupper():
        return False  # "in Baja California", "on Hampton Avenue": part of a longer name
    if span.root.ent_type_ != "PERSON":
        return True
    return person_ok and _person_is_the_name(span)


def _person_is_the_name(span) -> bool:
    """Whether the person the tagger reads is no more than the place's name ("Khan Younis", not
    "Khan Younis Ahmed")."""
    ent = next((e for e in span.doc.ents if e.start <= span.root.i < e.end), None)
    return ent is not None and ent.start >= span.start and ent.end <= span.end


def _flag_state(head: Token, at) -> str | None:
    """The country a vessel flies the flag of: "a Liberian-flagged tanker", "a ship flagged in
    Panama", "a tanker sailing under the Maltese flag"."""
    doc = head.doc
    for t in head.subtree:
        if t.lower_ not in ("flag", "flagged", "flags"):
            continue
        # "Maltese flag", "flag of Panama", "flagged in Panama", "Liberian-flagged"
        near = [c.i for c in t.children] + [g.i for c in t.children for g in c.children]
        if t.i >= 2 and doc[t.i - 1].text == "-":
            near.insert(0, t.i - 2)
        for i in near:
            if i in at and at[i][2].kind in ("country", "demonym") and at[i][2].country:
                return at[i][2].country
    return None


def _igo_code(body: str) -> str:
    """The CAMEO code of an international body's official: IGO and the body's code ("IGOUNO")."""
    return "IGO" + body if body != "IGO" else "IGO"


def _same_person(p: Entry, q: Entry) -> bool:
    """Whether two records are one person's: the first name spelled alike ("Sergei", "Sergey") and
    an office of one country held at the same time (not George Bush and George W. Bush)."""
    def first(e: Entry) -> str:
        return loose_key(e.name.split()[:1]).replace("j", "y")  # Benjamin, Benyamin

    if first(p) != first(q):
        return False
    if (not p.roles or not q.roles) and loose_key(p.name.split()) == loose_key(q.name.split()):
        return True  # the same full name, one record without offices
    return any(a.country == b.country and (a.start or "") < (b.end or "9999") and (b.start or "") < (a.end or "9999")
               for a in p.roles for b in q.roles)


class ActorResolver:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self._people_of: dict[str, tuple[list[Entry], list[Entry]]] = {}  # surname -> (lookup, its people once each)

    # A surname alone names a knowledge-base person only where no other person shares it; a
    # shared surname still resolves on a date when only one of them then held office.
    def _people(self, surname: str) -> list[Entry]:
        """The knowledge-base people of this surname, each once: two sources' records of one person
        ("Vladimir Putin", "Vladimir Vladimirovich Putin") are one, the hand-written table's first."""
        named = self.kb.people_named(surname)
        kept = self._people_of.get(surname)
        if kept is not None and kept[0] is named:  # the same lookup (a user dictionary makes a new one)
            return kept[1]
        out: list[Entry] = []
        for p in sorted(named, key=lambda p: not curated(p)):
            if not any(_same_person(p, q) for q in out):
                out.append(p)
        self._people_of[surname] = (named, out)
        return out

    def _sole(self, surname: str) -> Entry | None:
        """The one knowledge-base person with this surname, if only one has it."""
        people = self._people(surname)
        return people[0] if len(people) == 1 else None

    def _namesakes(self, surname: str) -> list[Entry]:
        """The knowledge-base people who share this surname (none when fewer than two)."""
        people = self._people(surname)
        return people if len(people) > 1 else []

    def _titled(self, surname: str, title: str | None) -> list[Entry]:
        """The namesakes whose offices include the title the text gives ("President Bush": the
        Bushes who were presidents), or all of them when the text gives none or none fits."""
        people = self._namesakes(surname)
        if title:
            fit = [p for p in people if any(title in r.title.lower() for r in p.roles)]
            return fit or people
        return people

    def _by_title(self, surname: str, title: str | None) -> Entry | None:
        """The one namesake who held the office the text names, if only one did."""
        fit = self._titled(surname, title) if title else []
        return fit[0] if len(fit) == 1 and len(self._namesakes(surname)) > 1 else None

    def _by_initial(self, surname: str, initial: str, date: str | None) -> Entry | None:
        """"J. Biden": the notable person of that surname whose first name has that initial, the one
        in office on `date` when several have."""
        fit = [p for p in self._people(surname) if p.name[:1] == initial]
        if len(fit) > 1 and date:
            fit = [p for p in fit if (p.role_on(date) or ELITE_ROLE).sector != ELITE]
        return fit[0] if len(fit) == 1 else None

    def _leaders_country(self, doc: Doc, start: int, head: Token, at, state) -> str | None:
        """The country of the leader a government is named after ("the Trump administration", "the
        Maduro regime"): one notable person of that surname, or the one in office on the date."""
        gov = at.get(head.i)
        if gov is None or gov[2].kind != "agent" or gov[2].sector != "GOV" or gov[2].person:
            return None
        leader = next((doc[i] for i in range(start, head.i) if doc[i].pos_ == "PROPN" and i not in at), None)
        if leader is None:
            return None
        people = [p for p in self._people(leader.text) if p.notable]
        if len(people) > 1:
            people = [p for p in [self._by_date(leader.text, state.date)] if p is not None]
        served = {r.country for p in people for r in p.roles if r.country and r.sector == "GOV"}
        return served.pop() if len(served) == 1 else None

    def _by_date(self, surname: str, date: str | None) -> Entry | None:
        """Among people sharing a surname, the one in office on `date` ("President Bush" in 2003)."""
        if date is None:
            return None
        holding = [p for p in self._namesakes(surname) if (p.role_on(date) or ELITE_ROLE).sector != ELITE]
        if len(holding) > 1 and sum(map(curated, holding)) == 1:
            # the hand-written table lists the people the news names by surname alone
            holding = [p for p in holding if curated(p)]
        return holding[0] if len(holding) == 1 else None

    def analyse(self, doc: Doc, offset: int, state: DocState) -> dict[int, Mention]:
        """Every nominal head in `doc` that resolves to something, keyed by token index."""
        at: dict[int, tuple[int, int, Entry]] = {}
        matches = self.kb.match_all([t.text for t in doc])
        state.variant_spans = set()
        state.ambiguous_spans = set()
        state.shared_acronyms = set()
        # "Cuban-American lawmakers": the heritage, no country of theirs or of the story; the second
        # word is the nationality
        matches = [(s, e, entries) for s, e, entries in matches if not (
            entries[0].kind == "demonym" and e + 1 < len(doc) and doc[e].text == "-" and doc[e + 1].text in vocab.diaspora_nationalities)]
        # "Klamath Falls, Ore.", "Goma, Congo": a name followed by its state or country is a place
        areas = {s: entries[0].country for s, _, entries in matches
                 if entries[0].kind == "country" or entries[0].id.startswith(("admin1:", "region:", "subdivision:"))}
        # countries this paragraph names, before or after: "Tripoli ... the north Lebanese port"
        nearby = [entries[0].country for _, _, entries in matches
                  if (entries[0].kind in ("country", "demonym") or len(entries) == 1 and entries[0].kind == "capital")
                  and entries[0].country  # "Colombia" is also a Cuban town, but a country first
                  and len({e.country for e in entries if e.kind == entries[0].kind}) == 1]  # "Congo" is two
        state.nearby = set(nearby)
        # a person spelled another way is read once the paragraph's countries are known: a variant of
        # a compiled record's name counts only where they include his (`_story_names_country_of`)
        matches += self._spelling_variants(doc, matches, state)
        # American places in the paragraph or named before in the story: a name both a country's and a
        # US state's is then the state's
        american = any(entries[0].kind == "place" and entries[0].country == "USA" for _, _, entries in matches) or any(
            en.kind == "place" and en.country == "USA" for _, _, _, en in state.places[-20:])
        place_words = {i for s, e, entries in matches if entries[0].kind in ("country", "capital", "place") for i in range(s, e)}
        agent_words = {i for s, e, entries in matches if entries[0].kind == "agent" for i in range(s, e)}
        for s, e, entries in matches:
            # "Rockingham, Northamptonshire" is the English one
            after = [areas[e + 1]] if e + 1 in areas and e < len(doc) and doc[e].text == "," and areas[e + 1] else []
            # a shared acronym is guessed only for a name given alone (`Coder.actor`): in a story that
            # names none of its bearers' countries, the old, surer reading stands
            if e - s == 1 and len(doc[s].text) <= 2:
                # "an MP", "4 PM", "the PP": two letters are many bodies' and words', so a compiled
                # body is read only where the story names its country
                named = {*after, *nearby, *state.countries}
                entries = [en for en in entries if en.kind != "org" or curated(en) or en.country in named]
                if not entries:
                    continue
            if e < len(doc) and doc[e].lower_ in vocab.irregular_fighter_nouns and any(en.kind == "org" for en in entries):
                # "ADF rebels": a state's forces are not the rebels the name is read with
                entries = [en for en in entries if en.kind != "org" or en.sector not in STATE_FORCES]
                if not entries:
                    continue
            acronym = state.alone and e - s == 1 and len(doc[s].text) > 2 and ACRONYM.fullmatch(doc[s].text) is not None \
                and not self.kb.bucket((doc[s].lower_,), folded=True)
            # "New York State", "upstate New York", "the state of Sao Paulo" name the region
            region = e < len(doc) and doc[e].text in vocab.subdivision_words or s > 0 and doc[s - 1].lower_ in ("upstate", "downstate") \
                or s > 1 and doc[s - 1].lower_ == "of" and doc[s - 2].text in vocab.subdivision_words
            entry = _in_context(entries, state, after + nearby + self._named_inside(doc, s, e, entries), acronym, region)
            if entry is None and entries[0].kind == "org":
                # "his Freedom and Justice Party": a party of no country the story names is still a party
                s, entry = self._kind_named_last(doc, s, e)
            if entry is None:
                continue
            if entry.kind == "country" and american:
                state_entry = next((en for en in entries if en.kind == "place" and en.country == "USA" and en.id.startswith("admin1:")), None)
                if state_entry is not None and nearby.count(entry.country) <= sum(1 for _, _, en in matches if en[0] is entry):
                    # "Georgia voters", "former Georgia Gov. Roy Barnes" in a story of American places:
                    # the state, unless the paragraph names the country otherwise ("Tbilisi", "Georgian")
                    entry = state_entry
            if entry.kind == "agent" and entry.sector == "PTY" and doc[e - 1].lower_ == "parties" and s > 0 \
                    and doc[s - 1].lower_ in vocab.side_quantifiers:
                continue  # "urged all parties to stop the violence": the sides of a conflict, not political parties
            if e - s == 1 and entry.kind == "agent" and doc[s].pos_ == "ADJ" and doc[s].lower_ in vocab.adjective_senses:
                continue  # "executive action", "an official visit": the adjective, no executive or official
            if e - s == 1 and entry.kind == "place" and fold(entry.name).lower() != fold(doc[s].text).lower() \
                    and any(curated(p) for p in self._people(doc[s].text)):
                continue  # "called on Yunus": the person the hand-written tables list, not Khan Yunis spelled short
            if e - s == 1 and entry.id.startswith(BRAND_SOURCES) and self._people(doc[s].text) and not state.alone:
                continue  # "Kenyatta said": a known person's surname before a university's brand
            if entry.id.startswith(BRAND_SOURCES) and e < len(doc) and doc[e].lemma_.lower() in vocab.weapons:
                continue  # "Shahed drones", "Tomahawk missiles": a weapon's model, not the university or firm
            # "Kharkiv Governor ...": a place before a title is no given name; "Security Minister
            # Patricia Bullrich": a title the tagger sees a name follow is a title
            if e - s == 1 and (entry.kind == "agent" or entry.id.startswith(BRAND_SOURCES)) and _last_name(doc, s) \
                    and s - 1 not in place_words and not (entry.kind == "agent" and entry.person and e < len(doc)
                                                          and doc[e].ent_type_ == "PERSON" and doc[s].ent_type_ != "PERSON"):
                # "Basem Naim", "Kevin Phillips", "Ada Fisher": a name, not a brand or a trade; an
                # armed group or a party keeps its name after another ("Kataib Hezbollah")
                continue
            if e - s == 1 and entry.kind == "demonym" and _last_name(doc, s) and doc[s].ent_type_ == "PERSON":
                continue  # "Volker Turk": a surname, not a nationality
            if e - s == 1 and entry.id.startswith(RANKED_SOURCES) and not doc[s].text.isupper() and doc[s].ent_type_ == "PERSON" \
                    and doc[s].ent_iob_ == "I" and doc[s - 1].ent_type_ == "PERSON":
                continue  # "Yvan Gil": the surname in a name the tagger reads whole, not a party's short name
            if entry.kind == "org" and not curated(entry) and e < len(doc) and doc[e].lower_ in site_heads("site", "street"):
                continue  # "the Zamzam camp", "Zamzam Market": a site's name, not the body named so elsewhere
            if e - s == 1 and entry.kind == "org" and not curated(entry) and _given_name(doc, s) and e not in agent_words:
                continue  # "Fritz Alphonse Jean": a given name, not the party "Fritz" of another country
            if acronym and entry.id.startswith(RANKED_SOURCES) and len({en.country for en in entries if en.kind == "org"}) > 1:
                state.shared_acronyms.add((s, e))  # "PRI": Mexico's, Chile's, the Dominican Republic's ...
            if after and entry.kind == "place" and entry.country != after[0]:
                # the comma names the state: Naples, Florida, however large Naples, Italy is
                entry = next((en for en in entries if en.kind == "place" and en.country == after[0]), None)
                if entry is None:
                    continue  # another place of that name (a smaller town the gazetteer lacks)
            name = doc[s:e].text
            if sum(en.kind in ("place", "capital") for en in entries) > 1:
                state.ambiguous_spans.add((s, e))  # "Victoria": a capital, a Canadian city, a state ...
            if entry.kind in ("place", "capital") and _longer_name(doc, e):
                continue  # "San Antonio del Tachira", "Scarborough Shoal": a longer name the gazetteer lacks
            if entry.kind in ("place", "capital") and not (e + 1 in areas and doc[e].text == ",") and (
                    name.lower() in vocab.months or name.lower() in vocab.weekdays
                    or (e < len(doc) and doc[e].lower_ in site_heads("street"))):
                continue  # "in March" is no English town; "Wellington Street" is in no capital
            # A city name is a place only where the tagger or the syntax says so ("Mobile", "Split",
            # "Nice"), or where the story has already used it as one (one sense per story).
            # "Kano State", "Sindh province": the word for its kind makes a division's name a place
            kind_named = entry.id.startswith("subdivision:") and doc[e - 1].text in vocab.subdivision_words
            # "Santa Marta Self Defense Forces": a city name in a body's name the tagger read whole,
            # before a word for its kind, is that body's place
            kind_named = kind_named or (doc[s:e].root.dep_ == "compound" and doc[s:e].root.head.i >= e
                                        and doc[s:e].root.head.i in agent_words
                                        and all(doc[i].ent_type_ == "ORG" for i in range(s, doc[s:e].root.head.i + 1)))
            if entry.kind == "place" and not entry.id.startswith(LISTED_AREAS) and not kind_named and (
                not any(doc[i].ent_type_ in PLACE_LABELS for i in range(s, e)) and not _placed_by_syntax(doc[s:e], person_ok=e - s > 1 and not self._people(doc[e - 1].text))
                and not (name in state.place_names and not (e < len(doc) and doc[e].pos_ == "PROPN" and doc[e].text[:1].isupper()))
                and not (e + 1 in areas and doc[e].text == ",")
                # "Kenzo Oshima": a given name before a city name makes it a surname
                or (s > 0 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].dep_ == "compound" and doc[s - 1].head.i in range(s, e))
            ):
                # "militias from Misrata" tagged a person: a place for the map, but not an actor,
                # since a person named so would be misread as a country
                if _placed_by_syntax(doc[s:e], person_ok=True) and self._sole(name) is None:
                    state.places.append(Toponym(doc[s:e].start_char + offset, doc[s:e].end_char + offset, name, entry))
                # "the Baltic Fleet": not the town of Fleet but the role noun it also is
                role = self.kb.bucket(tuple(doc[i].lower_ for i in range(s, e)), folded=True)
                if not role:
                    continue
                entry = role[0]
            if entry.kind in PLACE_KINDS and s >= 2 and doc[s - 1].text == "-" and doc[s - 2].lower_ in vocab.stance_prefixes:
                continue  # "an anti-Syria journalist" takes a side; he is not Syrian
            for i in range(s, e):
                at[i] = (s, e, entry)
            if entry.kind in ("country", "capital", "place"):
                state.place_names.add(name)
                state.places.append(Toponym(doc[s:e].start_char + offset, doc[s:e].end_char + offset, doc[s:e].text, entry))
        mentions: dict[int, Mention] = {}
        for tok in doc:
            self._resolve_head(doc, tok, at, offset, state, mentions)
        for i in self._define_acronyms(doc, mentions, at, state):
            self._resolve_head(doc, doc[i], at, offset, state, mentions)  # "the NPFL" again, now defined
        return mentions

    def _kind_named_last(self, doc: Doc, s: int, e: int) -> tuple[int, Entry | None]:
        """The role noun that ends a body's name ("... Justice Party", "... Presidential Council"),
        as (its start, its entry), for a name whose body the story does not place."""
        for k in range(s + 1, e):
            found = [en for en in self.kb.bucket(tuple(doc[i].lower_ for i in range(k, e)), folded=True) if en.kind == "agent"]
            if found:
                return k, found[0]
        return s, None

    def _named_inside(self, doc: Doc, s: int, e: int, entries: list[Entry]) -> list[str]:
        """The countries of the places a body's own name holds ("the University of Lagos", "Cairo
        University"): such a name places itself, as a story naming its country would."""
        if entries[0].kind != "org" or e - s < 2:
            return []
        words = [doc[i].text for i in range(s, e)]
        out = []
        for skip in (0, 1):  # the name less its first word, then less its last
            part = words[1:] if skip == 0 else words[:-1]
            out += [en.country for _, _, ens in self.kb.match_all(part) for en in ens
                    if en.kind in PLACE_KINDS and en.country]
        return out

    def _resolve_head(self, doc: Doc, tok: Token, at, offset: int, state: DocState, mentions: dict[int, Mention]) -> None:
        """The mention headed by `tok`, into `mentions`, and what it tells of the story's setting."""
        if tok.pos_ not in NOMINAL and tok.i not in at:
            return
        # A token inside a larger phrase (a compound or adjective) is not a head of its own.
        if tok.dep_ in ("compound", "amod", "flat") and tok.head.i != tok.i and tok.head.pos_ in NOMINAL:
            return
        if tok.dep_ == "conj" and tok.head.dep_ in ("amod", "compound") and tok.head.head.pos_ in NOMINAL:
            return
        m = self._resolve(doc, tok, at, offset, state) or _acted_on(tok, offset, mentions) or _group_again(tok, offset, state)
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in vocab.reporting_verbs:
            state.last_speaker = (m, id(doc), tok.sent.end, tok.sent.end == len(doc)) if m is not None else None
        if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and m is not None and not m.is_person \
                and any(a.sector in BODY_SECTORS and (a.country or a.code) for a in m.actors):
            state.last_body = (m, id(doc), tok.sent.end)
        if m is not None:
            mentions[tok.i] = m
            if _plural(tok) and tok.pos_ != "PRON" and any(a.sector in GROUP_SECTORS for a in m.actors):
                sent = tok.sent
                patient = tok.dep_ in ("dobj", "nsubjpass") or tok.dep_ == "pobj" and tok.head.lower_ != "by"
                # kept: this sentence's groups and the last one's
                state.groups = [g for g in state.groups if g.doc == id(doc) and sent.start in (g.start, g.end)
                                or g.doc != id(doc) and sent.start == 0] + [Group(m, id(doc), sent.start, sent.end, sent.end == len(doc), patient)]
            for a in m.actors:
                # "told Reuters", "a Reuters witness": the news agency's country is not the story's
                if a.country and not a.inferred and not press(a):
                    state.countries[a.country] += 1
                    if not m.weak and (a.confidence or 0) >= STRONG:
                        # the story's setting counts only what names a country for sure: a
                        # country, a nationality, a capital, a known person or body (not a
                        # town, which may be another of its name, nor a passing "Iranian oil")
                        state.setting[a.country] += 1
                        state.first_named.setdefault(a.country, a)
                        state.recent_countries.append((a.country, id(doc), tok.i))

    @staticmethod
    def _last_body_speaker(pron: Token, state: DocState) -> Mention | None:
        """"The drone flew back north, the Joint Chiefs of Staff said. It urged Pyongyang to stop":
        "It" opening a sentence is the body that spoke at the end of the sentence before."""
        if pron.lower_ != "it" or pron.dep_ != "nsubj" or pron.i != pron.sent.start or state.last_speaker is None:
            return None
        m, doc_id, end, ends_doc = state.last_speaker
        follows = pron.sent.start == end if doc_id == id(pron.doc) else pron.sent.start == 0 and ends_doc
        if not follows or m.is_person or not any(a.sector or a.code for a in m.actors) or pron.head.lemma_.lower() == "be":
            return None
        return m

    @staticmethod
    def _its_body(head: Token, start: int, state: DocState) -> Mention | None:
        """"The RJD condemned the raid. Its leader accused the government": a body's leader or
        spokesman opening a sentence, with "its" or "their", speaks for the body the sentence before
        was about, and is coded as that body."""
        if state.last_body is None or head.lemma_.lower() not in vocab.generic_role_heads or start != head.sent.start:
            return None
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
            return None
        m, doc_id, end = state.last_body
        return m if doc_id == id(head.doc) and head.sent.start == end else None

    @staticmethod
    def _pair(head: Token, state: DocState) -> tuple[str, str] | None:
        """The two countries "both countries", "the two sides" or "the two governments" refer to:
        the last two the story named for sure, if it has named two."""
        if head.lemma_.lower() not in vocab.pair_nouns or head.tag_ not in ("NNS", "NNPS"):
            return None
        if not any(c.lower_ in ("both", "two") and c.dep_ in ("det", "predet", "preconj", "nummod") for c in head.children):
            return None
        sent = head.sent
        here = [c for c, d, i in state.recent_countries if d == id(head.doc) and sent.start <= i < head.i]
        # "Kenya and Uganda signed, and both countries ...": the pair its own sentence names; else
        # the last two named before it ("China offered to mediate between the two" is no party)
        if len(set(here)) < 2:
            here = [c for c, d, i in state.recent_countries if not (d == id(head.doc) and sent.start <= i)]
        recent = list(dict.fromkeys(reversed(here)))
        return (recent[1], recent[0]) if len(recent) >= 2 else None

    def _namesake(self, doc: Doc, entity, found, state: DocState) -> str | None:
        """Why the knowledge base's person of this name is someone else, or None."""
        person = entity[2]
        others = [m for m in found if m is not entity]
        if self._elsewhere(doc, entity, found):
            # "Florida's Rick Wilson": the place the phrase gives the name is not where the
            # knowledge base's namesake served
            return "the phrase places him in another country"
        if curated(person):
            return None
        served = {r.country for r in person.roles}
        if not person.notable and not state.alone and not _story_names_country_of(person, state) and not any(
                (m[2].kind in PLACE_KINDS or m[2].kind == "org") and m[2].country in (None, *served)
                or m[2].kind == "agent" and m[2].sector in {r.sector for r in person.roles}
                for m in others):  # "House Speaker Mike Johnson": his office's title vouches for him;
            # "Pakistani Foreign Ministry spokesperson Shafqat Ali Khan": another country's body does not
            # "said David Jones, 45": a backbench legislator the sources list is one of many of
            # that name; he is that one only where the story names his country
            return "a legislator of a country the story has not named"
        private = next((m[2] for m in others if m[2].kind == "agent" and m[2].person and m[1] <= entity[0] and m[2].sector in PRIVATE_LIFE), None)
        # "Farmer John Smith", "shopkeeper David Jones": a title of private life says he is not the
        # politician of that name the sources list
        return f"titled {private.id!r}, no office" if private is not None else None

    @staticmethod
    def _elsewhere(doc: Doc, entity, found) -> bool:
        """Whether a place modifying the name itself ("Florida's", "Kenyan") lies in none of the
        countries the person `entity` held office in."""
        s, e, person = entity
        # a state body before the title places him too ("FBI agent Tom Smith")
        claimed = {c for m in found if (m[2].kind in PLACE_KINDS or m[2].kind == "org" and m[2].sector in NATIONAL_BODIES)
                   and m[1] <= s for c in [m[2].country]
                   if c and any(doc[i].dep_ in ("poss", "compound", "amod") and s <= _title_head(doc[i]).i < e for i in range(m[0], m[1]))}
        held = {r.country for r in person.roles if r.country}
        return bool(claimed and held and not claimed & held)

    def _kind_words(self, doc: Doc, s: int, head: int) -> tuple[int, int, Entry] | None:
        """The longest word for a kind of body ending at `head` ("criminal court", "intelligence
        service", "party"), from `s` on."""
        for k in range(s, head + 1):
            entries = [en for en in self.kb.bucket(tuple(doc[i].lower_ for i in range(k, head + 1)), folded=True)
                       if en.kind == "agent" and not en.person]
            if entries:
                return (k, head + 1, entries[0])
        return None

    @staticmethod
    def _namesake_body(doc: Doc, entity, found, start: int, end: int) -> bool:
        """Whether the phrase's own country or town ("Egypt's General Intelligence Service", "the
        Bangkok Criminal Court") lies in another country than the knowledge base's body of that
        name. Only for the bodies of one state (its institutions, parties, universities): an armed
        group, a company or an international body works across borders ("Kenya's al-Shabaab")."""
        s, e, body = entity
        if body.kind != "org" or not body.country or body.sector not in NATIONAL_BODIES:
            return False
        claimed = {m[2].country for m in found if m[2].kind in ("country", "capital", "place") and m[2].country
                   and start <= m[0] and m[1] <= s
                   and any(doc[i].dep_ in ("poss", "compound") and start <= doc[i].head.i < end for i in range(m[0], m[1]))}
        return bool(claimed) and body.country not in claimed

    def _role_codes(self, role: Role) -> tuple[str | None, str | None, str | None]:
        """(country, sector, organisation code) of a person holding `role`: an office of a body above
        states (UNO, NATO) makes its official IGOUNO, IGONATO; out of it, an elite of no country."""
        if role.country not in self.kb.org_codes:
            return role.country, role.sector, None
        if role.sector == ELITE:
            return None, ELITE, None
        return None, "IGO", _igo_code(role.country)

    def _spelling_variants(self, doc: Doc, matches, state: DocState) -> list[tuple[int, int, list[Entry]]]:
        """Names the tagger calls a person that the knowledge base has in another spelling only
        ("Alexander Lukashenka", "Evgeny Prigozhin"): the people spelled like them, as matches."""
        covered = {i for s, e, _ in matches for i in range(s, e)}
        out = []
        for ent in doc.ents:
            if ent.label_ != "PERSON" or len(ent) < 2 or any(i in covered for i in range(ent.start, ent.end)):
                continue
            # another spelling names only a person the news spells many ways (a notable one), or one
            # of a country the story names: "Owen Jones" is no Australian MP spelled "Ewen Jones"
            people = [p for p in self.kb.spelled_like([t.text for t in ent])
                      if p.notable or curated(p) or _story_names_country_of(p, state)]
            if people:
                out.append((ent.start, ent.end, people))
                state.variant_spans.add((ent.start, ent.end))
        return out

    def _define_acronyms(self, doc: Doc, mentions: dict[int, Mention], at, state: DocState) -> list[int]:
        """Acronyms the story defines ("the Democratic Forces for the Liberation of Rwanda (FDLR)"):
        each then names the actor it follows. Returns the tokens of this segment to resolve again."""
        defined = []
        for t in doc:
            if not (ACRONYM.fullmatch(t.text) and t.i not in at and 0 < t.i and doc[t.i - 1].text == "("
                    and t.i + 1 < len(doc) and doc[t.i + 1].text == ")" and t.text not in state.acronyms):
                continue
            # the nearest actor whose phrase holds the words before the parenthesis ("Congolese rebels
            # of the Popular Front ... (PFKF)": the rebels)
            before = doc[t.i - 2] if t.i >= 2 else None
            owners = [m for m in mentions.values() if not m.weak and m.actors and before is not None
                      and (m.actors[0].country or m.actors[0].code)
                      and doc[m.head].left_edge.i <= before.i <= doc[m.head].right_edge.i and doc[m.head].i < t.i]
            owner = min(owners, key=lambda m: doc[m.head].right_edge.i - doc[m.head].left_edge.i, default=None)
            if owner is not None:
                state.acronyms[t.text] = owner.actors[0]
                defined.append(t.text)
        return [t.i for t in doc if t.text in defined and t.i not in mentions]

    def _resolve(self, doc: Doc, head: Token, at, offset: int, state: DocState) -> Mention | None:
        # a name and the role in apposition to it each read the other: once round that loop only
        if head.i in state.resolving:
            return None
        state.resolving.add(head.i)
        try:
            return self._resolve_once(doc, head, at, offset, state)
        finally:
            state.resolving.discard(head.i)

    def _resolve_once(self, doc: Doc, head: Token, at, offset: int, state: DocState) -> Mention | None:
        lower = head.lower_
        start, end = phrase_bounds(head)
        text_start, text_end = doc[start].idx + offset, doc[end - 1].idx + len(doc[end - 1]) + offset
        text = doc[start:end].text
        how: list[str] = []
        because = how.append if state.explain else _ignore
        if head.text in state.acronyms and head.i not in at:
            ref = state.acronyms[head.text]
            because(f"an acronym the story defined: {_named_at(ref)}")
            return Mention(head.i, [_referred_again(ref, text, text_start, text_end)], False, how=how)

        if head.pos_ == "PRON":
            if lower in vocab.personal_pronouns and state.last_person is not None and head.i == start:
                ref = state.last_person
                because(f"coreference: the last person named, {_named_at(ref)}")
                copy = Actor(text, text_start, text_end, ref.name, ref.country, ref.sector, ref.code, agent=ref.agent,
                             confidence=min(ref.confidence or 1.0, CONFIDENCE["coreference"]))
                return Mention(head.i, [copy], True, how=how)
            said = self._last_body_speaker(head, state)
            if said is not None:
                because(f"coreference: the body that spoke last, {', '.join(repr(a.text) for a in said.actors)}")
                return Mention(head.i, [_referred_again(a, text, text_start, text_end) for a in said.actors], False, how=how)
            return None

        body = self._its_body(head, start, state)
        if body is not None:
            because(f"coreference: the body the sentence before was about, {', '.join(repr(a.text) for a in body.actors)}")
            return Mention(head.i, [_referred_again(a, text, text_start, text_end) for a in body.actors], False, how=how)

        pair = self._pair(head, state)
        if pair is not None:
            sector = "GOV" if head.lemma_.lower() in vocab.pair_government_nouns else None
            because(f"coreference: the two countries named last, {pair[0]} and {pair[1]}")
            return Mention(head.i, [Actor(text, text_start, text_end, None, c, sector, actor_code(c, sector),
                                          agent=sector, confidence=CONFIDENCE["coreference"]) for c in pair], how=how)

        tokens = list(range(start, end))
        # "the president of France", "a spokesman for the ministry"; "police in Guinea" gives a
        # country only, so "in"/"from" phrases are read for places alone.
        place_only: set[int] = set()
        for child in _own_preps(head):
            if child.lower_ in ("of", "for", "in", "from", "throughout", "across"):
                for gc in child.children:
                    if gc.dep_ == "pobj":
                        s2, e2 = phrase_bounds(gc)
                        tokens.extend(range(s2, e2))
                        if child.lower_ in ("in", "from", "throughout", "across"):
                            place_only.update(range(s2, e2))
        found: list[tuple[int, int, Entry]] = []
        seen = set()
        # "Israel's militia ally", "Iran's proxies": the possessor is the patron, not the actor
        patrons = {t.i for i in tokens for c in doc[i].children if c.dep_ == "poss" and doc[i].lemma_.lower() in vocab.ally_nouns
                   for t in c.subtree}
        # "Iranian-backed militias", "US-funded rebels": so is the country that backs them
        patrons |= {t.i for i in tokens if doc[i].dep_ == "amod" and doc[i].lemma_.lower() in vocab.patron_participles
                    for t in doc[i].subtree if t.i != i}
        for i in tokens:
            if i in patrons:
                continue
            if i in at and at[i][:2] not in seen:
                # "doctors from two American aid groups" come from the groups' country
                if i in place_only and at[i][2].kind not in PLACE_KINDS:
                    continue
                seen.add(at[i][:2])
                found.append(at[i])
        entity = next((m for m in found if m[2].kind in ("person", "org") and m[0] <= head.i < m[1]), None)
        someone_else = None
        why = self._namesake(doc, entity, found, state) if entity is not None and entity[2].kind == "person" else None
        if why:
            because(f"not {entity[2].name!r} ({entity[2].id}): {why}")
            found = [m for m in found if m is not entity]
            someone_else = entity[2].id
            entity = None
        if entity is None:
            entity = next((m for m in found if m[2].kind in ("person", "org")), None)
            why = self._namesake(doc, entity, found, state) if entity is not None and entity[2].kind == "person" else None
            if why:  # "Shafqat Ali Khan": a listed name inside a longer one is judged the same way
                because(f"not {entity[2].name!r} ({entity[2].id}): {why}")
                found = [m for m in found if m is not entity]
                someone_else = entity[2].id
                entity = next((m for m in found if m[2].kind in ("person", "org")), None)
            head_noun = at.get(head.i)
            # only a noun for a kind of body says what the body is ("party", "army"); a noun for
            # its people ("officials") or a general one ("group") does not
            if (entity is not None and entity[2].kind == "org" and head_noun is not None and head_noun[2].kind == "agent"
                    and not head_noun[2].person and head_noun[2].sector in KIND_NOUN_SECTORS
                    and entity[2].sector not in (None, head_noun[2].sector, "IGO", "GOV")
                    and {entity[2].sector, head_noun[2].sector} - ARMED):
                # "the Umma party": a body the knowledge base knows of another kind (an armed group
                # of that name) is not what the head noun says this is
                because(f"knowledge base: {entity[2].name!r} is a {entity[2].sector}, but the head noun says {head_noun[2].sector}; not taken")
                entity = None

        if entity is not None and entity[2].kind == "org" and end - start == 1 and head.text in state.surnames \
                and not head.text.isupper() and not curated(entity[2]):
            # "Yvan Gil ... Gil thanked Brazil": the surname of someone the story named, not a
            # compiled body's short name ("Gil", an Israeli party)
            because(f"not {entity[2].name!r} ({entity[2].id}): the surname of someone the story named")
            found = [m for m in found if m is not entity]
            entity = None
        if entity is not None and self._namesake_body(doc, entity, found, start, end):
            # "Turkey's MIT", "the Bangkok Criminal Court": a state's own body of that name, not the
            # other country's the knowledge base has; what it is, its own head words say
            because(f"not {entity[2].name!r} ({entity[2].id}): the phrase places it in another country")
            found = [m for m in found if m is not entity]
            kind = self._kind_words(doc, entity[0], head.i)
            if kind is not None:
                at = {**at, head.i: kind}
            entity = None
        linked = None
        if entity is not None and entity[2].kind == "org" and entity[1] + 1 < len(doc) and doc[entity[1]].text == "-" \
                and doc[entity[1] + 1].lower_ in vocab.linked_words and entity[1] + 1 < end:
            # "the al-Qaeda-linked group": another body, of the kind the one it is linked to is
            because(f"not {entity[2].name!r} ({entity[2].id}): a body linked to it")
            linked = entity[2]
            found = [m for m in found if m is not entity]
            entity = None
        name = country = sector = org_code = None
        is_person = False
        agent = None  # PLOVER's agent type where the knowledge base gives one of its own
        sure = [1.0]  # the confidence of each step the resolution rests on; the actor gets the least
        if entity is not None:
            e = entity[2]
            name = e.name
            agent = e.agent
            sure.append(CONFIDENCE["known" if e.notable else "known, obscure"])
            if (entity[0], entity[1]) in state.variant_spans:
                sure.append(CONFIDENCE["spelling"])
                because(f"another spelling of {e.name!r}")
            if (entity[0], entity[1]) in state.shared_acronyms:
                sure.append(CONFIDENCE["shared acronym"])
                because(f"an acronym bodies of several countries bear: the most prominent, {e.name!r}")
            because(f"knowledge base: {e.kind} {e.name!r} ({e.id}) matched by {doc[entity[0]:entity[1]].text!r}")
            if e.kind == "person":
                is_person = True
                role = e.role_on(state.date)
                continued = self.kb.continued_role(e, state.date) if role is not None and role.sector == ELITE else None
                if continued is not None:
                    # the source's record of the office stops with this term: likelier still held
                    role = continued
                    sure.append(CONFIDENCE["unfinished record"])
                    because(f"the sources' record of {continued.title!r} stops with the term that ended {continued.end}")
                if role is not None:
                    agent = role.agent or plover_agent(role.sector) or agent
                    because(f"role on {state.date or 'the latest date'}: {role.title or role.sector} of {role.country}")
                    country, sector, org_code = self._role_codes(role)
                body = next((m for m in found if m[2].kind == "org" and m[2].sector == "IGO" and m[2].code and m[1] <= entity[0]), None)
                # a title between the body and the name: "AU Commission chairman", "UN envoy"
                titled = body is not None and any(doc[i].pos_ == "NOUN" for i in range(body[1], entity[0]))
                if (role is None or role.sector == ELITE) and titled:
                    body = body[2]
                    # "African Union Commission chairman Moussa Faki": out of his country's office, the
                    # phrase names the body he serves now, which the knowledge base may not have
                    country, sector, agent = None, "IGO", "GOV"
                    org_code = _igo_code(body.code)
                    because(f"titled an officer of {body.name!r}: that body's official")
                national = next((m for m in found if m[2].kind == "org" and m[2].country and m[2].sector in NATIONAL_BODIES
                                 and m[1] <= entity[0] and any(doc[i].pos_ == "NOUN" for i in range(m[1], entity[0]))), None)
                if (role is None or role.sector == ELITE) and not titled and national is not None \
                        and (role is None or role.country == national[2].country):
                    # "CIA director John Ratcliffe": out of the offices the sources list, the phrase
                    # names the state body he serves now
                    body = national[2]
                    country, sector, agent = body.country, body.sector, body.agent or plover_agent(body.sector)
                    org_code = None
                    because(f"titled an officer of {body.name!r}: that body's official")
                # a role noun right before the name is his title ("House Speaker Mike Johnson")
                title = next((m[2] for m in found if m[2].kind == "agent" and (m[2].person or m[1] == entity[0]) and m[1] <= entity[0]
                              and m[2].sector not in (None, ELITE)), None)
                if title is not None and title.id in vocab.generic_role_heads:
                    # "Senate Majority Leader John Thune": a generic title is the body's it follows
                    title = next((m[2] for m in found if m[2].kind == "agent" and not m[2].person and m[1] <= entity[0]
                                  and m[2].sector not in (None, ELITE) and m[2].id not in vocab.generic_role_heads), title)
                home = next((r.country for r in sorted(e.roles, key=lambda r: r.start or "", reverse=True)
                             if r.country and r.sector != "IGO" and r.country not in self.kb.org_codes), None)
                if title is not None and role is not None and role.sector in OFFICIAL | {"IGO"} and title.sector in UNOFFICIAL:
                    # "Opposition leader Frans Timmermans": the story's own title, of the day, over an
                    # office the sources still list him in
                    country, sector, agent = home or country, title.sector, title.agent or plover_agent(title.sector)
                    org_code = None
                    because(f"titled {title.id!r} in the story: {sector}, not the office the sources list")
                elif title is not None and (role is None or role.sector == ELITE) and title.sector in OFFICIAL and not titled:
                    # "Security Minister Patricia Bullrich": an office the story gives her on its day,
                    # which the sources' record of her offices does not reach ("former" is read below)
                    country, sector, agent = country or home, title.sector, title.agent or plover_agent(title.sector)
                    org_code = None
                    because(f"titled {title.id!r} in the story: {sector}, an office the sources do not list")
            else:
                country, sector = e.country, e.sector
                head_noun = at.get(head.i)
                if (sector in ARMED and head_noun is not None and head_noun[2].kind == "agent" and not head_noun[2].person
                        and head_noun[2].sector == "GOV" and head_noun[2].id in vocab.group_nouns):
                    # "the Taliban government", "the Houthi administration": a group that governs
                    sector, agent = "GOV", "GOV"
                    because(f"governs: sector GOV from the head noun {head_noun[2].id!r}")
                if (head_noun is not None and head_noun[2].kind == "agent" and not head_noun[2].person
                        and head_noun[2].sector in ARMED & KIND_NOUN_SECTORS and sector in ARMED and head_noun[2].sector != sector):
                    sector, agent = head_noun[2].sector, head_noun[2].agent
                    because(f"sector {sector} from the head noun {head_noun[2].id!r}")
                local = next((at[c.i][2] for c in head.lefts if c.dep_ in ("amod", "compound") and c.i in at
                              and at[c.i][2].kind == "demonym" and c.i + 1 == entity[0]), None)
                if local is not None and country:
                    country = local.country  # "Pakistani Taliban": the branch in another country
                if e.code == "IGO" and e.sector in ("IGO", "NGO"):
                    org_code = e.sector  # an international body of no listed family: "NGO", not "NGOIGO"
                elif e.code:
                    org_code = (e.sector or "") + e.code if e.sector in ("IGO", "NGO") else e.code + (e.sector or "")
                    if e.code in self.kb.org_codes and not org_code.startswith("IGO"):
                        org_code = "IGO" + org_code  # "the UN war crimes tribunal": IGOUNOJUD, as CAMEO writes it
        elif head.i in at and at[head.i][2].kind in PLACE_KINDS:
            pass  # a place the tagger took for a person ("Kyiv")
        elif head.i in at and at[head.i][2].kind == "agent" and (not at[head.i][2].person or any(
                i in at and at[i][2].kind in PLACE_KINDS for i in range(start, head.i))):
            # "Pakistan's Supreme Court", "Seoul Mayor": a word for a body, or a title a place
            # modifies, not the surname of a Richard Court or a Juan Jimenez Mayor
            pass
        elif head.ent_type_ == "PERSON" or (head.text[:1].isupper() and (
            doc[start].lower_ in vocab.honorifics or head.text in state.surnames
            # "the Duma", "a Bush": an article makes a known surname a thing's name, not a person's
            or ((self._sole(head.text) or self._by_date(head.text, state.date)) is not None
                and head.ent_type_ not in ("GPE", "LOC", "DATE", "FAC")
                and doc[start].lower_ not in ("the", "a", "an"))
        )):
            is_person = True
            known = state.surnames.get(head.text)
            if known is not None and (end - start == 1 or doc[start].lower_ in vocab.honorifics or head.i == start + 1):
                name, country, sector = known.name, known.country, known.sector
                agent = known.agent
                org_code = known.code if not known.country else org_code  # "Khan": the ICC's prosecutor, IGOJUD
                sure.append(CONFIDENCE["coreference"])
                because(f"coreference: the surname of {_named_at(known)}")
            else:
                # A surname alone, or after a title ("President Bush"), not after another given
                # name ("Fatoumata Keita" is not Ibrahim Boubacar Keita).
                given_names = [doc[i] for i in range(start, head.i)
                               if doc[i].pos_ == "PROPN" and i not in at and doc[i].lower_ not in vocab.honorifics]
                initials = [t.text[0] for t in given_names if INITIAL.fullmatch(t.text)]
                given = bool(given_names) and len(initials) < len(given_names)
                title = next((doc[i].lower_ for i in range(start, head.i) if i in at and at[i][2].kind == "agent"), None)
                kb_person = None if given else (self._by_initial(head.text, initials[0], state.date) if initials else (
                    self._sole(head.text) or self._by_date(head.text, state.date) or self._by_title(head.text, title)))
                if someone_else is not None:
                    kb_person = None  # his full name was read and he is someone else: no one by surname
                if kb_person is not None and not curated(kb_person) and not state.alone \
                        and not _story_names_country_of(kb_person, state):
                    # "Islam", "Wilson": a compiled record's surname names its bearer in a story
                    # only where the story has named his country; the news names few by surname
                    # alone whom the hand-written table lacks, and many whom no table has
                    kb_person = None
                if kb_person is not None:
                    role = kb_person.role_on(state.date)
                    name = kb_person.name
                    agent = role.agent if role else None
                    sure.append(CONFIDENCE["surname"])
                    because(f"knowledge base: the surname of {kb_person.name} ({kb_person.id}), the only one "
                            + ("so named" if self._sole(head.text) else f"so named in office on {state.date}"))
                    if role:
                        country, sector, org_code = self._role_codes(role)  # "Guterres": the UN's official
                elif not given and self._namesakes(head.text):
                    # "President Bush" with no date: which Bush is open, but both served one country.
                    served = {r.country for p in self._titled(head.text, title) for r in p.roles}
                    if len(served) == 1:
                        country = served.pop()
                    name = head.text
                else:
                    ent = next((e for e in doc.ents if e.start <= head.i < e.end and e.label_ == "PERSON"), None)
                    name = ent.text if ent is not None else (doc[start:end].text if given else None)

        countries = []
        # "the UN mission in Mali": an international body is not of the country it works in
        international = entity is not None and entity[2].kind == "org" and (entity[2].sector == "IGO" or (entity[2].code or "").startswith("IGO"))
        for s, e, entry in found:
            if international and s in place_only:
                continue
            if entry.kind in PLACE_KINDS and entry.country not in countries:
                countries.append(entry.country)
        people = head.i in at and at[head.i][2].kind == "demonym"
        if people or any(doc[i].lower_ == "ethnic" for i in range(start, head.i)):
            # "ethnic Albanians in southern Serbia", "the Albanians of Serbia": a people is coded
            # where it lives
            lives = [at[i][2].country for i in sorted(place_only | (set(tokens) - set(range(start, end)))) if i in at and at[i][2].kind in ("country", "capital", "place")]
            if lives:
                countries = [lives[0]] + [c for c in countries if c != lives[0]]
        flag = _flag_state(head, at) if any(doc[i].lemma_.lower() in vocab.vessel_nouns for i in range(start, end)) else None
        if flag is not None:
            country = flag  # a ship is coded by its flag, not its owners: "a Greek-owned tanker under the Maltese flag"
            because(f"the flag it flies: {flag}")
        led = self._leaders_country(doc, start, head, at, state) if country is None and entity is None and not countries else None
        if led is not None:
            country = led  # "the Trump administration", "the Modi government": the leader's
            sure.append(CONFIDENCE["surname"])
            because(f"country {led} from the leader the body is named after")
        if country is None and countries:
            country = countries[0]
            kind, named, span = next((en.kind, doc[s:e].text, (s, e)) for s, e, en in found
                                     if en.kind in PLACE_KINDS and en.country == country)
            sure.append(CONFIDENCE["city" if kind == "place" or span in state.ambiguous_spans else "country"])
            because(f"country {country} from {named!r}")
        if sector is None and linked is not None and linked.sector in ARMED:
            sector, agent = linked.sector, linked.agent or linked.sector
            because(f"sector {sector}: linked to {linked.name!r}, a body of that kind")
        head_agent = at.get(head.i)
        if sector is None:
            modifiers = [m for m in found if m[2].kind == "agent" and m is not head_agent]
            generic = vocab.collective_nouns | vocab.generic_role_heads
            if head_agent and head_agent[2].kind == "agent" and not ((head_agent[2].id in generic or head.lemma_.lower() in generic) and modifiers):
                sector, agent = head_agent[2].sector, head_agent[2].agent
                because(f"sector {sector} from the role noun {head_agent[2].id!r}")
                if sector == "MIL" and _named_for_region_or_cause(head, at):
                    sector, agent = "REB", "REB"
                    because("sector REB: an army named for a region or a cause, no state's")
                crime = next((m[2] for m in modifiers if m[2].sector == "CRM"), None)
                if sector in ARMED and crime is not None:
                    # "cartel gunmen", "gang members with rifles": armed men of a criminal body
                    sector, agent = "CRM", crime.agent or "CRM"
                    because(f"sector CRM from {crime.id!r}: armed men of a criminal body")
            else:
                # "drone production", "artillery shells": a weapon modifying a thing makes no armed
                # actor; "drone operators", "a drone attack" are armed men and their deed
                crewed = head_agent is not None or head.lemma_.lower() in vocab.armed_force_nouns | vocab.weapon_crews \
                    or head.lemma_.lower() in vocab.deed_nouns
                agents = [m for m in modifiers if crewed or m[2].id not in vocab.weapons]
                if len(agents) > 1 and agents[-1][2].id in generic:
                    # "Police spokesman John Okafor": the body a generic title serves says what he is
                    agents = [m for m in agents[:-1] if m[2].id not in generic] or agents
                if agents:
                    sector, agent = agents[-1][2].sector, agents[-1][2].agent
                    because(f"sector {sector} from the role noun {agents[-1][2].id!r}")
            if sector is None and head.i in at and at[head.i][2].kind == "capital" and head.dep_ in ("nsubj", "nsubjpass", "poss", "pobj", "ROOT") \
                    and (head.dep_ != "pobj" or head.head.lower_ in ("by", "from")):
                # "Tehran said", "Beijing's decision", "a warning from Moscow": a capital that acts
                # or speaks is its government; so is one named alone as an actor (`Coder.actor`)
                sector = "GOV"
                because("a capital that acts or speaks is its government")
        if sector is None and entity is None and head.i in at and at[head.i][2].kind == "demonym":
            # "Kyrgyz and Tajik border guards", parsed with "Kyrgyz" as the head: the nationality
            # shares the role its conjunct's nationality modifies
            shared = next((at[c.i][2] for c in head.children if c.dep_ == "conj" and c.i in at and at[c.i][2].kind == "agent"
                           and any(g.i in at and at[g.i][2].kind == "demonym" for g in c.lefts)), None)
            if shared is not None:
                sector, agent = shared.sector, shared.agent
                because(f"sector {sector} from the role its conjunct names ({shared.id!r})")
        if agent in (None, "CVL") and sector in (None, "CVL") and entity is None and head.lemma_.lower() in vocab.religion_heads \
                and any(doc[i].lower_ in vocab.religion_words for i in range(start, head.i)):
            # "a Jewish community leader", "Muslim groups": a community or its leaders named by
            # their faith are religious actors (REL)
            sector, agent = "REL", "REL"
            because("a community named by its faith: REL")
        # "former president", "retired general": out of an official role, an elite (ELI)
        # ("a former CIA official": an intelligence service's official too)
        if any(doc[i].lower_ in vocab.former_markers for i in range(start, head.i)) and (is_person or sector in OFFICIAL | {"SPY"}):
            sector, agent = ELITE, ELITE
            because("out of office: an elite (ELI)")

        if (entity is None and (country is None or sector is None) and (is_person or (head.pos_ == "PROPN" and country is None))
                or (entity is not None and entity[2].kind == "person")):
            # "Kenzo Oshima, the United Nations relief coordinator": the appositive says who he is,
            # and says it for the story's day, which the knowledge base's roles may not know.
            dated = lower in vocab.months or lower.rstrip(".") in vocab.month_abbreviations or lower in vocab.weekdays
            for child in head.rights:
                if child.dep_ == "appos" and not dated:  # "Jan 9 (AP)": a dateline's date is no agency
                    other = self._resolve(doc, child, at, offset, state)
                    said = other is not None and not other.weak and (
                        entity is None or other.actors[0].country or (other.actors[0].code or "").startswith("IGO"))
                    if said:
                        a = other.actors[0]
                        country, sector, org_code = a.country, a.sector or sector, a.code
                        agent = a.agent if a.sector else agent
                        because(f"apposition: {a.text!r} says who it is")
                        break
        role_head = at.get(head.head.i)
        if (is_person and entity is None and country is None and sector is None and head.dep_ == "appos"
                and role_head is not None and role_head[2].kind == "agent" and role_head[2].person):
            # "Iran's foreign minister Abbas Araqchi", "the army's spokesman, Nabil Abdallah": a name
            # the knowledge base lacks is the person the role before it describes
            other = self._resolve(doc, head.head, at, offset, state)
            if other is not None and not other.weak and other.actors and other.actors[0].sector:
                a = other.actors[0]
                country, sector, agent = a.country, a.sector, a.agent
                org_code = a.code if a.country is None else None
                sure.append(CONFIDENCE["coreference"])
                because(f"apposition: the name of {a.text!r}")
        if name is None and country is None and sector is None:
            if head.i in at and at[head.i][2].id.startswith("area:"):
                # "in the Red Sea": a place for the event, but no actor
                s, e, entry = at[head.i]
                return Mention(head.i, [], place=(entry, s, e))
            return None
        term = self._term(entity, head_agent, state)
        if entity is None and linked is None and country is None and name is None and doc[start].lower_ == "the" and term:
            # "the prime minister", "the militants": the last actor named with that title or role
            ref = state.antecedent(term, sector)
            if ref is not None:
                name, country, org_code = ref.name, ref.country, ref.code if ref.country is None else None
                sector = ref.sector or sector
                agent = ref.agent or agent
                sure.append(CONFIDENCE["coreference"])
                because(f"coreference: 'the {term}' refers back to {_named_at(ref)}")
        # "Gaza truce", "Iranian oil": a country modifier on an ordinary noun is weak evidence.
        weak = entity is None and not is_person and head.pos_ == "NOUN" and head.i not in at and sector is None
        # "two missiles", "a drone": a weapon stands for its unnamed user in an event, but is not
        # listed as an actor unless it says whose it is ("Israeli warplanes")
        weak = weak or (entity is None and country is None and head.lemma_.lower() in vocab.weapon_agents)
        if weak:
            sure.append(CONFIDENCE["weak"])
            because("weak: an ordinary noun with a country modifier, or a weapon; an event argument, not a listed actor")
        if entity is None and country is not None and sector is None and name is None:
            name = self.kb.countries.get(country)
        if agent is None and sector is None and (country or org_code) and not (
                head.i in at and at[head.i][2].kind in ("country", "capital") and entity is None):
            # "ordinary Kazakhs", "an amusement park in Kabul": people or things of a country, with
            # no sector, are its civilians in PLOVER; a country named alone has no agent type
            agent = "CVL"
        agent = agent or plover_agent(sector)
        # nothing resolved (a name the knowledge base lacks): nothing to be sure of
        confidence = round(min(sure), 2) if (country or sector or org_code) else None
        if entity is not None and entity[2].kind == "org" and not entity[0] <= head.i < entity[1] and head.ent_type_ == "PERSON":
            # "ELN commander Pablo Beltran": a person of the body, whom his surname names later
            ent = next((x for x in doc.ents if x.start <= head.i < x.end and x.label_ == "PERSON"), None)
            if ent is not None and len(ent) > 1:
                name, is_person = ent.text, True
        actors = []
        # Conjoined demonyms under one head make one actor per country: the countries its own words
        # name ("Saudi and Emirati envoys"), not a place it is in ("... envoys in Ankara").
        own = list(dict.fromkeys(en.country for s, e, en in found if en.kind in PLACE_KINDS and start <= s and e <= end))
        if entity is None and len(own) > 1 and any(doc[i].dep_ == "cc" for i in range(start, end)):
            for c in own:
                actors.append(Actor(text, text_start, text_end, None, c, sector, actor_code(c, sector), agent=agent, confidence=confidence))
        else:
            code = org_code if (org_code and country is None) else actor_code(country, sector)
            actors.append(Actor(text, text_start, text_end, name, country, sector, code, agent=agent, confidence=confidence))
        individual = head_agent is not None and head_agent[2].kind == "agent" and head_agent[2].person and head.tag_ == "NN"
        if (is_person and name) or (individual and entity is None and not is_person and (country or sector)):
            # "the finance minister ... he said": a singular role noun can be referred back to
            state.last_person = actors[0]
            if name and len(name.split()) > 1:
                state.surnames.setdefault(name.split()[-1], actors[0])
        if not weak and term and (actors[0].country or actors[0].code):
            state.recent.append((term, actors[0]))
        place = None
        if head.i in at and at[head.i][2].kind in ("country", "capital", "place") and entity is None:
            s, e, entry = at[head.i]
            place = (entry, s, e)
        return Mention(head.i, actors, is_person, weak, place, how)

    @staticmethod
    def _term(entity, head_agent, state: DocState) -> str | None:
        """The title or role noun an actor can later be called by: a person's office ("prime
        minister"), the role noun at the head ("militants" -> militant), an organisation's sector."""
        if entity is not None and entity[2].kind == "person":
            role = entity[2].role_on(state.date)
            return role.title.lower() if role is not None and role.title else None
        if head_agent is not None and head_agent[2].kind == "agent":
            return head_agent[2].id
        if entity is not None:
            return entity[2].sector
        return None


def _ignore(_: str) -> None:
    return None


def _named_at(a: Actor) -> str:
    """An earlier mention as explain shows it: its name and where the text has it."""
    return f"{a.name or a.text!r} ({a.code or 'no code'}) at {a.start}-{a.end}"


def county_spans(doc: Doc, offset: int) -> list[tuple[int, int]]:
    """Document spans of "X County" and "X Parish": the whole name is the place."""
    return [(doc[k].idx + offset, doc[k + 1].idx + len(doc[k + 1]) + offset)
            for k in range(len(doc) - 1) if doc[k + 1].text in ("County", "Parish") and doc[k].text[:1].isupper()]


def fragment(tok: Token) -> bool:
    """A word of a longer name that the parser made a head ("-" and "e" in "Tehrik-e-Taliban",
    "'s" in "Sudan's army", "of" in a body's name): the name is listed once, under its own head."""
    return tok.is_punct or tok.pos_ in ("PART", "ADP", "DET", "CCONJ") or len(tok.text) == 1 and not tok.text.isupper()


def inside(m: Mention, parent: Mention | None) -> bool:
    """Whether a mention is a word of its syntactic head's name ("Sudan" in "Sudan's army", when
    the knowledge base knows the whole): the same actor, listed once."""
    if parent is None or parent is m or not m.actors or not parent.actors:
        return False
    a, b = m.actors[0], parent.actors[0]
    return b.start <= a.start and a.end <= b.end and (a.start, a.end) != (b.start, b.end) and a.code == b.code


class ActorStage:
    """Mentions in every segment, resolved with the story's coreference memory; the document's
    actor list; the toponyms the knowledge base matched; the story's setting after each segment."""

    name = "actors"
    requires = ("parse",)

    def __init__(self, coder):
        self.resolver = ActorResolver(coder.kb)

    def _dateline_countries(self, ctx: DocContext) -> list[str]:
        """The countries a dateline names for sure ("BRAZZAVILLE, Congo Republic (Reuters)")."""
        part = next((p for p in ctx.structure.parts if p.kind == "dateline"), None) if ctx.structure is not None else None
        if part is None:
            return []
        text = ctx.text[part.start:part.end]
        words = self.resolver.kb.tokenize(text.title() if text.isupper() else text)
        return [ens[0].country for _, _, ens in self.resolver.kb.match_all(words)
                if ens[0].kind in ("country", "capital") and len({e.country for e in ens}) == 1 and ens[0].country]

    def _story_countries(self, ctx: DocContext) -> Counter:
        """The countries the story's own text names by a country's name or demonym, nothing else's
        (not in its byline or credits)."""
        out: Counter = Counter()
        for seg in ctx.segments:
            if seg.kind in ("byline", "credit"):
                continue
            for ent in seg.doc.ents:
                if ent.label_ not in ("GPE", "NORP"):
                    continue
                words = [t.text for t in ent if t.lower_ != "the"]
                ens = self.resolver.kb.bucket(tuple(words)) if words else []
                # "Congo" is two countries' name: its first reading, the one `_in_context` defaults to
                if ens and ens[0].country and all(e.kind in ("country", "demonym") for e in ens):
                    out[ens[0].country] += 1
        return out

    def __call__(self, ctx: DocContext) -> None:
        explain = ctx.trace is not None
        state = DocState(ctx.published, explain=explain)
        # the dateline is not parsed, but the country it names is one the story names
        state.countries.update(self._dateline_countries(ctx))
        state.story = self._story_countries(ctx)
        seen: set[tuple[int, int, str | None]] = set()
        for seg in ctx.segments:
            ctx.check_deadline()
            # Bylines and credits name reporters, who must not become the antecedent of "he".
            seg_state = DocState(ctx.published, explain=explain) if seg.kind in ("byline", "credit") else state
            seg.mentions = self.resolver.analyse(seg.doc, seg.start, seg_state)
            if explain:
                self._note(ctx, seg)
            # "Fulton County" is not a county of the city Fulton
            counties = county_spans(seg.doc, seg.start)
            state.places[:] = [t for t in state.places
                               if not (t.entry.kind == "place" and any(a <= t.start and t.end <= b for a, b in counties))]
            seg.setting = Counter(state.setting)
            for m in sorted(seg.mentions.values(), key=lambda m: m.head):
                if m.weak or fragment(seg.doc[m.head]) or inside(m, seg.mentions.get(seg.doc[m.head].head.i)):
                    continue
                for actor in m.actors:
                    key = (actor.start, actor.end, actor.country)
                    if key not in seen:
                        seen.add(key)
                        ctx.document.actors.append(actor)
        ctx.toponyms = state.places
        ctx.setting_evidence = state.first_named

    def _note(self, ctx: DocContext, seg) -> None:
        for m in sorted(seg.mentions.values(), key=lambda m: m.head):
            for a in m.actors:
                ctx.note(self.name, f"{a.code or '-'}" + (f" {a.name}" if a.name else ""), (a.start, a.end),
                         because="; ".join(m.how) or None)


@stages.register("actors")
def make_actors(coder) -> ActorStage:
    return ActorStage(coder)
