"""Findings and reports out (INTERFACE section 4)."""

from __future__ import annotations

import enum
import hashlib
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from factcheck.model.document import replace_lone_surrogates
from factcheck.model.facts import Fact

__all__ = [
    "DocumentFacts",
    "DocumentRef",
    "Evidence",
    "ExtractReport",
    "Finding",
    "ReadError",
    "Report",
    "Severity",
    "ToolInfo",
    "fingerprint",
]

SCHEMA_VERSION = 1


class Severity(enum.StrEnum):
    """How bad a finding is; ``--fail-on`` compares by ``rank``."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Evidence(BaseModel):
    """A span of one document that a finding rests on."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    document: str
    """The id of the document."""
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    """``document.text[start:end]``."""


_ENCODER = json.JSONEncoder(ensure_ascii=False)
"""``json.dumps(..., ensure_ascii=False)`` without building an encoder per finding (the same text)."""


def fingerprint(rule: str, evidence: list[Evidence], expected: str | None, actual: str | None) -> str:
    """A stable identity for a finding, for baselines.

    Offsets are left out so that an edit elsewhere in the article keeps the
    fingerprint; whitespace in the quoted texts is folded.
    """
    payload = _ENCODER.encode([rule, [[e.document, " ".join(e.text.split())] for e in evidence], expected, actual])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


class Finding(BaseModel):
    """One problem: which rule, where, what was expected and what was found."""

    # WARNING: the field order is part of the JSON contract (INTERFACE section 4).
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    rule: str
    """Rule code, e.g. ``FC201``."""
    name: str
    """Kebab-case name of the bad thing, e.g. ``elapsed-years-mismatch``."""
    severity: Severity
    message: str
    """One sentence: the quoted text, both values and the arithmetic."""
    evidence: list[Evidence] = Field(min_length=1)
    """At least one span; a cross-source finding has one in each document."""
    expected: str | None = None
    actual: str | None = None
    fingerprint: str = ""
    """Stable across runs and unrelated edits (see ``fingerprint()``)."""
    baselined: bool = False
    """True when the baseline already records this finding (it then never fails a run)."""
    suppressed: bool = False
    """True when the article itself ignores this rule here (``<!-- factcheck: ignore FC101 -->``, front matter
    ``ignore:``); a suppressed finding is reported as such and never fails a run."""

    @model_validator(mode="before")
    @classmethod
    def _fill_fingerprint(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("fingerprint"):
            evidence = [e if isinstance(e, Evidence) else Evidence.model_validate(e) for e in data["evidence"]]
            data = {
                **data,
                "evidence": evidence,
                "fingerprint": fingerprint(data["rule"], evidence, data.get("expected"), data.get("actual")),
            }
        return data

    def at_or_above(self, severity: Severity) -> bool:
        """Whether this finding counts against ``--fail-on severity`` (a baselined or suppressed one never does)."""
        return not self.baselined and not self.suppressed and self.severity.rank >= severity.rank

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        first = self.evidence[0]
        return (first.document, first.start, first.end, self.rule)


class ReadError(BaseModel):
    """A document or file that could not be read; the others still were."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str | None
    line: int | None = None
    code: str = "E001"
    message: str

    @model_validator(mode="before")
    @classmethod
    def _no_lone_surrogates(cls, data: Any) -> Any:
        # A file name that is not UTF-8 reaches Python as lone surrogates (os.fsdecode): no output could write it.
        return replace_lone_surrogates(data) if isinstance(data, dict) else data

    @property
    def where(self) -> str:
        """``path:line`` as messages and reports show it; the path alone without a line, ``<input>`` without one."""
        return f"{self.path}:{self.line}" if self.line else (self.path or "<input>")


class ToolInfo(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = "factcheck"
    version: str


class DocumentRef(BaseModel):
    """Which documents a report covers."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    path: str | None = None


class Report(BaseModel):
    """The result of ``factcheck check``: findings sorted by document, offset, rule."""

    # WARNING: the field order is part of the JSON contract (INTERFACE section 4).
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    schema_version: int = SCHEMA_VERSION
    tool: ToolInfo
    documents: list[DocumentRef] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    errors: list[ReadError] = Field(default_factory=list)
    """Inputs that could not be read; the other documents are still reported."""

    def at_or_above(self, severity: Severity) -> list[Finding]:
        """Findings that count against ``--fail-on severity`` (baselined and suppressed ones never do)."""
        return [f for f in self.findings if f.at_or_above(severity)]

    @property
    def active(self) -> list[Finding]:
        """The findings neither baselined nor suppressed: the ones a reader has to act on."""
        return [f for f in self.findings if not f.baselined and not f.suppressed]

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per finding, ready for ``pandas.DataFrame(report.to_records())`` or a CSV writer.

        Every value is a scalar: the first evidence span gives ``document``,
        ``path``, ``start``, ``end`` and ``text``; ``evidence_count`` says how many
        spans the finding has (``Report.findings`` keeps them all).
        """
        paths = {ref.id: ref.path for ref in self.documents}
        records = []
        for finding in self.findings:
            first = finding.evidence[0]
            records.append(
                {
                    "rule": finding.rule,
                    "name": finding.name,
                    "severity": finding.severity.value,
                    "message": finding.message,
                    "document": first.document,
                    "path": paths.get(first.document),
                    "start": first.start,
                    "end": first.end,
                    "text": first.text,
                    "expected": finding.expected,
                    "actual": finding.actual,
                    "evidence_count": len(finding.evidence),
                    "fingerprint": finding.fingerprint,
                    "baselined": finding.baselined,
                    "suppressed": finding.suppressed,
                }
            )
        return records


class DocumentFacts(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    facts: list[Fact] = Field(default_factory=list)


class ExtractReport(BaseModel):
    """The result of ``factcheck extract`` (INTERFACE section 5)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    tool: ToolInfo
    documents: list[DocumentFacts] = Field(default_factory=list)
    errors: list[ReadError] = Field(default_factory=list)
