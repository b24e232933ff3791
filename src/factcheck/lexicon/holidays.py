"""Holidays the date scanner finds and the normalizer can date."""

from __future__ import annotations

__all__ = ["FIXED_HOLIDAYS", "HOLIDAYS", "MOVABLE_HOLIDAYS"]

FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
}
"""Holidays on the same day every year → (month, day)."""
MOVABLE_HOLIDAYS = ("thanksgiving day", "thanksgiving", "election day")
"""Holidays whose day the normalizer computes from the year (the fourth Thursday, the Tuesday after a Monday)."""
HOLIDAYS = (*FIXED_HOLIDAYS, *MOVABLE_HOLIDAYS)
"""Every holiday name, lower case."""
