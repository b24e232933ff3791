"""FC401 entity-name-variant."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.model import Finding, Severity
from factcheck.rules._rule import DocumentContext, rule


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


@rule("FC401", "entity-name-variant", severity=Severity.INFO)
def entity_name_variant(ctx: DocumentContext) -> Iterator[Finding]:
    """One name is spelled two ways in one article ("Kim Jong-un", "Kim Jong Un").

    ## Why it matters
    House style wants one spelling; two look careless and split searches.

    ## Stays silent when
    - the forms are different names of the entity (an alias, an acronym), not
      one name written two ways — only hyphens and spaces may differ;
    - they differ only in capitals ("BEIJING" in a dateline);
    - the name is not in the knowledge base.
    """
    first_form: dict[tuple[str, str], tuple[str, int, int]] = {}
    reported: set[tuple[str, str]] = set()
    for mention in ctx.entities:
        key = (mention.entity.name, _letters(mention.text))
        seen = first_form.setdefault(key, (mention.text, mention.start, mention.end))
        variant = mention.text.lower()
        if seen[0].lower() != variant and (key[0], variant) not in reported:
            reported.add((key[0], variant))
            yield ctx.finding(
                evidence=[ctx.evidence_at(seen[1], seen[2]), ctx.evidence_at(mention.start, mention.end)],
                expected=seen[0],
                actual=mention.text,
                message=f'"{seen[0]}" and "{mention.text}" both name {mention.entity.name}: pick one spelling',
            )
