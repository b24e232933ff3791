"""``FC406`` (``unused-ignore``) in the pipeline: an ignore is unused only once every rule it names has run.

A document's own rules have run when ``check_document`` ends, so an ignore of
a document rule is settled there. An ignore of a cross-source rule (or a bare
``off``) in a document that may join a story waits: ``check_document`` makes
its finding and returns it as *pending*, keyed by the directive and rule;
each story's result says which documents it compared and which directives its
findings used; the driver hands both to one ``Unsettled``, which keeps the
pending findings of documents that were compared and whose ignore no story
finding used. A document compared with no other (alone in its story, or past
the story budget) had no cross-source rule run on it, and its ignores of those
rules stay silent. Every driver (one process, ``--jobs``, the stream, Dask)
goes through these two steps, so they all report the same.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from factcheck.link.stories import may_join
from factcheck.model import Finding
from factcheck.pipeline.plan import Plan
from factcheck.rules import FAMILIES, DocumentContext, RuleSpec, UnusedIgnore
from factcheck.suppress import UNUSED_IGNORE, Use, unused_ignores

if TYPE_CHECKING:
    from factcheck.pipeline.document import DocumentResult, StoryResult

__all__ = ["Pending", "Unsettled", "unused_ignore_findings"]

Pending = tuple[Use, Finding]
"""An unused-ignore finding that waits for the stories, with the directive and rule it is about."""

_READ_THE_KB = frozenset({"FC401", "FC402"})
"""Besides the reference family: the rules that find nothing without a knowledge base (its names)."""


def _checks_nothing(spec: RuleSpec, plan: Plan) -> bool:
    """A rule that reads the KB, in a run without one: it ran, but checked nothing (``cli.check``'s note)."""
    reads_kb = FAMILIES.get(spec.code[2:3]) == "reference" or spec.code in _READ_THE_KB
    return reads_kb and spec.code.startswith("FC") and not (plan.kb.entities or plan.kb.figures)


def _unused(use: Use, names: dict[str, str]) -> UnusedIgnore:
    directive, code = use
    return UnusedIgnore(directive.text, directive.start, directive.end, code, names.get(code or ""), directive.kind)


def unused_ignore_findings(
    context: DocumentContext, found: Iterable[Finding], failed: Collection[str], plan: Plan
) -> tuple[list[Finding], list[Pending]]:
    """``FC406``'s findings on a document whose other document rules gave ``found``, and those that wait.

    ``failed``: the rules that raised on this document (they did not run to the end). Nothing when
    ``FC406`` is not selected, or when the document is over its work budget (not all of it was checked).
    """
    spec: RuleSpec | None = next((s for s in plan.rules if s.code == UNUSED_IGNORE), None)
    if spec is None or context.overrun is not None:
        return [], []
    document = context.document
    names = {s.code: s.name for s in plan.rules}
    ran = {
        s.code for s in plan.rules if s.scope == "document" and s.code not in failed and not _checks_nothing(s, plan)
    } - {UNUSED_IGNORE}
    stories = {s.code for s in plan.rules if s.scope == "story"}
    later = stories if stories and may_join(document) else set()
    selected = {s.code for s in plan.rules if s.code not in failed}
    every = set(plan.known.values()) - {UNUSED_IGNORE} <= selected  # none left out or stopped
    now, undecided = unused_ignores(document, found, plan.known, ran=ran, later=later, every_rule_ran=every)

    def report(uses: list[Use]) -> list[Finding]:
        unused = tuple(_unused(use, names) for use in uses)
        return list(spec.function(replace(context, spec=spec, unused_ignores=unused))) if unused else []

    return report(now), [(use, finding) for use in undecided for finding in report([use])]


class Unsettled:
    """The pending unused-ignore findings of a run, settled by its stories (see the module)."""

    def __init__(self) -> None:
        self._pending: dict[Use, Finding] = {}
        self._compared: set[str] = set()

    def add(self, result: DocumentResult) -> None:
        """A document's pending findings; every document is added before any story."""
        self._pending.update(result.pending)

    def story(self, result: StoryResult) -> None:
        """A story's result: the documents it compared, the directives its findings used, the rules that raised."""
        for use in result.used:
            self._pending.pop(use, None)
        failed = result.failed
        for use in [u for u in self._pending if u[0].document in result.compared]:
            if failed and (use[1] is None or use[1] in failed):
                del self._pending[use]  # the rule did not run to the end on this story
            else:
                self._compared.add(use[0].document)

    def findings(self) -> list[Finding]:
        """The pending findings of documents a story compared, whose ignore no story finding used."""
        return [finding for (directive, _), finding in self._pending.items() if directive.document in self._compared]
