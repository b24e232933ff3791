"""Durations: a ``DurationMention`` → a ``DurationFact`` with an ISO 8601 value.

``P4D``, ``P76Y``, ``PT5H30M``; a decade is ``P10Y``; a vague count is ``X``
(``PXY`` for "for years"). Fractions go into the next smaller unit where ISO
8601 has one for the time part ("5 1/2 hours" → ``PT5H30M``) and stay decimal
otherwise (``P1.5Y``).
"""

from __future__ import annotations

from factcheck.extract.mentions import DurationMention
from factcheck.model import DurationFact

__all__ = ["compound_duration", "iso_duration", "to_duration_fact"]

_DESIGNATOR = {
    "second": ("T", "S", 1),
    "minute": ("T", "M", 1),
    "hour": ("T", "H", 1),
    "day": ("", "D", 1),
    "week": ("", "W", 1),
    "fortnight": ("", "W", 2),
    "month": ("", "M", 1),
    "year": ("", "Y", 1),
    "decade": ("", "Y", 10),
    "century": ("", "Y", 100),
}
_SMALLER = {"H": ("M", 60), "M": ("S", 60)}


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def iso_duration(count: float | None, unit: str) -> str:
    """``(4, "day")`` → ``P4D``; ``(None, "year")`` → ``PXY``; ``(5.5, "hour")`` → ``PT5H30M``."""
    time_part, designator, factor = _DESIGNATOR[unit]
    if count is None:
        return f"P{time_part}X{designator}"
    total = count * factor
    whole = int(total)
    fraction = total - whole
    if fraction and time_part and designator in _SMALLER:
        smaller, per = _SMALLER[designator]
        rest = fraction * per
        head = f"{whole}{designator}" if whole else ""
        return f"PT{head}{_number(round(rest, 6))}{smaller}"
    return f"P{time_part}{_number(total)}{designator}"


def compound_duration(parts: list[tuple[float, str]]) -> str:
    """``[(2, "year"), (3, "month")]`` → ``P2Y3M``; ``[(3, "hour"), (20, "minute")]`` → ``PT3H20M``: the parts of
    one duration in order, units from the largest; the last may carry a fraction (``PT1H30.5M``)."""
    date_part, time_part = "", ""
    for count, unit in parts:
        in_time, designator, factor = _DESIGNATOR[unit]
        piece = f"{_number(count * factor)}{designator}"
        if in_time:
            time_part += piece
        else:
            date_part += piece
    return f"P{date_part}" + (f"T{time_part}" if time_part else "")


def to_duration_fact(mention: DurationMention) -> DurationFact:
    value = (
        compound_duration([(mention.count or 0.0, mention.unit), *mention.more])
        if mention.more
        else iso_duration(mention.count, mention.unit)
    )
    return DurationFact(text=mention.text, start=mention.start, end=mention.end, value=value, mod=mention.mod)
