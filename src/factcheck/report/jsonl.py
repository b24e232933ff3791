"""``--format jsonl``: JSON Lines, one finding per line, each the object the JSON report lists in ``findings``.

``factcheck check --format jsonl`` streams: it writes each document's
findings as soon as that document is checked, then the story findings, and
holds no report in memory (``factcheck.streaming``); input errors go to
standard error. Rendering a whole ``Report`` writes its findings in report order.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TextIO

from factcheck.model import Document, Finding, Report
from factcheck.report._escape import json_safe

__all__ = ["line", "render"]


def line(finding: Finding) -> str:
    """One finding as one line of JSON, newline included (DEL and C1 controls as ``\\u`` escapes)."""
    return json_safe(finding.model_dump_json()) + "\n"


def render(report: Report, out: TextIO, *, documents: Mapping[str, Document]) -> None:
    """Write the report's findings, one per line."""
    for finding in report.findings:
        out.write(line(finding))
