"""Language defaults: the word lists the rules read, one object per language (`lang/en/`)."""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module

__all__ = ["Language", "get_language"]


class Language:
    def __init__(self, code: str):
        self.code = code


@lru_cache(maxsize=None)
def get_language(code: str) -> Language:
    try:
        module = import_module(f"{__name__}.{code}")
    except ModuleNotFoundError:
        raise LookupError(f"no language defaults for {code!r} (a folder newsevents/lang/{code}/)") from None
    return module.LANGUAGE
