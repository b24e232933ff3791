"""FC205 ambiguous-reference."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.model import Finding, Severity
from factcheck.rules._rule import DocumentContext, rule


@rule("FC205", "ambiguous-reference", severity=Severity.WARNING)
def ambiguous_reference(ctx: DocumentContext) -> Iterator[Finding]:
    """A name or alias in the text belongs to several entities of the knowledge base.

    ## Why it matters
    When two entries share a form ("RMA" for two organizations), a claim about
    "the RMA" could be checked against either one's dates. factcheck picks
    neither: the form links to no entity, so no FC2xx rule checks a claim about
    it. This warning says which checks were skipped, and why, so the KB can be
    fixed (`factcheck kb lint` reports the shared form too).

    ## Stays silent when
    - every form in the text names one entity only;
    - the document has already been warned about this form (one warning per
      form and document, at its first use).
    """
    seen: set[str] = set()
    for mention in ctx.ambiguous:
        form = mention.text.lower()
        if form in seen:
            continue
        seen.add(form)
        names = ", ".join(entity.name for entity in mention.entities)
        yield ctx.finding(
            evidence=[ctx.evidence_at(mention.start, mention.end)],
            actual=mention.text,
            message=(
                f'"{mention.text}" names {len(mention.entities)} entities of the knowledge base ({names}): '
                "it links to none of them, and no claim about it is checked"
            ),
        )
