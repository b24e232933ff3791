"""``--format json``: the report as INTERFACE section 4 JSON.

DEL and C1 control characters (legal in JSON, raw in a terminal) are written as ``\\u`` escapes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TextIO

from factcheck.model import Document, Report
from factcheck.report._escape import json_safe


def render(report: Report, out: TextIO, *, documents: Mapping[str, Document]) -> None:
    """Write the report as JSON, fields in contract order."""
    out.write(json_safe(report.model_dump_json(indent=2)))
    out.write("\n")
