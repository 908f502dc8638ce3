"""Comparing predicted actors with gold codes written in CAMEO's country conventions."""

from __future__ import annotations

from ..dictionaries import CAMEO_TO_ISO


def gold_country(code: str | None) -> str | None:
    if not code:
        return None
    head = code[:3].upper()
    return CAMEO_TO_ISO.get(head, head)


def predicted_country(actor: dict | None) -> str | None:
    """The actor's country, or IGO for an international organisation, as gold sets code them."""
    if not actor:
        return None
    if actor.get("country"):
        return actor["country"]
    code = actor.get("code") or ""
    if code.startswith(("IGO", "NGO")) or actor.get("sector") in ("IGO", "NGO"):
        return "IGO"
    return None
