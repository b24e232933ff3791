"""Declaring a rule: the ``@rule`` decorator, its metadata and the context rules read.

A rule is one function ``(ctx) -> Iterator[Finding]``; the decorator holds its
code, kebab-case name, default severity and the fact kinds it needs, and
checks the conventions (STYLE.md) when the rule is declared. Rules are pure:
they read the context and yield findings, nothing else.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, cast

from factcheck.budget import Overrun, StoryOverrun
from factcheck.errors import RuleError
from factcheck.link.entities import AmbiguousMention, EntityIndex, EntityMention, KnownNames
from factcheck.link.figures import FigureStatement
from factcheck.link.predication import Predication
from factcheck.link.statements import Claim, Linked, Statement
from factcheck.model import Document, Evidence, Fact, FactBase, Finding, KnowledgeBase, Severity, Span

__all__ = [
    "REQUIRED_HEADINGS",
    "DocumentContext",
    "RuleFunction",
    "RuleSpec",
    "Scope",
    "StoryContext",
    "UnusedIgnore",
    "rule",
]

REQUIRED_HEADINGS = ("## Why it matters", "## Stays silent when")
_KEBAB = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
_CODE = re.compile(r"^[A-Z]{1,6}\d{3}$")

F = TypeVar("F", bound=FactBase)
C = TypeVar("C", bound=Claim)


class _Reporting:
    """Turning evidence into a finding of the running rule (code, name and severity filled in)."""

    spec: RuleSpec | None

    def _finding(
        self,
        evidence: list[Evidence],
        message: str,
        expected: str | None,
        actual: str | None,
        severity: Severity | None = None,
    ) -> Finding:
        if self.spec is None:
            raise RuleError("finding() called outside a running rule")
        return Finding(
            rule=self.spec.code,
            name=self.spec.name,
            severity=severity or self.spec.severity,
            message=message,
            evidence=evidence,
            expected=expected,
            actual=actual,
        )


@dataclass(frozen=True)
class UnusedIgnore:
    """An ignore of this document that suppressed nothing in this run (``suppress``), for ``FC406`` to report."""

    text: str
    """The comment as written, or the ``ignore:`` field."""
    start: int
    """The comment's offsets in the text; the field, which is not in the text, is at 0 with ``end`` 0."""
    end: int
    rule: str | None
    """The code of the rule it names that suppressed nothing; ``None`` for a bare ``off`` (every rule)."""
    name: str | None = None
    """That rule's name."""
    kind: Literal["ignore", "off", "front matter"] = "ignore"
    """An inline ignore, an ``off`` block, or the ``ignore:`` field."""


