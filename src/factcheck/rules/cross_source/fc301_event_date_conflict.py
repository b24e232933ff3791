"""FC301 event-date-conflict."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.link.align import align, align_events
from factcheck.model import DateFact, EventFact, Evidence, Finding, Severity
from factcheck.rules._rule import DocumentContext, StoryContext, rule
from factcheck.rules.cross_source._compare import dates_agree, source_pairs


def _evidence(document: str, fact: DateFact) -> Evidence:
    return Evidence(document=document, start=fact.start, end=fact.end, text=fact.text)


def _date_of(event: EventFact) -> DateFact:
    bare_weekday = event.date_text.isalpha()
    return DateFact(text=event.date_text, start=event.date_start, end=event.date_end, value=event.value,
                    granularity=event.granularity, relative=bare_weekday)  # fmt: skip


def _conflicts(first: DocumentContext, second: DocumentContext) -> Iterator[tuple[DateFact, DateFact, str]]:
    """Date pairs that cannot both be true: the same sentence reworded, or one event matched by its names."""
    a_text, b_text = first.document.text, second.document.text
    for pair in align(first.facts(DateFact), a_text, second.facts(DateFact), b_text):
        if dates_agree(pair.first, pair.second) is False:
            yield pair.first, pair.second, "the same statement"
    for match in align_events(first.facts(EventFact), second.facts(EventFact)):
        a, b = _date_of(match.first), _date_of(match.second)
        if dates_agree(a, b) is False:
            yield a, b, f"the same {match.first.event}"


@rule("FC301", "event-date-conflict", severity=Severity.ERROR, requires=("date", "event"), scope="story")
def event_date_conflict(ctx: StoryContext) -> Iterator[Finding]:
    """Two reports of one story give the same event different dates.

    ## Why it matters
    One of the two outlets has the day wrong; readers of both cannot tell which.

    ## Stays silent when
    - the two documents come from the same source (an update may correct a date);
    - the two dates are not the same statement (the words around them differ);
    - either date is unresolved ("XXXX-10-10") or coarser than a year, or they
      agree at the precision both give ("June 2022" and "June 5, 2022");
    - one is a bare weekday that fits the other date within a week (its own
      resolution is the uncertain part);
    - matched by event, the two events are not each other's best match by
      shared participant names (at least two: "Choe Son-hui met Wang" and
      "a meeting between Wang Yi and Choe Son-hui").
    """
    for first, second in source_pairs(ctx):
        seen: set[tuple[int, int]] = set()
        for a, b, why in _conflicts(first, second):
            if (a.start, b.start) in seen:
                continue
            seen.add((a.start, b.start))
            yield ctx.finding(
                evidence=[_evidence(first.document.id, a), _evidence(second.document.id, b)],
                expected=a.value,
                actual=b.value,
                message=(
                    f'{first.document.id} says "{a.text}" ({a.value}), '
                    f'{second.document.id} says "{b.text}" ({b.value}) for {why}'
                ),
            )
