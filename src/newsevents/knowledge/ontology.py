"""The CAMEO code table with Goldstein weights, quad classes and the CAMEO -> PLOVER mapping."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import tables


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    table = {}
    for row in tables.load("cameo"):
        table[row["code"]] = CameoCode(
            code=row["code"],
            name=row["name"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover_type=row["plover_type"] or None,
            plover_mode=row["plover_mode"] or None,
            plover_context=row["plover_context"] or None,
        )
    return table


def lookup(code: str) -> CameoCode:
    """The entry for `code`; raises KeyError naming the code when it is not a CAMEO code."""
    try:
        return cameo_table()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None


@lru_cache(maxsize=1)
def _agents() -> dict[str, str]:
    return {r["code"]: r["agent"] for r in tables.load("sectors") if r["agent"]}


def plover_agent(sector: str | None) -> str | None:
    """PLOVER's agent type for a CAMEO sector (data/sectors.tsv): the same code mostly, but media
    is JRN and health MED in PLOVER, where CAMEO had MED and HLH."""
    return _agents().get(sector) if sector else None
