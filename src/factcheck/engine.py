"""The pipeline: read → extract → normalize → check → report.

This is the only module that knows the order of the stages; each stage
knows nothing of the others. Everything here works on one document at a
time, so a bad document or a crashing rule never costs the other documents.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from factcheck.budget import MAX_CHARS, reading_end, within
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
from factcheck.link.stories import group_stories, may_join
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
    Severity,
    ToolInfo,
)
from factcheck.normalize.dates import to_date_facts
from factcheck.normalize.durations import to_duration_fact
from factcheck.normalize.money import to_money_fact
from factcheck.normalize.numbers import to_number_fact
from factcheck.normalize.quantities import to_quantity_fact
from factcheck.rules import DocumentContext, RuleSpec, StoryContext, registry
from factcheck.suppress import Baseline, apply_baseline, apply_suppressions, known_rules

__all__ = [
    "Checked",
    "DocumentInput",
    "DocumentResult",
    "Plan",
    "check",
    "check_document",
    "check_story",
    "extract",
    "facts_of",
    "gather_documents",
    "iter_inputs",
    "plan_of",
    "run_check",
    "tool_info",
]

DocumentInput = Document | Mapping[str, Any] | str | Path
"""A document, a mapping of its fields, or a path to read documents from."""


@cache
def tool_info() -> ToolInfo:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return ToolInfo(version=version("factcheck-news"))
    except PackageNotFoundError:
        return ToolInfo(version="0+unknown")


Memo = dict[str, list[Fact]]
"""What the steps of one ``facts_of`` call share: the date facts, which dates, events and claims all read,
are scanned once per call, not once per step (the date scan is the costliest step)."""


def _dates(document: Document, memo: Memo) -> list[Fact]:
    if "date" not in memo:
        memo["date"] = list(to_date_facts(scan_dates(document.text), document.anchor))
    return memo["date"]


def _durations(document: Document, memo: Memo) -> list[Fact]:
    return [to_duration_fact(m) for m in scan_durations(document.text)]


def _events(document: Document, memo: Memo) -> list[Fact]:
    dates = [f for f in _dates(document, memo) if isinstance(f, DateFact)]
    return list(scan_events(document.text, dates))


def _claims(document: Document, memo: Memo) -> list[Fact]:
    anchor = document.anchor
    dates = [f for f in _dates(document, memo) if isinstance(f, DateFact)]
    return list(scan_claims(document.text, dates, anchor.year if anchor else None))


def _money(document: Document, memo: Memo) -> list[Fact]:
    return [to_money_fact(m, document.anchor) for m in scan_money(document.text)]


def _numbers(document: Document, memo: Memo) -> list[Fact]:
    """Counts, ordinals, percentages (quantities in ``percent``) and measured quantities: one numeral scan."""
    quantities = [f for f in map(to_quantity_fact, scan_quantities(document.text)) if f is not None]
    return [*map(to_number_fact, scan_numbers(document.text)), *quantities]


EXTRACTORS: dict[str, Callable[[Document, Memo], list[Fact]]] = {
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

    Both passes are sweeps over facts sorted by offset, never all pairs: an article of
    10,000 dates costs 10,000 steps, not 10**8 (issue 9).
    """
    kept: list[Fact] = []
    temporal_end = -1  # the furthest end of a kept date or duration; every kept fact starts at or before this one
    for fact in sorted(facts, key=lambda f: (f.start, -(f.end - f.start), f.kind)):
        if fact.kind in _TEMPORAL:
            if temporal_end > fact.start:
                continue
            temporal_end = fact.end
        kept.append(fact)
    covers = {kinds: _Covers([f for f in kept if f.kind in kinds]) for kinds in set(_INSIDE.values())}
    return [f for f in kept if f.kind not in _INSIDE or not covers[_INSIDE[f.kind]].overlap(f)]


