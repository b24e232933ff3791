"""``--format text``: one block per finding, readable in a terminal.

::

    fixtures/x.md:5:19: FC101 weekday-date-mismatch [error] "Wednesday, Feb. 3, 1998": ...
      | The talks, held on Wednesday, Feb. 3, 1998, ended without agreement.
      |                    ^^^^^^^^^^^^^^^^^^^^^^^

Control characters from article text, ids and file names are written as escapes (``\\x1b``), never raw:
a report must not be able to drive the reader's terminal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TextIO

from factcheck.model import Document, Evidence, Finding, Report
from factcheck.report._escape import escape_controls
from factcheck.text import file_location, line_starts, position

_CONTEXT = 100


def _shown(text: str) -> str:
    return escape_controls(text.replace("\t", " "), keep="")


def _excerpt(document: Document, evidence: Evidence) -> list[str]:
    """The evidence's first line with a caret underline, cut to a terminal's width."""
    text = document.text
    line, _ = position(text, evidence.start)
    starts = line_starts(text)
    line_start = starts[line - 1]
    line_end = starts[line] - 1 if line < len(starts) else len(text)
    left = max(line_start, evidence.start - _CONTEXT // 2)
    right = min(line_end, max(evidence.end, left + _CONTEXT))
    cut = max(evidence.start, min(evidence.end, right))
    # Escapes are measured as shown, so that the carets stay under the evidence.
    before, within, after = (
        _shown(text[a:b]) for a, b in ((left, evidence.start), (evidence.start, cut), (cut, right))
    )
    shown = before + within + after
    marks = " " * len(before) + "^" * max(1, len(within))
    prefix = "…" if left > line_start else ""
    suffix = "…" if right < line_end else ""
    return [f"  | {prefix}{shown}{suffix}", f"  | {' ' * len(prefix)}{marks}"]


def _block(finding: Finding, documents: Mapping[str, Document]) -> list[str]:
    first = finding.evidence[0]
    where = file_location(documents.get(first.document), first.document, first.start)
    state = "baselined" if finding.baselined else "suppressed" if finding.suppressed else None
    tag = f"{finding.severity.value}, {state}" if state else finding.severity.value
    lines = [f"{where}: {finding.rule} {finding.name} [{tag}] {finding.message}"]
    for evidence in finding.evidence:
        document = documents.get(evidence.document)
        if len(finding.evidence) > 1:
            lines.append(f"  {file_location(document, evidence.document, evidence.start)}")
        lines.extend(_excerpt(document, evidence) if document else [f'  | "{evidence.text}"'])
    return lines


def summary(report: Report) -> str:
    """The report's last line: ``3 findings (2 errors, 1 info) in 2 documents``."""
    # Severities count the findings that matter; baselined and suppressed ones are counted apart.
    counts = Counter(f.severity.value for f in report.active)
    parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info") if counts[s]]
    baselined = sum(f.baselined for f in report.findings)
    suppressed = sum(f.suppressed and not f.baselined for f in report.findings)
    parts += [f"{baselined} baselined"] if baselined else []
    parts += [f"{suppressed} suppressed"] if suppressed else []
    n = len(report.findings)
    found = f"{n} finding{'s' if n != 1 else ''}" + (f" ({', '.join(parts)})" if parts else "")
    docs = len(report.documents)
    line = f"{found} in {docs} document{'s' if docs != 1 else ''}"
    if report.errors:
        line += f"; {len(report.errors)} input error{'s' if len(report.errors) != 1 else ''}"
    return line


def render_findings(report: Report, out: TextIO, *, documents: Mapping[str, Document]) -> None:
    """Write each finding with its quoted evidence, then the input errors: the report without its summary
    (``check --quiet``)."""
    for finding in report.findings:
        out.write(escape_controls("\n".join(_block(finding, documents)), keep="\n\t") + "\n\n")
    for error in report.errors:
        out.write(escape_controls(f"{error.where}: {error.code} {error.message}", keep="") + "\n")


def render(report: Report, out: TextIO, *, documents: Mapping[str, Document]) -> None:
    """Write each finding with its quoted evidence, then the input errors and a summary."""
    render_findings(report, out, documents=documents)
    out.write(summary(report) + "\n")
