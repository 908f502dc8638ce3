"""PLOVER's agents dictionary (reference/plover/PLOVER_agents.txt, MIT, Open Event Data Alliance):
role nouns and the agent type each gives ("TAXI_DRIVER [~CVL]", "RIGHTS_GROUP [~NGO]").

The dictionary's conventions, as its header describes them: `_` joins the words of a term; a
`!SET!` stands for each word of a substitution set declared at the top (`!MINIST! = MINISTER,
MINISTRY ...`); `{...}` lists irregular plurals; a code of several types (`~GOVMIL`) is read as its
first, the type the actor gets, except a faith's armed men (`~RELUAF`), who get the armed type (a defence ministry, GOVMIL, is filed under CAMEO's MIL); junk, unknown and non-actor codes (JNK, NON, UNK, IMG) are left out.
Terms the dictionary marks as stems (a trailing space rather than a whole word) or that hold
non-Latin or mis-encoded text are left out too. Each type becomes the CAMEO sector the package's
sectors.tsv maps to it (PLOVER's MED is health, HLH; its JRN media, MED), with the type itself as
`agent`.
"""

from __future__ import annotations

import re
from pathlib import Path

SOURCE = "PLOVER agents dictionary (Open Event Data Alliance)"
LICENCE = "MIT"

SKIP = {"JNK", "NON", "UNK", "IMG"}
ARMED_TYPES = ("UAF", "REB", "INS", "MIL")
# Words the dictionary lists as agents that are no actor of an event as this coder reads one: places
# (a place is where an event happens, its country the place's), vessels and aircraft (coded by
# their flag or user), bare adjectives (they modify the noun that says who acts), and spokesmen
# (who speak for the body named with them, not as media).
NOT_AGENTS = {
    "capital", "city", "kingdom", "neighborhood", "neighbourhood", "polity", "province", "settlement", "state",
    "town", "village", "airline", "airliner", "airway", "containership", "freighter", "jetliner", "jumbojet",
    "supertanker", "tanker", "inter-governmental", "intergovernmental", "islamic", "jewish", "naturalized", "naval",
    "ordinary", "poor", "semi-official", "state-owned", "spokesman", "spokesmen", "spokesperson", "spokeswoman",
    "spokeswomen",
    # ambiguous in news English: a sheriff's or a parliament's deputy, a delegate or representative of
    # any body, a diet; and names of events, not of those who take part in them
    "deputy", "delegate", "representative", "representatives", "diet", "governance", "insurgence", "insurgency",
    "rebellion", "revolt", "uprising", "religion", "echelon", "monger",
}
# PLOVER type -> the CAMEO sector the package files it under (sectors.tsv, read the other way)
SECTOR = {"MED": "HLH", "JRN": "MED"}
LINE = re.compile(r"^(?P<term>[^\[#{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[~(?P<code>[A-Z]+)\]")
SET = re.compile(r"^!(?P<name>[A-Z]+)!\s*=\s*(?P<words>.+)$")
WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")


def _expand(term: str, sets: dict[str, list[str]]) -> list[str]:
    forms = [term]
    for name, words in sets.items():
        key = f"!{name}!"
        forms = [f.replace(key, w, 1) for f in forms for w in words] if any(key in f for f in forms) else forms
        while any(key in f for f in forms):
            forms = [f.replace(key, w, 1) for f in forms for w in words]
    return forms


def _words(form: str) -> str | None:
    words = [w for w in re.split(r"[_\s]+", form.strip()) if w]
    while words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    if not words or not all(WORD.fullmatch(w) for w in words):
        return None
    return " ".join(w.lower() for w in words)


def read(path: str | Path) -> list[dict]:
    """One row per term (the first time the dictionary lists it): term, sector, plural, person, agent."""
    sets: dict[str, list[str]] = {}
    rows: dict[str, dict] = {}
    for raw in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = SET.match(line.strip())
        if m:
            sets[m["name"]] = [w.strip() for w in m["words"].split(",") if w.strip()]
            continue
        m = LINE.match(line.strip())
        if not m:
            continue
        parts = [m["code"][i:i + 3] for i in range(0, len(m["code"]), 3)]
        code = parts[0]
        if code == "REL":
            # a faith's armed men ("Islamic militant", RELUAF) fight as armed men: the armed type
            code = next((p for p in parts if p in ARMED_TYPES), code)
        if code in SKIP:
            continue
        # a defence ministry and its ministers (GOVMIL): CAMEO files them MIL, PLOVER acts them as GOV
        sector = "MIL" if m["code"].startswith("GOVMIL") else SECTOR.get(code, code)
        plurals = [p for p in (m["plural"] or "").split(",") if p.strip()]
        for form in _expand(m["term"], sets):
            term = _words(form)
            if term is None or term in rows or len(term) < 3 or term in NOT_AGENTS:
                continue
            plural = next((w for w in (_words(p) for p in plurals) if w), "")
            rows[term] = {"term": term, "sector": sector, "plural": plural, "person": "",
                          "agent": code if sector != code else ""}
    _other_bodies(rows)
    return sorted(rows.values(), key=lambda r: r["term"])


# The dictionary names a kind of body with one of a few heads ("human rights group", "medical
# association"); news names the same bodies with any of them ("the Chadian Human Rights League",
# "a rebel coalition", "a criminal network"). Each such term gets the other heads too, where the
# dictionary does not list that form itself. "Union" and "council" are left out: a union is labour
# and a council often an organ of government, whatever its modifiers.
BODY_HEADS = ("group", "society", "association", "organization", "organisation", "league", "alliance",
              "federation", "coalition", "network")


def _other_bodies(rows: dict[str, dict]) -> None:
    for term, row in list(rows.items()):
        words = term.split()
        if len(words) < 2 or words[-1] not in BODY_HEADS[:5]:
            continue
        for head in BODY_HEADS:
            other = " ".join([*words[:-1], head])
            if other not in rows:
                rows[other] = {**row, "term": other, "plural": ""}
