"""What every source reader needs: countries from names and codes, ids, and table rows."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

# PLOVER's partially recognised entities: the country they are coded under, with the PRE sector
# (PLOVER manual 5.1.3); countrynames returns their sub-codes.
BREAKAWAY = {
    "GE-AB": "GEO", "abkhazia": "GEO", "south-ossetia": "GEO", "south ossetia": "GEO", "transnistria": "MDA",
    "northern-cyprus": "CYP", "northern cyprus": "CYP", "somaliland": "SOM", "nagorno-karabakh": "AZE", "artsakh": "AZE",
    "western-sahara": "MAR", "western sahara": "MAR", "sahrawi arab democratic republic": "MAR",
    "donetsk": "UKR", "luhansk": "UKR", "donetsk people's republic": "UKR", "luhansk people's republic": "UKR",
}
# Sub-national and special jurisdictions the sources name, and the country they belong to.
PARTS = {
    "scotland": "GBR", "wales": "GBR", "england": "GBR", "northern-ireland": "GBR", "northern ireland": "GBR",
    "hong-kong": "HKG", "hong kong": "HKG", "kosovo": "XKX", "palestine": "PSE", "taiwan": "TWN",
    "vatican-city": "VAT", "holy see": "VAT", "european-union": "EUR", "european union": "EUR",
    "world": "IGO",
}


@lru_cache(maxsize=None)
def iso3(name_or_code: str) -> str | None:
    """ISO 3166 alpha-3 for a country name, a slug ("united-kingdom"), an alpha-2 or alpha-3 code;
    None when it names no country."""
    import countrynames

    raw = (name_or_code or "").strip()
    if not raw:
        return None
    low = raw.lower()
    if low in PARTS:
        return PARTS[low]
    if low in BREAKAWAY:
        return BREAKAWAY[low]
    if len(raw) == 2 and raw.isupper():
        if raw == "XK":
            return "XKX"
        c = pycountry.countries.get(alpha_2=raw)
        return c.alpha_3 if c else None
    if len(raw) == 3 and raw.isupper() and pycountry.countries.get(alpha_3=raw):
        return raw
    code = countrynames.to_code(raw.replace("-", " ")) or countrynames.to_code(raw)
    if code in BREAKAWAY:
        return BREAKAWAY[code]
    if code == "XK":
        return "XKX"
    if code and len(code) == 2:
        c = pycountry.countries.get(alpha_2=code)
        return c.alpha_3 if c else None
    return None


def breakaway(name: str) -> bool:
    """Whether a jurisdiction is one of PLOVER's partially recognised entities."""
    import countrynames

    low = (name or "").strip().lower()
    return low in BREAKAWAY or (countrynames.to_code(low.replace("-", " ")) or "") in BREAKAWAY


def fold(text: str) -> str:
    """ASCII letters for a name ("Nausėda" -> "Nauseda"), for ids and variants."""
    special = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                             "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "ð": "d", "þ": "th", "ħ": "h", "’": "'"})
    decomposed = unicodedata.normalize("NFKD", text.translate(special))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(text).lower()).strip("_")


LATIN = re.compile(r"^[\sA-Za-z\u00C0-\u024F\u1E00-\u1EFF'’.\-&()/0-9,]+$")


def latin(text: str) -> bool:
    """Whether a name is written in Latin letters (names in other scripts are left out)."""
    return bool(text) and bool(LATIN.match(text))


def clean_name(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").replace("\u200e", "").replace("\u200f", "")).strip(" ,;")


def variants(name: str, *others: str) -> str:
    """The `variants` cell: other written forms, Latin only, without the name itself, each once;
    a form with letters that fold to ASCII is given in its ASCII spelling too."""
    seen = {name}
    out = []
    for v in [*others, fold(name)]:
        v = clean_name(v)
        if v and v not in seen and latin(v) and "|" not in v:
            seen.add(v)
            out.append(v)
    for v in list(out):
        f = fold(v)
        if f not in seen:
            seen.add(f)
            out.append(f)
    return "|".join(out)


@lru_cache(maxsize=1)
def _criminal_words() -> frozenset[str]:
    """The role nouns the project's agents table files as criminal ("cartel", "gang", "mafia")."""
    from newsevents.knowledge import tables

    return frozenset(r["term"] for r in tables.load("agents") if r["sector"] == "CRM" and " " not in r["term"])


def armed_sector(name: str) -> str:
    """An armed group's CAMEO sector: a cartel, a gang or a mafia is criminal (CRM, as PLOVER and
    CAMEO code them), though conflict lists count it among armed groups; any other is a rebel group."""
    words = {w.rstrip("s") for w in re.findall(r"[a-z]+", name.lower())}
    return "CRM" if words & _criminal_words() else "REB"
