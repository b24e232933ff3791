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

    ## Stays silent when
    - the two documents come from the same source (tolls are updated);
    - the counts are not the same statement (the words around them differ),
      or count different things;
    - either is an ordinal or a bare number with no noun; hedges ("at least
      12", "more than 10") are bounds.
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
