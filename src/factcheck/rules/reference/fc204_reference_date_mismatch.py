"""FC204 reference-date-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.model import DatedEventClaim, Finding, Severity
from factcheck.rules._rule import DocumentContext, rule


@rule("FC204", "reference-date-mismatch", severity=Severity.ERROR, requires=("dated-event",))
def reference_date_mismatch(ctx: DocumentContext) -> Iterator[Finding]:
    """A stated date of a known event differs from the knowledge base.

    ## Why it matters
    "The WPK, founded in 1946" contradicts the record; every count built on
    that date will be off too.

    ## Stays silent when
    - the subject links to no KB entity with a date the verb names, or to several;
    - the stated date is relative ("on Sunday") or a fiscal year;
    - the two agree at the precision both give ("June 2022" and 2022-06-15;
      "1945" and 1945-10-10).
    """
    for statement in ctx.statements_of(DatedEventClaim):
        claim, reference = statement.claim, statement.reference
        if reference is None or not claim.value[:4].isdigit():
            continue
        common = min(len(claim.value[:10]), len(reference.value))
        if claim.value[:common] == reference.value[:common]:
            continue
        yield ctx.finding(
            evidence=[claim],
            expected=reference.value,
            actual=claim.value[:10],
            message=f'"{claim.text}": {reference.describe()}, the text says {claim.date_text} ({claim.value[:10]})',
        )
