"""A web page (an HTML file, or a page fetched by URL) as an Article: trafilatura's extract, the
headline without the site's name, and the story without the page's furniture (`hygiene.py`).

The Article's text is the title, a blank line and the kept lines of the extract: what is coded,
what every offset indexes, and what the document carries as `text`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from ..records import Warning
from . import Extracted, Failure
from .hygiene import MIN_WORDS, squash, clean_title, good_title, host_label, strip_furniture
from .sites import SITES

NO_TEXT = "no article text found in HTML"


def _head(html: str) -> dict:
    """The page's own metadata: its titles and the names it gives itself; "h1": its headings."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return {}
    found: dict = {"h1": [" ".join(h.text_content().split()) for h in tree.iter("h1")]}
    for key, xpath in (("og:title", '//meta[@property="og:title"]/@content'),
                       ("twitter:title", '//meta[@name="twitter:title"]/@content'),
                       ("title", "//head/title/text()"),
                       ("og:site_name", '//meta[@property="og:site_name"]/@content'),
                       ("application-name", '//meta[@name="application-name"]/@content'),
                       ("og:url", '//meta[@property="og:url"]/@content'),
                       ("canonical", '//link[@rel="canonical"]/@href')):
        values = [" ".join(str(v).split()) for v in tree.xpath(xpath)]
        if values and values[0]:
            found[key] = values[0]
    return found


def _site(url: str | None, path: str) -> str | None:
    """Which site's titles a page is learned with (`sites.py`): a fetched page's host, a saved
    page's folder (whose titles are read first)."""
    if url:
        return urlsplit(url).netloc.lower() or None
    saved = Path(path)
    if not saved.is_file():  # an upload: no site to learn from
        return None
    SITES.scan_folder(saved.parent.resolve())
    return str(saved.parent.resolve())


def page_article(html: str, path: str, published: str | None, *, doc_id: str, url: str | None = None,
                 notes: list[Warning] | None = None) -> Extracted | Failure:
    """The story on the page `html` read from `path`, or a Failure saying why there is none."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if doc is None or len((doc.text or "").split()) < 3:
        # A page whose extract is a word or two ("Home") is navigation, not an article.
        return Failure(path, None, NO_TEXT)
    head = _head(html)
    # Not trafilatura's `sitename`: without og:site_name it guesses the part of <title> holding a
    # dot, which is as often the headline ("U.S. envoy meets rebels - Gulf Daily").
    sites = [s for s in (head.get("og:site_name"), head.get("application-name")) if s]
    page_url = url or doc.url or head.get("og:url") or head.get("canonical") or ""
    host = host_label(urlsplit(page_url).hostname) if "://" in page_url else None
    site = _site(url, path)
    if site:
        SITES.learn(site, url or Path(path).name, head.get("title"))
        sites += SITES.names(site)
    lines = [line for line in doc.text.splitlines() if line.strip()]
    # The headline a reader sees (the <h1> the extract opens with) before the titles the page
    # declares for search engines and tabs, which may differ from it and carry the site's name.
    shown = lines[0] if lines and " ".join(lines[0].split()) in head.get("h1", ()) else None
    raw_titles = [shown, head.get("og:title"), head.get("twitter:title"), head.get("title"), doc.title]
    titles = [clean_title(t, sites, host) for t in raw_titles]
    title = next((t for t in titles if good_title(t, sites)), None)

    # The headline is often also the extract's first line (the page's <h1>): keep it once.
    seen = {squash(t) for t in [*raw_titles, *titles] if t}
    if title and lines and squash(lines[0]) in seen:
        lines = lines[1:]
    kept = strip_furniture(lines)
    words = sum(len(line.split()) for line in kept.lines)
    if words < 3:
        return Failure(path, None, NO_TEXT)
    if words < MIN_WORDS:
        return Failure(path, None, f"main text is {words} words, too short to be an article (under {MIN_WORDS}): "
                                   "an index, teaser or paywalled page?")
    body = "\n".join(kept.lines)
    date = published
    if doc.date:
        try:
            date = dt.date.fromisoformat(doc.date[:10]).isoformat()
        except ValueError:
            pass
    warnings = [*(notes or []), *(Warning(path, None, note) for note in kept.notes())]
    # The title is kept in the text so that title events and quotes have offsets like any other part.
    return Extracted(doc_id=doc_id, text=f"{title}\n\n{body}" if title else body, published=date,
                     url=url or doc.url, origin=path, warnings=warnings)


def read_url(url: str, published: str | None, robots: bool = True) -> Iterator[Extracted | Failure]:
    """The story at `url`, fetched (`fetch.py`; within the site's robots.txt unless `robots` is
    False) and read as an HTML file is."""
    from .fetch import FetchError, fetch

    try:
        html = fetch(url, robots=robots)
    except FetchError as err:
        yield Failure(url, None, str(err))
        return
    yield page_article(html, url, published, doc_id=url, url=url)
