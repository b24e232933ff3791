"""FC103 relative-absolute-mismatch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from factcheck.link.align import align_events
from factcheck.link.predication import names_agree
from factcheck.model import DateFact, EventFact, Finding, Severity
from factcheck.rules._rule import DocumentContext, rule

_NEAR_DAYS = 3
"""A weekday and a date more than three days apart are more likely two occurrences than one event misdated."""
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _day(event: EventFact) -> date | None:
    try:
        return date.fromisoformat(event.value[:10]) if event.granularity in ("day", "time") else None
    except ValueError:
        return None


def _same_predication(ctx: DocumentContext, first: EventFact, second: EventFact) -> bool:
    """Whether the weekday and the date fill the same predication: their own predicates (not the event words
    elsewhere in the sentence) are of one class, their clauses name the same participants, and neither
    date is a bound of a stated range ("from Nov. 4 to 6", "Tuesday and Wednesday")."""
    found = []
    for event in (first, second):
        date_fact = next((d for d in ctx.facts(DateFact) if d.start == event.date_start), None)
        p = ctx.predication(date_fact) if date_fact is not None else None
        if p is None or p.background or p.in_range:
            return False
        found.append(p)
    a, b = found
    return a.predicate == b.predicate and names_agree(a.participants, b.participants, 2)


@rule("FC103", "relative-absolute-mismatch", severity=Severity.ERROR, requires=("date", "event"))
def relative_absolute_mismatch(ctx: DocumentContext) -> Iterator[Finding]:
    """One event is dated by a weekday and by a date that is not that weekday.

    ## Why it matters
    "The talks began Sunday" and later "the talks, which began on Sept. 27"
    (a Saturday) cannot both be right; one of the two was not updated.

    ## How sure
    - **error**: one event (same type, the same predicate for both dates,
      the same participants) dated by a weekday and by a calendar date a
      few days apart that is not that weekday.

    ## Stays silent when
    - the two mentions are not one event: another type, fewer than two
      participant names in common, or another event matches better;
    - the weekday and the date belong to different predicates of their
      sentences ("said Tuesday" and "the visit on Nov. 4"), their clauses
      name other participants, or either date is background (another month);
    - either date opens or closes a stated range ("Nov. 4-5", "from Dec. 3
      to 9"): the weekday may name another day inside it;
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
        if not _same_predication(ctx, weekday, dated):
            continue
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
