"""Numbers written in news text ("5,000", "two", "1.5 million") as values."""

from __future__ import annotations

WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24,
    "hundreds": 200, "thousand": 1000, "thousands": 2000,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}


def parse_number(words: list[str]) -> float | None:
    """The value of a number phrase, or None. Scale words multiply what comes before them."""
    total = 0.0
    current = None
    for w in words:
        w = w.lower().replace(",", "")
        if w in SCALES and current is not None:
            current *= SCALES[w]
            continue
        try:
            value = float(w)
        except ValueError:
            value = WORDS.get(w)
            if value is None:
                if w in ("-", "and", "about", "some", "nearly", "almost", "over", "around", "up", "to", "at", "least", "more", "than"):
                    continue
                return None
        if current is not None:
            total += current
        current = value
    if current is None:
        return None
    total += current
    return int(total) if total == int(total) else total
