"""``--format json``: the report as INTERFACE section 4 JSON."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TextIO

from factcheck.model import Document, Report


def render(report: Report, out: TextIO, *, documents: Mapping[str, Document]) -> None:
    """Write the report as JSON, fields in contract order."""
    out.write(report.model_dump_json(indent=2))
    out.write("\n")
