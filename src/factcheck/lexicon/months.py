"""Month and season words."""

from __future__ import annotations

__all__ = ["MONTHS", "MONTH_NAMES", "SEASONS", "full_month", "month_number"]

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
)  # fmt: skip
"""The months' full names, lower case, in calendar order."""

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
"""Month name or abbreviation (lower case, no period) → month number."""

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
"""Season word → TIMEX3 season code."""


def month_number(word: str) -> int:
    """``"Sept."`` → 9."""
    return MONTHS[word.rstrip(".").lower()]


def full_month(word: str) -> str:
    """A month word in full, lower case (``"Sept."`` → ``"september"``); any other word as given."""
    number = MONTHS.get(word.rstrip(".").lower())
    return MONTH_NAMES[number - 1] if number else word
