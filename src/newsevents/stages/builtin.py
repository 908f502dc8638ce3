"""Importing this module registers the built-in stages (each module registers its own factory)."""

from . import actors, dates, events, parse, places, quotes, structure  # noqa: F401
