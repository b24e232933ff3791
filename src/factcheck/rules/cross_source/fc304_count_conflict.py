"""FC304 count-conflict."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.model import Finding, NumberFact, Severity
from factcheck.rules._rule import StoryContext, rule
from factcheck.rules.cross_source._compare import counts_agree, statement_conflicts


@rule("FC304", "count-conflict", severity=Severity.ERROR, requires=("number",), scope="story")
def count_conflict(ctx: StoryContext) -> Iterator[Finding]:
    """Two reports of one story count the same thing differently.

    ## Why it matters
    "12 people were killed" and "16 people were killed" in two reports of one
    attack cannot both be true.

    ## How sure
    - **error**: the two counts are worded alike (the same statement
      reworded or moved), fill the same predication, and the reports are of
      the same day;
    - **warning**: the same, but the reports are of different days or a
      value is worded as a change ("rose to", "up from"): one may be an
      update; also a count worded differently that is each report's only count of
      one predication and one event ("the crash that killed 84", "90 people
      killed in the crash"): probably the same statement.

    ## Stays silent when
    - the two documents come from the same source (tolls are updated);
    - the counts are not the same statement: not worded alike, or of
      another predicate or another measured thing,
      or count different things;
    - either is an ordinal, a bare number with no noun, or a vague plural
      ("thousands of residents");
    - bounds make them agree: "at least 15" and "at least 14" are both true;
      "more than 40,000" excludes 40,000; two bounds of one direction
      more than one and a half times apart do not agree;
    - matched by predication only, the two counts are of different events
      ("the attack" and "the attacks": one blast is not all of them) or their
      clauses name other places or people.
    """
    for conflict in statement_conflicts(ctx, NumberFact, counts_agree):
        a, b = conflict.first, conflict.second
        yield ctx.finding(
            evidence=conflict.evidence,
            severity=conflict.severity,
            expected=f"{a.value:g} {a.unit}",
            actual=f"{b.value:g} {b.unit}",
            message=f'{conflict.first_id} says "{a.text}", {conflict.second_id} says "{b.text}"',
        )
