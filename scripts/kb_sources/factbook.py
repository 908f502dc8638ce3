"""People (with dated roles) and organisations from the CIA World Factbook archive.

The archive (`leaders-and-bodies.tsv`: year, country, country_code, iso2, field, text) keeps each
Factbook field as free text. This reader computes rows from it at build time; no Factbook text is
stored in the repository.

- people: chiefs of state, heads of government and the other executive posts the "Executive branch"
  field names (vice presidents, crown princes, governors-general representing a monarch ...), sector
  GOV; party leaders from "Political parties (and leaders)", sector PTY. Each row is one stretch of
  years in one role, with `start` from "(since 7 May 2012)" when given and `end` from the successor.
- organisations: legislatures and chambers (LEG), highest courts (JUD), armed forces (MIL), police
  and border guards (COP), intelligence and state security services (SPY), political parties (PTY)
  and the groups of the "Terrorist group(s)" fields (REB).

The Factbook writes surnames in capitals ("Vladimir Vladimirovich PUTIN", "XI Jinping"); that is
what tells a name from the title before it, so a text without capitals yields no person. The reader
is strict: a row only when a name and its role are clear.

What the archive makes hard: the 2018-2020 Executive branch texts are empty (those years break no
tenure); from 2018 on line breaks between list items are lost ("... [Naomi LONG]Brexit Party ...");
from 2021 on accented letters are often lost ("TOUAD RA"), put back from earlier years' words where
possible; 2024-2025 list parties without leaders.

    from kb_sources import factbook
    people, organisations = factbook.read("../shared/reference/kb-sources/factbook/leaders-and-bodies.tsv")
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cached_property, lru_cache
from datetime import date

from .common import armed_sector, fold as common_fold
from pathlib import Path

import pycountry

SOURCE = "CIA World Factbook archive (MilkMp/CIA-World-Factbooks-Archive-1990-2025)"
LICENCE = "public domain (CIA World Factbook; archive CC0 1.0)"

PEOPLE_KEYS = ("id", "name", "variants", "country", "sector", "role", "start", "end")
ORGANISATION_KEYS = ("id", "name", "variants", "country", "sector")

# ---------------------------------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------------------------------

# Entities whose archive iso2 is wrong for them or missing. The archive gives some dependencies their
# sovereign's code (Guernsey "GB"), and uninhabited bits their neighbour's (Europa Island "RE"); those
# are fixed here or skipped (None), so that a bailiff of Guernsey does not become a British official.
ISO3_BY_ENTITY = {
    "Kosovo": "XKX",
    "European Union": "EUR",
    "Guernsey": "GGY",
    "Jersey": "JEY",
    "Man, Isle of": "IMN",
    "Isle of Man": "IMN",
    "Svalbard": "SJM",
    "Jan Mayen": None,
    "Ashmore and Cartier Islands": None,
    "Coral Sea Islands": None,
    "Clipperton Island": None,
    "Bassas da India": None,
    "Europa Island": None,
    "Glorioso Islands": None,
    "Juan de Nova Island": None,
    "Tromelin Island": None,
}
# The US Pacific islands all carry "UM"; none has people or bodies of its own.
SKIP_ISO2 = {"UM"}


def entity_iso3(country: str, iso2: str) -> str | None:
    """ISO 3166 alpha-3 for a Factbook entity, or None for oceans, "World", uninhabited islands and
    entities whose only code is a withdrawn one (Serbia and Montenegro, Netherlands Antilles)."""
    if country in ISO3_BY_ENTITY:
        return ISO3_BY_ENTITY[country]
    if not iso2 or iso2 in SKIP_ISO2:
        return None
    found = pycountry.countries.get(alpha_2=iso2)
    return found.alpha_3 if found else None


# ---------------------------------------------------------------------------------------------------
# Reading the archive
# ---------------------------------------------------------------------------------------------------

# The archive's standard name for each field this reader uses (field-names.csv: field -> field_std);
# the file itself is read when it lies next to the TSV, this is the fallback.
FIELD_STD = {
    "Executive branch": "Executive branch",
    "Leaders": "Executive branch",
    "Legislative branch": "Legislative branch",
    "Legislative branch - lower chamber": "Legislative branch - lower chamber",
    "Legislative branch - upper chamber": "Legislative branch - upper chamber",
    "Judicial branch": "Judicial branch",
    "Political parties and leaders": "Political parties",
    "Political parties": "Political parties",
    "Military branches": "Military and security forces",
    "Military and security forces": "Military and security forces",
    "Branches": "Military and security forces",
    "Terrorist group(s)": "Terrorist group(s)",
    "Terrorist groups - home based": "Terrorist group(s)",
    "Terrorist groups - foreign based": "Terrorist group(s)",
}
WANTED = set(FIELD_STD.values())


@dataclass(frozen=True)
class Entry:
    year: int
    entity: str  # the Factbook's name for the country that year
    iso3: str
    field: str  # the standard field name
    text: str


def field_names(path: Path) -> dict[str, str]:
    names = dict(FIELD_STD)
    mapping = path.with_name("field-names.csv")
    if mapping.exists():
        with open(mapping, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                if r["field_std"] in WANTED:
                    names[r["field"]] = r["field_std"]
    # "Political pressure groups and leaders" is filed under parties by the archive, but its groups
    # (unions, churches, lobbies) are not parties.
    names.pop("Political pressure groups and leaders", None)
    return names


def read_entries(path: str | Path, first_year: int = 0) -> list[Entry]:
    """The archive's rows for the fields this reader uses, with the entity's ISO alpha-3."""
    path = Path(path)
    names = field_names(path)
    csv.field_size_limit(10**9)
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows, None)
        for year, country, _code, iso2, name, text in rows:
            std = names.get(name)
            if std is None or int(year) < first_year:
                continue
            iso3 = entity_iso3(country, iso2)
            if iso3:
                out.append(Entry(int(year), country, iso3, std, text.strip()))
    return out


# ---------------------------------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------------------------------

# Words of office that may stand right before a name; a capitalised word that is not one of these
# (and not an honorific) is taken to be a given name.
TITLE_WORDS = set("""
President Presidents Vice Prime Minister Ministers Premier Premiers Deputy Deputies First Second Third Senior
Executive Chief King Queen Emperor Empress Crown Prince Princess Heir Apparent Presumptive Emir Amir Sultan
Supreme Leader Chancellor Vice-Chancellor Governor Governor-General Governors Lieutenant Lieutenant-Governor
Chairman Chairmen Chairwoman Chairperson Chair Head Co-prince Coprince Co-Prince Co-princes Acting Interim
Transitional Transition Caretaker Provisional Administrator Commissioner High Mayor Secretary Bailiff Regent
Regents Captain Captains Pope Grand Duke Duchess Council Councils State Presidency Presidential Federal
Republic Government Commission Assembly Affairs Administration Sovereign Commander-in-Chief Commander Foreign
Defense Lord Superior Territorial Regional Island Islands National People's Revolutionary Command Military
Presidium Speaker Members Member Union Ruler Monarch Representative Resident Delegate Prefect Special
Principal Paramount Coordinator Director Officer General Vice-President Vice-Premier Co-Chair Co-Chairman
Co-President Co-Leader Leaders Spokesperson Spokesman Founder Honorary Legislative Cabinet Homeland
Safeguard Salvation Restoration Development Reconciliation Unity Defence Ministerial Committee Board
Directory Junta Front Party Movement Congress Parliament Senate Commonwealth Confederation Executive-Mayor
Agency Authority Chamber Business
""".split()) | set("""
Interior Infrastructure Heritage Finance Economy Economic Justice Culture Education Health Trade Industry
Agriculture Energy Oil Planning Transport Transportation Labor Labour Tourism Environment Security Information
Communications Youth Sports Water Works Housing Commerce Investment Treasury Budget Science Technology Research
Reconstruction Mines Mining Fisheries Lands Women Welfare Services Integration Reform Reforms Relations
Cooperation Digital Public Social Internal External European Regional Local Territorial Administrative
""".split())  # portfolios: "Minister of Interior NAWWAF al-Ahmad", not a given name "Interior"

# Words that start a title, after which capitals are the title's acronym ("CNSP Prime Minister").
TITLE_HEADS = {"President", "Prime", "Premier", "Interim", "Acting", "Transitional", "Chairman", "Chairperson",
               "Leader", "Minister", "Secretary", "Vice", "Deputy", "Head", "Chief"}

# Honorifics, ranks and courtesy titles: dropped from names and from the end of a role. (Not "Tan",
# "Sri", "Adi": given names as often as titles.)
HONORIFICS = set("""
Sir Dame Dr. Dr Gen. Gen Capt Col Lt Maj Lt. Maj. Brig. Col. Capt. Cmdr. Adm. Sr. Ms. Mr. Mrs. Mme. Madame
Mister Father Rev. Reverend Bishop Archbishop Cardinal Monseigneur Msgr. Episcopal Ratu His Her Majesty
Highness Excellency Royal Right Honorable Honourable Hon. Ayatollah Hojjat ol-Eslam Hojjatoleslam Sheikh
Shaykh Shaikh Haji Hajji Alhaji Alhaja Hadj Tun Datuk Dato Dato' Seri Paduka Baginda Tunku Tuanku Pengiran
Colonel Major Brigadier Admiral Commodore Marshal Vice-Marshal Field Air Mullah Mawlawi Maulvi Engineer Eng.
Prof. Professor Lieutenant-General Major-General Lieutenant-Colonel Brigadier-General Gen.(ret.) Sultan
General Senator Sen. Rep. Hon Lyonpo Dasho Tunku
""".split())
# "General" after these words is part of the office ("Secretary General"), not a rank.
GENERAL_OFFICES = {"Secretary", "Governor", "Attorney", "Procurator", "Inspector", "Director", "Consul", "Auditor"}

# Lower-case words that belong inside names.
PARTICLES = set("""
bin bint ibn ibni binti al el ad ash as ar at az ul ud de da do dos das del della dei di du la le les van von
der den ten ter het und zu y e i arap ould ag wa ka ka' auf op mac
""".split())
SUFFIXES = {"Jr.", "Jr", "Sr.", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
            "XIV", "XV", "XVI"}
ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
# Lower-case words allowed in a list of office holders; any other one starts prose ("dismissed",
# "are represented by"), and the reader stops there.
LIST_WORDS = {"and", "of", "the", "for", "in", "by", "represented", "also", "spelled", "aka", "a.k.a.", "on",
              "to", "or", "o"} | PARTICLES
# Capitalised words that are not names even in capitals.
NOT_NAMES = {"NA", "UK", "US", "USA", "EU", "UN", "USSR", "PRC", "ROC", "DPRK", "ROK", "UAE", "GNU", "GNA",
             "PA", "PLO", "CNSP", "CNRD", "SPDC", "SLORC", "SAC", "NLD", "TPLF", "ANC", "OeVP", "FPOe",
             "MP", "NATO", "AU", "ECOWAS", "SADC", "OK", "TV", "CEO", "ID"}
# Monarchs and popes are named by one word ("Emperor NARUHITO", "King PHILIPPE").
ONE_NAME_ROLES = re.compile(r"\b(king|queen|emperor|empress|pope|sultan|emir|amir|prince|princess|grand duke|"
                            r"co-prince|coprince|monarch|shah|crown prince|heir apparent)\b", re.I)
# A monarch's name with the title is how the news writes it: "King Charles III", "Emperor Naruhito".
STYLED = re.compile(r"\b(King|Queen|Emperor|Empress|Pope|Prince|Princess|Grand Duke|Sultan|Emir)$")

MONTHS = {m.lower(): i for i, m in enumerate(
    "January February March April May June July August September October November December".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
DATE = re.compile(r"(?:\b(\d{1,2}|NA)\s+)?\b(" + "|".join(sorted(MONTHS, key=len, reverse=True))
                  + r")\.?\s+(\d{4})\b|\b((?:19|20)\d{2})\b", re.I)


fold = lru_cache(maxsize=None)(common_fold)  # names recur across 36 years of the archive


def slug(text: str) -> str:
    """ASCII lower case, words joined by "_" ("Mu'izzaddin" -> "muizzaddin")."""
    return re.sub(r"[^a-z0-9]+", "_", fold(text).lower().replace("'", "")).strip("_")


def parse_date(text: str) -> str:
    """ISO date for "7 May 2012", "May 2012" (first day), "2012" (1 January), "NA May 1999"; else ""."""
    m = DATE.search(text or "")
    if not m:
        return ""
    day, month, year, bare_year = m.groups()
    if bare_year:
        return f"{bare_year}-01-01"
    day = int(day) if day and day.isdigit() else 1
    try:
        return date(int(year), MONTHS[month.lower().rstrip(".")], day).isoformat()
    except ValueError:
        return ""


def since_date(paren: str) -> str:
    """The start date a parenthesis gives: "(since 7 May 2012)", "(acting president since 31 December
    1999, president since 7 May 2000)" (the first not-acting one), or a bare "(28 October 2022)", "(2018)"."""
    clauses = re.split(r"[;,]", paren)
    found = [c for c in clauses if re.search(r"\bsince\b", c, re.I) and parse_date(c.split("since", 1)[-1])]
    settled = [c for c in found if not re.search(r"\b(acting|interim|previously|provisional)\b", c, re.I)]
    for clause in settled or found:
        return parse_date(re.split(r"\bsince\b", clause, flags=re.I)[-1])
    if re.fullmatch(r"\s*(?:(?:\d{1,2}\s+)?[A-Za-z]+\.?\s+)?\d{4}\s*", paren) and parse_date(paren):
        return parse_date(paren)
    return ""


