"""FC303 duration-conflict."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.link.align import align
from factcheck.model import DurationFact, Evidence, Finding, Severity
from factcheck.rules._rule import StoryContext, rule
from factcheck.rules.cross_source._compare import durations_agree, source_pairs


@rule("FC303", "duration-conflict", severity=Severity.ERROR, requires=("duration",))
def duration_conflict(ctx: StoryContext) -> Iterator[Finding]:
    """Two reports of one story give the same span of time different lengths.

    ## Why it matters
    "A four-day visit" in one outlet and "a five-day visit" in another cannot
    both be right.

    ## Stays silent when
    - the two documents come from the same source;
    - the durations are not the same statement (the words around them differ);
    - either is vague ("for years") or a hedge makes them agree ("more than
      two weeks" and "16 days"); equal lengths in other units agree ("two
      weeks" and "14 days").
    """
    for first, second in source_pairs(ctx):
        facts_a, facts_b = first.facts(DurationFact), second.facts(DurationFact)
        for pair in align(facts_a, first.document.text, facts_b, second.document.text, sentences=True):
            if durations_agree(pair.first, pair.second) is not False:
                continue
            a, b = pair.first, pair.second
            yield ctx.finding(
                evidence=[
                    Evidence(document=first.document.id, start=a.start, end=a.end, text=a.text),
                    Evidence(document=second.document.id, start=b.start, end=b.end, text=b.text),
                ],
                expected=a.value,
                actual=b.value,
                message=(
                    f'{first.document.id} says "{a.text}" ({a.value}), {second.document.id} says "{b.text}" ({b.value})'
                ),
            )
