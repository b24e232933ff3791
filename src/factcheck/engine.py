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

from factcheck.config import Config
from factcheck.errors import InputError
from factcheck.extract.claims import scan_claims
from factcheck.extract.dates import scan_dates
from factcheck.extract.durations import scan_durations
from factcheck.io import iter_documents
from factcheck.io._records import document_from_record
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
from factcheck.rules import DocumentContext, RuleSpec, registry

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


def _claims(document: Document) -> list[Fact]:
    anchor = document.anchor
    dates = [f for f in _dates(document) if isinstance(f, DateFact)]
    return list(scan_claims(document.text, dates, anchor.year if anchor else None))


EXTRACTORS: dict[str, Callable[[Document], list[Fact]]] = {
    "date": _dates,
    "duration": _durations,
    "elapsed": _claims,
    "anniversary": _claims,
    "age": _claims,
    "dated-event": _claims,
}
"""Fact kind → the extract-and-normalize step that produces it (one step may produce several kinds)."""


_TEMPORAL = ("date", "duration")


def _longest_temporal(facts: list[Fact]) -> list[Fact]:
    """Where a date and a duration overlap ("the past" in "the past four years"), keep the longer."""
    kept: list[Fact] = []
    for fact in sorted(facts, key=lambda f: (f.start, -(f.end - f.start), f.kind)):
        clash = next((k for k in kept if k.kind in _TEMPORAL and k.start < fact.end and fact.start < k.end), None)
        if fact.kind in _TEMPORAL and clash is not None:
            continue
        kept.append(fact)
    return kept


def facts_of(document: Document, kinds: Iterable[str] | None = None) -> list[Fact]:
    """The facts of one document, of the given kinds (all when ``None``), in text order."""
    wanted = set(EXTRACTORS) if kinds is None else set(kinds) & set(EXTRACTORS)
    steps = list(dict.fromkeys(EXTRACTORS[kind] for kind in sorted(wanted)))
    facts = [fact for step in steps for fact in step(document) if fact.kind in wanted]
    return sorted(_longest_temporal(facts), key=lambda f: (f.start, f.end, f.kind))


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


def _run_rules(document: Document, rules: list[RuleSpec], kb: KnowledgeBase, config: Config) -> list[Finding]:
    kinds = {kind for spec in rules for kind in spec.requires}
    context = DocumentContext(document=document, all_facts=tuple(facts_of(document, kinds)), kb=kb)
    findings: list[Finding] = []
    for spec in rules:
        for finding in spec.function(replace(context, spec=spec)):
            override = config.severity.get(spec.code)
            findings.append(finding.model_copy(update={"severity": override}) if override else finding)
    return findings


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
) -> Checked:
    """Check documents; the report keeps findings sorted by document, offset, rule."""
    config = config or Config()
    kb = kb or KnowledgeBase()
    rules = registry.select(config.select, config.ignore)
    docs, errors = gather_documents(documents)
    findings = [finding for document in docs for finding in _run_rules(document, rules, kb, config)]
    report = Report(
        tool=tool_info(),
        documents=[DocumentRef(id=d.id, path=d.path) for d in docs],
        findings=sorted(findings, key=lambda f: f.sort_key),
        errors=errors,
    )
    return Checked(report=report, documents={d.id: d for d in docs})


def check(
    documents: Iterable[DocumentInput],
    *,
    kb: KnowledgeBase | None = None,
    config: Config | None = None,
) -> Report:
    """Check documents (models, mappings or paths) and return the report."""
    return run_check(documents, kb=kb, config=config).report


def extract(documents: Iterable[DocumentInput], *, kinds: Iterable[str] | None = None) -> ExtractReport:
    """The normalized facts of each document (INTERFACE section 5)."""
    docs, errors = gather_documents(documents)
    return ExtractReport(
        tool=tool_info(),
        documents=[DocumentFacts(id=d.id, facts=facts_of(d, kinds)) for d in docs],
        errors=errors,
    )
