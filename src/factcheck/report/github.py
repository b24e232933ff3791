"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

::

    ::error file=news/talks.md,line=5,col=19,endColumn=42,title=FC101 weekday-date-mismatch::"Wednesday, …

GitHub shows each on the named line of the pull request's diff. Severities map
to ``error``, ``warning`` and ``notice``; a baselined or suppressed finding is a
``notice`` whose title says so, so that old content never shows as a new
error. Input errors are ``error`` annotations on the file and line. Columns are
1-based, ``endColumn`` exclusive; a span over several lines gives ``endLine``
and no columns (GitHub ignores columns across lines). Other control characters (ESC, BEL, NUL, C1) from
article text, ids and file names are written as escapes (``\\x1b``): the log is read in a terminal too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TextIO

from factcheck.model import Document, Finding, Report, Severity
from factcheck.report._escape import escape_controls
from factcheck.text import file_region

__all__ = ["annotation", "render"]

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    """Escape a message as the workflow-command parser expects."""
    return escape_controls(text, keep="\r\n").replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """Escape a property value: as a message, plus the ``:`` and ``,`` that separate properties."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _command(kind: str, properties: list[tuple[str, str | int]], message: str) -> str:
    props = ",".join(f"{key}={_property(str(value))}" for key, value in properties)
    return f"::{kind} {props}::{_data(message)}"


def annotation(finding: Finding, documents: Mapping[str, Document]) -> str:
    """The workflow command for one finding, at its first evidence span."""
    first = finding.evidence[0]
    document = documents.get(first.document)
    properties: list[tuple[str, str | int]] = []
    if document is not None and document.path is not None:
        where = file_region(document, first.start, first.end)
        properties += [("file", document.path), ("line", where.start_line)]
        if where.end_line != where.start_line:
            properties.append(("endLine", where.end_line))
        elif where.start_column is not None and where.end_column is not None:
            properties += [("col", where.start_column), ("endColumn", where.end_column)]
    state = "baselined" if finding.baselined else "suppressed" if finding.suppressed else None
    title = f"{finding.rule} {finding.name}" + (f" ({state})" if state else "")
    properties.append(("title", title))
    # A document without a file (passed in as data) is named in the message instead.
    prefix = "" if document is not None and document.path is not None else f"{first.document}: "
    kind = "notice" if state else _COMMAND[finding.severity]
    return _command(kind, properties, prefix + finding.message)


def render(report: Report, out: TextIO, *, documents: Mapping[str, Document]) -> None:
    """Write one workflow command per finding, then one per input error."""
    for finding in report.findings:
        out.write(annotation(finding, documents) + "\n")
    for error in report.errors:
        properties: list[tuple[str, str | int]] = []
        if error.path is not None:
            properties.append(("file", error.path))
            if error.line:
                properties.append(("line", error.line))
        properties.append(("title", f"factcheck {error.code}"))
        out.write(_command("error", properties, error.message) + "\n")