# ---------------------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------------------

WORD_TOKEN = re.compile(r"[^\s;,:()\[\]\"“”]+")


@dataclass
class Token:
    text: str
    kind: str  # "word", "paren", "bracket", "quote" or a punctuation mark: ";", ",", ":"


def tokenize(text: str) -> list[Token]:
    """Words, punctuation, and whole (...) / [...] / "..." groups as single tokens."""
    out: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "([":
            close = ")" if ch == "(" else "]"
            depth, j = 0, i
            while j < n:
                if text[j] == ch:
                    depth += 1
                elif text[j] == close:
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            out.append(Token(text[i + 1:j].strip(), "paren" if ch == "(" else "bracket"))
            i = j + 1
        elif ch == '"' or ch == "“":
            j = text.find('"' if ch == '"' else "”", i + 1)
            j = n if j < 0 else j
            out.append(Token(text[i + 1:j].strip(), "quote"))
            i = j + 1
        elif ch in ";,:":
            out.append(Token(ch, ch))
            i += 1
        elif ch in ")]":
            i += 1
        else:
            m = WORD_TOKEN.match(text, i)
            out.append(Token(m.group(0), "word"))
            i = m.end()
    return out


@lru_cache(maxsize=None)
def is_caps(word: str) -> bool:
    """A surname in the Factbook's capitals: "PUTIN", "SASSOU-Nguesso", "al-BURHAN", "D'ALEMA",
    "kaMAGWAZA-MSIBI"; not an acronym the text uses as a word ("UK", "NA")."""
    if word in NOT_NAMES or word.rstrip(".") in NOT_NAMES or is_initial(word):
        return False
    for part in re.split(r"[-'’]", word):
        core = re.sub(r"^[a-z]{1,3}(?=[A-Z]{2})", "", part)  # "kaMAGWAZA"
        letters = [c for c in core if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            return True
    return False


def is_capitalised(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and word[0].isupper() and any(c.islower() for c in letters)


def is_initial(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.(?:-?[A-Z]\.)*", word))


def is_title_word(word: str) -> bool:
    return word in TITLE_WORDS or is_honorific(word) or bool(re.search(r"-(designate|elect)$", word, re.I))


def name_word(word: str) -> bool:
    """A word that may be part of a person's name."""
    if is_title_word(word):
        return False
    joined = re.match(r"^([a-z]{1,4})-(.+)$", word)  # "al-Aziz", "el-Sisi"
    if joined and joined.group(1) in PARTICLES:
        word = joined.group(2)
    return (is_caps(word) or is_initial(word) or word in SUFFIXES or word.lower() in PARTICLES
            or (is_capitalised(word) and not word.endswith(":")))


# ---------------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------------

def title_case_caps(word: str, first: bool) -> str:
    """ "PUTIN" -> "Putin", "O'CONNOR-CONNOLLY" -> "O'Connor-Connolly", "MCDONALD" -> "McDonald",
    "ULUFA'ALU" -> "Ulufa'alu", "kaMAGWAZA" -> "kaMagwaza"; Roman numerals after a name stay."""
    if not first and ROMAN.match(word) and word:
        return word
    if not is_caps(word):
        return word

    def part(p: str) -> str:
        m = re.match(r"^([a-z]{1,3})([A-Z].*)$", p)
        if m:
            return m.group(1) + part(m.group(2))
        if not p.isupper():
            return p
        p = p[:1] + p[1:].lower()
        if re.match(r"^Mc[a-z]", p):
            p = "Mc" + p[2:3].upper() + p[3:]
        return p

    pieces = word.split("-")
    out = []
    for piece in pieces:
        bits = re.split(r"(['’])", piece)
        # after an apostrophe a new capital only follows one letter: O'Connor, D'Alema, but Ulufa'alu
        text = part(bits[0])
        for k in range(1, len(bits), 2):
            nxt = bits[k + 1]
            text += bits[k] + (part(nxt) if len(bits[k - 1]) == 1 else nxt.lower() if nxt.isupper() else nxt)
        out.append(text)
    return "-".join(out)


def display_name(words: list[str]) -> str:
    """The name in normal case, in the order written; particles in a run of capitals go lower case
    ("VAN DER BELLEN" -> "Van der Bellen"), particles written lower case stay so."""
    out = []
    for i, w in enumerate(words):
        if w.lower() in PARTICLES and w.isupper() and i > 0 and is_caps(words[i - 1]) and i + 1 < len(words):
            out.append(w.lower())
        elif w in ("Jr", "Jr.", "Sr."):
            out.append("Jr." if w.startswith("J") else w)
        else:
            out.append(title_case_caps(w, first=(i == 0)))
    return " ".join(out)


SLAVIC_MIDDLE = re.compile(r"(ovich|evich|yevich|ovna|evna|yevna|ich|ichna|ivna)$", re.I)


def name_variants(words: list[str], alternatives: list[list[str]] = ()) -> list[str]:
    """Other common written forms of a name, conservatively (a wrong variant makes a wrong match)."""
    name = display_name(words)
    out = []
    plain = [w for w in words if not is_initial(w) and w not in ("Jr.", "Jr", "Sr.")]
    # "Vladimir Vladimirovich Putin" -> "Vladimir Putin"
    if len(plain) == 3 and SLAVIC_MIDDLE.search(plain[1]) and is_capitalised(plain[1]) and is_caps(plain[2]):
        out.append(display_name([plain[0], plain[2]]))
    # "Barack H. Obama" -> "Barack Obama"; not for a "Jr.": "Ferdinand Marcos" is his father
    junior = any(w in ("Jr.", "Jr", "Sr.") for w in words)
    if plain != words and not junior and len(plain) >= 2 and not is_initial(words[0]):
        out.append(display_name(plain))
    # "Mohammed bin SALMAN bin Abd al-Aziz Al Saud" -> "Mohammed bin Salman"
    if len(words) > 3 and words[1].lower() in ("bin", "ibn", "bint") and is_caps(words[2]) \
            and (is_capitalised(words[0]) or is_caps(words[0])):
        out.append(display_name(words[:3]))
    for alt in alternatives:
        out.append(display_name(alt))
    return [v for v in dict.fromkeys(out) if v and v != name]


@dataclass
class Holder:
    """One person named in a list of office holders."""
    words: list[str]
    role: str
    since: str = ""
    alternatives: list[list[str]] = field(default_factory=list)
    untitled: bool = False  # nothing stood before the name: "head of government: Dmitriy A. MEDVEDEV"

    @cached_property
    def name(self) -> str:
        return display_name(self.words)

    @property
    def variants(self) -> list[str]:
        out = name_variants(self.words, self.alternatives)
        styled = STYLED.search(self.role)
        if styled and name_length(self.words) == 1:
            out.append(f"{styled.group(1)} {self.name}")
        return out


def alternative_name(paren: str) -> list[str]:
    """The words of a parenthesis that gives another form of a name: "(Sam)", "(also spelled SONXAI)"."""
    alt = re.sub(r"^(also spelled|also known as|aka|a\.k\.a\.|or)\s+", "", paren.strip(), flags=re.I)
    parts = alt.split()
    ok = parts and len(parts) <= 3 and all(is_capitalised(p) or is_caps(p) for p in parts)
    return parts if ok else []


def paren_alternative(paren: str, words: list[str], at: int) -> list[str] | None:
    """A parenthesis inside a name gives another form: "Samantha (Sam) MOSTYN" -> "Sam Mostyn",
    "SONEXAY (also spelled SONXAI) Siphandon" -> "Sonxai Siphandon"; it replaces the word before."""
    parts = alternative_name(paren)
    if not parts or at <= 0:
        return None
    if is_caps(words[at - 1]):  # another spelling of the surname
        return words[:at - 1] + parts + words[at:]
    surname = next((i for i, w in enumerate(words) if i >= at and is_caps(w)), None)
    return parts + words[surname:] if surname is not None else None  # a nickname: "Tony Blair"


def find_name(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """(first, end) of the next person's name at or after `start`: a run of name words with a
    surname in capitals. Capitals that are an acronym of the title ("CNSP Prime Minister") or follow
    "the" ("the UK") are passed over."""
    i = start
    while i < len(tokens):
        t = tokens[i]
        if t.kind == ";":
            return None
        if t.kind == "word" and is_caps(t.text) and not is_title_word(t.text):
            prev = tokens[i - 1].text if i > 0 else ""
            if ROMAN.match(t.text) and is_caps(prev):  # "CHARLES III": the numeral follows the name
                i += 1
                continue
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            acronym_of_title = nxt is not None and nxt.kind == "word" and nxt.text in TITLE_HEADS and (
                i == start or not name_word(tokens[i - 1].text))
            if prev.lower() not in ("the", "of", "for") and not acronym_of_title:
                return extend_name(tokens, i, start)
        i += 1
    return None


def extend_name(tokens: list[Token], anchor: int, floor: int) -> tuple[int, int]:
    """The whole name around its capitalised surname at `anchor`: (first token, token after it)."""
    return name_start(tokens, anchor, floor), name_end(tokens, anchor)


def name_start(tokens: list[Token], anchor: int, floor: int) -> int:
    """Given names before the surname, back to the title: "President Vladimir Vladimirovich PUTIN"."""
    first = anchor
    while first - 1 >= floor:
        t = tokens[first - 1]
        before = tokens[first - 2] if first - 2 >= floor else None
        preceded_by_name = before is not None and before.kind == "word" and name_word(before.text)
        if t.kind == "word" and name_word(t.text):
            first -= 1
        elif t.kind == "quote" and preceded_by_name:
            first -= 1  # a nickname: Ferdinand "BongBong" MARCOS
        elif t.kind == "paren" and alternative_name(t.text) and preceded_by_name:
            first -= 1  # Samantha (Sam) MOSTYN
        else:
            break
    if first < anchor and first > 0 and tokens[first - 1].text in ("of", "the", "for"):
        first = after_place(tokens, first, anchor)
    while first < anchor and tokens[first].kind == "word" and tokens[first].text in PARTICLES:
        first += 1
    return first


def name_end(tokens: list[Token], anchor: int) -> int:
    """Where the name stops after its surname: "XI Jinping", "Joseph R. BIDEN, Jr.", "SONEXAY (also
    spelled SONXAI) Siphandon"; not at "(since ...)"."""
    end = anchor + 1
    while end < len(tokens):
        t = tokens[end]
        nxt = tokens[end + 1] if end + 1 < len(tokens) else None
        name_follows = nxt is not None and nxt.kind == "word" and name_word(nxt.text)
        if t.kind == "word" and name_word(t.text):
            if t.text.lower() in PARTICLES and not name_follows:
                break
            end += 1
        elif t.kind == "," and nxt is not None and nxt.text in ("Jr.", "Jr", "Sr."):
            end += 1  # "BIDEN, Jr."
        elif t.kind in ("paren", "quote") and name_follows and alternative_name(t.text):
            end += 1
        else:
            break
    return end


def after_place(tokens: list[Token], first: int, anchor: int) -> int:
    """Where the given names start after a place the title names: "Governor-General of New Zealand
    Cindy KIRO", "President of China XI Jinping", "Ruler of Abu Zaby Muhammad bin ZAYID"."""
    words = [t.text for t in tokens[first:anchor]]
    for k in range(len(words), 0, -1):
        if known_country(" ".join(words[:k])):
            return first + k
    given = [i for i, w in enumerate(words) if is_capitalised(w) and w.lower() not in PARTICLES]
    return first + (given[-1] if given else len(words))


def name_parts(tokens: list[Token], first: int, end: int) -> tuple[list[str], list[list[str]]]:
    """The name's words and the alternative forms its parentheses and nicknames give."""
    words: list[str] = []
    pending: list[tuple[str, str, int]] = []
    for t in tokens[first:end]:
        if t.kind == "word" or t.kind == "quote" and is_caps(t.text):  # Luiz Inacio "LULA" DA SILVA
            words.extend(t.text.split())
        elif t.kind in ("paren", "quote"):
            pending.append((t.kind, t.text, len(words)))
    alternatives = []
    for kind, text, at in pending:
        if kind == "quote":
            surname = [w for w in words if is_caps(w)]
            if surname and 1 <= len(text.split()) <= 2:
                alternatives.append(text.split() + surname[-1:])
        else:
            alt = paren_alternative(text, words, at)
            if alt:
                alternatives.append(alt)
    return words, alternatives


# ---------------------------------------------------------------------------------------------------
# Roles
# ---------------------------------------------------------------------------------------------------

ROLE_SMALL = {"of", "the", "and", "for", "in", "de", "to", "on", "o"}
ROLE_FORMS = {"governor general": "Governor-General", "coprince": "Co-Prince", "co-prince": "Co-Prince",
              "amir": "Emir", "lieutenant governor": "Lieutenant Governor"}
QUALIFIERS = re.compile(r"^(acting|interim|transitional|transition|caretaker|provisional)\s+", re.I)
PLURALS = {"Presidents": "President", "Premiers": "Premier", "Ministers": "Minister", "Chairmen": "Chairman",
           "Regents": "Regent", "Captains": "Captain", "Co-princes": "Co-Prince", "Members": "Member",
           "Deputies": "Deputy", "Governors": "Governor", "Leaders": "Leader"}


RANK = re.compile(r"^(?:(?:Maj|Lt|Brig|Gen|Col|Adm|Capt|Cmdr|Sr|Cpt)\.?)+$")
# First words of compound ranks and styles: "Vice Admiral", "Senior General", "Grand Chief".
RANK_STARTS = {"Grand", "Air", "Field", "Senior", "Lieutenant", "Major", "Brigadier", "Vice", "Rear"}


def is_honorific(word: str) -> bool:
    return word in HONORIFICS or bool(RANK.match(word))


def clean_role(words: list[str]) -> str:
    """The office as written before a name, without the honorifics and ranks at its end, in title
    case: ["Governor", "General", "Sir"] -> "Governor-General"."""
    words = list(words)
    while words and words[0].lower() in ("and", ",", "the", "of", "by", "represented"):
        words = words[1:]
    stripped = False
    while len(words) > 1:
        last, before = words[-1], words[-2]
        if last == "General" and before in GENERAL_OFFICES:
            break  # "Secretary General", "Governor General"
        if is_honorific(last) or last in (",", "the", "and") or (stripped and last in RANK_STARTS):
            stripped = is_honorific(last)
            words = words[:-1]
            continue
        if last == "Chief" and before in ("Grand", "Paramount"):  # "Grand Chief Sir Bob DADAE"
            words = words[:-2]
            continue
        break
    if len(words) == 1 and (is_honorific(words[0]) and words[0] != "Sultan" or words[0] in RANK_STARTS):
        return ""
    head = words.index("of") if "of" in words else len(words)  # "Council of Ministers" stays plural
    words = [PLURALS.get(w, w) if i < head else w for i, w in enumerate(words)]
    return normalise_role(" ".join(words).replace(" ,", ",").strip(" ,"))


def normalise_role(text: str) -> str:
    words = text.split()
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        if i > 0 and low in ROLE_SMALL:
            out.append(low)
        elif w.isupper() and len(w) > 1:
            out.append(w)  # an acronym: "CNSP Prime Minister"
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    text = " ".join(out)
    for form, norm in ROLE_FORMS.items():
        text = re.sub(rf"\b{re.escape(form)}\b", norm, text, flags=re.I)
    return text


def role_key(role: str) -> str:
    """The office a succession runs in: "Acting President" and "President" are one office, so are
    "Queen" and "King"."""
    key = QUALIFIERS.sub("", role.lower()).strip()
    for a, b in (("queen", "king"), ("empress", "emperor"), ("princess", "prince"), ("chairwoman", "chairman"),
                 ("chairperson", "chairman")):
        key = re.sub(rf"\b{a}\b", b, key)
    return key


def role_words(tokens: list[Token]) -> list[str]:
    """The title before a name: the longest tail of capitalised words, acronyms and small words,
    stopping at other lower-case words ("represented by")."""
    out: list[str] = []
    for k, t in enumerate(reversed(tokens)):
        if t.kind == "paren" or (t.kind in (":", ",") and not out):  # "Vice Premiers: HAN Kwang Bok"
            continue
        if t.kind == "word" and (t.text[:1].isupper() or t.text.lower() in ROLE_SMALL or lower_title(t.text)):
            out.append(t.text)
        elif t.kind == "," and out:
            out.append(",")
        else:
            break
    out.reverse()
    out = after_last_name(out)
    while out and (out[0] in (",",) or out[0].lower() in ROLE_SMALL):
        out.pop(0)
    return out


def after_last_name(words: list[str]) -> list[str]:
    """Drop what precedes a capitalised word that is no title word and stands outside an "of ..."
    phrase: a name the Factbook did not write in capitals ("President Hu Jintao and Vice President")
    or a nationality ("New Zealand High Commissioner")."""
    start, in_phrase = 0, False
    for i, w in enumerate(words):
        if w.lower() in ("of", "for", "to", "the"):
            in_phrase = True
        elif w == ",":
            in_phrase = False
        elif w in TITLE_WORDS or w in HONORIFICS or w.lower() == "and":
            pass
        elif w[:1].isupper() and not is_acronym(w) and not in_phrase:
            start = i + 1
    return words[start:]


# ---------------------------------------------------------------------------------------------------
# Executive branch
# ---------------------------------------------------------------------------------------------------

SUBFIELD = re.compile(
    r"\b(chief of state and head of government|chief of state|chief of union|head of state|head of government|"
    r"cabinet|elections?/appointments?(?: process)?|election results|elections|most recent election date|"
    r"expected date of next election|notes?(?:\s*\d+)?)\s*(?::|--)", re.I)
NOTE = re.compile(r"(?:;\s*)?\b(?:note|notes)\b\s*(?:\d+\s*)?(?:-|--|:|–)|\(For more information visit[^)]*\)", re.I)
CHIEF, HEAD = "chief of state", "head of government"


def executive_subfields(text: str) -> dict[str, str]:
    """{"chief of state": ..., "head of government": ...} from an Executive branch text; the combined
    sub-field ("chief of state and head of government") fills both."""
    parts = SUBFIELD.split(text)
    out: dict[str, str] = {}
    for i in range(1, len(parts), 2):
        label, body = parts[i].lower(), parts[i + 1]
        if label == "chief of state and head of government":
            out.setdefault(CHIEF, body)
            out.setdefault(HEAD, body)
        elif label in (CHIEF, "chief of union", "head of state"):
            out.setdefault(CHIEF, body)
        elif label == HEAD:
            out.setdefault(HEAD, body)
    return {k: clean_subfield(v) for k, v in out.items()}


def clean_subfield(text: str) -> str:
    text = NOTE.split(text, 1)[0]
    text = re.sub(r"^\s*co-?chiefs of state\s+", "", text, flags=re.I)  # San Marino's captains regent
    # "Notification Statement: the United States does not recognize X as president of Venezuela ..."
    text = re.sub(r"^\s*Notification Statement:[^()]*?\bas (?:the )?[\w ]*?\bof [A-Z]\w+\s+", "", text)
    return repair_lost_letters(text).strip(" ;|,")


SHORT_WORDS = {"a", "an", "as", "at", "by", "is", "of", "on", "or", "to", "in", "and", "the", "was", "has", "had",
               "not", "who", "his", "her", "its", "for", "but", "are", "per", "vs"}


def repair_lost_letters(text: str) -> str:
    """Rejoin words split where the archive lost an accented letter: "Andr s Manuel L PEZ" ->
    "Andrs Manuel LPEZ", "F lix" -> "Flix". The result is still short of the letter; the spelling
    of the same person in other years replaces it when there is one (see damaged_form)."""
    def join_fragment(m: re.Match) -> str:
        return m.group(0) if m.group(2).lower() in SHORT_WORDS | PARTICLES else m.group(1) + m.group(2)

    text = re.sub(r"\b([A-Z][a-z]*) ([a-z]{1,3})\b(?![.'-])", join_fragment, text)
    text = re.sub(r"(?<![\w.'])([B-HJ-Z]) ([a-z]{2,})\b", r"\1\2", text)  # "S bastien" -> "Sbastien"
    return re.sub(r"(?<![\w.])([B-HJ-Z]) (?=[A-Z]{2,}\b)", r"\1", text)


NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
DAMAGED_YEARS = 2021  # from this year on the archive lost accented letters in some texts


def restore_lost_letters(entries: list[Entry]) -> list[Entry]:
    """From 2021 on the archive often has a space where an accented letter was ("TOUAD RA",
    "Andr s Manuel L PEZ OBRADOR"). Where the two pieces with one letter between them make a
    capitalised word of the earlier years ("TOUADERA", "Andres", "LOPEZ"), that word is put back."""
    counts: Counter = Counter()
    for e in entries:
        if e.year < DAMAGED_YEARS:
            counts.update(w for w in NAME_WORD.findall(e.text) if w[:1].isupper() and len(w) >= 3)
    gaps: dict[tuple[str, str], str] = {}
    for word, n in counts.most_common():  # the most frequent word wins a gap two words fill
        for k in range(1, len(word) - 1):
            gaps.setdefault((word[:k], word[k + 1:]), word)

    def restore(m: re.Match) -> str:
        a, b = m.group(1), m.group(2)
        if counts[a] and counts[b]:
            return m.group(0)  # two words of their own ("DE LA RUA")
        return gaps.get((a, b), m.group(0))

    pair = re.compile(r"(?<![\w'])([^\W\d_]+) ([^\W\d_]+)(?![\w'])")
    out = []
    for e in entries:
        if e.year >= DAMAGED_YEARS:
            text = pair.sub(restore, pair.sub(restore, e.text))  # twice: "RODR GUEZ G mez"
            e = replace(e, text=re.sub(r"\b([A-Z][a-z]+) s\b(?= [A-Z])", r"\1's", text))  # "People s Party"
        out.append(e)
    return out


def split_top(text: str, sep: str = ";") -> list[str]:
    """Split on `sep` outside parentheses and brackets."""
    out, depth, cur = [], 0, []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        if ch == sep and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return [s.strip() for s in out if s.strip()]


def lower_title(word: str) -> bool:
    """ "president", "transitional": a title word the text writes in lower case."""
    return word[:1].islower() and word[:1].upper() + word[1:] in TITLE_WORDS


def prose_cut(tokens: list[Token]) -> list[Token]:
    """The tokens before the first lower-case word a list of office holders does not use."""
    for i, t in enumerate(tokens):
        if t.kind == "word" and t.text[:1].islower() and t.text.lower().strip(".") not in LIST_WORDS \
                and not lower_title(t.text) and not particle_joined(t.text):
            return tokens[:i]
    return tokens


def office_holders(text: str) -> list[Holder]:
    """The people a chief-of-state or head-of-government sub-field names, each with the title
    written before them; "Deputy Premiers A (since ...), B (since ...)" gives two deputy premiers."""
    holders: list[Holder] = []
    for segment in split_top(text, ";"):
        also = re.match(r"^(?:also spelled|aka|also known as)\s+(.+)$", segment, re.I)
        if also and holders:  # "King WACHIRALONGKON; also spelled Vajiralongkorn (since ...)"
            add_spelling(holders[-1], also.group(1))
            continue
        holders.extend(segment_holders(segment, holders[-1] if holders else None))
    return holders


def add_spelling(holder: Holder, text: str) -> None:
    tokens = prose_cut(tokenize(text))
    words = [t.text for t in tokens if t.kind == "word" and (is_caps(t.text) or is_capitalised(t.text)
                                                             or t.text.lower() in PARTICLES)]
    if not words:
        return
    caps = [i for i, w in enumerate(holder.words) if is_caps(w)]
    if len(words) == 1 and len(caps) == 1:
        holder.alternatives.append(holder.words[:caps[0]] + words + holder.words[caps[0] + 1:])
    elif len(words) > 1:
        holder.alternatives.append(words)
    if not holder.since:
        holder.since = next((since_date(t.text) for t in tokens if t.kind == "paren" and since_date(t.text)), "")


def segment_holders(segment: str, before: Holder | None) -> list[Holder]:
    whole = tokenize(segment)
    tokens = prose_cut(whole)
    out: list[Holder] = []
    pos = 0
    previous_role = before.role if before else ""
    while True:
        found = find_name(tokens, pos)
        if not found:
            break
        first, end = found
        words, alternatives = name_parts(tokens, first, end)
        title = role_words(tokens[pos:first])
        role = clean_role(title)
        between = [t for t in tokens[pos:first] if t.kind not in ("paren",)]
        listed = not title and out and all(t.kind == "," or t.text == "and" for t in between)
        if not role and listed:
            role = previous_role  # "Vice Premiers QIAN Qichen (...), LI Lanqing (...), and WEN Jiabao"
        parens = [t.text for t in tokens[end:end + 3] if t.kind == "paren"]
        if not role:
            role = implied_role(tokens[pos:first], parens)
        untitled = not any(t.kind == "word" for t in tokens[pos:first])
        since, end = trailing_since(tokens, end)
        if end == len(tokens) < len(whole):
            break  # the name is the subject of a sentence: "President Otto PEREZ MOLINA resigned ..."
        out.append(Holder(words, role, since, alternatives, untitled))
        previous_role = role
        pos = end
    return out


def implied_role(before: list[Token], parens: list[str]) -> str:
    """A role the text gives other than as a title: "represented by Patrick STROZDA" (a
    representative), "Denis BECIROVIC (presidency member since ...)"."""
    words = [t.text.lower() for t in before if t.kind == "word"]
    if words[-2:] == ["represented", "by"]:
        return "Representative"
    for p in parens:
        m = re.match(r"^([a-z][a-z -]{2,40}?)\s+since\b", p)
        if m and "member" in m.group(1):
            return normalise_role(m.group(1))
    return ""


def trailing_since(tokens: list[Token], end: int) -> tuple[str, int]:
    """The start date in the parentheses right after a name (or after "of the Netherlands"), and
    where the next entry begins."""
    since = ""
    k = end
    if k < len(tokens) and tokens[k].text == "of":
        k += 1
        k += k < len(tokens) and tokens[k].text == "the"
        while k < len(tokens) and tokens[k].kind == "word" and tokens[k].text[:1].isupper():
            k += 1
        if k > end + 1:
            end = k
    while end < len(tokens) and tokens[end].kind == "paren":
        since = since or since_date(tokens[end].text)
        end += 1
    return since, end


def acceptable(holder: Holder) -> bool:
    """Strict: a title and either two name words or a monarch's single name."""
    if not holder.role or not any(is_caps(w) for w in holder.words):
        return False
    return name_length(holder.words) >= 2 or bool(ONE_NAME_ROLES.search(holder.role))


def name_length(words: list[str]) -> int:
    """Words of a name but its "Jr." or regnal number ("XI Jinping" is two, "CHARLES III" one)."""
    return len([w for i, w in enumerate(words) if i == 0 or w not in SUFFIXES])


# ---------------------------------------------------------------------------------------------------
# Political parties
# ---------------------------------------------------------------------------------------------------

PARTY_WORDS = re.compile(r"\b(Party|Front|Movement|Alliance|Congress|Union|League|Coalition|Bloc|Rally|Forum|"
                         r"Convention|Assembly|Council|Organization|Democrats|Socialists|Greens|Republicans|"
                         r"Liberals|Conservatives|List|Group|Force|Forces|Association|Society|Initiative|Platform)$")
# Parentheses after a party name that say where it stands, not what it is called.
REGIONS = {"northern ireland", "scotland", "wales", "england", "flanders", "wallonia", "brussels", "catalonia",
           "basque country", "bavaria", "quebec", "republika srpska", "zanzibar", "greenland", "faroe islands",
           "tobago", "gagauzia", "crimea", "kurdistan", "federation", "mainland", "rodrigues", "aland",
           "azores", "madeira", "south tyrol", "sardinia", "corsica", "bougainville", "anjouan", "moheli",
           "grande comore", "nevis", "saint kitts", "barbuda", "gozo", "sabah", "sarawak", "aceh", "papua",
           "west bank", "gaza", "gaza strip", "somaliland", "puntland", "transnistria", "bosnia"}
LEADER_ROLE_WORDS = {"acting", "interim", "leader", "chairman", "chairwoman", "chairperson", "chair", "president",
                     "secretary", "general", "co-leader", "co-chair", "co-chairs", "spokesman", "spokesperson",
                     "honorary", "founder", "party", "coordinator", "executive", "national", "deputy", "first",
                     "coleaders", "co-leaders", "leaders", "presidents", "chairs", "vice", "caretaker", "and",
                     "of", "the", "federal", "political", "head", "prime", "minister", "director", "coordinators"}


@dataclass
class Party:
    name: str
    variants: list[str]
    leaders: list[Holder]


def party_entries(text: str, known: set[str] = frozenset()) -> list[str]:
    """The parties of a "Political parties (and leaders)" text, one string each. The archive lost
    the line breaks between them in some years: "... [Naomi LONG]Brexit Party [Nigel FARAGE]...",
    "... or APC [ Abdullahi ADAMU ] All Progressives Grand Alliance ...", or, with no leaders,
    "Accord Party or ACC Africa Democratic Congress or ADC ..."; `known` (the country's party names
    from the years written with separators) helps to cut the last kind."""
    text = NOTE.split(text, 1)[0]
    text = re.sub(r"\s*\|\s*note:.*$", "", text)
    if ";" in text or " | " in text:
        pieces = [p for chunk in split_top(text, ";") for p in split_top(chunk, "|")]
    else:
        # a bracket or a parenthesis ends a party; so does a lower->upper case step inside a word
        marked = re.sub(r"\]\s*(?=\S)", "]\x00", text)
        marked = re.sub(r"(?<=[a-z]{3})(?=[A-Z][a-z])", "\x00", marked)
        marked = re.sub(r"(?<=[A-Z]{2})(?=[A-Z][a-z]{2,})", "\x00", marked)  # "... or UNDPUnited ..."
        pieces = [p.strip() for p in marked.split("\x00") if p.strip()]
        pieces = [q for p in pieces for q in cut_run(p, known)]
    return [p for p in (clean_party_entry(p) for p in pieces) if p]


def clean_party_entry(text: str) -> str:
    text = text.strip(" .;|")
    if not text or not text[:1].isupper() or len(text) > 200:
        return ""
    return text


def cut_run(text: str, known: set[str]) -> list[str]:
    """Cut a run of party names written without separators: at the country's known names, after
    "or ACRONYM", after a parenthesis, after a word like "Party" or "Front"."""
    words = tokenize_party(text)
    names = sorted((k.split() for k in known), key=len, reverse=True)
    out: list[str] = []
    cur: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        complete = bool(cur) and entry_complete(cur, known)
        match = next((k for k in names if words[i:i + len(k)] == k and (not cur or complete or len(k) > 1)), None)
        if complete and not match and is_acronym(word) and word not in NOT_NAMES and "or" not in cur \
                and (i + 1 == len(words) or words[i + 1][:1].isupper()):
            cur += ["or", word]  # "United Russia ER": the party's acronym without "or"
            i += 1
            continue
        continues = bool(PARTY_WORDS.fullmatch(word))  # "The Movement Party", "Peronist (or Justicialist) Party"
        if cur and (match or complete and word[:1].isupper() and not continues):
            out.append(" ".join(cur))
            cur = []
        if match and not cur:
            cur = list(match)
            i += len(match)
            continue
        cur.append(word)
        i += 1
    if cur:
        out.append(" ".join(cur))
    return out


def tokenize_party(text: str) -> list[str]:
    """Words, with a parenthesis kept as one word."""
    return [t.text if t.kind == "word" else f"({t.text})" if t.kind == "paren" else f"[{t.text}]"
            for t in tokenize(text) if t.kind in ("word", "paren", "bracket")]


ARTICLES = {"The", "Die", "La", "Le", "El", "Les", "Los", "Las", "Il", "De", "Het"}


def entry_complete(cur: list[str], known: set[str]) -> bool:
    """Whether the words so far make a whole party entry: a known name, "... or ACRONYM",
    "... (Plaid Cymru)", "... or Die Linke", "... Party"."""
    last = cur[-1]
    if " ".join(cur) in known or last.startswith(("(", "[")):
        return True
    if len(cur) >= 2 and cur[-2] == "or":
        return last not in ARTICLES and (is_acronym(last) or last[:1].isupper())
    if len(cur) >= 3 and cur[-3] == "or" and cur[-2] in ARTICLES:
        return True
    return bool(PARTY_WORDS.search(last)) and len(cur) >= 2 and "or" not in cur[-2:]


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2 and len(word) <= 12


def parse_party(entry: str) -> Party | None:
    """ "Social Democratic and Labor Party or SDLP (Northern Ireland) [Colum EASTWOOD]" ->
    Party("Social Democratic and Labor Party", ["SDLP"], [Colum Eastwood])."""
    leaders: list[Holder] = []
    brackets = re.findall(r"\[([^\]]*)(?:\]|$)", entry)  # the archive leaves some unclosed
    body = re.sub(r"\[[^\]]*(?:\]|$)", " ", entry)
    # a heading run into the first party: "Opposition parties: Belarusian Popular Front"
    body = re.sub(r"^(?:[A-Z][\w'-]*\s+){0,3}parties\b\s*:?\s*", "", body)
    # what the party is made of or was called: "... composed of ...", "... , formerly ..."
    body = re.split(r"\s+\((?:includes|formed|formerly|an |a |associated|coalition|alliance of|merger)"
                    r"|\s*,?\s+(?:composed of|comprised of|includes:?|formerly)\b", body)[0]
    name_part, variants = split_alternatives(body)
    name = re.sub(r"\s+", " ", name_part).strip(" ,;:-")
    if not plausible_party(name):
        return None
    for b in brackets:
        leaders.extend(party_leaders(b))
    return Party(name, variants, leaders)


def split_alternatives(body: str) -> tuple[str, list[str]]:
    """The name and the other forms: "X or ACR", "X (ACR)", "Labor (Labour) Party"."""
    variants: list[str] = []
    parens = []

    def keep(m: re.Match) -> str:
        parens.append((m.start(), m.group(1).strip()))
        return " \x01 "

    body = re.sub(r"\(([^()]*)\)", keep, body)
    # "X or ACR or Y" -> X, variants ACR, Y
    pieces = [p.strip() for p in re.split(r"\s+or\s+", body) if p.strip()]
    main = pieces[0] if pieces else ""
    for p in pieces[1:]:
        alt = re.sub(r"\s+", " ", p.replace("\x01", "")).strip(" ,")
        if alt and len(alt.split()) <= 6 and paren_variant(alt):
            variants.append(alt)
    words = main.split()
    filled = []
    k = 0
    for i, w in enumerate(words):
        if w != "\x01":
            filled.append(w)
            continue
        text = parens[k][1] if k < len(parens) else ""
        k += 1
        alts = [a for a in (paren_variant(a) for a in alt_split(text)) if a]
        if len(alts) == 1 and i + 1 < len(words) and words[i + 1] != "\x01" and filled \
                and len(alts[0].split()) == 1 and not is_acronym(alts[0]):
            # "Labor (Labour) Party": the other spelling of the word before
            variants.append(" ".join(filled[:-1] + alts + [x for x in words[i + 1:] if x != "\x01"]))
        else:
            # "Council of the European Union (Council)": the short form the entry uses inside its
            # own text, which in a story names any council ("Pakistan Bar Council")
            variants.extend(a for a in alts if a.lower() not in GENERIC_BODIES)
    name = " ".join(filled)
    return name, [v for v in dict.fromkeys(variants) if len(v) >= 2 and v != name and ":" not in v]


def alt_split(text: str) -> list[str]:
    """ "FSVNG, National Guard, Russian Guard, or Rosgvardiya" -> the four names."""
    return [p.strip() for p in re.split(r",\s*(?:or\s+)?|\s+or\s+", text) if p.strip()]


def paren_variant(text: str) -> str:
    """A parenthesis that names the body (an acronym, another name); "" for a region or a remark."""
    t = text.strip()
    if not t or t.lower().startswith(("in ", "the ", "see ", "since", "formerly", "includes")):
        return ""
    if t.lower() in REGIONS or re.search(r"\b(Ireland|Northern|Northerm|Scotland|Wales|Flanders|Wallonia)\b", t):
        return ""
    if known_country(t):
        return ""
    if any(w[:1].islower() and w.lower() not in PARTICLES and not particle_joined(w) for w in t.split()):
        return ""
    if re.search(r"\d{4}", t):
        return ""
    return t


# Words that name a kind of body, never one body on their own.
GENERIC_BODIES = {"council", "commission", "parliament", "assembly", "court", "senate", "congress", "government",
                  "cabinet", "army", "navy", "police", "party", "front", "union", "alliance", "movement",
                  "committee", "presidency", "ministry", "guard", "league", "board", "authority", "agency",
                  "bureau", "office", "service", "directorate", "chamber", "house", "tribunal", "convention"}


def particle_joined(word: str) -> bool:
    """ "al-Qaida", "e-Eslami": a particle joined to a word by a hyphen."""
    m = re.match(r"^([a-z]{1,4})-", word)
    return bool(m) and m.group(1) in PARTICLES


def known_country(text: str) -> bool:
    return bool(country_code(text))


def plausible_party(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 14 or not name[:1].isupper():
        return False
    if re.search(r"\b(NA|none|other|independents?)\b", name) and len(words) <= 2:
        return False
    lower = [w for w in words if w[:1].islower() and w.lower() not in ROLE_SMALL | PARTICLES | {"for", "a", "with"}]
    return len(lower) <= 1


def party_leaders(bracket: str) -> list[Holder]:
    """Leaders in "[Sian BERRY and Jonathan BARTLEY]", "[Pat MOUNTAIN, interim leader]", "[Secretary
    General Ayatollah Mohammad EMAMI-KASHANI]"; none from "[leader NA]" or "[associated with ...]"."""
    out = []
    bracket = re.sub(r",\s*(Jr\.?|Sr\.)", r" \1", bracket)  # "Ferdinand MARCOS, Jr." is one name
    for piece in re.split(r",|;|\band\b", bracket):
        piece = re.sub(r"\s+-\s+.*$", "", piece).strip()
        if not piece:
            continue
        tokens = tokenize(piece)
        found = find_name(tokens, 0)
        if not found:
            continue
        first, end = found
        extra = [t.text for t in tokens[:first] + tokens[end:] if t.kind == "word"]
        if any(w[:1].islower() and w.lower() not in LEADER_ROLE_WORDS for w in extra):
            continue  # "associated with former President ..."
        words, alternatives = name_parts(tokens, first, end)
        if name_length(words) >= 2:
            out.append(Holder(words, "leader", "", alternatives))
    return out


# ---------------------------------------------------------------------------------------------------
# Bodies: legislatures, courts, armed and security forces, terrorist groups
# ---------------------------------------------------------------------------------------------------

@dataclass
class Body:
    name: str
    variants: list[str]
    sector: str


LEGISLATURE_WORDS = re.compile(r"\b(Assembly|Parliament|Congress|Senate|Chamber|House|Council|Duma|Knesset|Majles|"
                               r"Majlis|Diet|Legislature|Sejm|Storting|Folketing|Riksdag|Althing|Cortes|Bundestag|"
                               r"Bundesrat|Oireachtas|Dail|Seanad|Eduskunta|Saeima|Seimas|Riigikogu|Sabor|Skupstina|"
                               r"Sobranie|Jatiya|Sangsad|Khural|Hluttaw|Fono|Tynwald|States|Court|Nationalrat|"
                               r"Verkhovna|Rada|Mejlis|Kenesh|Oliy|Shura|Lok|Rajya|Sabha|Yuan|Cabinet|Tribunal|"
                               r"Legislative)\b", re.I)


def legislative_bodies(text: str, own_names: set[str] = frozenset()) -> list[Body]:
    """Chambers from "legislature name: Federal Assembly (Federalnoye Sobraniye)", "chamber name:
    State Duma (Gossoudarstvennaya Duma)", or the older "description: bicameral Federal Assembly or
    Federalnoye Sobraniye consists of: Federation Council or Sovet Federatsii (170 seats ...) State
    Duma or Gosudarstvennaya Duma (450 seats ...)". `own_names`: the names the older texts use as
    the body's name ("unicameral Knesset"), preferred to a generic "Parliament (Knesset)"."""
    m = re.search(r"\b(?:legislature|chamber) name:\s*(.+?)(?=\s+[a-z][a-z /-]+:|$)", text)
    if m:
        # "Council of the European Union (Council) and the European Parliament (EP)"
        names = re.split(r"\s+and\s+the\s+(?=[A-Z])", balanced(m.group(1)))
        return [b for b in (one_body(n, "LEG", own_names) for n in names) if b]
    body = re.split(r"\|\s*elections:|\belections?:", text, 1)[0]
    body = re.sub(r"^.*?description:\s*", "", body)
    body, groups = mask_parens(balanced(NOTE.split(body, 1)[0]))
    # a parenthesis about seats ends a chamber (the archive lost the line breaks after them)
    body = re.sub(r"\x02(\d+)\x03", lambda m: groups[int(m.group(1))] if looks_like_names(groups[int(m.group(1))])
                  else ";", body)
    body = re.sub(r"^\s*(unicameral|bicameral|tricameral)\s+", "", body)
    names = re.split(r"\s+consists of(?: the following)?:?\s+(?:the\s+)?|\s+and\s+the\s+|;\s*|\s+and\s+(?=[A-Z])"
                     r"|:\s+", body)
    out = []
    for raw in names:
        raw = re.sub(r"^(?:the|a|an|The)\s+", "", raw.strip(" ,.")).strip()
        b = one_body(raw, "LEG")
        if b and LEGISLATURE_WORDS.search(" ".join([b.name, *b.variants])):
            out.append(b)
    return out


def own_legislature_names(text: str) -> set[str]:
    """The name an older description gives first: "unicameral Knesset (120 seats ...)" -> {"Knesset"}."""
    return set(re.findall(r"\b(?:unicameral|bicameral|tricameral)\s+([A-Z][\w'-]*)\s*\(", text))


def looks_like_names(paren: str) -> bool:
    inner = paren[1:-1]
    return bool(inner) and not re.search(r"\d|\bseats?\b|\bmembers?\b", inner) and paren_variant(inner) != ""


def one_body(text: str, sector: str, own_names: set[str] = frozenset()) -> Body | None:
    """A body's name and variants from "State Duma or Gosudarstvennaya Duma", "Parliament (Knesset)",
    "Federal Security Services (FSB)"."""
    text = re.sub(r"\s+", " ", flatten_parens(text)).strip(" ,;:.")
    if not text or not text[:1].isupper() and not text.startswith(("al-", "el-")):
        return None
    name, variants = split_alternatives(text)
    name = name.strip(" ,;:-")
    if not name or len(name.split()) > 12 or not plausible_body(name):
        return None
    own = [v for v in variants if v in own_names]
    if own:  # "Parliament (Knesset)": the Knesset is what the body is called
        name, variants = own[0], [name] + [v for v in variants if v != own[0]]
    return Body(name, [v for v in variants if v != name], sector)


def flatten_parens(text: str) -> str:
    """ "(Türkiye Büyük Millet Meclisi (T.B.M.M))" -> "(Türkiye Büyük Millet Meclisi, T.B.M.M)"."""
    text, groups = mask_parens(balanced(text))
    groups = ["(" + re.sub(r"\s*\(([^()]*)\)", r", \1", g[1:-1]).replace("(", "").replace(")", "") + ")"
              for g in groups]
    return unmask_parens(text, groups)


def same_body(a: Body, b: Body) -> bool:
    """One chamber named two ways in two years: the same words ("Federation Council", "Council of
    the Federation") or a name one gives the other."""
    def words(name: str) -> set[str]:
        return set(slug(name).split("_")) - {"of", "the", "and", "for"}

    forms_a = {slug(x) for x in [a.name, *a.variants]}
    forms_b = {slug(x) for x in [b.name, *b.variants]}
    generic = {"parliament", "congress", "legislature"}
    wa, wb = words(a.name), words(b.name)
    return wa == wb or slug(a.name) in forms_b or slug(b.name) in forms_a \
        or (wa < wb or wb < wa) and bool((wa | wb) & generic) and len(wa ^ wb) == 1  # "UK Parliament"


def plausible_body(name: str) -> bool:
    words = name.split()
    lower = [w for w in words if w[:1].islower() and w.lower() not in ROLE_SMALL | PARTICLES | {"a", "with"}
             and not particle_joined(w)]
    return name[:1].isupper() and not lower and not re.search(r"\d", name)


def court_bodies(text: str) -> list[Body]:
    """The highest courts: "highest court(s): Supreme Court of the Russian Federation (consists of ...);
    Constitutional Court (consists of ...)"."""
    m = re.search(r"highest courts?(?:\(s\))?:\s*(.+?)(?=\s*\|?\s*judge selection|\s*\|?\s*subordinate courts|$)", text)
    if not m:
        return []
    part = NOTE.split(m.group(1), 1)[0]
    out = []
    for piece in split_top(part, ";"):
        piece = re.split(r"\s+(?:and normally|which|that|with|\(consists|\(composed)\b", piece)[0]
        piece = re.sub(r"\((?:consists|composed|comprised|includes|organized|court|the court|each|with)[^)]*\)",
                       " ", piece)
        piece = re.sub(r"\s+\(.*?\d.*?\)", " ", piece)
        for court in re.split(r",\s+(?=[A-Z])|\s+and\s+(?=(?:the\s+)?[A-Z][a-z]+\s+(?:Court|Tribunal|Council))", piece):
            b = one_body(re.sub(r"^the\s+", "", court.strip()), "JUD")
            if b and re.search(r"\b(Court|Tribunal|Council|Cassation|Justice|Judiciary|Judicial)\b", b.name):
                out.append(b)
    return out


# Sector of a security body from its name, in order (a border police is police, not the army).
SECURITY_SECTORS = [
    ("SPY", re.compile(r"\b(intelligence|state security|security service|security services|security agency|"
                       r"secret service|counterintelligence|national security service|federal security|"
                       r"security and intelligence|general intelligence|mukhabarat|directorate-general for "
                       r"external security|information service|national security bureau)\b", re.I)),
    ("COP", re.compile(r"\b(police|gendarmerie|gendarmes|carabinieri|constabulary|border|frontier|customs|"
                       r"law enforcement|guardia civil|internal troops|interior troops|public security|"
                       r"coast ?guard|civil guard|prison)\b", re.I)),
    ("MIL", re.compile(r"\b(army|armed forces|navy|naval|air force|air forces|aerospace|marines?|marine corps|"
                       r"national guard|defen[cs]e force|defen[cs]e forces|military|troops|rocket forces|fleet|"
                       r"ground forces|land forces|air defen[cs]e|special operations|commandos?|militia|regiment|"
                       r"republican guard|revolutionary guard|presidential guard|royal guard|guard corps|air corps|"
                       r"legion|brigade|space force)\b", re.I)),
]
# "Force", "Corps": armed, but a police force too; the body's list decides when it has one.
WEAK_MIL = re.compile(r"\b(forces?|corps|guard)\b", re.I)
NOT_FORCES = re.compile(r"^(no regular|none|ministry|department|note)|\b(ministry|department|office of)\b", re.I)
FORCE_WORD = (r"(?:Forces?|Troops|Corps|Army|Navy|Guard|Police|Command|Service|Services|Gendarmerie|Militia|"
              r"Regiment|Rifles|Constabulary)")
# Words that go on a body's name after a force word ("Coast Guard Administration").
NAME_GOES_ON = r"(?:Forces?|Troops|Corps|Command|Service|Services|Administration|Agency|Academy|Unit|Units|" \
               r"Division|Brigade|Department|Directorate|Headquarters|Reserve|of|for|and|Aviation|Squadron|" \
               r"Organi[sz]ation|Bureau|Office|Station|Wing|Group|Battalion)\b"
# A ministry heading a list says what its bodies are.
MINISTRY_SECTORS = [("COP", re.compile(r"\b(interior|home affairs|internal affairs|public security|police|"
                                       r"homeland security|national security|justice)\b", re.I)),
                    ("MIL", re.compile(r"\b(defen[cs]e|armed forces|military)\b", re.I))]


@dataclass
class Item:
    """One body named in a security-forces text, with what its parentheses say."""
    text: str  # the name and the alternatives the parentheses give ("Navy (VMF)")
    hint: str  # the descriptive rest ("national police")
    children: list[str]  # bodies it "includes" ("US Marine Corps or USMC")


def balanced(text: str) -> str:
    """Drop closing parentheses without an opening one, close the ones left open."""
    out, depth = [], 0
    for ch in text:
        if ch == ")" and depth == 0:
            continue
        depth += (ch == "(") - (ch == ")")
        out.append(ch)
    return "".join(out) + ")" * depth


def split_parens(text: str) -> Item:
    """ "Navy (USN; includes US Marine Corps or USMC)" -> Item("Navy (USN)", "", ["US Marine Corps or
    USMC"]); "(aka Quds Force; special operations)" keeps "Quds Force" and hints "special operations"."""
    name, hints, children, depth, buf = [], [], [], 0, []
    for ch in text:
        if ch == "(":
            depth += 1
            if depth == 1:
                buf = []
                continue
        elif ch == ")":
            depth -= 1
            if depth == 0:
                kept = []
                for part in split_top("".join(buf), ";"):
                    kind, rest = paren_part(part)
                    {"name": kept, "children": children, "hint": hints}[kind].extend(rest)
                if kept:
                    name.append(" (" + ", ".join(kept) + ")")
                continue
        if depth:
            buf.append(ch)
        else:
            name.append(ch)
    return Item(re.sub(r"\s+", " ", "".join(name)).strip(), " ".join(hints), children)


def paren_part(part: str) -> tuple[str, list[str]]:
    """What one part of a parenthesis is: other names ("FSVNG, National Guard, or Rosgvardiya",
    "aka Quds Force", "commonly referred to as Strategic Rocket Forces"), bodies it includes
    ("includes Naval Aviation (...) and Marine Corps (...)"), or a remark."""
    listed = re.match(r"^(?:[a-z ]*?\b(?:includes?|including|include the|comprised of|comprises|consists of))"
                      r"\s+(?:the\s+)?(.*)$", part.strip())
    if listed:
        items = [re.sub(r"^(?:and|the)\s+", "", i) for i in split_items(listed.group(1))]
        return "children", [i for i in items if i[:1].isupper()]
    part = re.sub(r"\((?:[^()]|\([^()]*\))*\)", "", part).strip()  # nested parentheses
    alias = re.match(r"^(?:[a-z ]*\b(?:as|aka|a\.k\.a\.|known as))\s+([A-Z].*)$", part)
    if alias:
        return "name", [alias.group(1)]
    if part[:1].isupper() or is_acronym(part.split(",")[0].strip() or "x"):
        return "name", [part]
    return "hint", [part]


def security_clauses(text: str) -> list[str]:
    """The text cut where the archive lost its line breaks: after a parenthesis followed by a new
    name, before "Ministry of ...", before a "Label:" that follows a force word."""
    text = re.split(r"\(\d{4}\)|\bnote\s*\d*\s*[:-]", text, 1)[0]
    text, groups = mask_parens(balanced(re.sub(r"\s*\|\s*", "; ", text)))
    text = re.sub(r"\x02(\d+)\x03\s+(?=[A-Z])", "\x02\\1\x03; ", text)
    text = re.sub(r"(?<!General)(?<!Main)(?<!Central)(?<!National)(?<!Federal)(?<!State)\s+"
                  r"(?=(?:Ministry|Department|Office|Secretariat|Directorate)\s+(?:of|for)\s)", "; ", text)
    text = re.sub(rf"\b({FORCE_WORD})\s+(?=(?:[A-Z][\w'-]*\s+){{0,4}}[A-Z][\w'-]*:)", r"\1; ", text)
    text = re.sub(rf"\b({FORCE_WORD})\s+(?=[A-Z])(?!{NAME_GOES_ON})", r"\1; ", text)
    return split_top(unmask_parens(text, groups), ";")


def mask_parens(text: str) -> tuple[str, list[str]]:
    """Parenthesised groups replaced by placeholders, so that cutting rules leave their insides alone."""
    groups: list[str] = []
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                groups.append(text[start:i + 1])
                out.append(f"\x02{len(groups) - 1}\x03")
            continue
        if depth == 0:
            out.append(ch)
    return "".join(out), groups


def unmask_parens(text: str, groups: list[str]) -> str:
    return re.sub(r"\x02(\d+)\x03", lambda m: groups[int(m.group(1))], text)


def security_bodies(text: str) -> list[Body]:
    """Armed forces, their branches, police and intelligence bodies from a "Military branches" /
    "Military and security forces" text: "Armed Forces of the Russian Federation: Ground Forces (SV),
    Navy (VMF), Aerospace Forces (VKS); ... Federal Security Services (FSB): Federal Border Guard
    Service ..."."""
    out = []
    for clause in security_clauses(text):
        head, _, rest = clause.partition(":") if has_top_colon(clause) else ("", "", clause)
        ministry = re.match(r"\s*Ministry\b", head)
        parent_sector = next((s for s, rx in MINISTRY_SECTORS if ministry and rx.search(head)), "")
        for raw in split_items(head) if head else []:  # "... Regular Forces (Artesh) and the IRGC (...)"
            parent = security_body(split_parens(raw), "")
            if parent:
                out.append(parent)
                parent_sector = parent.sector
        for raw in split_items(rest):
            raw = raw.rsplit(":", 1)[-1] if has_top_colon(raw) else raw  # "Artesh: Ground Forces"
            item = split_parens(raw)
            body = security_body(item, parent_sector)
            if body:
                out.append(body)
            for child in item.children:
                sub = security_body(split_parens(child), body.sector if body else parent_sector)
                if sub:
                    out.append(sub)
    return out


def prose(text: str) -> bool:
    """Whether a text has lower-case words other than the small words of names (outside parentheses)."""
    text = re.sub(r"\([^()]*\)", " ", text)
    return any(w[:1].islower() and w not in ROLE_SMALL | PARTICLES and not particle_joined(w) for w in text.split())


def has_top_colon(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if ch == ":" and depth == 0:
            return True
    return False


def split_items(text: str) -> list[str]:
    """Items of a list: "Ground Forces (SV), Navy (VMF), and Missile Troops"; "and" only splits after
    a whole body ("Nigeria Security and Civil Defense Corps" is one)."""
    out = []
    for p in split_top(text, ","):
        out.extend(re.sub(rf"(\b{FORCE_WORD}|\))\s+and\s+", "\\1\x00", p).split("\x00"))
    return [p.strip() for p in out if p and p.strip()]


def security_body(item: Item, parent_sector: str) -> Body | None:
    text = item.text.strip()
    if text[:1].islower():  # "the military forces of Iran are divided between the Islamic Republic ..."
        leads = re.finditer(r"\b(?:the|between|include|includes|and|of)\s+(?=[A-Z])", text)
        text = next((text[m.end():] for m in leads if not prose(text[m.end():])), "")
    if re.match(r"^[A-Z][a-z]+'s\s", text) and known_country(text.split("'")[0]):
        return None  # "China's People's Liberation Army" in Hong Kong's list
    if not text or NOT_FORCES.search(text) and not SECURITY_SECTORS[0][1].search(text):
        return None  # a ministry heads a list; a ministry of intelligence is the service itself
    b = one_body(text, "")
    if not b:
        return None
    sector = security_sector(b, item.hint, parent_sector)
    if not sector:
        return None
    b.sector = sector
    b.variants = [v for v in b.variants if not re.search(r"\b(Ministry|Department)\b", v)]
    return b


def security_sector(b: Body, hint: str, parent_sector: str) -> str:
    """MIL, COP or SPY from the name, then its other names and remarks ("(national police)"), then
    the body it belongs to."""
    if re.search(r"\bpolice\b", hint, re.I):
        return "COP"
    for text in (b.name, " ".join(b.variants), hint):
        sector = next((s for s, rx in SECURITY_SECTORS if rx.search(text)), "")
        if sector == "COP" and parent_sector == "MIL" and re.search(r"coast ?guard", b.name, re.I):
            return "MIL"  # a coast guard inside the armed forces
        if sector:
            return sector
    if WEAK_MIL.search(b.name):
        return parent_sector or "MIL"
    return parent_sector if re.search(r"\b(Command|Cyber|Aviation|Rifles|Unit|Units)\b", b.name) else ""


def terrorist_groups(text: str) -> list[Body]:
    """Groups from "Terrorist group(s)": "Kurdistan Workers' Party (PKK); Jaysh al Adl (Jundallah);
    al-Qa'ida ..." and the older "Terrorist groups - home based: al-Qa'ida (AQ): | ..."."""
    text = re.split(r"\bnote\s*\d*\s*[:-]", text, 1)[0]
    out = []
    for piece in re.split(r";|\|", text):
        piece = re.sub(r":.*$", "", piece).strip()
        if not piece:
            continue
        # "Islamic Revolutionary Guard Corps (IRGC)/Qods Force": the acronym is the parent's
        piece = re.sub(r"\s*\([^)]*\)\s*/\s*", "/", piece)
        name, variants = split_alternatives(piece)
        name = name.strip()
        if name and len(name.split()) <= 12 and (plausible_body(name) or particle_joined(name.split()[0])):
            out.append(Body(name, variants, armed_sector(" ".join([name, *variants]))))
    return out


# ---------------------------------------------------------------------------------------------------
# From observations to rows
# ---------------------------------------------------------------------------------------------------

@dataclass
class Sighting:
    """A person listed in one role in one year's Factbook."""
    iso3: str
    year: int
    holder: Holder
    sector: str
    subfield: str  # "chief of state", "head of government" or "party"
    represented: bool = False  # the entity's head of state is "represented by" someone there
    office: str = ""  # what a succession runs in: the role, or the sub-field for its principal

    def __post_init__(self) -> None:
        self.office = self.office or role_key(self.holder.role)


# Titles that never make the principal of a sub-field.
SECONDARY = re.compile(r"\b(vice|deputy|heir|representative|member)\b", re.I)


def executive_sightings(entries: list[Entry]) -> list[Sighting]:
    out = []
    usual = usual_roles(entries)
    for e in entries:
        if e.field != "Executive branch":
            continue
        seen: set[tuple[str, str]] = set()
        for sub, text in executive_subfields(e.text).items():
            for k, h in enumerate(office_holders(text)):
                if not h.role and k == 0 and h.untitled:  # "head of government: Dmitriy A. MEDVEDEV"
                    h.role = usual.get((e.iso3, sub)) or sub.title().replace(" Of ", " of ")
                if not acceptable(h) or (h.name, role_key(h.role)) in seen:
                    continue
                seen.add((h.name, role_key(h.role)))
                # the first person of a sub-field holds its office whatever the title that year
                # ("Executive Council President", then "Head of Government", then "Prime Minister")
                office = f"({sub})" if k == 0 and not SECONDARY.search(h.role) else ""
                out.append(Sighting(e.iso3, e.year, h, "GOV", sub, "represented by" in text, office))
    return out


def usual_roles(entries: list[Entry]) -> dict[tuple[str, str], str]:
    """The title a country's chief of state / head of government usually has in the Factbook, for the
    years that name the person without one."""
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for e in entries:
        if e.field != "Executive branch":
            continue
        for sub, text in executive_subfields(e.text).items():
            holders = office_holders(text)
            if holders and holders[0].role:
                counts[(e.iso3, sub)][holders[0].role] += 1
    return {k: c.most_common(1)[0][0] for k, c in counts.items()}


def drop_foreign_sovereigns(sightings: list[Sighting]) -> list[Sighting]:
    """A dependency's chief of state is its sovereign's ("President Emmanuel MACRON" for French
    Polynesia, "President of China XI Jinping" for Hong Kong): left out there. Commonwealth realms
    list "King CHARLES III", and territories the governor-general of Australia: a person listed in
    several entities the same year is kept only where at home: not a dependency, not "represented
    by" someone there, then the entity listing them the most years."""
    sightings = [s for s in sightings if not (s.iso3 in DEPENDENCIES and s.office == f"({CHIEF})")
                 and role_country(s.holder.role) in ("", s.iso3)]
    where: dict[tuple[str, int], set[str]] = defaultdict(set)
    represented: set[tuple[str, int]] = set()
    years: Counter = Counter()
    for s in sightings:
        for form in name_forms(s):
            where[(form, s.year)].add(s.iso3)
            years[(form, s.iso3)] += 1
        if s.represented:
            represented.add((s.iso3, s.year))

    def home(s: Sighting) -> str:
        places = set().union(*(where[(form, s.year)] for form in name_forms(s)))
        if len(places) == 1:
            return s.iso3
        form = person_slug(s.holder.name)
        return min(places, key=lambda c: (c in DEPENDENCIES, (c, s.year) in represented, -years[(form, c)], c))

    return [s for s in sightings if home(s) == s.iso3]


def role_country(role: str) -> str:
    """The country a title names ("Governor-General of the Commonwealth of Australia" -> "AUS"), or ""."""
    for m in re.finditer(r"\bof (?:the )?((?:[A-Z][\w'-]*\s?)+)", role):
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            found = country_code(" ".join(words[:k]))
            if found:
                return found
    return ""


def country_code(text: str) -> str:
    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        return ""


def name_forms(s: Sighting) -> set[str]:
    """The slugs a person may be matched by across entities: the name and its longer variants
    ("Samantha Mostyn" is "Sam Mostyn" in the Cocos Islands' listing)."""
    return {person_slug(s.holder.name)} | {slug(v) for v in s.holder.variants if " " in v}


# Entities with an ISO code of their own that are not sovereign states (ISO 3166-1 lists them with
# the countries); the head of state they list is someone else's.
DEPENDENCIES = set("""
ABW AIA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM FLK FRO GGY GIB GLP GRL GUF GUM HKG HMD IMN IOT JEY
MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN SJM SPM SXM TCA TKL UMI VGB VIR WLF
""".split())


def party_sightings(entries: list[Entry]) -> tuple[list[Sighting], dict[str, dict[str, Party]]]:
    """Party leaders as people, and each country's parties (by slug) over all years read."""
    texts = [e for e in entries if e.field == "Political parties"]
    known: dict[str, set[str]] = defaultdict(set)
    for e in texts:  # the years written with separators teach the names for the years without
        if ";" in e.text or " | " in e.text or "]" in e.text:
            for entry in party_entries(e.text):
                bare = re.sub(r"\s*\[[^\]]*\]", "", entry).strip()
                known[e.iso3].add(bare)
                p = parse_party(entry)
                if p:
                    known[e.iso3].add(p.name)
    parties: dict[str, dict[str, Party]] = defaultdict(dict)
    leaders: list[tuple[Entry, str, Holder]] = []
    for e in sorted(texts, key=lambda e: e.year):
        for entry in party_entries(e.text, known[e.iso3]):
            p = parse_party(entry)
            if not p:
                continue
            key = slug(p.name)
            have = parties[e.iso3].setdefault(key, Party(p.name, [], []))
            have.name = p.name  # the latest spelling
            have.variants = list(dict.fromkeys(have.variants + p.variants))
            leaders += [(e, key, leader) for leader in p.leaders]
    sightings = []
    for e, key, leader in leaders:
        leader.role = f"Leader of {parties[e.iso3][key].name}"
        sightings.append(Sighting(e.iso3, e.year, leader, "PTY", "party"))
    return sightings, parties


# ---------------------------------------------------------------------------------------------------
# People: one person, several spellings; tenures with start and end
# ---------------------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def skeleton(name: str) -> str:
    return re.sub(r"[^A-Z]", "", fold(name).upper())


def damaged_form(short: str, long: str) -> bool:
    """Whether `short` is `long` with up to three letters lost, as the archive's later years lose
    accented letters ("Faustin-Archange TOUAD RA" for TOUADERA, "Jos RAMOS-HORTA" for Jose)."""
    a, b = skeleton(short), skeleton(long)
    if not a or len(a) >= len(b) or len(b) - len(a) > 3 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    it = iter(b)
    return all(ch in it for ch in a)


class People:
    """Union-find of (country, name slug): one person written several ways."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(self, key: tuple[str, str]) -> tuple[str, str]:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def join(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def same_people(sightings: list[Sighting]) -> People:
    """Join the spellings of one person in one country (see the three rules below)."""
    people = People()
    names: dict[tuple[str, str], str] = {}
    for s in sightings:
        key = (s.iso3, person_slug(s.holder.name))
        people.find(key)
        names[key] = s.holder.name
    join_respellings(people, sightings, names)
    join_damaged(people, sightings, names)
    join_crowned(people, sightings, names)
    return people


def join_respellings(people: People, sightings: list[Sighting], names: dict[tuple[str, str], str]) -> None:
    """In an office one person holds at a time: a new romanisation with the old one when both hold
    it since the same day ("Aleksandr LUKASHENKO", "Alyaksandr LUKASHENKA", since 20 July 1994), and
    a longer form with a shorter one ("Jose Manuel Barroso", "Jose Manuel Durao Barroso")."""
    since: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    per_year: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    for s in sightings:
        key = person_slug(s.holder.name)
        since[(s.iso3, s.office)][key].add(s.holder.since)
        per_year[(s.iso3, s.office, s.year)].add(key)
    # deputy premiers appointed the same day are different people
    shared = {(iso3, office) for (iso3, office, _), keys in per_year.items()
              if any(not similar(names[(iso3, a)], names[(iso3, b)]) for a in keys for b in keys if a < b)}
    for (iso3, office), holders in since.items():
        if (iso3, office) in shared:
            continue
        keys = sorted(holders)
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                na, nb = names[(iso3, a)], names[(iso3, b)]
                if (holders[a] & holders[b]) - {""} and similar(na, nb) or contained(na, nb):
                    people.join((iso3, a), (iso3, b))


def join_damaged(people: People, sightings: list[Sighting], names: dict[tuple[str, str], str]) -> None:
    """A spelling first seen in the damaged years with the one whole spelling it lost letters from."""
    first_seen: dict[tuple[str, str], int] = {}
    for s in sightings:
        key = (s.iso3, person_slug(s.holder.name))
        first_seen[key] = min(first_seen.get(key, s.year), s.year)
    for keys in by_country(names).values():
        for a in keys:
            if first_seen[a] < DAMAGED_YEARS:
                continue
            whole = [b for b in keys if b != a and damaged_form(names[a], names[b])]
            if len(whole) == 1:  # no guessing between two
                people.join(whole[0], a)


def join_crowned(people: People, sightings: list[Sighting], names: dict[tuple[str, str], str]) -> None:
    """The heir "Prince CHARLES" with the "King CHARLES III" he became."""
    heirs = {(s.iso3, person_slug(s.holder.name)) for s in sightings
             if re.search(r"\b(prince|princess|heir)\b", s.holder.role, re.I)}
    for keys in by_country(names).values():
        for a in keys:
            crowned = [b for b in keys if re.fullmatch(re.escape(names[a]) + r" [IVX]+", names[b])]
            if a in heirs and " " not in names[a] and len(crowned) == 1:
                people.join(crowned[0], a)


def by_country(names: dict[tuple[str, str], str]) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in names:
        out[key[0]].append(key)
    return out


def similar(a: str, b: str) -> bool:
    """Two spellings close enough to be one name: "Aleksandr Lukashenko" and "Alyaksandr Lukashenka",
    "Mikhail Mishustin" and "Mikhail Vladimirovich Mishustin"."""
    wa, wb = set(person_slug(a).split("_")), set(person_slug(b).split("_"))
    if len(wa & wb) >= 2 and (wa <= wb or wb <= wa):
        return True
    return SequenceMatcher(None, person_slug(a), person_slug(b)).ratio() >= 0.6


def contained(a: str, b: str) -> bool:
    """One name inside the other, two words or more: "Jose Manuel Barroso", "Jose Manuel Durao Barroso"."""
    wa, wb = set(person_slug(a).split("_")), set(person_slug(b).split("_"))
    return min(len(wa), len(wb)) >= 2 and (wa <= wb or wb <= wa)


def person_slug(name: str) -> str:
    """The slug a person is known by across years: "Joseph R. Biden" and "Joseph R. Biden Jr." are
    one man."""
    return slug(re.sub(r"\s+(Jr\.?|Sr\.)$", "", name))


@dataclass
class Tenure:
    iso3: str
    person: tuple[str, str]
    key: str  # the office
    years: list[int]
    sightings: list[Sighting]


def tenures(sightings: list[Sighting], people: People) -> list[Tenure]:
    """Runs of years one person holds one office. The run of a one-holder office breaks when a
    year lists someone else in it; the run in an office several hold at once (deputy premiers)
    breaks when a year lists the office but not the person anywhere. A year without the office at
    all (2018-2020 lost the texts) breaks nothing."""
    holders: dict[tuple[str, str, str], dict[int, set]] = defaultdict(lambda: defaultdict(set))
    listed: dict[tuple[str, str, int], set] = defaultdict(set)
    seen: dict[tuple[str, str, str, tuple[str, str]], dict[int, Sighting]] = defaultdict(dict)
    for s in sightings:
        office = (s.iso3, s.sector, s.office)
        person = people.find((s.iso3, person_slug(s.holder.name)))
        holders[office][s.year].add(person)
        listed[(s.iso3, s.sector, s.year)].add(person)
        seen[(*office, person)].setdefault(s.year, s)
    shared = {office for office, years in holders.items() if any(len(p) > 1 for p in years.values())}
    out = []
    for (iso3, sector, key, person), by_year in seen.items():
        office = (iso3, sector, key)
        run: list[int] = []
        for year in sorted(holders[office]):
            present = person in holders[office][year]
            if present:
                run.append(year)
            elif run and (office not in shared or person not in listed[(iso3, sector, year)]):
                out.append(Tenure(iso3, person, key, run, [by_year[y] for y in run]))
                run = []
        if run:
            out.append(Tenure(iso3, person, key, run, [by_year[y] for y in run]))
    return out


def tenure_start(t: Tenure) -> str:
    """The "since" date the tenure's years give most often (the earliest of equals), else 1 January
    of its first year."""
    dates = Counter(s.holder.since for s in t.sightings
                    if s.holder.since and s.holder.since[:4] <= str(t.years[-1] + 1))  # not a future date
    if dates:
        top = max(dates.values())
        return min(d for d, n in dates.items() if n == top)
    return f"{t.years[0]}-01-01"


def latest_listings(entries: list[Entry]) -> dict[tuple[str, str], int]:
    """The last year each country's Factbook lists its office holders: its latest Executive branch
    (GOV), its latest parties field with leaders in brackets (PTY; the 2024-2025 editions list
    parties without leaders, which ends no one's leadership)."""
    latest: dict[tuple[str, str], int] = defaultdict(int)
    for e in entries:
        if e.field == "Executive branch":
            latest[(e.iso3, "GOV")] = max(latest[(e.iso3, "GOV")], e.year)
        elif e.field == "Political parties" and "[" in e.text:
            latest[(e.iso3, "PTY")] = max(latest[(e.iso3, "PTY")], e.year)
    return latest


def people_rows(sightings: list[Sighting], latest: dict[tuple[str, str], int]) -> list[dict]:
    """One row per person, role and tenure."""
    people = same_people(sightings)
    names = display_names(sightings, people)
    by_office: dict[tuple[str, str, str], list[Tenure]] = defaultdict(list)
    for t in tenures(sightings, people):
        by_office[(t.iso3, t.sightings[0].sector, t.key)].append(t)
    rows = []
    for (iso3, sector, _), group in by_office.items():
        starts = {id(t): tenure_start(t) for t in group}
        for t in group:
            name, variants = names[t.person]
            rows.append({"id": f"factbook:{iso3.lower()}:{slug(name)}", "name": name, "variants": "|".join(variants),
                         "country": iso3, "sector": sector, "role": tenure_role(t), "start": starts[id(t)],
                         "end": tenure_end(t, group, starts, latest[(iso3, sector)])})
    return sorted(merge_overlaps(rows), key=lambda r: (r["country"], r["id"], r["start"], r["role"]))


def tenure_end(t: Tenure, group: list[Tenure], starts: dict[int, str], latest: int) -> str:
    """Empty while the person is listed in the country's latest listing; the start of the next holder
    of an office one person holds at a time; else 1 January of the year after the last listing."""
    if t.years[-1] >= latest:
        return ""
    one_holder = all(len({u.person for u in group if y in u.years}) == 1 for u in group for y in u.years)
    after = [u for u in group if u.years[0] > t.years[-1] and u.person != t.person]
    if one_holder and after:
        following = starts[id(min(after, key=lambda u: u.years[0]))]
        if following >= starts[id(t)]:
            return following
    return f"{t.years[-1] + 1}-01-01"


def tenure_role(t: Tenure) -> str:
    """The title the tenure's years give most often (the latest of equals): "Premier" over the
    "Acting Premier" of its first year."""
    roles = Counter(s.holder.role for s in t.sightings)
    return max(roles, key=lambda r: (roles[r], max(s.year for s in t.sightings if s.holder.role == r)))


def merge_overlaps(rows: list[dict]) -> list[dict]:
    """One row for one person in one role over overlapping years: the same title can be listed under
    two sub-fields (a prime minister under both chief of state and head of government)."""
    out: list[dict] = []
    for r in sorted(rows, key=lambda r: (r["id"], r["role"], r["sector"], r["start"])):
        last = out[-1] if out else None
        if last and (last["id"], last["role"], last["sector"]) == (r["id"], r["role"], r["sector"]) \
                and (not last["end"] or r["start"] <= last["end"]):
            last["end"] = "" if not last["end"] or not r["end"] else max(last["end"], r["end"])
            continue
        out.append(dict(r))
    return out


def display_names(sightings: list[Sighting], people: People) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """Each person's name (the latest whole spelling) and variants (other spellings and forms)."""
    spellings: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    first_seen: dict[str, int] = {}
    forms: dict[tuple[str, str], list[str]] = defaultdict(list)
    for s in sightings:
        person = people.find((s.iso3, person_slug(s.holder.name)))
        spellings[person][s.holder.name] = max(spellings[person].get(s.holder.name, 0), s.year)
        first_seen[s.holder.name] = min(first_seen.get(s.holder.name, s.year), s.year)
        forms[person].extend(s.holder.variants)
    out = {}
    for person, seen in spellings.items():
        whole = [n for n in seen if first_seen[n] < DAMAGED_YEARS
                 or not any(damaged_form(n, m) for m in seen if m != n)]
        name = max(whole or seen, key=lambda n: (seen[n], len(n)))
        others = [n for n in whole if slug(n) != slug(name) and " " in n] + forms[person]
        variants = [v for v in dict.fromkeys(others) if slug(v) != slug(name) and not is_honorific(v.split()[0])]
        out[person] = (name, variants)
    return out


# ---------------------------------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------------------------------

def latest_entries(entries: list[Entry], field_name: str) -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for e in entries:
        if e.field == field_name and e.text and (e.iso3 not in out or e.year > out[e.iso3].year):
            out[e.iso3] = e
    return out


def legislatures(entries: list[Entry]) -> list[tuple[str, Body]]:
    """Each country's chambers from its latest Legislative branch texts (since 2025 the chambers have
    fields of their own) and from its latest older-style description, merged where they name the
    same chamber: the older texts give the names the news knows ("Federation Council", "Knesset")."""
    latest = latest_entries(entries, "Legislative branch")
    described = latest_entries([e for e in entries if "description:" in e.text], "Legislative branch")
    by_year = texts_by_year(entries)
    out = []
    for iso3, e in latest.items():
        older = described.get(iso3)
        own = own_legislature_names(older.text) if older else set()
        texts = [t for field in ("Legislative branch", "Legislative branch - lower chamber",
                                 "Legislative branch - upper chamber") for t in by_year[(iso3, e.year, field)]]
        found = [b for text in texts for b in legislative_bodies(text, own)]
        for b in legislative_bodies(older.text) if older and older is not e else []:
            same = next((x for x in found if same_body(x, b)), None)
            if same:
                same.variants = list(dict.fromkeys(same.variants + [b.name, *b.variants]))
            else:
                found.append(b)
        out += [(iso3, b) for b in found]
    return out


def latest_bodies(entries: list[Entry], field_name: str, parse) -> list[tuple[str, Body]]:
    """The bodies `parse` reads from each country's latest text(s) of a field (an entity may have
    two texts in a year: "Terrorist groups - home based" and "- foreign based")."""
    texts = texts_by_year(entries)
    return [(iso3, b) for iso3, e in latest_entries(entries, field_name).items()
            for text in texts[(iso3, e.year, field_name)] for b in parse(text)]


def texts_by_year(entries: list[Entry]) -> dict[tuple[str, int, str], list[str]]:
    out: dict[tuple[str, int, str], list[str]] = defaultdict(list)
    for e in entries:
        out[(e.iso3, e.year, e.field)].append(e.text)
    return out


def organisation_rows(entries: list[Entry], parties: dict[str, dict[str, Party]]) -> list[dict]:
    bodies = legislatures(entries)
    bodies += latest_bodies(entries, "Judicial branch", court_bodies)
    bodies += latest_bodies(entries, "Military and security forces", security_bodies)
    bodies += latest_bodies(entries, "Terrorist group(s)", terrorist_groups)
    bodies += [(iso3, Body(p.name, p.variants, "PTY")) for iso3, by_slug in parties.items() for p in by_slug.values()]
    rows: dict[str, dict] = {}
    for iso3, b in bodies:
        rid = f"factbook:{iso3.lower()}:{slug(b.name)}"
        variants = [v for v in b.variants if slug(v) != slug(b.name)]
        if not slug(b.name):
            continue
        if rid in rows:  # one body listed twice (a party in several years, a court under two headings)
            old = rows[rid]["variants"].split("|") if rows[rid]["variants"] else []
            rows[rid]["variants"] = "|".join(dict.fromkeys(old + variants))
            continue
        rows[rid] = {"id": rid, "name": b.name, "variants": "|".join(dict.fromkeys(variants)), "country": iso3,
                     "sector": b.sector}
    return sorted(rows.values(), key=lambda r: (r["country"], r["id"]))


# ---------------------------------------------------------------------------------------------------
# The reader
# ---------------------------------------------------------------------------------------------------

def read(path: str | Path, first_year: int = 2000) -> tuple[list[dict], list[dict]]:
    """(people, organisations) from the Factbook archive, years >= first_year."""
    entries = restore_lost_letters(read_entries(path, first_year))
    leaders = drop_foreign_sovereigns(executive_sightings(entries))
    party_people, parties = party_sightings(entries)
    people = people_rows(leaders + party_people, latest_listings(entries))
    return people, organisation_rows(entries, parties)


def chief_of_state_coverage(path: str | Path, first: int = 2015, last: int = 2025) -> dict:
    """How many (country, year) Executive branch texts yield a chief of state: over all pairs, and
    over the pairs whose chief-of-state sub-field has text (2018-2020 are empty in the archive); with
    the pairs that have text but gave no one. Read means the first person of the sub-field (not a
    vice president only); a dependency's foreign sovereign counts as read."""
    entries = [e for e in restore_lost_letters(read_entries(path, first))
               if e.year <= last and e.field == "Executive branch"]
    found = {(s.iso3, s.year) for s in executive_sightings(entries) if s.office == f"({CHIEF})"}
    pairs = {(e.iso3, e.year) for e in entries}
    with_text = {(e.iso3, e.year) for e in entries
                 if re.sub(r"\W|none|NA", "", executive_subfields(e.text).get(CHIEF, ""))}
    return {"pairs": len(pairs), "read": len(found & pairs), "share": len(found & pairs) / max(1, len(pairs)),
            "pairs_with_text": len(with_text), "share_with_text": len(found & with_text) / max(1, len(with_text)),
            "failed": sorted(with_text - found)}
