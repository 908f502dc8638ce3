"""Reading dictionaries in the formats of older coders (PETRARCH/TABARI), as user dictionaries.

The verb dictionary (`CAMEO.2.0.txt`) has synonym sets (`&NAME` then `+WORD` lines) and verb blocks:
a `--- VERB [code] ---` header, the verb forms, then patterns `- PRE * POST [code] # comment`, where
`*` is the verb, words after it name the object, `(PREP WORDS)` a prepositional phrase, `{A B}` a
compound and `&NAME` a synonym set; `$` and `+` (source and target marks) and words before `*` other
than a synonym set are not used by this reader.
"""

from __future__ import annotations

import re
from pathlib import Path

from .lexicon import Entry, Lexicon, LexiconError
from .ontology import cameo_table
from ..lang import vocab

HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]")


def is_petrarch_verbs(text: str) -> bool:
    return "VERB PATTERNS" in text and "\n---" in text


def _word(w: str) -> str:
    return w.strip("_").replace("_", " ").lower()


def _code(raw: str, table) -> str | None:
    code = raw.split(":")[0].strip()
    return code if code in table else None


def _phrase_words(tokens: list[str], synsets: dict[str, list[str]]) -> list[str]:
    out = []
    for t in tokens:
        if t.startswith("&"):
            out.extend(synsets.get(t.rstrip("_"), []))
        elif t.isalpha() or "_" in t:
            out.append(_word(t))
    return out


def read_petrarch_verbs(text: str, origin: str) -> Lexicon:
    from .lexicon import parse_pattern

    table = cameo_table()
    synsets: dict[str, list[str]] = {}
    entries: list[Entry] = []
    current_set = None
    block: str | None = None
    block_code: str | None = None
    verbs: list[str] = []
    patterns: list[tuple[list[str], list[str], str]] = []
    section = "synonyms"

    def flush() -> None:
        if block is None or not verbs:
            return
        head = _entry_verbs(verbs)
        if block_code:
            entries.append(parse_pattern(f"petrarch.{block.lower()}", head, block_code))
        for n, (pre, post, code) in enumerate(patterns, start=1):
            objects, preps, particle = _post(post, synsets)
            subjects = _phrase_words([p for p in pre if p.startswith("&")], synsets)
            parts = [head]
            if particle:
                parts.append("+" + particle)
            if objects:
                parts.append("=" + "|".join(o.replace(" ", "_") for o in objects))
            for prep, nouns in preps:
                parts.append("@" + prep + (":" + "|".join(x.replace(" ", "_") for x in nouns) if nouns else ""))
            if subjects:
                parts.append("<" + "|".join(x.replace(" ", "_") for x in subjects))
            try:
                entries.append(parse_pattern(f"petrarch.{block.lower()}.{n}", " ".join(parts), code))
            except LexiconError:
                continue  # a pattern this reader cannot express is left out, not guessed

    for raw in text.splitlines():
        if raw.startswith("####"):
            if "VERB PATTERNS" in raw:
                section = "verbs"
            elif "TRANSFORMATIONS" in raw:
                section = "done"
            continue
        line = raw.split("#", 1)[0].rstrip()
        if section == "done":
            break
        if not line.strip():
            current_set = None
            continue
        if section == "synonyms":
            if line.startswith("&"):
                current_set = line.strip().rstrip("_")
                synsets[current_set] = []
            elif line.startswith("+") and current_set:
                synsets[current_set].append(_word(line[1:].strip()))
            continue
        m = HEADER.match(line)
        if m:
            flush()
            block, block_code, verbs, patterns = m.group(1), _code(m.group(2), table), [_word(m.group(1))], []
            continue
        if block is None:
            continue
        m = PATTERN.match(line)
        if m:
            code = _code(m.group(2), table)
            body = re.sub(r"([{}()])", r" \1 ", m.group(1)).split()
            if code is not None and "*" in body:
                star = body.index("*")
                patterns.append((body[:star], body[star + 1 :], code))
            continue
        form = _word(line.lstrip("+").split("{")[0].strip())
        if form and form.replace(" ", "").isalpha():
            verbs.append(form)
    flush()
    if not entries:
        raise LexiconError(f"{origin}: no verb patterns found")
    return Lexicon(entries)


def _entry_verbs(verbs: list[str]) -> str:
    return "|".join(sorted({v.replace(" ", "_") for v in verbs if v}))


def _post(tokens: list[str], synsets) -> tuple[list[str], list[tuple[str, list[str]]], str | None]:
    objects: list[str] = []
    preps: list[tuple[str, list[str]]] = []
    particle = None
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t == "(":
            j = tokens.index(")", i) if ")" in tokens[i:] else len(tokens)
            inner = [x for x in tokens[i + 1 : j] if x not in ("$", "+", "%", "^")]
            if inner:
                preps.append((_word(inner[0]), _phrase_words(inner[1:], synsets)))
            i = j + 1
            continue
        if t == "{":
            j = tokens.index("}", i) if "}" in tokens[i:] else len(tokens)
            objects.append(" ".join(_word(x) for x in tokens[i + 1 : j]))
            i = j + 1
            continue
        if t.startswith("&"):
            objects.extend(synsets.get(t.rstrip("_"), []))
        elif t.lower() in vocab.verb_particles and not objects and particle is None:
            particle = t.lower()
        elif t.replace("_", "").isalpha() and not objects:
            objects.append(_word(t))
        i += 1
    return objects, preps, particle


