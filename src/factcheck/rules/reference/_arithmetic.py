"""The counting shared by the reference rules: completed and calendar years, and what a hedge allows."""

from __future__ import annotations

import calendar as calendar_module
from datetime import date

from factcheck.link.claims import Reference
from factcheck.model import Bound

__all__ = ["completed_years", "contradicts", "span_text"]


def completed_years(reference: Reference, on: date) -> tuple[int, int]:
    """(fewest, most) whole years from the reference date to ``on``.

    A KB date known only to the month or the year leaves the anniversary day
    open, so both neighbours are possible where it could fall either side. A
    29 February has no day of its own in a common year: some count the
    anniversary on 28 February, others on 1 March, so on 28 February of a
    common year both counts are possible.
    """
    calendar = on.year - reference.year
    if reference.day is not None:
        if (reference.day.month, reference.day.day) == (2, 29) and (on.month, on.day) == (2, 28):
            return (calendar - 1, calendar - 1) if calendar_module.isleap(on.year) else (calendar - 1, calendar)
        before = (on.month, on.day) < (reference.day.month, reference.day.day)
        return (calendar - 1, calendar - 1) if before else (calendar, calendar)
    if reference.month is not None:
        if on.month < reference.month:
            return calendar - 1, calendar - 1
        if on.month > reference.month:
            return calendar, calendar
    return calendar - 1, calendar


def contradicts(stated: float, low: int, high: int, bound: Bound) -> bool:
    """Whether a stated count cannot be true when the truth lies in ``[low, high]``.

    "more than N" (lower) is wrong only if even the most is not above N - 1;
    "nearly N" and "less than N" (upper) only if even the fewest exceed N;
    "about N" (approx) allows a year or five per cent either way.
    """
    if bound == "lower":
        return high < stated
    if bound == "upper":
        return low > stated
    if bound == "approx":
        slack = max(1.0, 0.05 * stated)
        return stated < low - slack or stated > high + slack
    return not low <= stated <= high


def span_text(low: int, high: int) -> str:
    """ "76" or "75–76"."""
    return str(low) if low == high else f"{low}–{high}"
