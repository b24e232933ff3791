"""Weekday words."""

from __future__ import annotations

__all__ = ["WEEKDAYS", "WEEKDAY_NAMES", "weekday_name"]

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""Full names, in ``date.weekday()`` order."""

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
"""Weekday name or abbreviation (lower case, no period) → ``date.weekday()`` index."""


def weekday_name(word: str) -> str:
    """``"Wed."`` → ``"Wednesday"``."""
    return WEEKDAY_NAMES[WEEKDAYS[word.rstrip(".").lower()]]
