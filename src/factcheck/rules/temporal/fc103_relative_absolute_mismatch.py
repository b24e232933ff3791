"""FC103 relative-absolute-mismatch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from factcheck.link.align import align_events
from factcheck.model import EventFact, Finding, Severity
from factcheck.rules._rule import DocumentContext, rule

_NEAR_DAYS = 3
"""A weekday and a date more than three days apart are more likely two occurrences than one event misdated."""
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _day(event: EventFact) -> date | None:
    try:
        return date.fromisoformat(event.value[:10]) if event.granularity in ("day", "time") else None
    except ValueError:
        return None


@rule("FC103", "relative-absolute-mismatch", severity=Severity.ERROR, requires=("event",))
def relative_absolute_mismatch(ctx: DocumentContext) -> Iterator[Finding]:
    """One event is dated by a weekday and by a date that is not that weekday.

    ## Why it matters
    "The talks began Sunday" and later "the talks, which began on Sept. 27"
    (a Saturday) cannot both be right; one of the two was not updated.

    ## Stays silent when
    - the two mentions are not one event: another type, fewer than two
      participant names in common, or another event matches better;
    - the other date is not written out as a calendar date ("the next day"
      and "yesterday" are relative too);
    - the date falls on the stated weekday, even in another week (then only
      the weekday's resolution is in doubt, not the text);
    - the date lies more than three days from the day the weekday names
      ("met again on Wednesday" after a meeting on Aug. 7 is another meeting).
    """
    events = [e for e in ctx.facts(EventFact) if _day(e) is not None]
    by_weekday = [e for e in events if e.date_text.isalpha() and e.date_text.lower() in _WEEKDAYS]
    by_date = [e for e in events if any(c.isdigit() for c in e.date_text)]
    for pair in align_events(by_weekday, by_date):
        weekday, dated = pair.first, pair.second
        day, resolved = _day(dated), _day(weekday)
        if day is None or resolved is None:
            continue
        if day.strftime("%A").lower() == weekday.date_text.lower() or abs((day - resolved).days) > _NEAR_DAYS:
            continue
        yield ctx.finding(
            evidence=[
                ctx.evidence_at(weekday.date_start, weekday.date_end),
                ctx.evidence_at(dated.date_start, dated.date_end),
            ],
            expected=day.strftime("%A"),
            actual=weekday.date_text,
            message=(
                f'the {weekday.event} is dated "{weekday.date_text}" and "{dated.date_text}", '
                f"but {day.isoformat()} is a {day.strftime('%A')}"
            ),
        )
