"""``factcheck kb lint``: the reference data checked before any article is checked against it.

A knowledge base is editorial data like any other: two entities that share an alias silence every claim
about it (FC205), a founding date given twice two ways makes one of them wrong, a figure without a period
can never be compared. The lint reads the KB files (YAML, JSON, CSV figure tables) as one knowledge base and
reports each problem as a finding placed in its file and line, in the formats and with the exit codes of
``factcheck check``. Its codes (KB001...) are a family of their own, listed by ``factcheck rules``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from factcheck.errors import InputError
from factcheck.kblint import checks
from factcheck.kblint._source import Located, Problem, Source, read_source
from factcheck.model import Document, DocumentRef, Evidence, Finding, ReadError, Report, Severity, ToolInfo

__all__ = ["LINT_CHECKS", "LintCheck", "Linted", "lint"]


@dataclass(frozen=True)
class LintCheck:
    """One lint code: what ``factcheck rules`` and the docs say about it."""

    code: str
    name: str
    severity: Severity
    summary: str


_CHECKS = (
    LintCheck(
        "KB001",
        "invalid-entry",
        Severity.ERROR,
        "An entry the KB reader refuses (a bad date, a missing name, an unknown key).",
    ),
    LintCheck(
        "KB002",
        "shared-form",
        Severity.WARNING,
        "A name or alias names several entities, so it links to none of them.",
    ),
    LintCheck(
        "KB003",
        "conflicting-duplicate",
        Severity.ERROR,
        "One entity is listed twice with dates that disagree.",
    ),
    LintCheck(
        "KB004",
        "impossible-order",
        Severity.ERROR,
        "A date falls before the birth, founding or beginning it must follow.",
    ),
    LintCheck(
        "KB005",
        "future-date",
        Severity.WARNING,
        "A date or a figure's period is after the day the data is checked on.",
    ),
    LintCheck(
        "KB006",
        "unknown-reference",
        Severity.ERROR,
        "A relation's member or a figure's entity names no entity, or several.",
    ),
    LintCheck(
        "KB007",
        "incomplete-figure",
        Severity.WARNING,
        "A figure has no unit or no period, so no article is compared with it.",
    ),
    LintCheck(
        "KB008",
        "conflicting-figures",
        Severity.ERROR,
        "The same figure (entities, thing, period, unit) is given twice with other values.",
    ),
)
LINT_CHECKS = {spec.code: spec for spec in _CHECKS}
"""The lint codes, by code."""


@dataclass(frozen=True)
class Linted:
    """A lint run: the report (findings placed in the KB files, unreadable files as errors) and the files read."""

    report: Report
    documents: dict[str, Document]


def _finding(hit: checks.Hit, texts: dict[str, str]) -> Finding:
    spec = LINT_CHECKS[hit.code]
    places = [(hit.document, hit.span), *hit.also]
    evidence = [Evidence(document=d, start=s, end=e, text=texts[d][s:e]) for d, (s, e) in places]
    return Finding(
        rule=spec.code, name=spec.name, severity=spec.severity, message=hit.message, evidence=evidence,
        expected=hit.expected, actual=hit.actual,
    )  # fmt: skip


KB_SUFFIXES = (".yaml", ".yml", ".json", ".csv")


def _files(paths: Sequence[str | Path]) -> list[Path]:
    """The files given, a folder standing for its KB files (``.yaml``, ``.yml``, ``.json``, ``.csv``) in name order."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in KB_SUFFIXES)
        else:
            files.append(path)
    return files


def lint(paths: Sequence[str | Path], as_of: date, tool: ToolInfo) -> Linted:
    """Lint the KB files as one knowledge base; a file that cannot be read is an error of the report, and the
    others are still linted. ``as_of`` is the day dates are checked against (the caller reads the clock)."""
    sources: list[Source] = []
    errors: list[ReadError] = []
    for path in _files(paths):
        try:
            sources.append(read_source(path))
        except InputError as err:
            errors.append(ReadError(path=err.path, line=err.line, code=err.code, message=err.detail))
    entries: list[Located] = [entry for source in sources for entry in source.entries]
    problems: list[Problem] = [problem for source in sources for problem in source.problems]
    texts = {source.document.id: source.document.text for source in sources}
    findings = sorted(
        (_finding(hit, texts) for hit in checks.run_checks(entries, problems, as_of)), key=lambda f: f.sort_key
    )
    documents = {source.document.id: source.document for source in sources}
    report = Report(
        tool=tool,
        documents=[DocumentRef(id=d.id, path=d.path) for d in documents.values()],
        findings=findings,
        errors=errors,
    )
    return Linted(report, documents)
