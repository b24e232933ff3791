"""FC304 count-conflict."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.link.align import align
from factcheck.model import Evidence, Finding, NumberFact, Severity
from factcheck.rules._rule import StoryContext, rule
from factcheck.rules.cross_source._compare import counts_agree, source_pairs


@rule("FC304", "count-conflict", severity=Severity.ERROR, requires=("number",))
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
    for first, second in source_pairs(ctx):
        facts_a, facts_b = first.facts(NumberFact), second.facts(NumberFact)
        for pair in align(facts_a, first.document.text, facts_b, second.document.text, sentences=True):
            if counts_agree(pair.first, pair.second) is not False:
                continue
            a, b = pair.first, pair.second
            yield ctx.finding(
                evidence=[
                    Evidence(document=first.document.id, start=a.start, end=a.end, text=a.text),
                    Evidence(document=second.document.id, start=b.start, end=b.end, text=b.text),
                ],
                expected=f"{a.value:g} {a.unit}",
                actual=f"{b.value:g} {b.unit}",
                message=f'{first.document.id} says "{a.text}", {second.document.id} says "{b.text}"',
            )
