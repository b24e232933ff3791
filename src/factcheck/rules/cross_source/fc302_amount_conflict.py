"""FC302 amount-conflict."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.model import Finding, MoneyFact, Severity
from factcheck.rules._rule import StoryContext, rule
from factcheck.rules.cross_source._compare import amounts_agree, statement_conflicts


def _show(fact: MoneyFact) -> str:
    bound = {"lower": "more than ", "upper": "at most ", "approx": "about ", "exact": ""}[fact.bound]
    upper = f"–{fact.amount_max:,.0f}" if fact.amount_max is not None else ""
    return f"{bound}{fact.amount:,.0f}{upper} {fact.currency}"


@rule("FC302", "amount-conflict", severity=Severity.ERROR, requires=("money",), scope="story")
def amount_conflict(ctx: StoryContext) -> Iterator[Finding]:
    """Two reports of one story give the same amount of money different values.

    ## Why it matters
    Figures are what readers quote; two outlets that disagree on one cannot both be right.

    ## How sure
    - **error**: the two amounts are worded alike (the same statement
      reworded or moved), fill the same predication, and the reports are of
      the same day;
    - **warning**: the same, but the reports are of different days or a
      value is worded as a change ("rose to", "up from"): one may be an
      update.

    ## Stays silent when
    - the two documents come from the same source;
    - the amounts are not the same statement: not worded alike, or of
      another predicate or another measured thing;
    - the currencies differ or one is unknown;
    - bounds make them agree: "exceeded $2 billion" and "$2.3 billion", "about
      $2 billion" and "$2.1 billion" (ten per cent either way); two per cent
      covers rounding.
    """
    for conflict in statement_conflicts(ctx, MoneyFact, amounts_agree):
        a, b = conflict.first, conflict.second
        yield ctx.finding(
            evidence=conflict.evidence,
            severity=conflict.severity,
            expected=_show(a),
            actual=_show(b),
            message=(
                f'{conflict.first_id} says "{a.text}" ({_show(a)}), {conflict.second_id} says "{b.text}" ({_show(b)})'
            ),
        )
