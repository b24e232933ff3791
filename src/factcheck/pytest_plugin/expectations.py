"""Expectations: the validated ``expect:`` entries (``factcheck.io.cases``), anchored in the text and matched.

An entry names its evidence by quoted text; anchoring finds the offsets of
that text (its ``occurrence``-th appearance) so that the comparison with a
finding is exact. Matching pairs expectations and findings one to one. The
other way, ``entry_for``/``story_entry`` turn a finding into the entry that
``--factcheck-update`` writes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factcheck.io.cases import (
    ArticleEntry,
    CaseError,
    StoryEntry,
    document_complaint,
    validate_article_expect,
    validate_story_expect,
)

if TYPE_CHECKING:
    from factcheck.model import Document, Finding

__all__ = [
    "ArticleEntry",
    "CaseError",
    "Expectation",
    "StoryEntry",
    "StoryExpectation",
    "entry_for",
    "match_findings",
    "occurrences",
    "pair",
    "parse_expectations",
    "parse_story_expectations",
    "story_entry",
]


@dataclass(frozen=True)
class Expectation:
    """One entry of ``expect:``, with the offsets its quoted text was found at."""

    rule: str
    text: str
    start: int
    end: int
    occurrence: int = 1
    severity: str | None = None
    message: str | None = None

    def matches(self, finding: Finding) -> bool:
        first = finding.evidence[0]
        return (
            finding.rule == self.rule
            and (first.start, first.end, first.text) == (self.start, self.end, self.text)
            and (self.severity is None or finding.severity.value == self.severity)
            and (self.message is None or self.message in finding.message)
        )

    @property
    def specificity(self) -> int:
        return (self.severity is not None) + (self.message is not None)


@dataclass(frozen=True)
class StoryExpectation:
    """One entry of a story's ``expect:``: a rule and its evidence spans, each anchored by quoted text.

    With ``evidence:`` the finding's spans must be exactly these (in any order);
    with ``document:`` and ``text:`` only its first span is compared, as in an article.
    """

    rule: str
    spans: tuple[tuple[str, int, int], ...]
    first_only: bool
    severity: str | None = None
    message: str | None = None
    texts: tuple[str, ...] = ()

    def matches(self, finding: Finding) -> bool:
        found = [(e.document, e.start, e.end) for e in finding.evidence]
        same = found[:1] == list(self.spans) if self.first_only else sorted(found) == sorted(self.spans)
        return (
            finding.rule == self.rule
            and same
            and (self.severity is None or finding.severity.value == self.severity)
            and (self.message is None or self.message in finding.message)
        )

    @property
    def specificity(self) -> int:
        return (self.severity is not None) + (self.message is not None)


def occurrences(text: str, needle: str) -> list[int]:
    """Every start of ``needle`` in ``text``, overlapping ones included."""
    starts: list[int] = []
    index = text.find(needle)
    while index != -1:
        starts.append(index)
        index = text.find(needle, index + 1)
    return starts


def _anchor(text: str, needle: str, occurrence: int, label: str, within: str) -> int:
    """The start of the ``occurrence``-th ``needle`` in ``text``; ``CaseError`` when there are fewer."""
    starts = occurrences(text, needle)
    if len(starts) < occurrence:
        found = f"occurs {len(starts)} time(s)" if starts else "does not occur"
        quoted = json.dumps(needle, ensure_ascii=False)
        raise CaseError(f"{label}: {quoted} {found} in {within}; cannot take occurrence {occurrence}")
    return starts[occurrence - 1]


def parse_expectations(document: Document, where: str) -> list[Expectation]:
    """The ``expect:`` list of a document, each anchored in its text; ``CaseError`` says what is wrong.

    ``where`` (``path:line``) starts every message, so the editor can jump to it.
    """
    if "expect" not in document.meta:
        raise CaseError(
            f"{where}: no `expect:` key; list the findings this article must give (add expect: [] for a clean article)"
        )
    expectations = []
    for number, entry in enumerate(validate_article_expect(document.meta["expect"], where), start=1):
        start = _anchor(document.text, entry.text, entry.occurrence, f"{where}: expect #{number}", "the body")
        end = start + len(entry.text)
        assert document.text[start:end] == entry.text
        expectations.append(
            Expectation(entry.rule, entry.text, start, end, entry.occurrence, entry.severity, entry.message)
        )
    return expectations


def parse_story_expectations(raw: Any, documents: Mapping[str, Document], where: str) -> list[StoryExpectation]:
    """The ``expect:`` list of a ``case.yaml``, each span anchored in its article; ``CaseError`` says what is wrong."""
    expectations = []
    for number, entry in enumerate(validate_story_expect(raw, where, documents), start=1):
        label = f"{where}: expect #{number}"
        spans = []
        for span in entry.spans:
            if span.document not in documents:
                raise CaseError(document_complaint(label, span.document, documents))
            start = _anchor(documents[span.document].text, span.text, span.occurrence, label, span.document)
            spans.append((span.document, start, start + len(span.text)))
        texts = tuple(documents[d].text[a:b] for d, a, b in spans)
        expectations.append(
            StoryExpectation(entry.rule, tuple(spans), entry.first_only, entry.severity, entry.message, texts)
        )
    return expectations


def match_findings(
    expectations: Sequence[Expectation], findings: Sequence[Finding]
) -> tuple[list[Expectation], list[Finding]]:
    """Pair each expectation with a distinct finding; return (missing, unexpected).

    The most specific expectations (with ``severity`` or ``message``) choose first,
    so that a looser one does not take the only finding a stricter one fits.
    """
    pairs = pair(expectations, findings)
    missing = [e for index, e in enumerate(expectations) if index not in pairs.values()]
    unused = [f for index, f in enumerate(findings) if index not in pairs]
    return sorted(missing, key=lambda e: (e.start, e.end, e.rule)), unused


def pair(expectations: Sequence[Expectation | StoryExpectation], findings: Sequence[Finding]) -> dict[int, int]:
    """Finding index → the index of the expectation it satisfies (see ``match_findings``)."""
    pairs: dict[int, int] = {}
    order = sorted(range(len(expectations)), key=lambda index: -expectations[index].specificity)
    for index in order:
        found = next((k for k, f in enumerate(findings) if k not in pairs and expectations[index].matches(f)), None)
        if found is not None:
            pairs[found] = index
    return pairs


def _occurrence_of(document: Document | None, text: str, start: int) -> int:
    """Which occurrence of ``text`` starts at ``start`` (1 when it is the first, or cannot be told)."""
    starts = occurrences(document.text, text) if document is not None else []
    return starts.index(start) + 1 if start in starts else 1


def entry_for(finding: Finding, document: Document) -> dict[str, Any]:
    """The ``expect:`` entry that anchors a finding by its first evidence's quoted text."""
    first = finding.evidence[0]
    entry: dict[str, Any] = {"rule": finding.rule, "text": first.text}
    occurrence = _occurrence_of(document, first.text, first.start)
    if occurrence > 1:
        entry["occurrence"] = occurrence
    return entry


def story_entry(finding: Finding, documents: Mapping[str, Document]) -> dict[str, Any]:
    """The ``case.yaml`` entry for a finding: all its spans, or its document and text when it has one."""
    spans = []
    for evidence in finding.evidence:
        span: dict[str, Any] = {"document": evidence.document, "text": evidence.text}
        occurrence = _occurrence_of(documents.get(evidence.document), evidence.text, evidence.start)
        if occurrence > 1:
            span["occurrence"] = occurrence
        spans.append(span)
    if len(spans) == 1:
        return {"rule": finding.rule, **spans[0]}
    return {"rule": finding.rule, "evidence": spans}
