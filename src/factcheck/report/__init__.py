"""Formatters: one module per output format, each a ``render(report, out, documents=...)``.

A formatter that shows what fails the run (``junit``) also takes ``fail_on=``, the
run's ``--fail-on``; ``write_report`` passes it to those that accept it, so a
third-party formatter without the keyword keeps working.

Formatters get a report that is already selected, baselined and sorted; they
never filter or compute findings. Third-party formats register under the
``factcheck.formatters`` entry-point group.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Mapping
from importlib.metadata import entry_points
from typing import Protocol, TextIO

from factcheck.errors import ConfigError
from factcheck.model import Document, Report

__all__ = [
    "BUILTIN_FORMATS",
    "DOCS_URL",
    "Formatter",
    "available_formats",
    "get_formatter",
    "rule_url",
    "write_report",
]

BUILTIN_FORMATS = {
    name: f"factcheck.report.{name}" for name in ("github", "html", "json", "jsonl", "junit", "sarif", "text")
}
"""Format name → module; each module has a ``render`` function."""

DOCS_URL = "https://factcheck.readthedocs.io/en/latest/"
"""Where the documentation is published (``site_url`` in mkdocs.yml); rule pages are under ``rules/``."""


def rule_url(code: str) -> str:
    """The page of a rule in the published catalogue."""
    return f"{DOCS_URL}rules/{code}/"


class Formatter(Protocol):
    def __call__(self, report: Report, out: TextIO, *, documents: Mapping[str, Document]) -> None: ...


def available_formats() -> list[str]:
    return sorted({*BUILTIN_FORMATS, *(e.name for e in entry_points(group="factcheck.formatters"))})


def get_formatter(name: str) -> Formatter:
    """The ``render`` function of a format, imported on first use."""
    if name in BUILTIN_FORMATS:
        render: Formatter = importlib.import_module(BUILTIN_FORMATS[name]).render
        return render
    for entry in entry_points(group="factcheck.formatters"):
        if entry.name == name:
            loaded: Formatter = entry.load()
            return loaded
    raise ConfigError(f"unknown format {name!r}; choose one of {', '.join(available_formats())}")


def write_report(
    formatter: Formatter, report: Report, out: TextIO, *, documents: Mapping[str, Document], fail_on: str | None = None
) -> None:
    """Call ``formatter``, with ``fail_on`` when its signature takes that keyword (built-in ``junit``, ``html``)."""
    try:
        takes = "fail_on" in inspect.signature(formatter).parameters
    except (TypeError, ValueError):  # a callable without an inspectable signature: call it as the protocol says
        takes = False
    if takes and fail_on is not None:
        formatter(report, out, documents=documents, fail_on=fail_on)  # type: ignore[call-arg]
    else:
        formatter(report, out, documents=documents)
