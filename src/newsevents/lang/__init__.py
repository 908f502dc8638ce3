"""Language defaults: every word list the rules read, one object per language, as spaCy keeps its
`lang/en/` data apart from its code.

A language is a folder `lang/<code>/` with `words.toml` (every name in WORD_LISTS, each holding
the kind of value listed there) and an `__init__.py` that makes `LANGUAGE = Language(code, folder,
read_date=...)`, giving the functions that are grammar rather than lists (reading a date
expression). `get_language(code)` loads and checks it.

The rules read the lists through `vocab`, which answers for the language of the document being
coded: the Coder sets it around each run (`using`). The rules are deep helper functions of the
stages; a context variable, like `decimal`'s context, spares every one of them a language
parameter, and stays right per thread (the web server codes in worker threads).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module
from pathlib import Path

__all__ = ["Language", "LanguageError", "When", "WORD_LISTS", "get_language", "vocab", "using", "current"]


class LanguageError(ValueError):
    pass


@dataclass(frozen=True)
class When:
    """A date a language's `read_date` found in a time expression."""

    date: str  # ISO date: the day, or the first day of the week, month or year
    text: str | None  # the words it was read from; None when it is the publication date by default
    precision: str  # day | week | month | year
    start: int | None = None  # offsets of `text` in the parsed segment
    end: int | None = None


# name -> kind: "set" (membership), "seq" (order matters), "pairs" ("verb particle" strings read
# as tuples), "map" (a table of word -> value).
WORD_LISTS: dict[str, str] = {
    # reading
    "function_words": "set", "byline_openers": "seq", "date_line_openers": "seq", "update_openers": "seq", "ago_units": "seq", "credit_phrases": "seq", "copyright_words": "seq",
    "caption_openers": "seq", "caption_parenthesised": "seq", "caption_labels": "seq",
    # actors
    "personal_pronouns": "set", "honorifics": "set", "group_nouns": "set", "former_markers": "set",
    "stance_prefixes": "set", "weapon_agents": "set", "ally_nouns": "set", "patron_participles": "set", "vessel_nouns": "set",
    "place_prepositions": "set", "motion_verbs": "set", "settlement_nouns": "set", "collective_nouns": "set", "strike_verbs": "set", "pair_nouns": "set", "pair_government_nouns": "set", "generic_role_heads": "set", "diaspora_nationalities": "set", "campaign_words": "set", "question_verbs": "set", "adjective_senses": "set", "comment_verbs": "set", "view_nouns": "set", "convened_nouns": "set", "commitment_nouns": "set", "claim_verbs": "set", "clash_nouns": "set", "office_titles": "set", "currency_nouns": "set", "weapon_crews": "set", "occasion_nouns": "set", "vow_verbs": "set", "linked_words": "set", "nobody_words": "set", "standoff_weapons": "set", "toll_span_words": "set", "broker_verbs": "set", "side_quantifiers": "set", "own_acts": "map", "joining_particles": "set", "feature_words": "set", "sport_ranks": "set", "state_verbs": "set", "deed_nouns": "map", "campaign_opponents": "set", "rallied_people": "set", "market_nouns": "set",
    # events
    "target_prepositions": "seq", "negating_heads": "set", "denial_verbs": "set", "authoring_verbs": "set", "contrast_conjunctions": "set", "contest_words": "set", "political_contest_modifiers": "set", "verbal_attack_verbs": "set", "person_pronouns": "set", "natural_forces": "set", "creatures": "set", "filmed_works": "set", "measure_nouns": "set", "border_nouns": "set", "strife_nouns": "set", "commercial_deal_words": "set", "thing_pronouns": "set",
    "first_person": "set", "first_person_possessives": "set", "loose_particles": "set", "light_nouns": "set", "quantity_nouns": "set",
    "charge_nouns": "set", "withdraw_verbs": "set", "event_place_prepositions": "set", "cause_prepositions": "set",
    "circumstance_prepositions": "set", "consequence_verbs": "set", "happen_verbs": "set", "intent_heads": "set",
    "prepare_verbs": "set", "decision_verbs": "set", "dispatch_verbs": "set", "aspect_verbs": "set",
    "future_auxiliaries": "set", "obligation_auxiliaries": "set", "light_verbs": "set", "conditional_marks": "set",
    "hypothetical_auxiliaries": "set", "reporting_verbs": "set", "weapons": "set", "weapon_use_verbs": "set", "armed_force_nouns": "set", "envoy_nouns": "set", "working_people": "set", "ruler_nouns": "set", "warring_pair_nouns": "set", "irregular_fighter_nouns": "set", "bystander_nouns": "set", "contact_verbs": "set", "headline_passive_verbs": "set", "document_nouns": "set",
    "message_nouns": "set", "warn_verbs": "set", "ethnic_nouns": "set", "raising_participles": "set",
    "group_part_nouns": "set", "stative_participles": "set", "willing_words": "set", "complaint_verbs": "set",
    "wish_verbs": "set", "hope_verbs": "set", "topic_verbs": "set", "ability_heads": "set", "operation_nouns": "set", "irregular_pasts": "map", "verb_prefixes": "seq",
    # quantities
    "kill_words": "set", "hurt_words": "set", "death_nouns": "set", "number_words": "map", "continent_adjectives": "map", "number_scales": "map",
    # quotes
    "cue_verbs": "set", "belief_verbs": "set", "speaker_pronouns": "set", "phrasal_cues": "pairs",
    "written_nouns": "set", "stance_verbs": "set", "quote_marks": "map", "title_small_words": "seq",
    # places
    "name_connectors": "set", "occupant_verbs": "set", "people_nouns": "set", "sentence_openers": "set",
    "town_prepositions": "set", "container_prepositions": "seq", "container_fillers": "seq",
    # dates
    "weekdays": "seq", "months": "seq", "month_abbreviations": "map", "count_words": "map", "time_units": "map",
    "undated_time_words": "set", "time_nouns": "set", "simultaneous_marks": "set",
    # knowledge
    "generic_place_words": "set", "verb_particles": "set", "name_particles": "set", "place_articles": "set", "subdivision_words": "seq",
    "religion_words": "set", "religion_heads": "set",
}


