"""FC104 tense-date-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

from factcheck.model import DateFact, Finding, Severity
from factcheck.rules._rule import DocumentContext, rule

# Only verbs that leave no doubt, right before the date ("will hold talks on Oct. 3").
_FUTURE = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to|is\s+due\s+to|plans\s+to)\s+"
    r"(?:\w+\s+){0,5}?(?:on|in)\s+$",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was\s+held|were\s+held|took\s+place|died|was\s+killed|were\s+killed|was\s+signed|was\s+founded|ended)\s+"
    r"(?:\w+\s+){0,3}?(?:on|in)\s+$",
    re.IGNORECASE,
)
_SLACK = timedelta(days=1)


@rule("FC104", "tense-date-mismatch", severity=Severity.WARNING, requires=("date",))
def tense_date_mismatch(ctx: DocumentContext) -> Iterator[Finding]:
    """A date is spoken of in a tense its place before or after publication rules out.

    ## Why it matters
    "Will hold talks on Oct. 3, 2025" in an article of Oct. 10 is stale copy
    or a wrong date.

    ## Stays silent when
    - the date's year is not stated (it was resolved from the tense, so it agrees);
    - the date is not a day or month, or the document has no publication date;
    - the verb is not an unambiguous future ("will", "is to", "is scheduled
      to") or past ("was held", "took place", "died") right before the date;
    - the date is within a day of publication (time zones).
    """
    anchor = ctx.document.anchor
    if anchor is None:
        return
    text = ctx.document.text
    for fact in ctx.facts(DateFact):
        if fact.relative or fact.day is None:
            continue
        before = text[max(0, fact.start - 80) : fact.start]
        if _FUTURE.search(before) and fact.day < anchor - _SLACK:
            tense, side = "future", "before"
        elif _PAST.search(before) and fact.day > anchor + _SLACK:
            tense, side = "past", "after"
        else:
            continue
        yield ctx.finding(
            evidence=[fact],
            expected=f"a date {'after' if tense == 'future' else 'before'} {anchor}",
            actual=fact.value,
            message=f'"{fact.text}" ({fact.value}) is {side} publication ({anchor}) but the sentence is in the {tense}',
        )
