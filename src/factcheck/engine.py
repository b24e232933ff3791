"""The in-memory driver: ``check`` and ``extract`` over documents held in this process.

The per-document work is ``factcheck.pipeline``'s; this module reads every
document, checks each (in ``jobs`` processes when asked: ``processes``),
groups the stories and checks them, and builds one report. ``streaming`` and
``distributed`` are the same driver for a stream and for Dask.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from factcheck.config import Config
from factcheck.link.stories import group_stories
from factcheck.model import (
    Document,
    DocumentFacts,
    DocumentRef,
    ExtractReport,
    Fact,
    Finding,
    KnowledgeBase,
    ReadError,
    Report,
)
from factcheck.model.baseline import Baseline
from factcheck.pipeline import (
    DocumentInput,
    DocumentResult,
    Plan,
    Unsettled,
    check_document,
    check_story,
    facts_of,
    gather_documents,
    iter_inputs,
    plan_of,
    prepare,
    tool_info,
)
from factcheck.processes import check_documents

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


def _check_all(
    documents: list[Document], plan: Plan, jobs: int, progress: Callable[[int, int], None] | None = None
) -> tuple[list[Finding], list[ReadError]]:
    """Each document (in ``jobs`` processes when more than one), then the stories, in this process;
    ``progress(done, total)`` is told as each document is done."""
    findings: list[Finding] = []
    errors: list[ReadError] = []
    candidates: list[tuple[Document, tuple[Fact, ...]]] = []
    unsettled = Unsettled()
    for done, (document, result) in enumerate(check_documents(documents, plan, jobs), start=1):
        if progress is not None:
            progress(done, len(documents))
        findings += result.findings
        errors += result.errors
        unsettled.add(result)
        if result.facts is not None:
            candidates.append((document, result.facts))
    for members in group_stories([document for document, _ in candidates]):
        story = check_story([candidates[i] for i in members], plan)
        findings += story.findings
        errors += story.errors
        unsettled.story(story)
    findings += unsettled.findings()
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
    progress: Callable[[int, int], None] | None = None,
) -> Checked:
    """Check documents; the report keeps findings sorted by document, offset, rule.

    Inline ignores mark findings ``suppressed`` and ``baseline`` (or the file
    ``config.baseline`` names) marks them ``baselined``, before any formatter sees them.
    ``jobs`` > 1 checks the documents in that many processes (0: one per CPU); the report is the same.
    ``progress(done, total)`` is told as each document is checked (the CLI's progress bar).
    """
    prepared = prepare(config, kb, baseline)
    docs, errors = gather_documents(documents, prepared.exclude)
    findings, suppression_errors = _check_all(docs, prepared.plan, jobs, progress)
    report = Report(
        tool=tool_info(),
        documents=[DocumentRef(id=d.id, path=d.path) for d in docs],
        findings=prepared.baselined(findings),
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
