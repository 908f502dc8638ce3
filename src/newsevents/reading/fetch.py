"""Fetching the pages a user names by URL (`newsevents code https://...`), with trafilatura's
fetcher: a timeout, a size cap, a user agent that says who is asking, a pause between requests
to the same host (longer where the site's robots.txt asks for it), and no page the site's
robots.txt keeps from us unless the user says so. Nothing else is ever downloaded at run time.

A failed fetch raises `FetchError` with a reason fit to print after the URL; the caller reports it
like any bad input and goes on with the other inputs.
"""

from __future__ import annotations

import http
import logging
import re
import time
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

__all__ = ["FetchError", "fetch", "is_url", "robots_rules", "TIMEOUT", "MAX_BYTES", "DELAY"]

TIMEOUT = 20  # seconds per connection and per read; trafilatura retries a timed-out read twice
MAX_BYTES = 10_000_000  # a news page's HTML is rarely over 3 MB; past this it is a dump or a file
DELAY = 2.0  # seconds between two requests to the same host: a reader's pace, not a crawler's
MAX_CRAWL_DELAY = 60.0  # a robots.txt Crawl-delay is honoured up to this many seconds
HTML_TYPES = ("text/html", "application/xhtml+xml")
ROBOTS_AGENT = "newsevents"  # the token a robots.txt names us by (the user agent's product)

_URL = re.compile(r"^https?://[^/\s]", re.IGNORECASE)
_last_request: dict[str, float] = {}  # host -> time.monotonic() of the last request to it
_robots: dict[str, RobotFileParser | None] = {}  # scheme://host -> its rules, None where it has none


class FetchError(Exception):
    """A page that could not be fetched; the message is the reason."""


def is_url(text: str) -> bool:
    return bool(_URL.match(text))


def user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        mine = version("newsevents")
    except PackageNotFoundError:
        mine = "dev"
    return f"newsevents/{mine} (news event coder; fetches only the pages its user names)"


def _config(timeout: int, max_bytes: int):
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(timeout))
    config.set("DEFAULT", "MAX_FILE_SIZE", str(max_bytes))
    config.set("DEFAULT", "USER_AGENTS", user_agent())
    # The user names every URL, as in a browser's address bar; the protection against requests to
    # private addresses guards servers that fetch URLs someone else chose, which this never does.
    config.set("DEFAULT", "SSRF_PROTECTION", "off")
    # A certificate that does not verify is an error, not a reason to fetch the page unverified.
    config.set("DEFAULT", "INSECURE_SSL_FALLBACK", "off")
    return config


def _wait_for(host: str, delay: float) -> None:
    last = _last_request.get(host)
    if last is not None:
        pause = delay - (time.monotonic() - last)
        if pause > 0:
            time.sleep(pause)
    _last_request[host] = time.monotonic()


class _Errors(logging.Handler):
    """Collects what trafilatura logs while fetching: its only account of why a fetch failed."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _reason(messages: list[str], timeout: int, max_bytes: int) -> str:
    said = " ".join(messages)
    if "timed out" in said.lower() or "timeout" in said.lower():
        return f"no answer within {timeout} s (timed out)"
    if "MAX_FILE_SIZE" in said or "oversized" in said:
        return f"page larger than the {max_bytes / 1e6:g} MB limit"
    if m := re.search(r"too many (\d{3}) error responses", said):
        return f"HTTP {m.group(1)} ({_phrase(int(m.group(1)))}), after retries"
    if "SSL" in said:
        return "TLS certificate or handshake failed"
    if any(s in said for s in ("NewConnectionError", "Name or service not known", "nodename nor servname",
                               "Connection refused", "Failed to resolve")):
        return "cannot connect to the host"
    detail = messages[-1][:200] if messages else "no response"
    return f"download failed: {detail}"


def _phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "unknown status"


def _get(url: str, config):
    """trafilatura's response for `url` (None when it failed) and what it logged meanwhile."""
    from trafilatura.downloads import fetch_response

    log = logging.getLogger("trafilatura.downloads")
    errors = _Errors()
    log.addHandler(errors)  # also keeps trafilatura's messages off stderr: the reason is printed once
    try:
        return fetch_response(url, decode=True, config=config), errors.messages
    finally:
        log.removeHandler(errors)


def robots_rules(url: str, config) -> RobotFileParser | None:
    """The robots.txt rules of `url`'s site, read once per site; None where it has none to give
    (no file, an error, an unreachable host), which, as for search engines, allows everything."""
    parts = urlsplit(url)
    root = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
    if root not in _robots:
        rules = None
        try:
            response, _ = _get(f"{root}/robots.txt", config)
        except Exception:  # a robots.txt that cannot be had is no rule; the page's own fetch reports why
            response = None
        if response is not None and response.status == 200 and response.html:
            rules = RobotFileParser(f"{root}/robots.txt")
            rules.parse(response.html.splitlines())
        _robots[root] = rules
    return _robots[root]


def fetch(url: str, timeout: int | None = None, max_bytes: int | None = None, delay: float | None = None,
          robots: bool = True) -> str:
    """The HTML of the page at `url`, decoded; FetchError with the reason when it cannot be had
    (HTTP error, timeout, too large, not an HTML page, kept from us by the site's robots.txt
    unless `robots` is False). The limits default to the module's."""
    timeout, max_bytes = timeout or TIMEOUT, max_bytes or MAX_BYTES
    host = urlsplit(url).netloc.lower()
    config = _config(timeout, max_bytes)
    delay = DELAY if delay is None else delay
    if robots:
        # The one small request for the rules is not spaced from the page's: a reader's browser
        # asks for a page's parts together too.
        rules = robots_rules(url, config)
        if rules is not None:
            if not rules.can_fetch(ROBOTS_AGENT, url):
                raise FetchError("the site's robots.txt does not allow fetching this page (--ignore-robots to fetch it anyway)")
            asked = rules.crawl_delay(ROBOTS_AGENT)
            if asked:
                delay = max(delay, min(float(asked), MAX_CRAWL_DELAY))
    _wait_for(host, delay)
    try:
        response, messages = _get(url, config)
    except Exception as err:  # trafilatura logs most failures, but a malformed URL can raise
        raise FetchError(f"download failed: {err}") from None
    if response is None:
        raise FetchError(_reason(messages, timeout, max_bytes))
    if response.status != 200:
        raise FetchError(f"HTTP {response.status} ({_phrase(response.status)})")
    kind = (response.headers or {}).get("content-type", "").split(";")[0].strip().lower()
    if kind and kind not in HTML_TYPES:
        raise FetchError(f"not an HTML page (content type {kind})")
    if response.data[:5] == b"%PDF-":
        raise FetchError("not an HTML page (a PDF)")
    if not (response.html or "").strip():
        raise FetchError("empty page")
    return response.html
