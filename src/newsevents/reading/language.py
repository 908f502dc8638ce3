"""Is a text English? A cheap test run on every document before it is parsed."""

from __future__ import annotations

import re

# The commonest English words: in English prose they are about a third of all words, in other
# languages (or in non-Latin scripts) close to none.
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in is that for on with as was by at from it he his said be are have has were an "
    "this not but they which who its their will had been or after would more than also she her we".split()
)


def looks_english(text: str) -> bool:
    """False for a text mostly in another script, or of 30 words or more of which under 12% are
    common English function words (about a third in English news); short texts get the benefit."""
    sample = text[:20000]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) >= 100 and sum(c.isascii() for c in letters) / len(letters) < 0.5:
        return False  # mostly another script: Arabic, Cyrillic, Chinese ...
    words = re.findall(r"[^\W\d_]+", sample.lower())
    if len(words) < 30:
        return True
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words) >= 0.12
