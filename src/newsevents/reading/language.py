"""Is a text English? A cheap test run on every document before it is parsed."""

from __future__ import annotations

import re
from ..lang import vocab



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
    return sum(w in vocab.function_words for w in words) / len(words) >= 0.12
