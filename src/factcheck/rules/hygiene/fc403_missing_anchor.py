"""FC403 missing-anchor."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.model import DateFact, Finding, Severity
from factcheck.rules._rule import DocumentContext, rule


@rule("FC403", "missing-anchor", severity=Severity.WARNING, requires=("date",))
def missing_anchor(ctx: DocumentContext) -> Iterator[Finding]:
    """Relative dates occur in a document with no publication date.

    ## Why it matters
    "On Sunday", "last year" and "this month" cannot be checked, or even
    read, without knowing when the article appeared.

    ## Stays silent when
    - the document has a ``published`` date;
    - every date it states is absolute ("Feb. 3, 1998", "June 2022").
    """
    if ctx.document.anchor is not None:
        return
    unresolved = [f for f in ctx.facts(DateFact) if "X" in f.value and f.granularity != "reference"]
    if not unresolved:
        return
    shown = ", ".join(f'"{f.text}"' for f in unresolved[:3]) + (" ..." if len(unresolved) > 3 else "")
    yield ctx.finding(
        evidence=[unresolved[0]],
        expected="a published date",
        actual="none",
        message=f"{len(unresolved)} relative date(s) ({shown}) but no publication date to resolve them against",
    )
