"""FC101 weekday-date-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from factcheck.model import DateFact, Finding, Severity
from factcheck.rules._rule import DocumentContext, rule

_YEAR_SLACK = timedelta(days=300)
_MONTH = r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d{1,4}[/.-]\d{1,2}"
_MONTH_NAMED = re.compile(_MONTH, re.IGNORECASE)
"""A date that writes its month."""
_MONTH_WRITTEN = re.compile(_MONTH + r"|\d(?:st|nd|rd|th)\b|\b(?:first|second|third|[a-z]+th)\b", re.IGNORECASE)
"""A date that writes its month, or its day as an ordinal ("Tuesday the 19th": a day of a month near publication
whose weekday fits, if one does): "Friday, the 22" writes neither, and the number may be an age."""


def _fits_another_year(fact: DateFact, day: date, anchor: date | None) -> bool:
    """True when a year-less date's weekday fits the same day of a neighbouring year near the anchor.

    "Thursday, Jan. 2" in an article of mid-2025 may mean 2025 or 2026; if
    either year makes the weekday right, the text is not shown to be wrong.
    """
    if not fact.relative or anchor is None:
        return False
    for year in (day.year - 1, day.year + 1):
        try:
            other = day.replace(year=year)
        except ValueError:
            continue
        if abs(other - anchor) <= _YEAR_SLACK and other.strftime("%A") == fact.weekday:
            return True
    return False


@rule("FC101", "weekday-date-mismatch", severity=Severity.ERROR, requires=("date",))
def weekday_date_mismatch(ctx: DocumentContext) -> Iterator[Finding]:
    """A date is given with a weekday it does not fall on.

    ## Why it matters
    Readers check the weekday first; a mismatch means one of the two is
    wrong, and nothing in the text says which.

    ## How sure
    - **error**: the weekday and the date are one expression and the date
      writes its month, or its day as an ordinal with no month near the
      publication date where that day falls on that weekday: they cannot both
      be right.

    ## Stays silent when
    - the weekday and the date are not one expression ("on Wednesday ...
      on Feb. 3" are two mentions, possibly of two days);
    - the date is not at day precision ("June 2022", "fiscal 1999");
    - the date writes neither its month nor its day as an ordinal ("Friday,
      the 22"): the number may be an age ("the 22-year-old"). "Tuesday the
      19th" is checked: its month is the one next to the publication date
      whose 19th is a Tuesday, so an error means that no such month is near;
    - the year is not stated and no anchor gives it, or the weekday fits the
      same day in either neighbouring year of the publication date.

    ## Arithmetic
    The year of a year-less date ("Sunday (Sept 29)") comes from the
    publication date and the sentence's tense; the message says so.
    """
    anchor = ctx.document.anchor
    for fact in ctx.facts(DateFact):
        day, real = fact.day, fact.real_weekday
        if day is None or fact.weekday is None or real is None or fact.weekday == real:
            continue
        if _fits_another_year(fact, day, anchor) or not _MONTH_WRITTEN.search(fact.text):
            continue
        taken = f"year {day.year}" if _MONTH_NAMED.search(fact.text) else f"month {day:%Y-%m}"  # "Tuesday the 19th"
        year_note = f" ({taken} from the publication date {anchor})" if fact.relative else ""
        yield ctx.finding(
            evidence=[fact],
            expected=real,
            actual=fact.weekday,
            message=f'"{fact.text}": {day.isoformat()}{year_note} is a {real}, not a {fact.weekday}',
        )
