"""Checking one document, then one story: the functions every driver runs, in one process or many.

A document's facts (``pipeline.facts``), then the link stage
(``link.statements``), then the document rules, each on a context that holds
all three; a bad document or a crashing rule never costs the other documents.

The error boundary is here, once for every driver: an exception raised while
reading a document's facts, linking them or running a rule (a bug, a
``RecursionError`` on a pathological input) becomes an ``E005`` error that
names the document (its path and line, and its id) and the rule, in place of
the findings it cost; the other rules and documents are checked as ever. The
traceback goes to the ``factcheck`` logger at debug level (``factcheck --debug``
shows it), never to a user who did not ask for it. A test harness that wants the
exception itself, with its traceback (the pytest plugin, for a rule's author),
runs the check inside ``internal_errors_raised()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace

from factcheck.budget import Overrun, story_within, within
from factcheck.errors import InternalError
from factcheck.link.statements import Linked
from factcheck.link.stories import may_join
from factcheck.model import Document, Fact, Finding, ReadError
from factcheck.pipeline.facts import facts_of
from factcheck.pipeline.ignores import Pending, unused_ignore_findings
from factcheck.pipeline.plan import Plan
from factcheck.rules import DocumentContext, RuleSpec, StoryContext
from factcheck.suppress import UNUSED_IGNORE, Use, apply_suppressions, uses_of

__all__ = ["DocumentResult", "StoryResult", "check_document", "check_story", "context_of", "internal_errors_raised"]

_log = logging.getLogger("factcheck")
_RAISED: ContextVar[bool] = ContextVar("factcheck_internal_errors_raised", default=False)


@contextmanager
def internal_errors_raised() -> Iterator[None]:
    """Inside the block, an exception in a rule or a scanner is raised, not reported as ``E005``.

    In this process only: ``--jobs`` workers and Dask workers report it as ever.
    """
    token = _RAISED.set(True)
    try:
        yield
    finally:
        _RAISED.reset(token)


@dataclass(frozen=True)
class DocumentResult:
    """What checking one document gives: its findings and bad ignores, and the facts its story will need."""

    findings: list[Finding]
    """The document rules' findings, severities set and inline ignores applied, sorted."""
    errors: list[ReadError]
    """Inline ignores that name no rule (``E004``), and internal errors met checking the document (``E005``)."""
    facts: tuple[Fact, ...] | None = None
    """The document's facts, kept only when story rules run and the document may join a story."""
    pending: tuple[Pending, ...] = ()
    """Its ignores of story rules that suppressed nothing yet, as ``FC406`` findings (``pipeline.ignores``)."""


@dataclass(frozen=True)
class StoryResult:
    """What checking one story gives: its findings, and the internal errors its rules met (``E005``)."""

    findings: list[Finding]
    errors: list[ReadError]
    compared: frozenset[str] = frozenset()
    """The ids of the documents its rules compared (all of them, or the first ones within the budget)."""
    used: frozenset[Use] = frozenset()
    """The ignores of its documents that its findings used (with ``FC406`` selected only)."""
    failed: frozenset[str] = frozenset()
    """The story rules that raised on it."""


def _internal(document: Document, what: str, err: Exception) -> ReadError:
    """The report's error for an exception met ``what`` ("while checking ..."), placed at ``document``."""
    _log.debug("internal error %s", what, exc_info=err)
    return ReadError(
        path=document.path,
        line=document.line,
        code=InternalError.code,
        message=f"internal error {what}: {type(err).__name__}: {err}",
    )


def _named(document: Document) -> str:
    return f"document {document.id!r}"


def _story_named(members: Sequence[tuple[Document, tuple[Fact, ...]]], shown: int = 5) -> str:
    ids = ", ".join(repr(d.id) for d, _ in members[:shown])
    more = f" and {len(members) - shown} more" if len(members) > shown else ""
    return f"the story of documents {ids}{more}"


