"""FC202 anniversary-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.model import AnniversaryClaim, Finding, Severity
from factcheck.rules._rule import DocumentContext, rule


@rule("FC202", "anniversary-mismatch", severity=Severity.ERROR, requires=("anniversary",))
def anniversary_mismatch(ctx: DocumentContext) -> Iterator[Finding]:
    """An ordinal anniversary does not match the year of the event it marks.

    ## Why it matters
    "The 81st anniversary" of a party founded in 1945 cannot fall in 2025; the
    ordinal or the founding year is wrong.

    ## Stays silent when
    - the subject links to no KB entity, or to several, or the verb does not
      say which of the entity's dates is meant;
    - neither the sentence nor the publication date gives the year the
      anniversary falls in.

    ## Arithmetic
    The Nth anniversary falls in the year of the event + N, counted by
    calendar year. The year is that of a date in the same sentence near the
    publication year ("on October 10", "last year"), else the publication year.
    """
    anchor = ctx.document.anchor
    for statement in ctx.statements_of(AnniversaryClaim):
        claim, reference = statement.claim, statement.reference
        year = claim.year or (anchor.year if anchor else None)
        if reference is None or year is None:
            continue
        expected = year - reference.year
        if claim.ordinal == expected:
            continue
        when = f"published {anchor}" if claim.year is None else f"marked in {year}"
        yield ctx.finding(
            evidence=[claim],
            expected=str(expected),
            actual=str(claim.ordinal),
            message=(
                f'"{claim.text}": {when}, {reference.describe()}; {year} − {reference.year} = {expected}, '
                f"the text says {claim.ordinal}"
            ),
        )
