"""The verb lexicon: patterns over a clause (verb, particle, object, prepositions) -> CAMEO code.

The file format is documented at the top of `data/verbs.tsv`. A user file in the same format adds
entries or replaces entries with the same id.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from . import tables
from .ontology import cameo_table
from .tables import TableError


class LexiconError(TableError):
    """A verb entry that cannot be read, named as file:line."""


@dataclass(frozen=True)
class Entry:
    id: str
    verbs: frozenset[str]
    cameo: str
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    target_prep: str | None = None
    required_preps: tuple[tuple[str, frozenset[str]], ...] = ()
    subjects: frozenset[str] = frozenset()  # the subject's lemma ("<protester|demonstrator")
    swap: bool = False  # the object of the preposition acts on the subject ("received arms from X")
    noun: bool = False  # a nominal event ("talks between X and Y", "Israel's rejection of the plan")
    # The PLOVER type where the PLOVER codebook files the action apart from the CAMEO->PLOVER
    # table (a resignation is RETREAT, though CAMEO 0831 maps to CONCEDE).
    plover_type: str | None = None
    # The adjective the verb is completed by ("be ~skeptical": "said it was skeptical of the plan")
    complements: frozenset[str] = frozenset()

    @property
    def target_set(self) -> frozenset[str]:
        """The prepositions that mark the target (">with|to" allows either)."""
        return frozenset(self.target_prep.split("|")) if self.target_prep else frozenset()

    @property
    def specificity(self) -> int:
        return (
            (2 if self.particle else 0) + (2 if self.objects or self.complements else 0) + (1 if self.target_prep else 0)
            + 2 * len(self.required_preps) + (3 if self.subjects else 0) - (3 if "*" in self.verbs else 0)
            # a required phrase with named nouns ("@for:talk") is narrower than any phrase ("@to")
            + sum(1 for _, nouns in self.required_preps if nouns)
        )


def parse_pattern(entry_id: str, pattern: str, cameo: str) -> Entry:
    words = pattern.split()
    noun = bool(words) and words[0].startswith("N:")
    if noun:
        words[0] = words[0][2:]
    if not words or not words[0] or words[0][0] in "+=>@~":
        raise LexiconError(f"pattern must start with a verb (or N:noun): {pattern!r}")
    verbs = frozenset(w.replace("_", " ") for w in words[0].lower().split("|"))
    particle = None
    objects: frozenset[str] = frozenset()
    target_prep = None
    subjects: frozenset[str] = frozenset()
    swap = False
    plover_type = None
    complements: frozenset[str] = frozenset()
    required = []
    for w in words[1:]:
        if w == "!swap":
            swap = True
            continue
        if w.startswith("^"):
            plover_type = w[1:].upper()
            continue
        sigil, body = w[0], w[1:].lower()
        if sigil == "+":
            particle = body
        elif sigil == "=":
            objects = frozenset(o.replace("_", " ") for o in body.split("|"))
        elif sigil == "~":
            complements = frozenset(body.split("|"))
        elif sigil == "<":
            subjects = frozenset(o.replace("_", " ") for o in body.split("|"))
        elif sigil == ">":
            target_prep = body
        elif sigil == "@":
            prep, _, nouns = body.partition(":")
            required.append((prep, frozenset(n.replace("_", " ") for n in nouns.split("|") if n)))
        else:
            raise LexiconError(f"unknown pattern part {w!r} in {pattern!r}")
    if "*" in verbs and not (subjects or objects):
        raise LexiconError(f"a pattern for any verb (*) needs a subject or object class: {pattern!r}")
    return Entry(entry_id, verbs, cameo, particle, objects, target_prep, tuple(required), subjects, swap, noun, plover_type,
                 complements)


class Lexicon:
    def __init__(self, entries: list[Entry]):
        self.entries: dict[str, Entry] = {}
        for e in entries:
            self.entries[e.id] = e
        self._reindex()

    def _reindex(self) -> None:
        self.by_verb: dict[str, list[Entry]] = defaultdict(list)
        self.by_noun: dict[str, list[Entry]] = defaultdict(list)
        for e in self.entries.values():
            for v in e.verbs:
                (self.by_noun if e.noun else self.by_verb)[v].append(e)
        for table in (self.by_verb, self.by_noun):
            for v in table:
                table[v].sort(key=lambda e: -e.specificity)

    def update(self, other: "Lexicon") -> None:
        self.entries.update(other.entries)
        self._reindex()

    @classmethod
    def from_rows(cls, rows) -> "Lexicon":
        """Entries from rows of a `verbs` table (knowledge/tables.py has checked each column)."""
        plover_types = {info.plover_type for info in cameo_table().values() if info.plover_type}
        entries = []
        for row in rows:
            entry = parse_pattern(row["id"], row["pattern"], row["cameo"])
            if entry.plover_type and entry.plover_type not in plover_types:
                raise LexiconError(f"{row.where()}: unknown PLOVER type {entry.plover_type!r}")
            entries.append(entry)
        return cls(entries)

    @classmethod
    def from_text(cls, text: str, origin: str) -> "Lexicon":
        """A verbs table's text; its header row (id, pattern, cameo) may be left out."""
        first = next((ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")), "")
        if first.split("\t")[0].strip() != "id":
            text = "id\tpattern\tcameo\n" + text
        try:
            return cls.from_rows(tables.parse("verbs", text, origin))
        except TableError as err:
            raise LexiconError(str(err)) from None

    @classmethod
    def builtin(cls) -> "Lexicon":
        return cls.from_rows(tables.load("verbs"))

    @classmethod
    def from_file(cls, path: str | Path) -> "Lexicon":
        return cls.from_text(Path(path).read_text(encoding="utf-8"), str(path))
