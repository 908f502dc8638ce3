"""Site names learned across a site's pages: the part of a title after (or before) a separator
that recurs on the site's other pages ("Talks resume | Gazette Online", "Port deal signed |
Gazette Online") is the site's name, or a section's, not headline, even when the page declares
no name and the part does not look like one ("| the paper of record").

A site is the host of a fetched page, or the folder of saved pages (a user saves one outlet's
pages together more often than not; a folder of many outlets learns only what recurs). A folder's
titles are read once, cheaply, before its first page is read, so its first page gains too; a
host's are learned as its pages are fetched.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from pathlib import Path

from .hygiene import SEPARATOR, squash

__all__ = ["SiteNames", "SITES"]

_TITLE = re.compile(rb"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)
HEAD_BYTES = 65_536  # a page's <title> is in its <head>, which is rarely longer
MAX_SCAN = 2_000  # pages of a folder read for their titles; past this the first ones tell enough


def _parts(title: str) -> list[str]:
    return [p.strip() for p in SEPARATOR.split(" ".join(title.split())) if p.strip()]


class SiteNames:
    """The titles seen per site and the edge parts that recur among them."""

    def __init__(self):
        self._titles: dict[str, dict[str, str]] = defaultdict(dict)  # site -> page -> title
        self._scanned: set[Path] = set()

    def learn(self, site: str, page: str, title: str | None) -> None:
        if title and title.strip():
            self._titles[site][page] = html.unescape(title)

    def scan_folder(self, folder: Path) -> None:
        """Learn the titles of the saved pages in `folder`, once."""
        if folder in self._scanned:
            return
        self._scanned.add(folder)
        pages = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".html", ".htm") and p.is_file())
        for page in pages[:MAX_SCAN]:
            try:
                with page.open("rb") as f:
                    head = f.read(HEAD_BYTES)
            except OSError:
                continue
            if m := _TITLE.search(head):
                self.learn(str(folder), page.name, m.group(1).decode("utf-8", "replace"))

    def names(self, site: str) -> list[str]:
        """The parts found on at least two of the site's titles whose other parts differ: a
        headline shared by two copies of one page is not a site name."""
        seen: dict[str, set[str]] = defaultdict(set)  # squashed part -> the rest of the titles it is in
        spelled: dict[str, str] = {}
        for title in self._titles.get(site, {}).values():
            parts = _parts(title)
            if len(parts) < 2:
                continue
            for i in range(len(parts)):  # inner parts too: "Headline | World | Gazette" has a section
                key = squash(parts[i])
                if key:
                    seen[key].add(squash(" ".join(parts[:i] + parts[i + 1:])))
                    spelled.setdefault(key, parts[i])
        return [spelled[key] for key, rests in seen.items() if len(rests) >= 2]


SITES = SiteNames()  # one per process: what a run has read so far
