"""Checking one document, then one story: the functions every driver runs, in one process or many.

A document's facts (``pipeline.facts``), then the link stage
(``link.statements``), then the document rules, each on a context that holds
all three; a bad document or a crashing rule never costs the other documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from factcheck.budget import Overrun, within
from factcheck.link.statements import Linked
from factcheck.link.stories import may_join
from factcheck.model import Document, Fact, Finding, ReadError
from factcheck.pipeline.facts import facts_of
from factcheck.pipeline.plan import Plan
from factcheck.rules import DocumentContext, StoryContext
from factcheck.suppress import apply_suppressions

__all__ = ["DocumentResult", "check_document", "check_story", "context_of"]


@dataclass(frozen=True)
class DocumentResult:
    """What checking one document gives: its findings and bad ignores, and the facts its story will need."""

    findings: list[Finding]
    """The document rules' findings, severities set and inline ignores applied, sorted."""
    errors: list[ReadError]
    """Inline ignores that name no rule (``E004``)."""
    facts: tuple[Fact, ...] | None = None
    """The document's facts, kept only when story rules run and the document may join a story."""


def _marked(
    found: Iterable[Finding], documents: Mapping[str, Document], plan: Plan
) -> tuple[list[Finding], list[ReadError]]:
    """Findings with their configured severity and the documents' inline ignores applied, sorted."""
    overrides = plan.severity
    found = [f.model_copy(update={"severity": overrides[f.rule]}) if f.rule in overrides else f for f in found]
    marked, errors = apply_suppressions(found, documents, plan.known)
    return sorted(marked, key=lambda f: f.sort_key), errors


def context_of(
    document: Document, facts: tuple[Fact, ...], plan: Plan, overrun: Overrun | None = None
) -> DocumentContext:
    """What the rules see of a document: its facts, then what the link stage makes of them."""
    linked = Linked(document, facts, plan.index)
    return DocumentContext(document=document, all_facts=facts, kb=plan.kb, overrun=overrun, linked=linked)


def check_document(document: Document, plan: Plan) -> DocumentResult:
    """Facts, links, then the document rules, of one document: the function ``--jobs`` and Dask map over documents.

    Facts are extracted once, for the kinds the selected rules need, within the document's work budget
    (``factcheck.budget``: past it, the context's ``overrun`` says where checking stopped, for FC404).
    """
    facts, overrun = within(facts_of(document, plan.kinds), document.text)
    context = context_of(document, tuple(facts), plan, overrun=overrun)
    found = [f for spec in plan.rules if spec.scope == "document" for f in spec.function(replace(context, spec=spec))]
    findings, errors = _marked(found, {document.id: document}, plan)
    keep = plan.has_story_rules and may_join(document)
    return DocumentResult(findings, errors, context.all_facts if keep else None)


def check_story(members: Sequence[tuple[Document, tuple[Fact, ...]]], plan: Plan) -> list[Finding]:
    """The story rules on one story: its documents (two or more, in input order) with their facts."""
    contexts = tuple(context_of(d, facts, plan) for d, facts in members)
    story = StoryContext(documents=contexts, kb=plan.kb)
    found = [f for spec in plan.rules if spec.scope == "story" for f in spec.function(replace(story, spec=spec))]
    findings, _ = _marked(found, {d.id: d for d, _ in members}, plan)  # bad ignores: reported per document
    return findings