class _Covers:
    """Facts sorted by start, asked whether one of them overlaps a fact without being held whole by it."""

    def __init__(self, facts: list[Fact]) -> None:
        facts = sorted(facts, key=lambda f: (f.start, f.end))
        self.starts = [f.start for f in facts]
        self.ends = [f.end for f in facts]
        self.reach = list(itertools.accumulate(self.ends, max))  # the furthest end among the facts up to each index

    def overlap(self, fact: Fact) -> bool:
        first = bisect_left(self.starts, fact.start)
        if first and self.reach[first - 1] > fact.start:
            return True  # one starts before the fact and reaches into it
        # One starts inside the fact: it overlaps unless the fact holds it whole and is longer.
        last = bisect_left(self.starts, fact.end, first)
        return any(
            self.ends[i] > fact.end or (self.starts[i] == fact.start and self.ends[i] == fact.end)
            for i in range(first, last)
        )


def facts_of(document: Document, kinds: Iterable[str] | None = None) -> list[Fact]:
    """The facts of one document, of the given kinds (all when ``None``), in text order.

    The kinds that may contain a wanted kind are extracted as well (``_INSIDE``), so that a number
    inside a date is dropped even when only numbers are asked for. A document over ``budget.MAX_CHARS``
    is read up to ``budget.reading_end`` only (its offsets are unchanged: the text read is a prefix).
    """
    if len(document.text) > MAX_CHARS:
        document = document.model_copy(update={"text": document.text[: reading_end(document.text)]})
    wanted = set(EXTRACTORS) if kinds is None else set(kinds) & set(EXTRACTORS)
    needed = wanted | {kind for want in wanted for kind in _INSIDE.get(want, ())}
    steps = list(dict.fromkeys(EXTRACTORS[kind] for kind in sorted(needed)))
    memo: Memo = {}
    facts = [fact for step in steps for fact in step(document, memo) if fact.kind in needed]
    return sorted((f for f in _without_overlaps(facts) if f.kind in wanted), key=lambda f: (f.start, f.end, f.kind))


def _read_error(err: InputError) -> ReadError:
    return ReadError(path=err.path, line=err.line, code=err.code, message=err.detail)


def iter_inputs(inputs: Iterable[DocumentInput]) -> Iterator[Document | ReadError]:
    """Documents from any mix of models, mappings and paths, lazily: models and mappings as they come,
    then the documents of the paths (JSON Lines read a line at a time); what cannot be read becomes an error."""
    paths: list[str | Path] = []
    for index, item in enumerate(inputs):
        if isinstance(item, Document):
            yield item
        elif isinstance(item, Mapping):
            try:
                yield document_from_record(item, path=None, line=None, what=f"document #{index + 1}")
            except InputError as err:
                yield _read_error(err)
        else:
            paths.append(item)
    for result in iter_documents(paths):
        yield _read_error(result) if isinstance(result, InputError) else result


def gather_documents(inputs: Iterable[DocumentInput]) -> tuple[list[Document], list[ReadError]]:
    """Documents from any mix of models, mappings and paths; what cannot be read becomes an error."""
    documents: list[Document] = []
    errors: list[ReadError] = []
    for item in iter_inputs(inputs):
        if isinstance(item, ReadError):
            errors.append(item)
        else:
            documents.append(item)
    return documents, errors


@dataclass(frozen=True)
class Plan:
    """How every document of one run is checked: the selected rules, the KB, severities, the rules' names.

    It is all that ``check_document`` and ``check_story`` read besides their documents, and it pickles,
    so that worker processes (``--jobs``) and Dask workers check a document exactly as this process does.
    """

    rules: tuple[RuleSpec, ...]
    kb: KnowledgeBase
    severity: Mapping[str, Severity] = field(default_factory=dict)
    """Rule code → the severity its findings get (``[tool.factcheck.severity]``)."""
    known: Mapping[str, str] = field(default_factory=dict)
    """Every rule code, name and alias → its code: what an inline ignore may name."""

    @property
    def kinds(self) -> set[str]:
        """The fact kinds the selected rules need: only those are extracted."""
        return {kind for spec in self.rules for kind in spec.requires}

    @property
    def has_story_rules(self) -> bool:
        return any(spec.scope == "story" for spec in self.rules)