def _run_rules(
    specs: Iterable[RuleSpec],
    run: Callable[[RuleSpec], Iterator[Finding]],
    where: Document,
    what: str,
) -> tuple[list[Finding], list[ReadError], set[str]]:
    """Each rule's findings; a rule that raises costs its own findings only, and is reported (``E005``).

    Also the codes of the rules that raised: their ignores are not unused (``FC406``).
    """
    found: list[Finding] = []
    errors: list[ReadError] = []
    failed: set[str] = set()
    for spec in specs:
        try:
            found += list(run(spec))  # whole, or nothing of a rule that raises half-way
        except Exception as err:  # the boundary: any bug in a rule or in the links it reads
            if _RAISED.get():
                raise
            failed.add(spec.code)
            errors.append(_internal(where, f"in rule {spec.code} ({spec.name}) while checking {what}", err))
    return found, errors, failed


def _marked(
    found: Iterable[Finding], documents: Mapping[str, Document], plan: Plan
) -> tuple[list[Finding], list[ReadError]]:
    """Findings with their configured severity, the documents' inline ignores and per-file ignores applied,
    sorted."""
    overrides = plan.severity
    found = [f.model_copy(update={"severity": overrides[f.rule]}) if f.rule in overrides else f for f in found]
    marked, errors = apply_suppressions(found, documents, plan.known)
    if plan.file_ignores is not None:
        marked = plan.file_ignores.apply(marked, documents)
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
    An exception is the document's error (``E005``, see the module), never the run's.
    """
    try:
        facts, overrun = within(facts_of(document, plan.kinds), document.text)
    except Exception as err:  # the boundary: any bug, or a scanner's RecursionError, in extract or normalize
        if _RAISED.get():
            raise
        return DocumentResult([], [_internal(document, f"while reading the facts of {_named(document)}", err)])
    context = context_of(document, tuple(facts), plan, overrun=overrun)
    found, internal, failed = _run_rules(
        (spec for spec in plan.rules if spec.scope == "document" and spec.code != UNUSED_IGNORE),
        lambda spec: spec.function(replace(context, spec=spec)),
        document,
        _named(document),
    )
    unused, pending = unused_ignore_findings(context, found, failed, plan)  # once the other rules have run
    findings, errors = _marked([*found, *unused], {document.id: document}, plan)
    keep = plan.has_story_rules and may_join(document)
    if not keep:
        pending = []  # no story rule will run on it: its ignores of them stay silent
    waiting = tuple((use, _marked([f], {document.id: document}, plan)[0][0]) for use, f in pending)
    return DocumentResult(findings, [*internal, *errors], context.all_facts if keep else None, waiting)


def check_story(
    members: Sequence[tuple[Document, tuple[Fact, ...]]], plan: Plan, *, size: int | None = None
) -> StoryResult:
    """The story rules on one story: its documents (two or more, in input order) with their facts.

    The story is compared within its budget (``budget.story_within``: its first documents; past it, the
    context's ``overrun`` says where comparing stopped, for FC405). ``size`` is the story's number of
    documents when ``members`` holds only its first ones. A story rule that raises is reported at the
    story's first document, naming its documents (``E005``).
    """
    kept, overrun = story_within([len(facts) for _, facts in members], size)
    if overrun is not None:
        overrun = replace(overrun, left_out=members[kept][0])
    contexts = tuple(context_of(d, facts, plan) for d, facts in members[:kept])
    story = StoryContext(documents=contexts, kb=plan.kb, overrun=overrun)
    found, internal, failed = _run_rules(
        (spec for spec in plan.rules if spec.scope == "story"),
        lambda spec: spec.function(replace(story, spec=spec)),
        members[0][0],
        _story_named(members),
    )
    documents = {d.id: d for d, _ in members}
    findings, _ = _marked(found, documents, plan)  # bad ignores: reported per document
    compared = frozenset(d.id for d, _ in members[:kept])
    watched = any(spec.code == UNUSED_IGNORE for spec in plan.rules)
    used = frozenset(uses_of(found, documents, plan.known)) if watched else frozenset()
    return StoryResult(findings, internal, compared, used, frozenset(failed))