@dataclass(frozen=True)
class DocumentContext(_Reporting):
    """What a document-scoped rule sees: one document, its facts, what they link to, and the KB."""

    document: Document
    all_facts: tuple[Fact, ...]
    kb: KnowledgeBase
    spec: RuleSpec | None = None
    """The rule being run; the engine sets it so ``finding()`` can label its output."""
    overrun: Overrun | None = None
    """Where checking stopped when the document is over its work budget (``factcheck.budget``); ``all_facts``
    then ends there."""
    linked: Linked | None = None
    """The link stage's output for this document (``None`` for a context made by hand: nothing is linked)."""
    unused_ignores: tuple[UnusedIgnore, ...] = ()
    """The document's ignores that suppressed nothing: set only for ``FC406``, after the other rules ran."""

    @property
    def entities(self) -> tuple[EntityMention, ...]:
        """Every KB name and alias in the text, in text order."""
        return self.linked.entities if self.linked is not None else ()

    @property
    def figures(self) -> tuple[FigureStatement, ...]:
        """Each amount or count that states a reference figure of the KB, with that figure, in text order."""
        return self.linked.figures if self.linked is not None else ()

    @property
    def ambiguous(self) -> tuple[AmbiguousMention, ...]:
        """Every form in the text that names several KB entities, and so links to none, in text order."""
        return self.linked.ambiguous if self.linked is not None else ()

    @property
    def statements(self) -> tuple[Statement[Claim], ...]:
        """Each claim of ``all_facts`` with the entities it is about and the KB date it is checked against."""
        return self.linked.statements if self.linked is not None else ()

    @property
    def names(self) -> KnownNames:
        """The KB's names as a speller sees them, built once per run."""
        return self.linked.names if self.linked is not None else KnownNames()

    @property
    def link(self) -> Linked:
        """The link stage's output; a context made by hand is linked here, without a KB's entities."""
        if self.linked is not None:
            return self.linked
        return Linked(self.document, self.all_facts, EntityIndex(KnowledgeBase()))

    @property
    def predications(self) -> tuple[Predication, ...]:
        """Each date, duration, count and amount with the predication it fills (``link.predication``)."""
        return self.link.predications

    def predication(self, fact: FactBase) -> Predication | None:
        """The predication of one of ``all_facts``."""
        return self.link.predication(fact)

    def statements_of(self, kind: type[C]) -> list[Statement[C]]:
        """The statements of one claim type, in text order."""
        # A statement is generic in its claim, which isinstance narrows but not the statement around it.
        return [cast("Statement[C]", s) for s in self.statements if isinstance(s.claim, kind)]

    def facts(self, kind: type[F]) -> list[F]:
        """The document's facts of one type, in text order."""
        return [f for f in self.all_facts if isinstance(f, kind)]

    def evidence(self, span: Span | FactBase) -> Evidence:
        return Evidence(document=self.document.id, start=span.start, end=span.end, text=span.text)

    def evidence_at(self, start: int, end: int) -> Evidence:
        """Evidence for ``document.text[start:end]``."""
        return Evidence(document=self.document.id, start=start, end=end, text=self.document.text[start:end])

    def finding(
        self,
        *,
        evidence: Iterable[Span | FactBase | Evidence],
        message: str,
        expected: str | None = None,
        actual: str | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        """A finding of the running rule, its evidence in this document; ``severity`` when this finding is
        surer or less sure than the rule's default (a configured severity still overrides it)."""
        spans = [e if isinstance(e, Evidence) else self.evidence(e) for e in evidence]
        return self._finding(spans, message, expected, actual, severity)


@dataclass(frozen=True)
class StoryContext(_Reporting):
    """What a story-scoped rule sees: the documents of one story (two or more), their facts and the KB."""

    documents: tuple[DocumentContext, ...]
    kb: KnowledgeBase
    spec: RuleSpec | None = None
    overrun: StoryOverrun | None = None
    """Where comparing stopped when the story is over its budget (``factcheck.budget``); ``documents`` then
    holds only the documents compared."""

    def finding(
        self,
        *,
        evidence: Iterable[Evidence],
        message: str,
        expected: str | None = None,
        actual: str | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        """A finding of the running rule; cross-source evidence has a span in each document involved."""
        return self._finding(list(evidence), message, expected, actual, severity)


RuleFunction = Callable[[Any], Iterator[Finding]]
"""``(DocumentContext) -> findings`` or ``(StoryContext) -> findings``, as the rule's ``scope`` says."""
Scope = Literal["document", "story"]
_CONTEXTS: dict[str, str] = {"document": "DocumentContext", "story": "StoryContext"}


@dataclass(frozen=True)
class RuleSpec:
    """Everything the registry, the CLI, the docs and SARIF know about a rule."""

    code: str
    name: str
    severity: Severity
    function: RuleFunction
    requires: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    doc: str = field(default="", repr=False)
    scope: Scope = "document"
    """``story`` for rules that compare the documents of one story."""

    @property
    def summary(self) -> str:
        """The docstring's first line: what the bad thing is."""
        return self.doc.partition("\n")[0].strip()

    @property
    def module_name(self) -> str:
        """The module a built-in rule lives in: ``fc101_weekday_date_mismatch``."""
        return f"{self.code.lower()}_{self.name.replace('-', '_')}"

    def matches(self, selector: str) -> bool:
        """True when ``selector`` (a code, a code prefix such as ``FC1``, or a name) names this rule."""
        selector = selector.strip()
        return (
            self.code.startswith(selector.upper()) or selector.lower() == self.name or selector.lower() in self.aliases
        )


def _check_declaration(code: str, name: str, function: Callable[..., object], doc: str) -> None:
    where = f"{function.__module__}.{function.__qualname__}"
    if not _CODE.match(code):
        raise RuleError(f"{where}: rule code {code!r} is not letters followed by three digits (FC101)")
    if not _KEBAB.match(name):
        raise RuleError(f"{where}: rule name {name!r} is not kebab-case")
    if function.__name__ != name.replace("-", "_"):
        raise RuleError(f"{where}: the function of rule {name!r} must be named {name.replace('-', '_')!r}")
    if not doc.strip():
        raise RuleError(f"{where}: rule {code} has no docstring (its first line is the rule's summary)")
    if len(doc.partition("\n")[0]) > 80:
        raise RuleError(f"{where}: the first docstring line of {code} is longer than 80 characters")
    positions = [doc.find(h) for h in REQUIRED_HEADINGS]
    if -1 in positions or positions != sorted(positions):
        raise RuleError(f"{where}: the docstring of {code} needs the headings {', '.join(REQUIRED_HEADINGS)} in order")


def _check_scope(code: str, function: Callable[..., object], scope: str) -> None:
    where = f"{function.__module__}.{function.__qualname__}"
    if scope not in _CONTEXTS:
        raise RuleError(f"{where}: rule {code} has scope {scope!r}; it is one of {', '.join(map(repr, _CONTEXTS))}")
    parameters = list(inspect.signature(function).parameters.values())
    annotation = str(parameters[0].annotation) if parameters else ""
    for other, context in _CONTEXTS.items():
        if other != scope and re.search(rf"\b{context}\b", annotation):
            raise RuleError(f"{where}: rule {code} is declared scope={scope!r} but takes a {context}")


def rule(
    code: str,
    name: str,
    *,
    severity: Severity,
    requires: tuple[str, ...] = (),
    aliases: tuple[str, ...] = (),
    scope: Scope = "document",
) -> Callable[[RuleFunction], RuleFunction]:
    """Declare a rule; the function is returned unchanged with its ``RuleSpec`` attached.

    ``scope`` says what the rule is given: one document (``DocumentContext``) or the documents of one story
    (``StoryContext``). It is declared, not guessed from the annotation; an annotation that names the other
    context is an error here, when the rule is declared, not a rule that silently never runs.
    """

    def declare(function: RuleFunction) -> RuleFunction:
        doc = inspect.cleandoc(function.__doc__ or "")
        _check_declaration(code, name, function, doc)
        _check_scope(code, function, scope)
        spec = RuleSpec(code, name, severity, function, tuple(requires), tuple(aliases), doc, scope)
        function.__factcheck_rule__ = spec  # type: ignore[attr-defined]
        return function

    return declare