def plan_of(config: Config | None = None, kb: KnowledgeBase | None = None) -> Plan:
    """The plan for a configuration: its selected rules and severities, with ``kb``."""
    config = config or Config()
    return Plan(
        rules=tuple(registry.select(config.select, config.ignore)),
        kb=kb or KnowledgeBase(),
        severity=resolve_severity(config, registry),
        known=known_rules(),
    )


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


def check_document(document: Document, plan: Plan) -> DocumentResult:
    """Facts, then the document rules, of one document: the function ``--jobs`` and Dask map over documents.

    Facts are extracted once, for the kinds the selected rules need, within the document's work budget
    (``factcheck.budget``: past it, the context's ``overrun`` says where checking stopped, for FC404).
    """
    facts, overrun = within(facts_of(document, plan.kinds), document.text)
    context = DocumentContext(document=document, all_facts=tuple(facts), kb=plan.kb, overrun=overrun)
    found = [f for spec in plan.rules if spec.scope == "document" for f in spec.function(replace(context, spec=spec))]
    findings, errors = _marked(found, {document.id: document}, plan)
    keep = plan.has_story_rules and may_join(document)
    return DocumentResult(findings, errors, context.all_facts if keep else None)


def check_story(members: Sequence[tuple[Document, tuple[Fact, ...]]], plan: Plan) -> list[Finding]:
    """The story rules on one story: its documents (two or more, in input order) with their facts."""
    contexts = tuple(DocumentContext(document=d, all_facts=facts, kb=plan.kb) for d, facts in members)
    story = StoryContext(documents=contexts, kb=plan.kb)
    found = [f for spec in plan.rules if spec.scope == "story" for f in spec.function(replace(story, spec=spec))]
    findings, _ = _marked(found, {d.id: d for d, _ in members}, plan)  # bad ignores: reported per document
    return findings


def _check_all(documents: list[Document], plan: Plan, jobs: int) -> tuple[list[Finding], list[ReadError]]:
    """Each document (in ``jobs`` processes when more than one), then the stories, in this process."""
    if jobs == 1:
        results: Iterable[tuple[Document, DocumentResult]] = ((d, check_document(d, plan)) for d in documents)
    else:
        from factcheck.processes import check_documents

        results = check_documents(documents, plan, jobs)
    findings: list[Finding] = []
    errors: list[ReadError] = []
    candidates: list[tuple[Document, tuple[Fact, ...]]] = []
    for document, result in results:
        findings += result.findings
        errors += result.errors
        if result.facts is not None:
            candidates.append((document, result.facts))
    for members in group_stories([document for document, _ in candidates]):
        findings += check_story([candidates[i] for i in members], plan)
    return sorted(findings, key=lambda f: f.sort_key), errors


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
    jobs: int = 1,
) -> Checked:
    """Check documents; the report keeps findings sorted by document, offset, rule.

    Inline ignores mark findings ``suppressed`` and ``baseline`` (or the file
    ``config.baseline`` names) marks them ``baselined``, before any formatter sees them.
    ``jobs`` > 1 checks the documents in that many processes (0: one per CPU); the report is the same.
    """
    config = config or Config()
    plan = plan_of(config, kb)
    if baseline is None and config.baseline is not None:
        from factcheck.io.baseline import load_baseline

        baseline = load_baseline(config.baseline)
    docs, errors = gather_documents(documents)
    findings, suppression_errors = _check_all(docs, plan, jobs)
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
    jobs: int = 1,
) -> Report:
    """Check documents (models, mappings or paths) and return the report (``jobs``: see ``run_check``)."""
    return run_check(documents, kb=kb, config=config, baseline=baseline, jobs=jobs).report


def extract(documents: Iterable[DocumentInput], *, kinds: Iterable[str] | None = None) -> ExtractReport:
    """The normalized facts of each document (INTERFACE section 5)."""
    docs, errors = gather_documents(documents)
    return ExtractReport(
        tool=tool_info(),
        documents=[DocumentFacts(id=d.id, facts=facts_of(d, kinds)) for d in docs],
        errors=errors,
    )
