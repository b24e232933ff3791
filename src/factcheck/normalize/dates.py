"""Dates: a ``DateMention`` plus an anchor → a ``DateFact`` with a TIMEX3 value.

Pure functions: the anchor (publication day) is passed in, never read from a
clock. Without an anchor, the parts the text does not state stay unknown
(``XXXX-10-10``) rather than guessed.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from factcheck.extract.dates import DateMention
from factcheck.extract.tense import Tense
from factcheck.model import DateFact

__all__ = ["resolve_month_day", "resolve_weekday", "to_date_fact"]

_WEEKDAY_INDEX = {name: index for index, name in enumerate(calendar.day_name)}


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_weekday(weekday: str, anchor: date, tense: Tense) -> date:
    """The day a bare weekday names, seen from ``anchor``.

    The anchor's own weekday is the anchor itself ("on Sunday" in a Sunday
    paper), unless the sentence is in the future tense; otherwise the past
    (the default of news narration) takes the latest such day on or before
    the anchor and the future the next one after it.
    """
    target = _WEEKDAY_INDEX[weekday]
    if tense == "future":
        ahead = (target - anchor.weekday()) % 7 or 7
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=(anchor.weekday() - target) % 7)


def resolve_month_day(month: int, day: int, anchor: date, tense: Tense) -> date | None:
    """The year of a year-less "October 10", from the anchor and the tense.

    Future tense takes the first such day on or after the anchor; past tense
    the last on or before it (one day of slack for time zones); with no
    marker, the nearest. ``None`` when the day exists in none of the years.
    """
    candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _valid(y, month, day))]
    if not candidates:
        return None
    if tense == "future":
        ahead = [d for d in candidates if d >= anchor]
        return ahead[0] if ahead else None
    if tense == "past":
        behind = [d for d in candidates if d <= anchor + timedelta(days=1)]
        return behind[-1] if behind else None
    return min(candidates, key=lambda d: (abs((d - anchor).days), d))


def to_date_fact(mention: DateMention, anchor: date | None) -> DateFact | None:
    """The fact a mention states, or ``None`` when it names no real date (Feb. 30)."""
    fields = {"text": mention.text, "start": mention.start, "end": mention.end, "weekday": mention.weekday}
    year, month, day = mention.year, mention.month, mention.day
    if month is not None and day is not None:
        if year is not None:
            stated = _valid(year, month, day)
            return DateFact(value=stated.isoformat(), granularity="day", **fields) if stated else None
        if _valid(2000, month, day) is None:  # 2000 is a leap year: only impossible days fail
            return None
        if anchor is None:
            return DateFact(value=f"XXXX-{month:02d}-{day:02d}", granularity="day", **fields)
        resolved = resolve_month_day(month, day, anchor, mention.tense)
        if resolved is None:
            return DateFact(value=f"XXXX-{month:02d}-{day:02d}", granularity="day", **fields)
        return DateFact(value=resolved.isoformat(), granularity="day", relative=True, **fields)
    if month is not None and year is not None:
        return DateFact(value=f"{year:04d}-{month:02d}", granularity="month", **fields)
    if mention.weekday is not None and mention.family == "weekday":
        if anchor is None:
            return DateFact(value=f"XXXX-WXX-{_WEEKDAY_INDEX[mention.weekday] + 1}", granularity="day", **fields)
        resolved = resolve_weekday(mention.weekday, anchor, mention.tense)
        return DateFact(value=resolved.isoformat(), granularity="day", relative=True, **fields)
    if year is not None:
        return DateFact(value=f"{year:04d}", granularity="year", **fields)
    return None
