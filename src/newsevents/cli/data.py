"""Commands about the package's data: `data validate` (filled in with the table loader)."""

from __future__ import annotations


def add_parsers(sub) -> None:
    return None
