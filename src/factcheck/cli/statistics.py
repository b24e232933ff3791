"""``check --statistics``: how many findings each rule gave, instead of each finding, as ``ruff check --statistics``.

A row counts the findings that count for ``--fail-on`` (neither suppressed
nor baselined, which the summary line counts apart), per rule and severity (a
rule may report a finding surer or less sure than its default), most frequent
first. The text table ends with the report's usual summary line; JSON is a
list of ``{"code", "name", "severity", "count"}``.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TextIO

from factcheck.model import Report

__all__ = ["STATISTICS_FORMATS", "statistics_rows", "write_statistics"]

STATISTICS_FORMATS = ("text", "json")
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def statistics_rows(report: Report) -> list[dict[str, str | int]]:
    """One row per rule and severity, most findings first, then by code."""
    counts = Counter((f.rule, f.name, f.severity.value) for f in report.active)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0][0], _SEVERITY_ORDER.get(item[0][2], 3)))
    return [{"code": code, "name": name, "severity": severity, "count": n} for (code, name, severity), n in ordered]


def write_statistics(report: Report, out: TextIO, fmt: str, *, quiet: bool = False) -> None:
    """The table (``text``, with the summary line unless ``quiet``) or the rows as JSON."""
    rows = statistics_rows(report)
    if fmt == "json":
        out.write(json.dumps(rows, indent=2) + "\n")
        return
    from factcheck.report.text import summary

    widths = {key: max((len(str(row[key])) for row in rows), default=0) for key in ("count", "code", "name")}
    for row in rows:
        out.write(
            f"{row['count']:>{widths['count']}}  {row['code']:<{widths['code']}}  "
            f"{row['name']:<{widths['name']}}  {row['severity']}\n"
        )
    if not quiet:
        out.write(summary(report) + "\n")
