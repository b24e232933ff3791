"""FC203 age-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.model import AgeClaim, Finding, Severity
from factcheck.rules._rule import DocumentContext, rule
from factcheck.rules.reference._arithmetic import completed_years, span_text


@rule("FC203", "age-mismatch", severity=Severity.ERROR, requires=("age",))
def age_mismatch(ctx: DocumentContext) -> Iterator[Finding]:
    """A stated age does not match the date of birth or of beginning.

    ## Why it matters
    Ages are checked by readers who know the person; a wrong one undermines
    the whole article. "The 131-year-old company" or "the 49-year-old treaty"
    is the same arithmetic on a founding or signing date.

    ## Stays silent when
    - the name links to no KB person with a date of birth ("born"), or to several;
    - an organization, treaty, place or event has several dates and none is
      clearly its beginning, or its only date is an end;
    - the document has no publication date.

    ## Arithmetic
    The age is the number of birthdays (or anniversaries) passed on the
    publication day; with a date known only to the month or the year, either
    neighbour is accepted.
    """
    anchor = ctx.document.anchor
    if anchor is None:
        return
    for statement in ctx.statements_of(AgeClaim):
        claim, reference = statement.claim, statement.reference
        if reference is None:
            continue
        low, high = completed_years(reference, anchor)
        if low <= claim.years <= high:
            continue
        yield ctx.finding(
            evidence=[claim],
            expected=span_text(low, high),
            actual=str(claim.years),
            message=(
                f'"{claim.text}": published {anchor}, {reference.describe()}; age {span_text(low, high)}, '
                f"the text says {claim.years}"
            ),
        )
