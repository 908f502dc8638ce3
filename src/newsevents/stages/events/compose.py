"""CAMEO's compositional codes: a verbal act (appeal, intent, demand, rejection, threat, protest)
takes the sub-code of the action it is about.

CAMEO numbers these families in parallel: 02x/03x/10x share one scheme (1 material cooperation,
2 diplomatic cooperation, 3 aid, 4 political reform, 5 yield, 6 meeting, 7 settlement, 8 mediation),
12x a shifted one, 13x names the conflictual act threatened, and 14x the purpose of a protest. The
action comes from the embedded clause ("demanded that Israel ease restrictions") or from a topic
noun ("demanded the release of"), listed in data/topics.tsv.
"""

from __future__ import annotations

from functools import lru_cache

from ...knowledge import tables
from ...knowledge.ontology import cameo_table

GENERIC = {"020": "02", "030": "03", "100": "10", "120": "12", "130": "13", "140": "14", "141": "14", "142": "14",
           "143": "14", "144": "14", "145": "14"}


@lru_cache(maxsize=1)
def topics() -> dict[str, str]:
    return {r["noun"].replace("_", " "): r["cameo"] for r in tables.load("topics")}


def _suffix(inner: str) -> str | None:
    """The 02x/03x/10x sub-code digits for an inner action code."""
    root, rest = inner[:2], inner[2:]
    if inner == "057":
        return "7"
    if root == "06":
        return "1" + (rest[-1] if rest and rest != "0" else "")
    if root == "05":
        return "2"
    if root == "07":
        return "3" + (rest[-1] if rest and rest not in ("0", "5") else "")
    if inner.startswith("083"):
        return "4" + (inner[3:] or "")
    if root == "08":
        yield_digit = {"081": "1", "082": "2", "084": "3", "085": "4", "086": "5", "087": "6"}.get(inner[:3])
        return "5" + yield_digit if yield_digit else "5"
    if root == "04":
        return "8" if inner == "045" else "6"
    return None


# 12x numbers its families one lower than 02x/03x/10x from diplomatic cooperation on.
REJECT_FAMILY = {"1": "1", "3": "2", "4": "3", "5": "4", "6": "5", "8": "6", "7": "7"}
THREAT = {
    "162": "1311", "163": "1312", "161": "1313", "16": "131", "1721": "1321", "1722": "1322",
    "1723": "1323", "1724": "1324", "172": "132", "14": "133", "164": "134", "165": "135", "166": "136",
    "17": "137", "191": "1381", "192": "1382", "18": "1383", "19": "1384", "204": "1385", "20": "1385",
}
PROTEST_PURPOSE = {"0831": "1", "0832": "2", "0833": "3", "0834": "4"}


def compose(outer: str, inner: str | None) -> str:
    """The CAMEO code for verbal act `outer` about action `inner` (unchanged where none applies)."""
    family = GENERIC.get(outer)
    if family is None and inner and outer[:2] in ("02", "03", "10", "12", "13"):
        # A family code with sub-codes ("023 appeal for aid") narrows by the same scheme (0233).
        narrower = compose(outer[:2] + "0", inner)
        return narrower if narrower.startswith(outer) else outer
    if family is None or not inner:
        return outer
    table = cameo_table()
    candidates: list[str] = []
    if family in ("02", "03", "10"):
        suffix = _suffix(inner)
        if suffix:
            candidates = [family + suffix, family + suffix[:1]]
    elif family == "12":
        suffix = _suffix(inner)
        if suffix and suffix[0] in REJECT_FAMILY:
            head = "12" + REJECT_FAMILY[suffix[0]]
            candidates = [head + suffix[1:], head]
    elif family == "13":
        for key in (inner, inner[:3], inner[:2]):
            if key in THREAT:
                candidates = [THREAT[key]]
                break
    elif family == "14":
        digit = PROTEST_PURPOSE.get(inner) or PROTEST_PURPOSE.get(inner[:4])
        if digit and outer != "140":
            candidates = [outer + digit]
    return next((c for c in candidates if c in table), outer)


def reachable(direct: set[str]) -> set[str]:
    """Every CAMEO code the coder can emit: the lexicon's own codes, and what composition makes of
    them with each topic, as intents, threats, demands and refusals."""
    inner_codes = set(topics().values()) | direct
    out = set(direct)
    for outer in set(direct) | {"020", "030", "100", "120", "130"}:
        if outer[:2] in ("02", "03", "10", "12", "13", "14"):
            out.update(compose(outer, inner) for inner in inner_codes)
    for code in direct:
        if code[:2] < "09":
            out.update({compose("030", code), compose("100", code), compose("120", code)})
        elif code[:2] >= "14":
            out.add(compose("130", code))
    return out & set(cameo_table())
