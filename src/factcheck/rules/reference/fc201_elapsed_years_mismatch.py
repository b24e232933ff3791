"""FC201 elapsed-years-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.model import ElapsedClaim, Finding, Severity
from factcheck.rules._rule import DocumentContext, rule
from factcheck.rules.reference._arithmetic import completed_years, contradicts, span_text


@rule("FC201", "elapsed-years-mismatch", severity=Severity.ERROR, requires=("elapsed",))
def elapsed_years_mismatch(ctx: DocumentContext) -> Iterator[Finding]:
    """A number of years since a known event does not match its date.

    ## Why it matters
    "76 years since relations were established" is arithmetic a reader can
    redo; a wrong count is a visible error and often a sign the date is wrong.

    ## Stays silent when
    - the subject links to no KB entity, to several, or the verb does not say
      which of the entity's dates is meant;
    - the document has no publication date and the text gives no year;
    - a hedge makes the count true: "more than 70 years" (a lower bound),
      "nearly 77 years" (an upper bound), "about 75 years" (a year either way).

    ## Arithmetic
    "This year marks N years since X" counts calendar years: N = year of
    publication − year of X, whatever the day (published 2025-09-28, relations
    established 1949-10-06: 2025 − 1949 = 76). "N years since X" counts
    completed years, and also accepts the anniversary still to come in the
    same calendar year (75 or 76 on 2025-09-28). A KB date known only to the
    year accepts either neighbour.
    """
    anchor = ctx.document.anchor
    for statement in ctx.statements_of(ElapsedClaim):
        claim, reference = statement.claim, statement.reference
        year = claim.year or (anchor.year if anchor else None)
        if reference is None or year is None:
            continue
        calendar = year - reference.year
        if claim.calendar:
            low = high = calendar
            how = f"counted by calendar year, {year} − {reference.year} = {calendar}"
        elif claim.year is not None or anchor is None:
            low, high = calendar - 1, calendar
            how = f"in {year}: {year} − {reference.year} = {calendar}, so {low} or {high} completed years"
        else:
            completed = completed_years(reference, anchor)
            low, high = completed[0], calendar
            how = f"{year} − {reference.year} = {calendar}; completed years on {anchor}: {span_text(*completed)}"
        if not contradicts(claim.years, low, high, claim.bound):
            continue
        stated = f"{claim.years:g}"
        when = f"published {anchor}" if anchor else f"in {year}"
        yield ctx.finding(
            evidence=[claim],
            expected=span_text(low, high),
            actual=stated,
            message=f'"{claim.text}": {when}, {reference.describe()}; {how}; the text says {stated}',
        )
