"""Every labelled set in two parts, fixed in code: one to learn from (read its misses, write rules,
train) and one only to score.

A record's part is decided by a hash of the set's name, the record's own key (its id, or its text)
and a seed, so the split needs no file, does not move when records are added, and is the same on
every machine. PolNeAR comes split already: its dev articles were read while writing the quote
rules, its train articles never were, so dev is learnt from and train is scored.
"""

from __future__ import annotations

import hashlib

SEED = "newsevents-splits-2026-12"
PARTS = ("learn", "score")
SCORE_SHARE = 0.5  # the share of each set that is only scored


def part_of(dataset: str, key: str) -> str:
    digest = hashlib.sha256(f"{SEED}|{dataset}|{key}".encode("utf-8")).digest()
    return "score" if int.from_bytes(digest[:4], "big") / 2**32 < SCORE_SHARE else "learn"


def select(dataset: str, records: list, key, part: str | None) -> list:
    """The records of `part` ("learn" or "score"; None for all), `key(record)` naming each."""
    if part is None:
        return list(records)
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, got {part!r}")
    return [r for r in records if part_of(dataset, key(r)) == part]
