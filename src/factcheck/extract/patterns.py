"""Vocabularies and regular expressions shared by the scanners, compiled once at import."""

from __future__ import annotations

import re

__all__ = [
    "DAY",
    "MONTH",
    "MONTHS",
    "WEEKDAY",
    "WEEKDAYS",
    "WEEKDAY_FULL",
    "YEAR",
    "month_number",
    "weekday_name",
]

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _alternation(words: list[str]) -> str:
    # Title case and upper case only: "may" and "sat" are verbs, "MAY 5" is a wire dateline.
    forms = sorted({f for w in words for f in (w.capitalize(), w.upper())}, key=lambda f: (-len(f), f))
    return "|".join(map(re.escape, forms))


MONTH = rf"(?:{_alternation(list(MONTHS))})(?![a-z])\.?"
"""A month name or abbreviation, with an optional period ("Feb.", "Sept")."""
WEEKDAY_FULL = rf"(?:{_alternation([w for w in WEEKDAYS if len(w) > 4])})\b"
"""A weekday's full name: abbreviations are too ambiguous alone ("Sun", "Wed")."""
WEEKDAY = rf"(?:{_alternation(list(WEEKDAYS))})(?![a-z])\.?"
"""A weekday name or abbreviation, allowed only right before a date."""
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
"""A day of the month, with an optional ordinal suffix; never the hour of "3:30"."""
YEAR = r"(?:1[0-9]|20|21)\d\d(?![\d,.]\d)"
"""A four-digit year 1000–2199, not the start of a longer number."""


def month_number(word: str) -> int:
    """``"Sept."`` → 9."""
    return MONTHS[word.rstrip(".").lower()]


def weekday_name(word: str) -> str:
    """``"Wed."`` → ``"Wednesday"``."""
    return _WEEKDAY_NAMES[WEEKDAYS[word.rstrip(".").lower()]]
