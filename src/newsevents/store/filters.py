"""Checking the filters a user gives a query (`--type`, `--source`, `--target`, and the same web
parameters) against the codes that exist, so that a typo is an error naming the valid codes rather
than an empty answer that looks like "no such events"."""

from __future__ import annotations

import difflib


class FilterError(ValueError):
    """A filter value that no stored event could ever match; `name` is the filter (source, target,
    type), for an API to say which parameter was wrong."""

    def __init__(self, message: str, name: str):
        super().__init__(message)
        self.name = name


def _words() -> dict[str, frozenset[str]]:
    from ..knowledge.tables import vocabulary  # the lists the knowledge tables are checked against

    return vocabulary()


def check_type(value: str) -> None:
    """A PLOVER type (ASSAULT), or digits that begin some CAMEO code (19, 190, 0841)."""
    words = _words()
    value = value.strip()  # as the patterns below read it: "$" matches before a final newline
    if value.isdigit():
        if not any(code.startswith(value) for code in words["cameo"]):
            roots = sorted({code[:2] for code in words["cameo"]})
            raise FilterError(f"unknown CAMEO code {value!r}: a CAMEO code begins with a root {', '.join(roots)} "
                              "(19 for all assaults, 190 or 0841 for one code)", "type")
        return
    if value.upper() not in words["plover"]:
        raise FilterError(f"unknown event type {value!r}: a type is one of the 16 PLOVER types "
                          f"{', '.join(sorted(words['plover']))}, or CAMEO code digits such as 19", "type")


def _chain(rest: str, parts: frozenset[str]) -> bool:
    """Whether `rest` is a run of sector or organisation codes (MIL, UNO, NATO), the last of which
    may be cut short (a prefix, as `query` matches codes by prefix)."""
    if not rest:
        return True
    return any(p.startswith(rest) for p in parts) or any(rest.startswith(p) and _chain(rest[len(p):], parts) for p in parts)


def check_actor(value: str, role: str = "source") -> None:
    """An ISO alpha-3 country the knowledge base knows (ISR), a sector (MIL), or a code that begins
    with one of those followed by sector or organisation codes (ISRMIL, ISRM, IGOUNO)."""
    words = _words()
    v = value.strip().upper()
    heads = words["countries"] | words["sectors"] | words["blocs"]
    parts = words["sectors"] | words["blocs"]
    if v in heads or any(v.startswith(h) and _chain(v[len(h):], parts) for h in heads):
        return
    near = difflib.get_close_matches(v[:3], sorted(words["countries"]), n=3)
    hint = f" (did you mean {', '.join(near)}?)" if near else ""
    raise FilterError(f"unknown {role} {value!r}{hint}: a {role} is an ISO 3166 alpha-3 country code the knowledge "
                      f"base knows ({len(words['countries'])} of them: ISR, PSE, UKR ...), a sector "
                      f"({', '.join(sorted(words['sectors']))}), or a country followed by a sector or an "
                      f"organisation ({', '.join(sorted(words['blocs'] - words['sectors']))}), such as ISRMIL or IGOUNO", role)


def check_filters(source: str | None = None, target: str | None = None, type_: str | None = None) -> None:
    """Raise FilterError for the first filter value that names no known code."""
    if source:
        check_actor(source, "source")
    if target:
        check_actor(target, "target")
    if type_:
        check_type(type_)


# -- the same rules as regular expressions, for the API's OpenAPI document ------------------------------
def _alternation(words: set[str]) -> str:
    """A compact regular expression matching exactly `words`, letters in either case (the filters
    are case-blind): a trie of the words, so that the pattern stays a few kilobytes."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(f"[{ch.upper()}{ch.lower()}]" if ch.isalpha() else ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def patterns() -> dict[str, str]:
    """`source`/`target` and `type` as patterns that match what check_actor and check_type accept
    (and the empty string: no filter)."""
    words = _words()
    heads = words["countries"] | words["sectors"] | words["blocs"]
    parts = words["sectors"] | words["blocs"]
    prefixes = {p[:k] for p in parts for k in range(1, len(p) + 1)}
    actor = f"^(?:{_alternation(heads)}(?:{_alternation(parts)})*(?:{_alternation(prefixes)})?)?$"
    digits = {c[:k] for c in words["cameo"] for k in range(1, len(c) + 1)}
    type_ = f"^(?:{_alternation(set(words['plover']) | digits)})?$"
    return {"actor": actor, "type": type_}
