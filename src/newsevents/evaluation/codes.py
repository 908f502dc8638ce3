"""Comparing predicted actors with gold codes written in CAMEO's country conventions."""

from __future__ import annotations

from ..knowledge.dictionaries import CAMEO_TO_ISO


# Intergovernmental and non-governmental organisations with no country are scored as one class:
# the gold sets use the two codes interchangeably (Amnesty International and the Red Cross are IGO
# in the PLOVER records, a water forum NGO).
ORGANISATION = "IGO"


def gold_country(code: str | None) -> str | None:
    if not code:
        return None
    head = code[:3].upper()
    if head == "NGO":
        return ORGANISATION
    return CAMEO_TO_ISO.get(head, head)


def predicted_country(actor: dict | None) -> str | None:
    """The actor's country, or IGO for an organisation with none (see ORGANISATION)."""
    if not actor:
        return None
    if actor.get("country"):
        return actor["country"]
    code = actor.get("code") or ""
    if code.startswith(("IGO", "NGO")) or actor.get("sector") in ("IGO", "NGO"):
        return ORGANISATION
    return None