class Language:
    """One language's word lists (attributes named as in WORD_LISTS) and grammar functions."""

    def __init__(self, code: str, folder: str | Path, read_date: Callable | None = None):
        self.code = code
        self.read_date = read_date  # (text, published, future) -> dates.When | None
        path = Path(folder) / "words.toml"
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise LanguageError(f"{path}: {err}") from None
        missing = sorted(set(WORD_LISTS) - set(raw))
        unknown = sorted(set(raw) - set(WORD_LISTS))
        if missing or unknown:
            raise LanguageError(f"{path}: " + "; ".join(
                ([f"missing {', '.join(missing)}"] if missing else []) + ([f"unknown {', '.join(unknown)}"] if unknown else [])))
        for name, kind in WORD_LISTS.items():
            setattr(self, name, _value(path, name, kind, raw[name]))
        # Lists that include another: the rules read the union.
        self.circumstances = self.circumstance_prepositions | self.cause_prepositions
        self.speech_nouns = self.document_nouns | self.message_nouns
        self.report_verbs = self.cue_verbs | self.belief_verbs
        # Nouns that name no one who acts: natural forces (not the pronouns the list holds for
        # "it hit"), and creatures too.
        self.forces = self.natural_forces - self.thing_pronouns
        self.non_agents = self.forces | self.creatures
        # What acts as a weapon or a strike, not as people ("the drone strike", "a missile"): the
        # deed nouns of force (CAMEO 19) and "strike" itself, which the deed list has as "airstrike".
        self.armaments = self.weapons | self.weapon_agents | self.operation_nouns | {"strike"} | {
            noun for noun, roots in self.deed_nouns.items() if "19" in roots.split()}

    def __repr__(self) -> str:
        return f"Language({self.code!r})"


def _value(path: Path, name: str, kind: str, value):
    if kind == "map":
        if not isinstance(value, dict):
            raise LanguageError(f"{path}: {name} must be a table")
        return dict(value)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise LanguageError(f"{path}: {name} must be a list of non-empty strings")
    if kind == "pairs":
        if not all(len(v.split()) == 2 for v in value):
            raise LanguageError(f"{path}: every {name} item is two words")
        return frozenset(tuple(v.split()) for v in value)
    return tuple(value) if kind == "seq" else frozenset(value)


@lru_cache(maxsize=None)
def get_language(code: str) -> Language:
    try:
        module = import_module(f"{__name__}.{code}")
    except ModuleNotFoundError:
        raise LookupError(f"no language defaults for {code!r} (a folder newsevents/lang/{code}/)") from None
    return module.LANGUAGE


_active: ContextVar[Language | None] = ContextVar("newsevents_language", default=None)


def current() -> Language:
    """The language of the document being coded; English outside a Coder's run."""
    return _active.get() or get_language("en")


@contextmanager
def using(lang: Language) -> Iterator[Language]:
    token = _active.set(lang)
    try:
        yield lang
    finally:
        _active.reset(token)


class _Vocabulary:
    """`vocab.cue_verbs` is the current language's list of that name."""

    __slots__ = ()

    def __getattr__(self, name: str):
        return getattr(_active.get() or get_language("en"), name)


vocab = _Vocabulary()
