"""``--format sarif``: SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure DevOps).

One run; ``tool.driver.rules`` is the rule catalogue, read from the registry,
so a result's ``ruleIndex`` points at its rule's summary and help page. Each
finding is a result at its first evidence span (the other spans, for a
cross-source finding, are ``relatedLocations``). Baselined and suppressed
findings stay in the log with ``suppressions``, as SARIF asks, and their
fingerprint is the ``partialFingerprints`` entry that dashboards match runs on.
Input errors are ``toolExecutionNotifications``. Control characters are JSON
escapes (DEL and C1 too), never raw. No timestamps: the same report gives the
same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from typing import Any, TextIO
from urllib.parse import quote

from factcheck.model import Document, Evidence, Finding, ReadError, Report, Severity
from factcheck.report import DOCS_URL, rule_url
from factcheck.report._escape import json_safe
from factcheck.text import file_region

__all__ = ["FINGERPRINT_KEY", "SARIF_SCHEMA", "render", "sarif_log"]

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "factcheck/v1"
"""The ``partialFingerprints`` key; bump it if ``Finding.fingerprint`` ever changes meaning."""

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    """A file path as a URI reference: relative paths stay relative (to the repository root)."""
    for flavour in (PurePosixPath, PureWindowsPath):
        pure: PurePath = flavour(path)
        if pure.is_absolute():
            return pure.as_uri()
    return quote(PureWindowsPath(path).as_posix() if "\\" in path else path)


def _artifact(document: Document | None, document_id: str) -> dict[str, Any]:
    # A document passed in as a mapping or model has no file; its id stands in for the artifact.
    path = document.path if document is not None else None
    return {"uri": _uri(path) if path is not None else quote(document_id, safe="")}


def _location(evidence: Evidence, documents: Mapping[str, Document]) -> dict[str, Any]:
    document = documents.get(evidence.document)
    region: dict[str, Any] = {}
    if document is not None:
        where = file_region(document, evidence.start, evidence.end)
        region["startLine"] = where.start_line
        if where.start_column is not None and where.end_column is not None:
            region.update(startColumn=where.start_column, endLine=where.end_line, endColumn=where.end_column)
    region["snippet"] = {"text": evidence.text}
    return {
        "physicalLocation": {"artifactLocation": _artifact(document, evidence.document), "region": region},
        "logicalLocations": [{"name": evidence.document, "kind": "resource"}],
    }


def _suppressions(finding: Finding) -> list[dict[str, str]]:
    suppressions = []
    if finding.suppressed:
        suppressions.append(
            {"kind": "inSource", "status": "accepted", "justification": f"the article ignores {finding.rule}"}
        )
    if finding.baselined:
        suppressions.append({"kind": "external", "status": "accepted", "justification": "recorded in the baseline"})
    return suppressions


def _result(finding: Finding, rule_index: int, documents: Mapping[str, Document]) -> dict[str, Any]:
    first, *others = finding.evidence
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(first, documents)],
    }
    if others:
        result["relatedLocations"] = [
            {"id": number, **_location(evidence, documents), "message": {"text": evidence.text}}
            for number, evidence in enumerate(others, start=1)
        ]
    result["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
    suppressions = _suppressions(finding)
    if suppressions:
        result["suppressions"] = suppressions
    properties = {key: value for key, value in (("expected", finding.expected), ("actual", finding.actual)) if value}
    if properties:
        result["properties"] = properties
    return result


def _rules(report: Report) -> list[dict[str, Any]]:
    """Every registered rule, then any rule a finding names that the registry does not know."""
    from factcheck.rules import registry

    descriptors: dict[str, dict[str, Any]] = {}
    for spec in registry:
        _, _, body = spec.doc.partition("\n")
        descriptors[spec.code] = {
            "id": spec.code,
            "name": spec.name,
            "shortDescription": {"text": spec.summary},
            "help": {"text": body.strip() or spec.summary, "markdown": body.strip() or spec.summary},
            "helpUri": rule_url(spec.code),
            "defaultConfiguration": {"level": _LEVEL[spec.severity]},
        }
    for finding in report.findings:
        descriptors.setdefault(
            finding.rule,
            {"id": finding.rule, "name": finding.name, "shortDescription": {"text": finding.name}},
        )
    return list(descriptors.values())


def _notification(error: ReadError) -> dict[str, Any]:
    notification: dict[str, Any] = {
        "level": "error",
        "message": {"text": error.message},
        "descriptor": {"id": error.code},
    }
    if error.path is not None:
        region = {"region": {"startLine": error.line}} if error.line else {}
        notification["locations"] = [{"physicalLocation": {"artifactLocation": {"uri": _uri(error.path)}, **region}}]
    return notification


def sarif_log(report: Report, documents: Mapping[str, Document]) -> dict[str, Any]:
    """The SARIF log of a report, as plain JSON data."""
    rules = _rules(report)
    index = {descriptor["id"]: number for number, descriptor in enumerate(rules)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": report.tool.name,
                        "version": report.tool.version,
                        "informationUri": DOCS_URL,
                        "rules": rules,
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not report.errors,
                        "toolExecutionNotifications": [_notification(e) for e in report.errors],
                    }
                ],
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, index[f.rule], documents) for f in report.findings],
            }
        ],
    }


def render(report: Report, out: TextIO, *, documents: Mapping[str, Document]) -> None:
    """Write the report as a SARIF 2.1.0 log."""
    out.write(json_safe(json.dumps(sarif_log(report, documents), indent=2, ensure_ascii=False)))
    out.write("\n")
