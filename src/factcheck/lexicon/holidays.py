"""Holidays the date scanner finds and the normalizer can date, and names built on a weekday that are no weekday.

Each holiday is a rule, not a table of dates: a fixed day, an offset from
Easter (computed by ``dateutil.easter``, the maintained Gregorian computus),
or the nth weekday of a month ("the fourth Thursday of November"), and a few
holidays a day or so after another ("Black Friday" is the day after
Thanksgiving). The normalizer turns a rule into the day of a given year.
"""

from __future__ import annotations

__all__ = [
    "AFTER_HOLIDAYS",
    "EASTER_HOLIDAYS",
    "FIXED_HOLIDAYS",
    "HOLIDAYS",
    "MOVABLE_HOLIDAYS",
    "NTH_WEEKDAY_HOLIDAYS",
    "WEEKDAY_NAMES",
]

FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "veterans day": (11, 11),
    "armistice day": (11, 11),
    "remembrance day": (11, 11),
    "st. patrick's day": (3, 17),
    "bastille day": (7, 14),
    "international workers' day": (5, 1),
    "workers' day": (5, 1),
    "may day": (5, 1),
    "international women's day": (3, 8),
}
"""Holidays on the same day every year → (month, day)."""
EASTER_HOLIDAYS: dict[str, int] = {
    "ash wednesday": -46,
    "palm sunday": -7,
    "maundy thursday": -3,
    "good friday": -2,
    "holy saturday": -1,
    "easter sunday": 0,
    "easter": 0,
    "easter monday": 1,
    "pentecost": 49,
}
"""Holidays a number of days from Western Easter Sunday."""
NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving day": (11, 3, 4),
    "thanksgiving": (11, 3, 4),
    "martin luther king day": (1, 0, 3),
    "presidents' day": (2, 0, 3),
    "memorial day": (5, 0, -1),
    "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3),
    "labor day": (9, 0, 1),
    "columbus day": (10, 0, 2),
}
"""US holidays on the nth weekday of a month → (month, weekday with Monday 0, nth; -1 the last)."""
AFTER_HOLIDAYS: dict[str, tuple[str, int]] = {
    "black friday": ("thanksgiving", 1),
    "cyber monday": ("thanksgiving", 4),
    "election day": ("first monday of november", 1),
}
"""Holidays a number of days after another day: "election day" is the Tuesday after the first Monday of November
(US)."""
MOVABLE_HOLIDAYS = (*EASTER_HOLIDAYS, *NTH_WEEKDAY_HOLIDAYS, *AFTER_HOLIDAYS)
"""Holidays whose day the normalizer computes from the year."""
HOLIDAYS = (*FIXED_HOLIDAYS, *MOVABLE_HOLIDAYS)
"""Every holiday name, lower case."""
WEEKDAY_NAMES = frozenset(
    {"black", "blue", "bloody", "super", "good", "ash", "holy", "maundy", "palm", "easter", "cyber", "shrove", "giving",
     "fat", "mad", "manic", "red", "orange", "white", "great", "glorious", "low", "plough", "mothering", "whit"}
)  # fmt: skip
"""Capitalized words that make a name of the weekday after them ("Black Monday", "Super Tuesday", "Bloody Sunday"):
an event or a holiday, never the weekday of the week the article speaks of."""
