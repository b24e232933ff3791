"""FC404 document-too-large."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.budget import MAX_CHARS, MAX_FACTS
from factcheck.model import Finding, Severity
from factcheck.rules._rule import DocumentContext, rule

_WORD = re.compile(r"\w{1,40}|\S{1,40}")
"""The word checking stopped at, quoted as the evidence (at most 40 characters of a text with no spaces)."""


@rule("FC404", "document-too-large", severity=Severity.WARNING)
def document_too_large(ctx: DocumentContext) -> Iterator[Finding]:
    """A document is over the work budget: only its beginning is checked.

    ## Why it matters
    A check that stops early must say so: what lies past the budget may
    hold errors that no rule saw. The budget keeps a pathological input (a
    megabyte on one line, one phrase ten thousand times) from stalling a
    whole pipeline; the rules' work grows with the square of the facts a
    story compares. Ignoring the rule hides the warning, not the budget.

    ## Stays silent when
    - the document has at most 200,000 characters, or only blank space
      after them;
    - it states at most 1,000 facts of the kinds the selected rules read.
    """
    overrun = ctx.overrun
    if overrun is None:
        return
    text = ctx.document.text
    word = _WORD.search(text, overrun.at)
    if word is None:  # the engine reports an overrun only when text remains; kept for a context built by hand
        return
    if overrun.by == "characters":
        expected, actual = f"at most {MAX_CHARS:,} characters", f"{len(text):,} characters"
        message = (
            f"{len(text):,} characters, over the budget of {MAX_CHARS:,}: "
            f'checking stopped at character {overrun.at:,}, "{word.group()}"'
        )
    else:
        expected, actual = f"at most {MAX_FACTS:,} facts", f"more than {MAX_FACTS:,} facts"
        message = (
            f"more than {MAX_FACTS:,} facts, over the budget: "
            f'checking stopped at character {overrun.at:,}, "{word.group()}"'
        )
    yield ctx.finding(
        evidence=[ctx.evidence_at(word.start(), word.end())], expected=expected, actual=actual, message=message
    )
