"""Registries: the named parts a user can add to without editing the package.

- `stages`: pipeline stages, `factory(coder) -> stage` (see `newsevents.stages`);
- `readers`: input formats by file suffix, `reader(data: bytes, path: str, published) -> Iterator[Article | Failure]`;
- `exporters`: store exports, `exporter(store, out: TextIO | Path) -> int` (rows written);
- `knowledge_sources`: tables compiled into the knowledge base, `source() -> Iterable[KnowledgeRow]`.

Register in code with a decorator, or from another installed package through an entry point in
the group `newsevents_<registry>` (for example `[project.entry-points.newsevents_exporters]`), as
spaCy's registries do. A name registered in code wins over an entry point of the same name.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib.metadata import entry_points
from typing import Any

import catalogue

__all__ = ["Registry", "RegistryError", "stages", "readers", "exporters", "knowledge_sources"]


class RegistryError(LookupError):
    pass


@lru_cache(maxsize=None)
def _entry_points(group: str) -> dict:
    return {ep.name: ep for ep in entry_points(group=group)}


class Registry:
    """A catalogue registry whose built-in names resolve without scanning installed packages, so that
    start-up does not pay for entry points unless a name is missing."""

    def __init__(self, name: str, builtins: str | None = None):
        self.name = name
        self._catalogue = catalogue.create("newsevents", name, entry_points=False)
        self._builtins = builtins  # module whose import registers the built-in names
        self.group = f"newsevents_{name}"

    def register(self, name: str, func: Callable | None = None) -> Callable:
        return self._catalogue.register(name, func=func)

    def _load_builtins(self) -> None:
        if self._builtins:
            import importlib

            importlib.import_module(self._builtins)

    def get(self, name: str) -> Any:
        self._load_builtins()
        if catalogue.check_exists("newsevents", self.name, name):
            return self._catalogue.get(name)
        ep = _entry_points(self.group).get(name)
        if ep is not None:
            return self._catalogue.register(name, func=ep.load())
        raise RegistryError(f"no {self.name[:-1]} named {name!r}; known: {', '.join(self.names())}")

    def unregister(self, name: str) -> None:
        """Forget a name registered in code (a test's, or a plugin's being unloaded)."""
        catalogue.REGISTRY.pop(("newsevents", self.name, name), None)

    def names(self) -> list[str]:
        self._load_builtins()
        return sorted(set(self._catalogue.get_all()) | set(_entry_points(self.group)))

    def __contains__(self, name: str) -> bool:
        return name in self.names()


stages = Registry("stages", "newsevents.stages.builtin")
readers = Registry("readers", "newsevents.reading.formats")
exporters = Registry("exporters", "newsevents.store.exports")
knowledge_sources = Registry("knowledge_sources", "newsevents.knowledge.sources")
