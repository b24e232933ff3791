"""Resolving dates that point at another period: "the weekend", "the quarter", "the year-ago quarter".

A value is given only where the text makes it clear, never guessed:

- **"the weekend"** is the nearest weekend in the direction of the tense: in
  the past, the last one begun by publication (the one under way in a weekend
  paper); ahead, the coming one (the one under way on a Saturday). With no
  tense marker the nearest one: the last early in the week, the coming one in
  a Friday paper; midweek it stays unresolved (``XXXX-WXX-WE``).
- **"the quarter", "the latest quarter"** are the quarter stated last before
  them ("third-quarter profit ... sales for the quarter"); with none, "the
  latest quarter" stays unresolved (``XXXX-QX``) and "the quarter" alone is
  no date (it may be a district or a coin).
- **"the year-ago quarter", "the year-earlier period", "the same period last
  year"** are the quarter, half or fiscal year stated last, a year before;
  with none, unresolved.
- **"the current fiscal year"** stays ``FYXXXX``: fiscal years start in any
  month, so the publication day does not tell which one is current.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck.extract.mentions import DateMention
from factcheck.model import DateFact
from factcheck.model.facts import Granularity

__all__ = ["anaphoric_fact", "is_period"]

_PERIOD = re.compile(r"(?P<year>\d{4})-(?P<code>[QH][1-4])|FY(?P<fy>\d{4})")


def is_period(fact: DateFact) -> bool:
    """A reporting period a later "the quarter" or "the year-ago period" may point at: a quarter, a half or a
    fiscal year with its year."""
    return _PERIOD.fullmatch(fact.value) is not None


def _weekend(anchor: date | None, tense: str | None) -> str | None:
    """The ISO week of the weekend "the weekend" means, or ``None`` when neither tense nor day tells."""
    if anchor is None:
        return None
    weekday = anchor.weekday()  # Monday 0 ... Sunday 6
    if tense == "future":
        if weekday == 6:
            return None  # a Sunday paper's "will ... the weekend": this one ending or the next
        monday = anchor - timedelta(days=weekday)
    elif weekday >= 5 or (weekday == 4 and tense is None):
        monday = anchor - timedelta(days=weekday)
    elif tense == "past" or weekday <= 1:
        monday = anchor - timedelta(days=weekday + 7)
    else:
        return None
    year, week, _ = monday.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _year_before(value: str) -> str:
    """ "2025-Q3" → "2024-Q3"; "FY2025" → "FY2024"."""
    m = _PERIOD.fullmatch(value)
    assert m is not None  # only called on is_period values
    if m["fy"]:
        return f"FY{int(m['fy']) - 1:04d}"
    return f"{int(m['year']) - 1:04d}-{m['code']}"


def anaphoric_fact(mention: DateMention, anchor: date | None, period: DateFact | None) -> DateFact | None:
    """The fact of a mention with an ``anaphor``, given the last reporting period stated before it (``None``:
    "the quarter" alone with no quarter before it, which is no date)."""
    fields = {"text": mention.text, "start": mention.start, "end": mention.end}
    kind = mention.anaphor

    def fact(value: str, granularity: Granularity, relative: bool = True) -> DateFact:
        return DateFact(value=value, granularity=granularity, relative=relative, **fields)

    if kind == "weekend":
        week = _weekend(anchor, mention.tense)
        return fact(f"{week}-WE", "weekend") if week else fact("XXXX-WXX-WE", "weekend", relative=False)
    if kind == "fiscal-year":
        return fact("FYXXXX", "year", relative=False)
    quarter = period if period is not None and "-Q" in period.value else None
    if kind in ("quarter", "latest-quarter"):
        if quarter is not None:
            return fact(quarter.value, "quarter")
        return None if kind == "quarter" else fact("XXXX-QX", "quarter", relative=False)
    # same-period: the quarter (or any reporting period) stated last, a year before
    antecedent = quarter if mention.unit == "quarter" else period
    if antecedent is not None:
        return fact(_year_before(antecedent.value), antecedent.granularity)
    return fact("XXXX-QX", "quarter", relative=False) if mention.unit == "quarter" else fact("XXXX", "year", False)
