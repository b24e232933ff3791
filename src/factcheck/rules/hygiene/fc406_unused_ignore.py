"""FC406 unused-ignore."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.model import Finding, Severity
from factcheck.rules._rule import DocumentContext, UnusedIgnore, rule


def _named(unused: UnusedIgnore) -> str:
    if unused.rule is None:
        return "no rule"
    return f"{unused.rule} ({unused.name})" if unused.name else unused.rule


def _message(unused: UnusedIgnore) -> str:
    """What was ignored for nothing; the comment itself is the evidence (it would hide itself in a page)."""
    if unused.kind == "front matter":
        return f"front matter `{unused.text}`: {_named(unused)} reported nothing in this document"
    if unused.rule is None:
        return "this `off` block suppressed nothing: no rule reported anything before its `on`"
    if unused.kind == "off":
        return f"this `off` block suppressed nothing: {_named(unused)} reported nothing before its `on`"
    return f"this ignore suppressed nothing: {_named(unused)} reported nothing on its line or the next"


@rule("FC406", "unused-ignore", severity=Severity.WARNING)
def unused_ignore(ctx: DocumentContext) -> Iterator[Finding]:
    """An ignore comment, off block or ignore: entry suppressed no finding.

    ## Why it matters
    An ignore outlives the finding it was written for: once the text is
    corrected or the rule improves, it suppresses nothing today, and it will
    silently hide the next real error on that line (ruff's ``RUF100``). Each
    rule an ignore names is reported apart, on the comment (or at the start
    of the document, for a front matter entry), so it can be removed or, when
    it is kept on purpose, ignored like any finding:
    ``<!-- factcheck: ignore FC406 -->`` beside it.

    ## Stays silent when
    - the ignore covers a finding of the rule it names in this run, even one
      a baseline or another ignore also marks;
    - the rule it names did not run: left out by ``--select`` or
      ``--ignore``, stopped by an internal error, or a cross-source rule on a
      document that was compared with no other in this run, or a rule that
      reads the knowledge base in a run without one; a bare ``off`` is
      reported only when every rule ran;
    - the document is over its work budget (``FC404``): not all of it was
      checked;
    - the ignore names ``FC406`` itself; a bare ``off`` never hides ``FC406``.
    """
    for unused in ctx.unused_ignores:
        # the comment's span; an ``ignore:`` field of the front matter is not in the text, and is at (0, 0)
        yield ctx.finding(
            evidence=[ctx.evidence_at(unused.start, unused.end)],
            message=_message(unused),
            expected=f"a finding of {unused.rule or 'any rule'} to suppress",
            actual=f"no finding of {unused.rule or 'any rule'}",
        )
