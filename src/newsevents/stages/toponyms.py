"""Place mentions beyond the names the actor resolver knows, so that a document's `places` lists
every toponym it can place:

- sites named by their kind ("Royal Street", "Colchester General Hospital", "Collier County",
  "Mount Chaambi": the words in data/site_words.tsv);
- towns too small for the actor gazetteer (GeoNames places of 500 people and more), taken only
  where the story is set in their country, in their state or region first, and never for a
  one-word name that is a month, a weekday, a compass point, a word the story writes in lower
  case, or a person's given name or surname in the story (`WeakName`);
- names written in capitals ("SAN DIEGO (AP)", "A PARANAQUE court");
- a nationality adjective on a thing, as its country ("the Greek islands", not "Greek soldiers");
- European road numbers ("the A417") in stories set in Europe;
- later mentions of a name the story has already used as a place ("one sense per story" applied
  to the whole text, earlier mentions included).

A site has no GeoNames record here: its `lat`/`lon`, `country` and `admin1` are those of the place
it is `within`: the place named right after it ("Crossroads Correctional Center in Shelby"), else
one inside its name ("Colchester General Hospital"), else the nearest town, region or site named
before it (after it, when none is before). A US county is placed in its state.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc

from ..records import Place
from .actors import county_spans
from ..knowledge import tables
from ..knowledge.kb import LISTED_AREAS, KnowledgeBase
from ..knowledge.gazetteer import gazetteer, place_record, record
from ..lang import current, vocab

# Road numbers ("A417", "M25", "A1(M)") in the countries that number their roads so.
ROAD = re.compile(r"[AM]\d{1,4}(?:\(M\))?")
ROAD_COUNTRIES = {"GBR", "IRL", "FRA", "DEU", "NLD", "BEL", "ESP", "ITA", "AUT", "CHE", "PRT", "POL", "CZE", "HUN"}
# A city of fewer people than this, abroad in a story set elsewhere, may be a town at home.
SMALL_CITY = 100_000
AROUND = {"city", "region", "site", "street", "land"}
# Words that name a town only in a gazetteer: compass points and seasons (months and weekdays come
# from the language's word lists).
COMMON_NAMES = {"north", "south", "east", "west", "central", "spring", "summer", "autumn", "winter", "fall",
                "christmas", "easter", "independence", "liberty", "union", "victory", "unity", "hope", "mission"}


class WeakName:
    """A one-word name that is a town only in the gazetteer, never on its own: a month, a weekday,
    a compass point or a season, a word the story also writes in lower case ("the mission ...
    Mission"), and a name the story gives a person ("Helen Kunz ... the deaths of Helen", "John
    Bolton ... the job to Bolton")."""

    def __init__(self, text: str, persons: list[tuple[int, int]]):
        self.text = text
        self.lower = set(re.findall(r"\b[a-z][a-z'-]+\b", text))
        # given names: the first word of a person's full name ("Helen" of "Helen Kunz")
        self.person_words: set[str] = set()
        for s, e in persons:
            words = text[s:e].split()
            if len(words) >= 2 and words[0][:1].isupper() and words[0].isalpha():
                self.person_words.add(words[0])
        # the surname of a person the story names in full ("John Bolton ... offered the job to Bolton")
        surnames = {text[s:e].split()[-1] for s, e in persons if len(text[s:e].split()) >= 2}
        surnames = {w for w in surnames if w.isalpha() and w[:1].isupper()}
        self.person_words.update(surnames)
        # and a word before such a surname ("Helen Kunz", Kenneth Kunz being named)
        if surnames:
            pattern = r"\b([A-Z][a-z]+) (?:" + "|".join(map(re.escape, sorted(surnames))) + r")\b"
            self.person_words.update(re.findall(pattern, text))

    def __call__(self, name: str) -> bool:
        if " " in name.strip():
            return False
        low = name.lower()
        if low in COMMON_NAMES or low in vocab.months or low in vocab.weekdays or low in self.lower:
            return True
        return name in self.person_words


@dataclass
class Candidate:
    start: int  # document offsets
    end: int
    text: str
    kind: str  # site | county | road | town
    feature: str
    hint: str | None = None  # the country of the place named after a comma ("Hinton, Alberta")


@dataclass
class Found:
    """What one document's segments gave, for `resolve` once the whole text has been read."""

    candidates: list[Candidate] = field(default_factory=list)
    persons: list[tuple[int, int]] = field(default_factory=list)  # PERSON entities, document offsets


@lru_cache(maxsize=1)
def site_words() -> tuple[dict[str, str], dict[str, str]]:
    """(head word -> feature, lead word -> feature), lower case."""
    heads: dict[str, str] = {}
    leads: dict[str, str] = {}
    for row in tables.load("site_words"):
        (heads if row["position"] == "head" else leads)[row["word"]] = row["feature"]
    return heads, leads


@lru_cache(maxsize=None)
def _container(lang) -> re.Pattern:
    """Text between a site and the place that contains it: "X in Y", "X, Y", "X (Y)", "X at the Y"."""
    preps = "|".join(map(re.escape, lang.container_prepositions))
    fillers = "|".join(re.escape(w) + r"\s+" for w in lang.container_fillers)
    return re.compile(rf"[\s,(]*(?:{preps})?\s*(?:{fillers})?$", re.IGNORECASE)


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper() or (tok.text[:1].isdigit() and tok.i + 1 < len(tok.doc) and tok.nbor().text[:1].isupper())


class Toponyms:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb

    # -- per segment ------------------------------------------------------------------------------
    def find(self, doc: Doc, offset: int, taken: list[tuple[int, int]], found: Found) -> list[Place]:
        """Candidates in one parsed segment (into `found`); returns the place records that need no
        other part of the story: names in capitals and nationality adjectives on things. `taken`:
        document spans already placed."""
        found.persons.extend((e.start_char + offset, e.end_char + offset) for e in doc.ents if e.label_ == "PERSON")
        # "Fulton County" is a site of its own, whatever the town Fulton inside it matched
        counties = county_spans(doc, offset)
        taken = [t for t in taken if not any(a <= t[0] and t[1] <= b for a, b in counties)]
        starts = [t.idx + offset for t in doc]
        covered = {i for s, e in taken for i in range(bisect_left(starts, s), bisect_left(starts, e))}
        for s, e, feature in self._sites(doc, covered):
            covered.update(range(s, e))
            kind = "county" if feature == "region" and doc[e - 1].lower_ == "county" else "site"
            found.candidates.append(Candidate(doc[s].idx + offset, doc[e - 1].idx + len(doc[e - 1]) + offset,
                                              doc[s:e].text, kind, feature))
        out = self._capitals(doc, offset, covered) + self._demonym_modifiers(doc, offset, covered)
        for t in doc:
            if ROAD.fullmatch(t.text) and t.i not in covered:
                found.candidates.append(Candidate(t.idx + offset, t.idx + len(t) + offset, t.text, "road", "street"))
        for s, e, hint in self._towns(doc, covered):
            found.candidates.append(Candidate(doc[s].idx + offset, doc[e - 1].idx + len(doc[e - 1]) + offset,
                                              doc[s:e].text, "town", "city", hint))
        return out

    def _sites(self, doc: Doc, covered: set[int]) -> list[tuple[int, int, str]]:
        heads, leads = site_words()
        out = []
        i = 0
        while i < len(doc):
            t = doc[i]
            w = t.lower_
            span = None
            if w in heads and t.text[:1].isupper() and t.i not in covered and t.ent_type_ != "PERSON":
                s = t.i
                while s > 0 and not doc[s].is_sent_start and (
                        _capitalised(doc[s - 1]) or (doc[s - 1].text in vocab.name_connectors and s > 1 and _capitalised(doc[s - 2]))):
                    s -= 1
                while s < t.i and (doc[s].text in vocab.name_connectors or doc[s].lower_ == "the"):
                    s += 1
                if s < t.i:
                    span = (s, t.i + 1, heads[w])
            elif w in leads and t.text[:1].isupper() and t.i not in covered:
                # "Mount Chaambi", "University of Perpetual Help"
                e = t.i + 1
                while e < len(doc) and e not in covered and (
                        (doc[e].pos_ == "PROPN" and _capitalised(doc[e]))
                        or (doc[e].text in vocab.name_connectors and e + 1 < len(doc) and _capitalised(doc[e + 1]))):
                    e += 1
                if e > t.i + 1 and _capitalised(doc[e - 1]):
                    span = (t.i, e, leads[w])
            if span is not None and self._is_site(doc, span[0], span[1]):
                out.append(span)
                i = span[1]
                continue
            i += 1
        return out

    def _is_site(self, doc: Doc, s: int, e: int) -> bool:
        head = doc[s:e].root
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in vocab.occupant_verbs:
            return False
        # a name the knowledge base knows as a body or a person is an actor, not a place
        words = [doc[k].text for k in range(s, e)]
        whole = [m for m in self.kb.match_all(words) if m[0] == 0 and m[1] == len(words)]
        return not any(en.kind in ("org", "person", "agent", "country") for en in (whole[0][2] if whole else ()))

    def _demonym_modifiers(self, doc: Doc, offset: int, covered: set[int]) -> list[Place]:
        """A nationality adjective on a thing names the country as a place ("the Greek islands",
        "American factories", "Turkish jails"), a continent's the continent ("European flights"); on people or bodies ("Turkish soldiers", "the
        British government") it names who they are, and is left to the actor resolver."""
        out = []
        for t in doc:
            if t.i in covered or t.dep_ not in ("amod", "compound") or t.head.pos_ != "NOUN" or not t.text[:1].isupper():
                continue
            head = t.head
            if head.lemma_.lower() in vocab.people_nouns or head.ent_type_ in ("PERSON", "NORP", "ORG"):
                continue
            entries = [en for s, e, ens in self.kb.match_all([t.text]) for en in ens if s == 0 and e == 1]
            continent = t.text in vocab.continent_adjectives
            if not continent and (not entries or entries[0].kind != "demonym"):
                continue
            # a role noun or a body ("soldiers", "government", "police") is an actor
            if any(en.kind in ("agent", "org", "person") for form in (head.lower_, head.lemma_.lower())
                   for _, _, ens in self.kb.match_all([form]) for en in ens):
                continue
            if continent:
                # "European countries", "African airlines": the continent, as a place
                places = [en for s, e, ens in self.kb.match_all([vocab.continent_adjectives[t.text]]) for en in ens
                          if s == 0 and e == 1 and en.kind == "place"]
                rec = record(places[0], t.text, t.idx + offset, t.idx + len(t) + offset) if places else None
                if rec is not None:
                    out.append(rec)
                    covered.add(t.i)
                continue
            country = gazetteer().countries.get(entries[0].country or "")
            if country is None:
                continue
            out.append(place_record(country, t.text, t.idx + offset, t.idx + len(t) + offset))
            covered.add(t.i)
        return out

    def _capitals(self, doc: Doc, offset: int, covered: set[int]) -> list[Place]:
        out = []
        i = 0
        while i < len(doc):
            if not (doc[i].is_upper and doc[i].is_alpha and len(doc[i]) > 1) or i in covered:
                i += 1
                continue
            e = i
            while e < len(doc) and doc[e].is_upper and doc[e].is_alpha and e not in covered:
                e += 1
            words = [doc[k].text.title() for k in range(i, e)]
            for s, m_end, entries in self.kb.match_all(words):
                entry = entries[0]
                name = " ".join(words[s:m_end])
                if entry.kind in ("country", "capital", "place") and len(name) >= 4:
                    start = doc[i + s].idx + offset
                    end = doc[i + m_end - 1].idx + len(doc[i + m_end - 1]) + offset
                    rec = record(entry, doc.text[doc[i + s].idx:doc[i + m_end - 1].idx + len(doc[i + m_end - 1])], start, end)
                    if rec is not None:
                        out.append(rec)
                        covered.update(range(i + s, i + m_end))
            i = e
        return out

    def _towns(self, doc: Doc, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """Proper names the tagger or the syntax makes places, which the knowledge base lacks."""
        gaz = gazetteer()
        out = []
        i = 0
        while i < len(doc):
            t = doc[i]
            if t.pos_ != "PROPN" or i in covered or not t.text[:1].isupper():
                i += 1
                continue
            e = i
            while e < len(doc) and doc[e].pos_ == "PROPN" and e not in covered and doc[e].text[:1].isupper():
                e += 1
            span = doc[i:e]
            name = span.text
            if gaz.towns(name.lower()) and self._only_places(span):
                hint = None
                if e + 1 < len(doc) and doc[e].text in (",", "("):
                    nxt = self.kb.match_all([doc[k].text for k in range(e + 1, min(e + 5, len(doc)))])
                    if nxt and nxt[0][0] == 0 and nxt[0][2][0].country:
                        hint = nxt[0][2][0].country
                root = span.root
                ent = root.ent_type_
                # "from Gloucester and Cheltenham": a name joined to a place's takes its preposition
                anchor = root
                listed = False  # "Tamil Nadu, Kerala and Puducherry": one of a list of places
                while anchor.dep_ == "conj" and anchor.head is not anchor and anchor.head.pos_ == "PROPN":
                    anchor = anchor.head
                    listed = listed or anchor.i in covered
                prep = anchor.head if anchor.dep_ == "pobj" else None
                placed = (ent in ("GPE", "LOC", "FAC") or hint is not None or listed
                          or (prep is not None and prep.lower_ in vocab.town_prepositions and ent in ("", "PERSON", "ORG", "NORP")
                              and (ent != "PERSON" or e - i == 1))
                          or self._of_person(prep, ent))
                if placed:
                    out.append((i, e, hint))
            i = e
        return out

    def _only_places(self, span) -> bool:
        """The knowledge base knows the name as nothing but places, or not at all: a city it knows
        that the tagger left untagged ("the road to Cirencester") is read here like a smaller town,
        unless it is a word for a kind of place ("at the University", a Florida city's name too)."""
        matches = self.kb.match_all([w.text for w in span])
        if matches and span.text.lower() in vocab.generic_place_words:
            return False
        return all(en.kind == "place" for _, _, ens in matches for en in ens)

    @staticmethod
    def _of_person(prep, ent: str) -> bool:
        """"David Mahler of Bellmore", "a urologist from ...": "of" after a person's name names
        where they live."""
        if prep is None or prep.lower_ != "of" or ent not in ("", "GPE", "LOC"):
            return False
        head = prep.head
        return head.ent_type_ == "PERSON" and head.pos_ == "PROPN"

    # -- per document -----------------------------------------------------------------------------
    def resolve(self, found: Found, places: list[Place], text: str) -> list[Place]:
        """Place records for the candidates of a whole document, given the places already found
        (`places`, from which a street's namesake inside its name is removed)."""
        out: list[Place] = []
        taken = [(p.start, p.end) for p in places]
        # one sense per story: every other mention of a name accepted as a city
        # a city named in capitals ("IMMOKALEE -") is the same city written normally
        cities: dict[str, Place] = {}
        for p in places:
            if p.feature == "city" and p.geonames_id and not p.geonames_id.startswith(LISTED_AREAS):
                cities.setdefault(p.text.title() if p.text.isupper() else p.text, p)
        for name, template in cities.items():
            for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
                s, e = m.span()
                before = text[max(0, s - 20):s].split()
                # "the Delta", "Nile Delta", "Riverdale Lukoil": another name, not the town
                if before and (before[-1].lower() == "the" or before[-1][:1].isupper() and before[-1] not in vocab.sentence_openers):
                    continue
                if re.match(r" [A-Z][a-z]", text[e:e + 3]):
                    continue
                if any(a < e and s < b for a, b in taken + found.persons):
                    continue
                out.append(replace(template, text=name, start=s, end=e))
                taken.append((s, e))
        self._reread_abroad(places + out)
        # a town is taken only in the story's main countries (or the one its comma names)
        counts = Counter(p.country for p in places + out if p.country)
        countries = {c for c, _ in counts.most_common(2)}
        regions = [(p.country, p.admin1) for p in places + out if p.admin1 and p.country]
        weak = WeakName(text, found.persons)
        for c in sorted((c for c in found.candidates if c.kind == "town"), key=lambda c: c.start):
            if any(a < c.end and c.start < b for a, b in taken):
                continue
            if weak(c.text):
                continue
            rec = self._town(c, countries, regions)
            if rec is not None:
                out.append(rec)
                taken.append((c.start, c.end))
                regions.append((rec.country, rec.admin1))
        # "Northumberland Avenue" is in London: a street named after a place is not in it
        for c in found.candidates:
            if c.feature == "street":
                places[:] = [p for p in places if not (c.start <= p.start and p.end <= c.end)]
                out[:] = [p for p in out if not (c.start <= p.start and p.end <= c.end)]
        placed = sorted((p for p in places + out if p.lat is not None), key=lambda p: p.start)
        for c in found.candidates:
            if c.kind == "town" or any(a <= c.start and c.end <= b for a, b in taken):
                continue
            rec = self._site(c, placed, text, regions)
            # "the A417": a European road number, where the story is set in Europe
            if c.kind != "road" or rec.country in ROAD_COUNTRIES:
                out.append(rec)
        return out

    def _reread_abroad(self, places: list[Place]) -> None:
        """A city, or a state or province, that the gazetteer places in a country nothing else in
        the story names is read as a town of the story's country where it has one ("NELSON, B.C.
        ... the office in Nelson"; "Ramor Theatre, Virginia" in a story set in County Cavan): one
        such name never sets a story's country."""
        counts = Counter(p.country for p in places if p.country)
        if not counts:
            return
        home, n = counts.most_common(1)[0]
        for p in places:
            if p.feature not in ("city", "region") or not p.country or p.country == home or n < 2:
                continue
            if p.feature == "region":
                if not (p.geonames_id and p.admin1):
                    continue  # a state or province with its GeoNames record
            else:
                known = gazetteer().city(p.geonames_id or "")
                if known is None or known.population >= SMALL_CITY:
                    continue  # Manchester in a story set in America is still Manchester
            if sum(1 for q in places if q.country == p.country and q.name != p.name):
                continue
            rec = self.town(p.text, p.start, home)
            if rec is not None:
                vars(p).update(vars(rec))
        self._reread_in_state(places)

    @staticmethod
    def _reread_in_state(places: list[Place]) -> None:
        """A small city in a state or region nothing else in the story names is read as the town of
        that name in a state the story does name ("NEW JERSEY ... the Lukoil in Riverdale" is
        Riverdale, New Jersey, not Riverdale, Georgia)."""
        for p in places:
            if p.feature != "city" or not p.country or not p.admin1 or not p.geonames_id:
                continue
            others = Counter((q.country, q.admin1) for q in places if q.admin1 and q.name != p.name)
            if others[(p.country, p.admin1)]:
                continue
            known = gazetteer().city(p.geonames_id)
            if known is None or known.population >= SMALL_CITY:
                continue
            options = [o for o in gazetteer().towns(p.name.lower())
                       if o.country == p.country and others[(o.country, o.admin1)] and o.id != p.geonames_id]
            if options:
                best = max(options, key=lambda o: (others[(o.country, o.admin1)], o.population))
                vars(p).update(vars(place_record(best, p.text, p.start, p.end)))

    def town(self, text: str, start: int, country: str, admin1: str | None = None) -> Place | None:
        """The place record for a town of `country` (of its state or region `admin1`, when given)
        named `text` at `start`, if there is one."""
        if admin1 is not None:
            options = [o for o in gazetteer().towns(text.lower()) if o.country == country and o.admin1 == admin1]
            return place_record(options[0], text, start, start + len(text)) if options else None
        return self._town(Candidate(start, start + len(text), text, "town", "city", country), set(), [])

    @staticmethod
    def _town(c: Candidate, countries: set[str], regions: list[tuple[str, str]]) -> Place | None:
        options = [o for o in gazetteer().towns(c.text.lower())
                   if o.country == c.hint or (c.hint is None and o.country in countries)]
        if not options:
            return None
        # the state or region the story's places are in first, then the most populous
        best = max(options, key=lambda o: (regions.count((o.country, o.admin1)), o.population))
        return place_record(best, c.text, c.start, c.end)

    @staticmethod
    def _site(c: Candidate, placed: list[Place], text: str, regions: list[tuple[str, str]]) -> Place:
        states = gazetteer().county_states(c.text.lower()) if c.kind == "county" else []
        # a county's state: the one the story's places are in
        state = max(states, key=lambda s: regions.count(("USA", s)), default=None) if states else None
        pool = [p for p in placed if p.feature in AROUND and p.country and p.start != c.start
                and (state is None or (p.country == "USA" and p.admin1 == state))]
        after = next((p for p in pool if p.start >= c.end and _container(current()).fullmatch(text[c.end:p.start])), None)
        inside = next((p for p in pool if c.start <= p.start and p.end <= c.end), None)
        before = [p for p in pool if p.end <= c.start]
        later = [p for p in pool if p.start >= c.end]
        within = after or inside or (before[-1] if before else None) or (later[0] if later else None)
        rec = Place(c.text, c.start, c.end, c.text, None, state, None, None, None, c.feature, None)
        if within is not None:
            rec = replace(rec, country=within.country, admin1=state or within.admin1, lat=within.lat, lon=within.lon,
                          within=within.name)
        elif state is not None:
            lat, lon = gazetteer().box_middle("USA", state)
            if lat is not None:
                rec = replace(rec, country="USA", lat=round(lat, 5), lon=round(lon, 5), within=state)
        return rec