def load_verbs(path: str | Path) -> Lexicon:
    """A user verb file: this project's TSV format, or a PETRARCH verb dictionary."""
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    if is_petrarch_verbs(text):
        return read_petrarch_verbs(text, str(path))
    return Lexicon.from_text(text, str(path))


# ---------------------------------------------------------------------------------------------
# Actor dictionaries: PETRARCH/Phoenix format and a plain table, loaded over the built-in
# knowledge base (a user entry is tried before a built-in one with the same words).

ACTOR_CODE = re.compile(r"\[([A-Z-]{3,}[A-Z0-9]*)(?:\s+([<>]?\d{6,8})?(?:-(\d{6,8}))?)?\]")
# CAMEO's own country codes where they differ from ISO 3166 alpha-3.
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "GMY": "DEU", "UKG": "GBR", "UK": "GBR", "ROM": "ROU", "ZAR": "COD"}
NON_STATE = {"IGO", "IMG", "NGO", "MNC", "UAF", "---"}


def _petrarch_date(raw: str | None) -> str:
    """PETRARCH dates are YYMMDD (two-digit years before 1925 read as 20YY) or YYYYMMDD."""
    if not raw:
        return ""
    if len(raw) == 6:
        yy = int(raw[:2])
        raw = ("20" if yy < 25 else "19") + raw
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"


def _split_code(code: str) -> tuple[str | None, str | None, str | None]:
    """(country, sector, organisation code) from a CAMEO actor code such as USAGOV or IGOUNO."""
    head, rest = code[:3], code[3:]
    if head in NON_STATE:
        return None, head if head != "---" else (rest[:3] or None), code
    return CAMEO_TO_ISO.get(head, head), rest[:3] or None, None




def _display(name: str) -> str:
    """'barack obama' -> 'Barack Obama', 'islamic state of iraq' -> 'Islamic State of Iraq'."""
    words = name.split()
    return " ".join(w if (i and w in vocab.name_particles) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def read_petrarch_actors(text: str, origin: str):
    """(written form, Entry) pairs from a PETRARCH actor dictionary."""
    from .kb import Entry, Role

    out = []
    forms: list[str] = []
    codes: list[tuple[str, str, str]] = []

    def flush():
        if not forms or not codes:
            return
        name = forms[0]
        dated = [c for c in codes if c[1] or c[2]]
        if dated:
            roles = []
            for code, start, end in codes:
                country, sector, _ = _split_code(code)
                if start.startswith("<"):  # "<YYMMDD": until that date
                    start, end = "", start[1:]
                start = start.lstrip(">")  # ">YYMMDD": from that date on
                roles.append(Role(country, sector, "", _petrarch_date(start), _petrarch_date(end)))
            entry = Entry("person", "user:" + name, _display(name), roles=roles)
        else:
            country, sector, org = _split_code(codes[0][0])
            kind = "country" if country and not sector else "org"
            entry = Entry(kind, "user:" + name, _display(name), country=country, sector=sector, code=org)
        for f in forms:
            # Dictionaries write names in capitals; text writes them capitalised.
            out.extend(((f.upper(), entry), (_display(f), entry)))

    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        found = ACTOR_CODE.findall(stripped)
        if stripped.startswith("+"):
            forms.append(_word(stripped[1:].split("[")[0]).strip())
            codes.extend(found)
        elif stripped.startswith("[") or (raw[:1] in ("\t", " ") and found):
            codes.extend(found)
        elif stripped[0].isalnum() or stripped[0] in "'&.":
            flush()
            forms = [_word(stripped.split("[")[0]).strip()]
            codes = list(found)
    flush()
    if not out:
        raise LexiconError(f"{origin}: no actor entries found")
    return out


def read_actor_table(path: str | Path):
    """(written form, Entry) pairs from a user's table: the knowledge base's own `people` or
    `organisations` format, or a short `pattern,country,sector,start,end` table (a dated row is a
    person's role, an undated one a body)."""
    from . import tables
    from .kb import Entry, Role, organisation_entries, person_entries

    schema, rows = tables.load_file(path, expect=("people", "organisations", "actor_patterns"))
    if schema.name == "people":
        return person_entries(rows)
    if schema.name == "organisations":
        countries = tables.vocabulary()["countries"]
        return organisation_entries(rows, countries)
    out = []
    for row in rows:
        pattern, country, sector = row["pattern"], row["country"] or None, row["sector"] or None
        start, end = row["start"], row["end"]
        if start or end:
            entry = Entry("person", "user:" + pattern, pattern, roles=[Role(country, sector, "", start, end)])
        else:
            entry = Entry("org", "user:" + pattern, pattern, country=country, sector=sector)
        out.append((pattern, entry))
    return out


def load_actors(path: str | Path):
    """A user's actor file: a PETRARCH/Phoenix actor dictionary or a table (read_actor_table)."""
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    if ACTOR_CODE.search(text) and "\n+" in text:
        return read_petrarch_actors(text, str(path))
    return read_actor_table(path)
