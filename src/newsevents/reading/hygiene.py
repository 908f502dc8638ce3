"""Page hygiene: what a web page's extracted text carries besides the article.

- `clean_title`: the headline without the site's name ("Talks resume - Island Times News"), using
  the site names the page declares (og:site_name, application-name, its host) and else a trailing
  part after a separator that looks like a name, never leaving less than three words of headline.
- `strip_furniture`: the lines of extracted text that are not the story (related-story lists,
  comment sections, newsletter sign-ups, paywall teasers, share and follow links), left out of the
  text that is coded, each kind reported once.
- `MIN_WORDS`: a page with less main text than this is not an article (an index, a teaser).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Under this many words of main text (the title not counted) a page is not an article: a news
# brief runs to 50 words and more, while index, teaser and "subscribe" pages extract to a few lines.
MIN_WORDS = 40

SEPARATOR = re.compile(r"\s+(?:[|–—•·»«~]|-{1,2}|::)\s+")
_SMALL_WORDS = {"the", "of", "and", "&", "de", "la", "le", "el", "du", "des", "für", "in", "on", "at", "for", "a"}
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.(com|org|net|news|info|co|uk|in|au|ca|ie|nz|za|io|tv)$", re.IGNORECASE)
_BYLINE = re.compile(r"^by\s+[A-Z]", re.IGNORECASE)


def squash(text: str) -> str:
    """Letters and digits only, lower-cased: "Island Times" and "islandtimes.com" compare."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def host_label(host: str | None) -> str | None:
    """The name part of a host ("www.islandtimes.co.uk" -> "islandtimes")."""
    if not host:
        return None
    labels = [x for x in host.lower().split(":")[0].split(".") if x and x not in ("www", "m", "amp", "edition")]
    while len(labels) > 1 and len(labels[-1]) <= 3:  # drop "com", "co", "uk"
        labels.pop()
    return squash(labels[-1]) if labels else None


def _is_site(part: str, sites: list[str], host: str | None) -> bool:
    key = squash(part)
    if not key or len(part.split()) > 6:
        return False
    if _DOMAIN.match(part.strip()):
        return True
    for site in sites:
        other = squash(site)
        if len(other) >= 3 and (key == other or (len(key) >= 3 and (key in other or other in key))):
            return True
    return bool(host and len(host) >= 4 and host in key)


def _looks_like_name(part: str) -> bool:
    """A short run of capitalised words ("Island Times News", "The Daily Star"), as site names are;
    a headline fragment has lower-case words or numbers."""
    words = part.split()
    if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in part):
        return False
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


def clean_title(title: str | None, sites: list[str] = (), host: str | None = None) -> str | None:
    """`title` without the site's name before or after a separator; None if nothing is left."""
    if not title or not title.strip():
        return None
    title = " ".join(title.split())
    cuts = list(SEPARATOR.finditer(title))
    if not cuts:
        return title
    bounds = [0, *[x for m in cuts for x in (m.start(), m.end())], len(title)]
    parts = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    keep = list(parts)
    # Parts the page itself names as the site go, at either end.
    while len(keep) > 1 and _is_site(title[slice(*keep[-1])], list(sites), host):
        keep.pop()
    while len(keep) > 1 and _is_site(title[slice(*keep[0])], list(sites), host):
        keep.pop(0)
    if len(keep) == len(parts) and len(keep) > 1:
        # No declared name matched: a trailing name after a separator is taken for the site only if
        # at least three words of headline remain, so "Russia - Ukraine Talks Resume" stays whole.
        last, rest = title[slice(*keep[-1])], title[keep[0][0] : keep[-2][1]]
        if _looks_like_name(last) and len(rest.split()) >= max(3, len(last.split())):
            keep.pop()
    cleaned = title[keep[0][0] : keep[-1][1]].strip()
    return cleaned or None


def good_title(title: str | None, sites: list[str] = ()) -> bool:
    """Whether a cleaned title can be the headline: not empty, not the site's name, not a byline."""
    if not title or len(title.split()) < 2 and len(title) < 12:
        return False
    if _BYLINE.match(title):
        return False
    return not any(squash(title) == squash(s) for s in sites if s)


# -- the lines of an extracted page that are not the story ------------------------------------------
_RELATED_HEADING = re.compile(
    r"^(?:related(?:\s+(?:stories|articles|content|coverage|news|links|reading))?|more\s+(?:stories|news|on this(?: story)?|from\b.*)"
    r"|read\s+more|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be interested in)|recommended(?:\s+for you)?"
    r"|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|top\s+stories|latest\s+(?:news|stories)"
    r"|further\s+reading|see\s+also|also\s+read|editor'?s\s+picks?)\s*:?$", re.IGNORECASE)
_RELATED_INLINE = re.compile(r"^(?:-\s+)?(?:read\s+more|read\s+also|also\s+read|see\s+also|related|more)\s*[:|»>]\s*\S",
                             re.IGNORECASE)
