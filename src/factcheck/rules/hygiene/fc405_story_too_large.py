"""FC405 story-too-large."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.budget import MAX_STORY_DOCUMENTS, MAX_STORY_PAIRS
from factcheck.model import Evidence, Finding, Severity
from factcheck.rules._rule import StoryContext, rule

_WORD = re.compile(r"\w{1,40}|\S{1,40}")
"""The first word of the first document left out, quoted as the evidence."""


@rule("FC405", "story-too-large", severity=Severity.WARNING, scope="story")
def story_too_large(ctx: StoryContext) -> Iterator[Finding]:
    """A story is over the work budget: only its first documents are compared.

    ## Why it matters
    The cross-source rules compare each report of a story with every
    other, fact by fact, so their work grows with the square of the
    story: a hundred copies of one wire story would stall a pipeline. Past
    the budget, the documents left out are still checked on their own, but
    compared with no other report; a comparison that stops early must say
    so. Ignoring the rule hides the warning, not the budget.

    ## Stays silent when
    - the story has at most 50 documents;
    - and its documents, taken in input order, give at most 1,000,000
      fact pairs (each fact of one document against each fact of another).
    """
    overrun = ctx.overrun
    if overrun is None or overrun.left_out is None:
        return
    document = overrun.left_out
    word = _WORD.search(document.text)
    if word is None:
        return
    left_out = overrun.size - overrun.kept
    if overrun.by == "documents":
        expected, actual = f"at most {MAX_STORY_DOCUMENTS:,} documents", f"{overrun.size:,} documents"
        why = f"over the budget of {MAX_STORY_DOCUMENTS:,} documents"
    else:
        expected, actual = f"at most {MAX_STORY_PAIRS:,} fact pairs", f"more than {MAX_STORY_PAIRS:,} fact pairs"
        why = f"over the budget of {MAX_STORY_PAIRS:,} fact pairs"
    message = (
        f"a story of {overrun.size:,} documents, {why}: the first {overrun.kept:,} are compared, "
        f"and the {left_out:,} from {document.id!r} on are compared with no other report"
    )
    evidence = Evidence(document=document.id, start=word.start(), end=word.end(), text=word.group())
    yield ctx.finding(evidence=[evidence], expected=expected, actual=actual, message=message)
