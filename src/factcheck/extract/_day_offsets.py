"""A day counted from a stated day: "the day before last Friday", "two days after Christmas", "a week before
Oct. 6".

The families read the day ("last Tuesday", "Christmas") and, alone, "ten
days before" as ten days before publication; but with a day right after it
the phrase is that day shifted, one expression. Read apart, each part would be
resolved to something the text does not say (issue 14, point 9). This pass
runs once over the winning mentions, looking only at the few characters before
each day.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.mentions import DateMention
from factcheck.extract.numerals import count_value
from factcheck.extract.patterns import NUMBER

__all__ = ["join_day_offsets"]

_OFFSET_BEFORE = re.compile(
    rf"(?:(?<!\bevery\s)(?<!\beach\s)\b(?:the\s+)?(?P<day>day)|\b(?P<n>{NUMBER})\s+(?P<unit>days?|weeks?))"
    r"\s+(?P<dir>before|after)\s+\Z",
    re.IGNORECASE,
)
_REACH = 40
"""How far before a day its offset phrase may start ("twenty-one days before ")."""


def _is_stated_day(mention: DateMention) -> bool:
    """A day the text names by itself: a weekday, a calendar day, a holiday (no time, no range, no count)."""
    if mention.time is not None or mention.day_end is not None or mention.week or mention.unit is not None:
        return False
    if mention.anaphor is not None or mention.ref is not None or mention.text_anchor:
        return False
    return (
        mention.weekday is not None or mention.day is not None or mention.holiday is not None or bool(mention.numeric)
    )


def join_day_offsets(mentions: list[DateMention], text: str) -> list[DateMention]:
    """The mentions with "the day before" / "N days after" joined to the stated day right after it."""
    out: list[DateMention] = []
    for mention in mentions:
        m = (
            _OFFSET_BEFORE.search(text, max(0, mention.start - _REACH), mention.start)
            if _is_stated_day(mention)
            else None
        )
        if m is not None and not (out and out[-1].start < m.start() < out[-1].end):
            count = 1.0 if m["day"] else count_value(m["n"])
            if count is not None and count == int(count):
                while out and out[-1].start >= m.start():
                    out.pop()  # "ten days before", read alone as ten days before publication
                days = int(count) * (7 if (m["unit"] or "day").lower().startswith("week") else 1)
                sign = -1 if m["dir"].lower() == "before" else 1
                mention = replace(mention, start=m.start(), text=text[m.start() : mention.end], day_offset=sign * days)
        out.append(mention)
    return out