_COMMENTS = re.compile(
    r"^(?:\d+\s+)?comments?\s*(?:\(\d+\))?:?$|^(?:leave|post|add|write)\s+a\s+(?:comment|reply)|^join\s+the\s+(?:conversation|discussion)"
    r"|^comments\s+are\s+closed|^(?:log|sign)\s+in\s+to\s+(?:comment|reply)|^show\s+comments|^view\s+\d*\s*comments", re.IGNORECASE)
_NEWSLETTER = re.compile(
    r"^(?:sign\s+up|subscribe)\b.*\bnewsletters?\b|\bnewsletters?\b.*\b(?:sign\s+up|subscribe|inbox)\b"
    r"|delivered\s+(?:straight\s+)?to\s+your\s+inbox", re.IGNORECASE)
_PAYWALL = re.compile(
    r"(?:subscribe|log\s+in|sign\s+in|register)\b.{0,40}\bto\s+(?:continue|keep)\s+reading|^to\s+continue\s+reading"
    r"|already\s+a\s+(?:subscriber|member)\?|you\s+have\s+reached\s+your\s+(?:free\s+)?(?:article\s+)?limit"
    r"|(?:for|to)\s+(?:paying\s+)?(?:subscribers|members)\s+only|^(?:this|the)\s+(?:article|story|content)\s+is\s+(?:only\s+)?"
    r"(?:available|reserved)\s+(?:for|to)\s+(?:subscribers|members)|support\s+(?:our|independent|quality)\s+journalism"
    r"|^become\s+a\s+(?:member|subscriber)|^unlock\s+(?:this|full)\s+(?:article|story|access)|^subscribe\s+(?:now|today)\b",
    re.IGNORECASE)
_FURNITURE = re.compile(
    r"^(?:share\s+(?:this|on)\b|follow\s+us\s+on\b|click\s+here\s+to\b|advertisement$|sponsored(?:\s+content)?$"
    r"|(?:print|email)\s+this\s+(?:article|story|page)|skip\s+to\s+(?:main\s+)?content|(?:image|photo)\s+copyright\b"
    r"|we\s+use\s+cookies\b|accept\s+(?:all\s+)?cookies)", re.IGNORECASE)

_LABELS = {
    "related": "a related-stories list",
    "comments": "a comment section",
    "newsletter": "a newsletter sign-up",
    "paywall": "a paywall or subscription teaser",
    "furniture": "page furniture (share, follow and advertisement lines)",
}
# Lines this long are prose, whatever words they open with.
_MAX_FURNITURE_WORDS = 40


@dataclass
class Cleaned:
    lines: list[str]  # the lines kept, in order
    dropped: dict[str, list[str]] = field(default_factory=dict)  # kind -> lines left out

    def notes(self) -> list[str]:
        """One message per kind of furniture left out, quoting its first line."""
        out = []
        for kind, lines in self.dropped.items():
            first = lines[0] if len(lines[0]) <= 70 else lines[0][:67].rstrip() + "..."
            n = len(lines)
            hint = "; the page may hold only part of the article" if kind == "paywall" else ""
            out.append(f"{_LABELS[kind]} left out of the coded text ({n} line{'s' if n != 1 else ''}): \"{first}\"{hint}")
        return out


def _list_item(line: str) -> bool:
    """A line of a list of links: a bullet, or a short headline-like line with no sentence end."""
    return line.startswith(("- ", "• ", "* ")) or (len(line.split()) <= 15 and not line.rstrip().endswith((".", "!", "?", '"', "”")))


def _kind(line: str) -> str | None:
    if len(line.split()) > _MAX_FURNITURE_WORDS:
        return None
    for kind, pattern in (("comments", _COMMENTS), ("related", _RELATED_INLINE), ("newsletter", _NEWSLETTER),
                          ("paywall", _PAYWALL), ("furniture", _FURNITURE)):
        if pattern.search(line.lstrip("-•* ")):
            return kind
    return None


def furniture_kind(line: str) -> str | None:
    """The kind of page furniture one line is ("related", "paywall" ...), or None for story text."""
    return _kind(line.strip())


def strip_furniture(lines: list[str]) -> Cleaned:
    """The lines of a page's extracted text that are the story; the rest by kind."""
    out = Cleaned([])
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        bare = line.lstrip("-•* ").strip()
        if len(bare.split()) <= 8 and _RELATED_HEADING.match(bare):
            # The heading and the list of headlines under it.
            j = i + 1
            while j < len(lines) and _list_item(lines[j].strip()):
                j += 1
            out.dropped.setdefault("related", []).extend(x.strip() for x in lines[i:j])
            i = j
            continue
        kind = _kind(line)
        if kind == "comments" and sum(len(x.split()) for x in out.lines) >= MIN_WORDS and _COMMENTS.match(bare):
            # A comment section runs to the end of the page; a heading before any story is left alone.
            out.dropped.setdefault("comments", []).extend(x.strip() for x in lines[i:] if x.strip())
            break
        if kind is not None:
            out.dropped.setdefault(kind, []).append(line)
        else:
            out.lines.append(lines[i])
        i += 1
    return out
