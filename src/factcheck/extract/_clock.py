"""A clock time next to a day is a time of that day: "Tuesday at 11 p.m.", "tomorrow 7:30am", "3 a.m. this morning".

The ``time`` family reads a clock time, with a weekday or a day word written
right after it ("9 a.m. Tuesday"); alone, a time is a time of the anchor's
day. Where the day stands before the time ("results come Tuesday at 11 p.m.")
or is a phrase the time family does not read ("this morning", "next week on
Tuesday"), the two are one expression: the time alone would be resolved to the
publication day, which the text does not say. This pass runs once over the
winning mentions (text order), so it costs nothing per character.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.mentions import DateMention

__all__ = ["join_clock_times"]

_DAY_THEN_TIME = re.compile(r"\s*,?\s*(?:at\s+|around\s+|about\s+)?\Z", re.IGNORECASE)
"""What may stand between a day and its time ("Tuesday at 11 p.m.", "tomorrow 7:30am", "Friday, 9 a.m.")."""
_HOURS_THEN_TIME = re.compile(
    r"\s*,?\s*(?:(?:from|between)\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?\s?m\b\.?)?\s*(?:-|–|to|until|till|and)\s*\Z",
    re.IGNORECASE,
)
"""Between a day and the last time of a range of hours ("Saturday from 3 to 5 pm", "Tuesday 9-11 a.m.")."""
_TIME_TO_TIME = re.compile(r"\s*(?:-|–|to|until|till)\s*\Z", re.IGNORECASE)
"""Between the first and last time of a range ("Tuesday 9 a.m.-5 p.m.")."""
_TIME_THEN_DAY = re.compile(r"\s*(?:\([^()]{1,24}\)\s*)?,?\s*(?:on\s+)?\Z", re.IGNORECASE)
"""What may stand between a time and its day ("8am this morning", "9 a.m., Tuesday", the wire's "4:10 p.m.
(2110 GMT) Monday")."""


def _is_day(mention: DateMention, timed: bool = False) -> bool:
    """A mention of one whole day (with a time if ``timed``): a weekday, a day word, a calendar day, a holiday."""
    if (mention.time is not None and not timed) or mention.day_end is not None or mention.week:
        return False
    if mention.ref is not None:
        return False
    if mention.unit is not None:
        return mention.unit == "day"
    return mention.weekday is not None or mention.day is not None or mention.holiday is not None


def _is_bare_time(mention: DateMention) -> bool:
    """A clock time the text gives no day for (the ``time`` family resolved it to the anchor's day)."""
    return (
        mention.family == "time"
        and mention.weekday is None
        and mention.shift == 0
        and _DAY_WORD.search(mention.text) is None
    )


_DAY_WORD = re.compile(r"\b(?:today|tomorrow|yesterday)\b", re.IGNORECASE)


def join_clock_times(mentions: list[DateMention], text: str) -> list[DateMention]:
    """The mentions with each bare clock time joined to the day written right before or after it."""
    out: list[DateMention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if last is not None and _is_bare_time(mention) and _is_day(last, timed=True):
            gap = text[last.end : mention.start]
            if last.time is None and _DAY_THEN_TIME.match(gap):
                out[-1] = replace(last, end=mention.end, text=text[last.start : mention.end], time=mention.time)
                continue
            if _TIME_TO_TIME.match(gap) if last.time else _HOURS_THEN_TIME.match(gap):
                # A range of hours on that day: one fact of the day; neither end is resolved alone.
                out[-1] = replace(last, end=mention.end, text=text[last.start : mention.end], time=None)
                continue
        gap = text[last.end : mention.start] if last is not None else ""
        if last is not None and _is_bare_time(last) and _is_day(mention) and _TIME_THEN_DAY.match(gap):
            out[-1] = replace(mention, start=last.start, text=text[last.start : mention.end], time=last.time)
            continue
        out.append(mention)
    return out
