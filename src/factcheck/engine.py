"""The pipeline: read → extract → normalize → check → report.

This is the only module that knows the order of the stages; each stage
knows nothing of the others. Everything here works on one document at a
time, so a bad document or a crashing rule never costs the other documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from factcheck.config import Config, resolve_severity
from factcheck.errors import InputError
from factcheck.extract.claims import scan_claims
from factcheck.extract.dates import scan_dates
from factcheck.extract.durations import scan_durations
from factcheck.extract.events import scan_events
from factcheck.extract.money import scan_money
from factcheck.extract.numbers import scan_numbers
from factcheck.extract.quantities import scan_quantities
from factcheck.io import iter_documents
from factcheck.io._records import document_from_record
from factcheck.link.stories import group_stories
from factcheck.model import (
    DateFact,
    Document,
    DocumentFacts,
    DocumentRef,
    ExtractReport,
    Fact,
    Finding,
    KnowledgeBase,
    ReadError,
    Report,
    ToolInfo,
)
from factcheck.normalize.dates import to_date_facts
from factcheck.normalize.durations import to_duration_fact
from factcheck.normalize.money import to_money_fact
from factcheck.normalize.numbers import to_number_fact
from factcheck.normalize.quantities import to_quantity_fact
from factcheck.rules import DocumentContext, RuleSpec, StoryContext, registry
from factcheck.suppress import Baseline, apply_baseline, apply_suppressions

__all__ = [
    "Checked",
    "DocumentInput",
    "check",
    "extract",
    "facts_of",
    "gather_documents",
    "run_check",
    "tool_info",
]

DocumentInput = Document | Mapping[str, Any] | str | Path
"""A document, a mapping of its fields, or a path to read documents from."""


@cache
def tool_info() -> ToolInfo:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return ToolInfo(version=version("factcheck"))
    except PackageNotFoundError:
        return ToolInfo(version="0+unknown")


def _dates(document: Document) -> list[Fact]:
    return list(to_date_facts(scan_dates(document.text), document.anchor))


def _durations(document: Document) -> list[Fact]:
    return [to_duration_fact(m) for m in scan_durations(document.text)]


def _events(document: Document) -> list[Fact]:
    dates = [f for f in _dates(document) if isinstance(f, DateFact)]
    return list(scan_events(document.text, dates))


def _claims(document: Document) -> list[Fact]:
    anchor = document.anchor
    dates = [f for f in _dates(document) if isinstance(f, DateFact)]
    return list(scan_claims(document.text, dates, anchor.year if anchor else None))


def _money(document: Document) -> list[Fact]:
    return [to_money_fact(m, document.anchor) for m in scan_money(document.text)]


def _numbers(document: Document) -> list[Fact]:
    """Counts, ordinals, percentages (quantities in ``percent``) and measured quantities: one numeral scan."""
    quantities = [f for f in map(to_quantity_fact, scan_quantities(document.text)) if f is not None]
    return [*map(to_number_fact, scan_numbers(document.text)), *quantities]


EXTRACTORS: dict[str, Callable[[Document], list[Fact]]] = {
    "date": _dates,
    "duration": _durations,
    "elapsed": _claims,
    "anniversary": _claims,
    "age": _claims,
    "dated-event": _claims,
    "event": _events,
    "money": _money,
    "number": _numbers,
    "quantity": _numbers,
}
"""Fact kind → the extract-and-normalize step that produces it (one step may produce several kinds)."""


_TEMPORAL = ("date", "duration")
_INSIDE: dict[str, tuple[str, ...]] = {
    "number": ("date", "duration", "money", "quantity"),
    "quantity": ("date", "duration", "money"),
}
"""Kinds never taken from inside a fact of the listed kinds: "2022" in "June 2022" is part of a date, "76" in
"76 years" of a duration, "2" in "$2 billion" of an amount, "700" in "700 km" of a quantity."""
_CONTAINERS = {kind for inside in _INSIDE.values() for kind in inside}


def _without_overlaps(facts: list[Fact]) -> list[Fact]:
    """The overlap policy, in one place.

    Where a date and a duration overlap ("the past" in "the past four years"),
    the longer is kept; a number or a quantity that overlaps a fact of a kind
    that contains it (``_INSIDE``) is dropped, unless it holds that fact
    whole ("50 miles an hour" holds the duration "an hour").
    """
    kept: list[Fact] = []
    for fact in sorted(facts, key=lambda f: (f.start, -(f.end - f.start), f.kind)):
        clash = next((k for k in kept if k.kind in _TEMPORAL and k.start < fact.end and fact.start < k.end), None)
        if fact.kind in _TEMPORAL and clash is not None:
            continue
        kept.append(fact)
    containers = [f for f in kept if f.kind in _CONTAINERS]
    return [
        f
        for f in kept
        if not any(
            c.kind in _INSIDE.get(f.kind, ())
            and c.start < f.end
            and f.start < c.end
            and not (f.start <= c.start and c.end <= f.end and f.end - f.start > c.end - c.start)
            for c in containers
        )
    ]


def facts_of(document: Document, kinds: Iterable[str] | None = None) -> list[Fact]:
    """The facts of one document, of the given kinds (all when ``None``), in text order.

    The kinds that may contain a wanted kind are extracted as well (``_INSIDE``), so that a number
    inside a date is dropped even when only numbers are asked for.
    """
    wanted = set(EXTRACTORS) if kinds is None else set(kinds) & set(EXTRACTORS)
    needed = wanted | {kind for want in wanted for kind in _INSIDE.get(want, ())}
    steps = list(dict.fromkeys(EXTRACTORS[kind] for kind in sorted(needed)))
    facts = [fact for step in steps for fact in step(document) if fact.kind in needed]
    return sorted((f for f in _without_overlaps(facts) if f.kind in wanted), key=lambda f: (f.start, f.end, f.kind))


def _read_error(err: InputError) -> ReadError:
    return ReadError(path=err.path, line=err.line, code=err.code, message=err.detail)


def gather_documents(inputs: Iterable[DocumentInput]) -> tuple[list[Document], list[ReadError]]:
    """Documents from any mix of models, mappings and paths; what cannot be read becomes an error."""
    documents: list[Document] = []
    errors: list[ReadError] = []
    paths: list[str | Path] = []
    for index, item in enumerate(inputs):
        if isinstance(item, Document):
            documents.append(item)
        elif isinstance(item, Mapping):
            try:
                documents.append(document_from_record(item, path=None, line=None, what=f"document #{index + 1}"))
            except InputError as err:
                errors.append(_read_error(err))
        else:
            paths.append(item)
    for result in iter_documents(paths):
        if isinstance(result, InputError):
            errors.append(_read_error(result))
        else:
            documents.append(result)
    return documents, errors


def _run_rules(documents: list[Document], rules: list[RuleSpec], kb: KnowledgeBase, config: Config) -> list[Finding]:
    """Document rules on each document, then story rules on each story of two or more documents.

    Facts are extracted once per document, for the kinds the selected rules need.
    """
    kinds = {kind for spec in rules for kind in spec.requires}
    contexts = [DocumentContext(document=d, all_facts=tuple(facts_of(d, kinds)), kb=kb) for d in documents]
    found: list[Finding] = []
    for spec in (s for s in rules if s.scope == "document"):
        for context in contexts:
            found.extend(spec.function(replace(context, spec=spec)))
    story_rules = [s for s in rules if s.scope == "story"]
    if story_rules:
        for members in group_stories(documents):
            story = StoryContext(documents=tuple(contexts[i] for i in members), kb=kb)
            for spec in story_rules:
                found.extend(spec.function(replace(story, spec=spec)))
    overrides = config.severity
    return [f.model_copy(update={"severity": overrides[f.rule]}) if f.rule in overrides else f for f in found]


@dataclass(frozen=True)
class Checked:
    """A report together with the documents it speaks of (formatters quote their text)."""

    report: Report
    documents: dict[str, Document]


def run_check(
    documents: Iterable[DocumentInput],
    *,
    kb: KnowledgeBase | None = None,
    config: Config | None = None,
    baseline: Baseline | None = None,
) -> Checked:
    """Check documents; the report keeps findings sorted by document, offset, rule.

    Inline ignores mark findings ``suppressed`` and ``baseline`` (or the file
    ``config.baseline`` names) marks them ``baselined``, before any formatter sees them.
    """
    config = config or Config()
    kb = kb or KnowledgeBase()
    rules = registry.select(config.select, config.ignore)
    config = config.model_copy(update={"severity": resolve_severity(config, registry)})
    if baseline is None and config.baseline is not None:
        from factcheck.io.baseline import load_baseline

        baseline = load_baseline(config.baseline)
    docs, errors = gather_documents(documents)
    findings = _run_rules(docs, rules, kb, config)
    findings, suppression_errors = apply_suppressions(
        sorted(findings, key=lambda f: f.sort_key), {d.id: d for d in docs}
    )
    report = Report(
        tool=tool_info(),
        documents=[DocumentRef(id=d.id, path=d.path) for d in docs],
        findings=apply_baseline(findings, baseline) if baseline is not None else findings,
        errors=[*errors, *suppression_errors],
    )
    return Checked(report=report, documents={d.id: d for d in docs})


def check(
    documents: Iterable[DocumentInput],
    *,
    kb: KnowledgeBase | None = None,
    config: Config | None = None,
    baseline: Baseline | None = None,
) -> Report:
    """Check documents (models, mappings or paths) and return the report."""
    return run_check(documents, kb=kb, config=config, baseline=baseline).report


def extract(documents: Iterable[DocumentInput], *, kinds: Iterable[str] | None = None) -> ExtractReport:
    """The normalized facts of each document (INTERFACE section 5)."""
    docs, errors = gather_documents(documents)
    return ExtractReport(
        tool=tool_info(),
        documents=[DocumentFacts(id=d.id, facts=facts_of(d, kinds)) for d in docs],
        errors=errors,
    )
