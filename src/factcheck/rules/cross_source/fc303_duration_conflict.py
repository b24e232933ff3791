"""FC303 duration-conflict."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.model import DurationFact, Finding, Severity
from factcheck.rules._rule import StoryContext, rule
from factcheck.rules.cross_source._compare import durations_agree, statement_conflicts


@rule("FC303", "duration-conflict", severity=Severity.ERROR, requires=("duration",), scope="story")
def duration_conflict(ctx: StoryContext) -> Iterator[Finding]:
    """Two reports of one story give the same span of time different lengths.

    ## Why it matters
    "A four-day visit" in one outlet and "a five-day visit" in another cannot
    both be right.

    ## How sure
    - **error**: the two durations are worded alike (the same statement
      reworded or moved), fill the same predication, and the reports are of
      the same day;
    - **warning**: the same, but the reports are of different days or a
      value is worded as a change ("rose to", "up from"): one may be an
      update.

    ## Stays silent when
    - the two documents come from the same source;
    - the durations are not the same statement: not worded alike, or of
      another predicate or another measured thing;
    - either is vague ("for years") or a hedge makes them agree ("more than
      two weeks" and "16 days"); equal lengths in other units agree ("two
      weeks" and "14 days").
    """
    for conflict in statement_conflicts(ctx, DurationFact, durations_agree):
        a, b = conflict.first, conflict.second
        yield ctx.finding(
            evidence=conflict.evidence,
            severity=conflict.severity,
            expected=a.value,
            actual=b.value,
            message=(
                f'{conflict.first_id} says "{a.text}" ({a.value}), {conflict.second_id} says "{b.text}" ({b.value})'
            ),
        )
