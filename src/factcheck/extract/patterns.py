"""Regular expressions for dates and counts, built from the word tables (``factcheck.lexicon``) once at import."""

from __future__ import annotations

import re

from factcheck.lexicon.hedges import BOUNDS
from factcheck.lexicon.months import MONTHS
from factcheck.lexicon.numbers import NUMBER_WORDS, ORDINALS
from factcheck.lexicon.weekdays import WEEKDAYS

__all__ = [
    "AFTER_BETWEEN",
    "DAY",
    "DAY_WORD",
    "MONTH",
    "NUMBER",
    "RANGE_JOIN",
    "WEEKDAY",
    "WEEKDAY_FULL",
    "YEAR",
    "bound_before",
    "day_word_value",
]


# Lower case is accepted only where the word cannot be anything else ("january", "monday"):
# "may", "march", "sat", "sun" and "wed" are ordinary words.
_FULL_MONTHS = ("january", "february", "april", "june", "july", "august", "september", "october", "november")
_LOWER_OK = {*_FULL_MONTHS, "december", *(w for w in WEEKDAYS if len(w) > 5)}


def _alternation(words: list[str]) -> str:
    forms = {f for w in words for f in (w.capitalize(), w.upper())}
    forms |= {w for w in words if w in _LOWER_OK}
    return "|".join(map(re.escape, sorted(forms, key=lambda f: (-len(f), f))))


def _words(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w)))


MONTH = (
    rf"(?:(?:{_alternation([m for m in MONTHS if len(m) > 4 or m in ('may', 'june', 'july')])})(?![a-z])"
    rf"|(?:{_alternation([m for m in MONTHS if len(m) <= 4 and m not in ('may', 'june', 'july')])})(?![a-z])\.?)"
)
"""A month name or abbreviation, with an optional period ("Feb.", "Sept")."""
WEEKDAY_FULL = rf"(?:{_alternation([w for w in WEEKDAYS if len(w) > 4])})\b"
"""A weekday's full name: abbreviations are too ambiguous alone ("Sun", "Wed")."""
WEEKDAY = (
    rf"(?:(?:{_alternation([w for w in WEEKDAYS if len(w) > 5])})(?![a-z])"
    rf"|(?:{_alternation([w for w in WEEKDAYS if len(w) <= 5])})(?![a-z])\.?)"
)
"""A weekday name or abbreviation, allowed only right before a date."""
DAY = r"(?<![\d:.,/])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
"""A day of the month, with an optional ordinal suffix; never the hour of "3:30"."""
YEAR = r"(?:1[0-9]|2[0-2])\d\d(?![\d,.]\d)"
"""A four-digit year 1000–2299, not the start of a longer number."""
_SMALL = _words([w for w in NUMBER_WORDS if w not in ("a", "an", "hundred", "dozen")])
_FRACTION = r"(?:\s+and\s+(?:a\s+)?(?:half|quarter))"
NUMBER = (
    rf"(?:[1-9]/(?:2|3|4|8)(?![\d/])|\d+(?:\.\d+)?(?:\s+\d/\d|\s*½|{_FRACTION})?"
    rf"|(?:{_SMALL})(?:[- ](?:{_SMALL}))?{_FRACTION}?|a\s+dozen|a\s+hundred"
    r"|an?|another|half\s+an?|half|½)"
)
"""A count as digits ("14", "5 1/2", "1/2", "5 and a half"), words ("seventy-six", "two and a half") or an
article ("a year"); its value is read by the one number grammar (``numerals.count_value``)."""

_ORDINAL_UNITS = {w: int(v) for w, v in ORDINALS.items() if v <= 31}
_TENS = {"twenty": 20, "thirty": 30}
_CARDINAL_DAYS = [w for w, v in NUMBER_WORDS.items() if w.isalpha() and 1 <= v <= 31 and w not in ("a", "an", "dozen")]
DAY_WORD = (
    r"(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|one|two|three|four"
    r"|five|six|seven|eight|nine)|" + _words([*_ORDINAL_UNITS, *_CARDINAL_DAYS]) + r")\b"
)
"""A day of the month in words: "twenty-first", "third", "thirty one"."""


def day_word_value(text: str) -> int | None:
    """``"twenty-first"`` → 21, ``"third"`` → 3; ``None`` past 31."""
    total = 0
    for word in text.lower().replace("-", " ").split():
        total += _TENS.get(word) or _ORDINAL_UNITS.get(word) or NUMBER_WORDS.get(word, 0)
    return total if 1 <= total <= 31 else None


_BOUND_BEFORE = re.compile(
    r"(?<![\w-])(?P<bound>" + _words(list(BOUNDS)) + r")\s+(?:an?\s+)?\Z",
    re.IGNORECASE,
)


def bound_before(text: str, start: int) -> str | None:
    """The bound phrase that ends right before ``start`` ("more than", "an estimated"), lower case, or ``None``."""
    m = _BOUND_BEFORE.search(text, max(0, start - 24), start)
    return " ".join(m["bound"].lower().split()) if m else None


RANGE_JOIN = re.compile(r"\s*[-–]\s*|\s+(?P<word>to|and)\s+", re.IGNORECASE)
"""What joins the two ends of a range of amounts or counts ("$10-$20", "40 to 50", "between 40 and 50")."""
AFTER_BETWEEN = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)
"""Ends right after "between": only then does "and" join a range."""
