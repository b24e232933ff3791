"""FC301 event-date-conflict."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from factcheck.link.compare import Pair, statement_pairs
from factcheck.link.predication import Predication
from factcheck.model import DateFact, Evidence, Finding, Severity
from factcheck.rules._rule import DocumentContext, StoryContext, rule
from factcheck.rules.cross_source._compare import dates_agree, source_pairs


def _evidence(document: str, fact: DateFact) -> Evidence:
    return Evidence(document=document, start=fact.start, end=fact.end, text=fact.text)


def _on_its_day(p: Predication, fact: DateFact) -> DateFact:
    """A clock time on the day its sentence names ("Friday's explosion ... about 8:30 a.m.")."""
    return fact.model_copy(update={"value": p.day + fact.value[10:]}) if p.day else fact


def _unanchored_times(pair: Pair, first: DocumentContext, second: DocumentContext) -> bool:
    """Two clock times whose sentences name no day, in reports of different days: "At 3 p.m., the storm
    was ..." in two status reports tells the time of two days, each its own publication day."""
    times = [p.fact for p in (pair.first, pair.second) if isinstance(p.fact, DateFact) and p.fact.granularity == "time"]
    return (
        len(times) == 2
        and pair.first.day is None
        and pair.second.day is None
        and first.document.anchor != second.document.anchor
    )


_RANGE_DAYS = 7
"""How far past a range's stated bound a day may lie and still be inside the range ("Nov. 4-5", "Wednesday")."""


def _inside_range(pair: Pair) -> bool:
    """A day that may lie inside the range the other report states: its bound is not the whole interval."""
    for bound, other in ((pair.first, pair.second), (pair.second, pair.first)):
        if not (bound.in_range and isinstance(bound.fact, DateFact) and isinstance(other.fact, DateFact)):
            continue
        start, day = bound.fact.day, other.fact.day
        if start is None or day is None:
            continue
        end = _last_day(bound.fact)
        if end is not None and start <= day <= end:
            return True  # "Nov. 4-5" read as one range: a day inside it agrees
        if end is None and abs((day - start).days) <= _RANGE_DAYS:
            return True  # a bound of a range read in two pieces: its extent is not known
    return False


def _last_day(fact: DateFact) -> date | None:
    """The last day of a range stated as one fact ("Nov. 4-5"), when it is a complete day."""
    if fact.value_end is None or len(fact.value_end) < 10:
        return None
    try:
        return date.fromisoformat(fact.value_end[:10])
    except ValueError:
        return None


@rule("FC301", "event-date-conflict", severity=Severity.ERROR, requires=("date",), scope="story")
def event_date_conflict(ctx: StoryContext) -> Iterator[Finding]:
    """Two reports of one story give the same event different dates.

    ## Why it matters
    One of the two outlets has the day wrong; readers of both cannot tell which.

    ## How sure
    - **error**: the two dates are worded alike (the same statement reworded
      or moved) and fill the same predication: the same predicate ("met",
      "the talks") in their clauses;
    - **warning**: worded differently, but each is its report's only date of
      one event type ("met", "a meeting"), both on the story's own days, and
      the clauses name the same participants (two names at least, and no more
      names apart than in common): probably one event, possibly two.

    ## Stays silent when
    - the two documents come from the same source (an update may correct a date);
    - the dates belong to different predicates: "claimed responsibility
      Saturday for the bombing" dates the claim, "the bombing on Friday" the
      bombing; "a schedule released Friday" dates the release, not the visit;
    - one date is background (another year or month, more than ten days from
      publication, "two years ago") and the other is not the same statement
      in the same words: "the 1994 framework agreement" is another event;
    - the clauses name other participants ("X met Y on Sunday", "Z met X on
      Monday night");
    - either date is unresolved ("XXXX-10-10") or coarser than a year, or they
      agree at the precision both give ("June 2022" and "June 5, 2022");
    - one is a bare weekday that fits the other date within a week (its own
      resolution is the uncertain part);
    - one date opens or closes a stated range ("Nov. 4-5", "from Dec. 3 to
      9", "Tuesday and Wednesday") and the other lies within a week of it:
      it may be a day inside the interval;
    - two clock times whose sentences name no day come from reports of
      different days ("At 3 p.m., the storm was ..." in two status reports).
      A clock time whose sentence names a day ("Friday's explosion occurred
      about 8:30 a.m.") is on that day, not on the publication day.
    """
    for first, second in source_pairs(ctx):
        seen: set[tuple[int, int]] = set()
        for pair in statement_pairs(first.link, second.link, DateFact):
            a, b = pair.first.fact, pair.second.fact
            assert isinstance(a, DateFact)
            assert isinstance(b, DateFact)
            if (a.start, b.start) in seen or _unanchored_times(pair, first, second) or _inside_range(pair):
                continue
            if dates_agree(_on_its_day(pair.first, a), _on_its_day(pair.second, b)) is not False:
                continue
            seen.add((a.start, b.start))
            why = "the same statement" if pair.certain else f'the same "{pair.first.predicate}"'
            yield ctx.finding(
                evidence=[_evidence(first.document.id, a), _evidence(second.document.id, b)],
                expected=a.value,
                actual=b.value,
                message=(
                    f'{first.document.id} says "{a.text}" ({a.value}), '
                    f'{second.document.id} says "{b.text}" ({b.value}) for {why}'
                    + ("" if pair.certain else " (worded differently: probably one event, check both)")
                ),
                severity=None if pair.certain else Severity.WARNING,
            )
