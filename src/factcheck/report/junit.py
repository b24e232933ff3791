"""``--format junit``: JUnit XML, the format every CI test reporter reads.

One ``<testsuite name="factcheck">``; one ``<testcase>`` per document
(``classname`` = the file, ``name`` = the document id), with one ``<failure>``
per finding whose first evidence is in it, and one ``<testcase>`` with an
``<error>`` per input that could not be read. A baselined or suppressed finding
is no failure: it is listed in the test case's ``<system-out>``, and so is a
finding below ``fail_on`` (what ``--fail-on`` names): the report fails exactly
the documents that fail the run. A clean document is a passing test case, so
the reporter shows what was checked.
Control characters are written as escapes (``\\x1b``), so the XML stays well
formed. No timestamps or durations: the same report gives the same bytes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Mapping
from typing import TextIO

from factcheck.config import FailOn
from factcheck.model import Document, DocumentRef, Finding, Report, Severity
from factcheck.report._escape import escape_controls
from factcheck.text import file_location

__all__ = ["render", "testsuite"]

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 cannot carry, even escaped (U+FFFE, U+FFFF once control characters are escapes)."""


def _safe(text: str) -> str:
    """Control characters (which XML 1.0 forbids or discourages) as visible escapes, as in the text report."""
    return _NOT_XML.sub("\ufffd", escape_controls(text, keep="\n\t"))


def _where(finding: Finding, documents: Mapping[str, Document]) -> list[str]:
    return [f"{file_location(documents.get(e.document), e.document, e.start)}: {e.text}" for e in finding.evidence]


def _failure_text(finding: Finding, documents: Mapping[str, Document]) -> str:
    lines = [f"{finding.rule} {finding.name} [{finding.severity.value}] {finding.message}", *_where(finding, documents)]
    if finding.expected is not None or finding.actual is not None:
        lines.append(f"expected: {finding.expected}; actual: {finding.actual}")
    return "\n".join(lines)


_RANK = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}
_THRESHOLD = {"info": 1, "warning": 2, "error": 3, "never": 4}


def _quiet_state(finding: Finding, fail_on: FailOn | None) -> str | None:
    """Why a finding is no failure (baselined, suppressed, below ``fail_on``), or ``None`` when it is one."""
    if finding.baselined or finding.suppressed:
        return "baselined" if finding.baselined else "suppressed"
    if fail_on is not None and _RANK[finding.severity] < _THRESHOLD[fail_on]:
        return f"{finding.severity.value}, below --fail-on {fail_on}"
    return None


def _testcase(
    ref: DocumentRef, findings: list[Finding], documents: Mapping[str, Document], fail_on: FailOn | None
) -> ET.Element:
    case = ET.Element("testcase", {"classname": _safe(ref.path or "factcheck"), "name": _safe(ref.id)})
    quiet: list[str] = []
    for finding in findings:
        state = _quiet_state(finding, fail_on)
        if state is not None:
            quiet.append(f"({state}) {_failure_text(finding, documents)}")
            continue
        failure = ET.SubElement(
            case,
            "failure",
            {"message": _safe(f"{finding.rule} {finding.name}: {finding.message}"), "type": finding.rule},
        )
        failure.text = _safe(_failure_text(finding, documents))
    if quiet:
        ET.SubElement(case, "system-out").text = _safe("\n\n".join(quiet))
    return case


def testsuite(
    report: Report,
    documents: Mapping[str, Document],
    fail_on: FailOn | None = None,  # noqa: PT028 - builds <testsuites>, not a test; optional for older callers
) -> ET.Element:
    """The ``<testsuites>`` element of a report; ``fail_on=None`` makes every active finding a failure."""
    by_document: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        by_document[finding.evidence[0].document].append(finding)
    cases = [_testcase(ref, by_document.pop(ref.id, []), documents, fail_on) for ref in report.documents]
    # Findings about documents the report does not list (a hand-made report) still get a case.
    cases += [
        _testcase(DocumentRef(id=doc_id), found, documents, fail_on) for doc_id, found in sorted(by_document.items())
    ]
    for error in report.errors:
        attributes = {"classname": _safe(error.path or "factcheck"), "name": _safe(f"unreadable {error.where}")}
        case = ET.Element("testcase", attributes)
        ET.SubElement(
            case, "error", {"message": _safe(f"{error.code} {error.message}"), "type": error.code}
        ).text = _safe(f"{error.where}: {error.code} {error.message}")
        cases.append(case)
    failures = sum(1 for case in cases if case.find("failure") is not None)
    errors = sum(1 for case in cases if case.find("error") is not None)
    counts = {"tests": str(len(cases)), "failures": str(failures), "errors": str(errors), "skipped": "0"}
    suites = ET.Element("testsuites", {"name": "factcheck", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": "factcheck", **counts})
    suite.extend(cases)
    return suites


def render(report: Report, out: TextIO, *, documents: Mapping[str, Document], fail_on: FailOn | None = None) -> None:
    """Write the report as a JUnit XML document; findings below ``fail_on`` go to ``<system-out>``, not failures.

    ``fail_on`` is the run's ``--fail-on`` (``never``: no finding fails); without it every active finding is a
    ``<failure>``, as for a caller that has no threshold.
    """
    root = testsuite(report, documents, fail_on)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
