"""The ``factcheck`` command: argument parsing, wiring and exit codes, nothing else.

Exit status of ``check``: 0 no finding at or above ``--fail-on``; 1 at least
one; 2 bad usage or unreadable input (the message names the file and line).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import click

from factcheck.config import Config, FailOn, find_pyproject, load_config
from factcheck.errors import FactcheckError

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_SEVERITIES = ("error", "warning", "info", "never")


def _codes(values: Sequence[str]) -> list[str]:
    """``--select FC1,FC201 --select FC4`` → ``["FC1", "FC201", "FC4"]``."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _config(select: Sequence[str], ignore: Sequence[str], fail_on: str | None, kb: Sequence[str]) -> Config:
    pyproject = find_pyproject(Path.cwd())
    base = load_config(pyproject) if pyproject else Config()
    update: dict[str, object] = {}
    if select:
        update["select"] = _codes(select)
    if ignore:
        update["ignore"] = [*base.ignore, *_codes(ignore)]
    if fail_on:
        update["fail_on"] = fail_on
    if kb:
        update["kb"] = list(kb)
    return base.model_copy(update=update)


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path is None or path == "-":
        yield sys.stdout
        return
    try:
        with Path(path).open("w", encoding="utf-8", newline="\n") as handle:
            yield handle
    except OSError as err:
        raise FactcheckError(f"cannot write {path}: {err.strerror or err}") from None


def _fail(err: FactcheckError) -> None:
    click.echo(f"factcheck: {err}", err=True)
    sys.exit(EXIT_ERROR)


_paths = click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
_kb = click.option("--kb", "kb", multiple=True, metavar="FILE", help="Knowledge-base file (YAML or JSON); repeatable.")
_out = click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of standard output.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck", prog_name="factcheck")
def main() -> None:
    """Check news articles for dates, durations and amounts that cannot all be true."""


@main.command()
@_paths
@_kb
@click.option("--format", "fmt", default="text", show_default=True, help="text, json, or a plugin's format.")
@_out
@click.option("--fail-on", type=click.Choice(_SEVERITIES), help="Lowest severity that fails the run [error].")
@click.option("--select", multiple=True, metavar="CODES", help="Only these rules (codes, prefixes or names).")
@click.option("--ignore", multiple=True, metavar="CODES", help="Never these rules.")
def check(
    paths: tuple[str, ...],
    kb: tuple[str, ...],
    fmt: str,
    output: str | None,
    fail_on: FailOn | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> None:
    """Check articles (files or folders of .md, .jsonl, .txt) and report findings."""
    from factcheck.engine import run_check
    from factcheck.io import load_kbs
    from factcheck.report import get_formatter

    try:
        config = _config(select, ignore, fail_on, kb)
        formatter = get_formatter(fmt)
        knowledge = load_kbs(config.kb)
        checked = run_check(paths, kb=knowledge, config=config)
        with _output(output) as out:
            formatter(checked.report, out, documents=checked.documents)
    except FactcheckError as err:
        _fail(err)
    report = checked.report
    for error in report.errors:
        where = f"{error.path}:{error.line}" if error.line else (error.path or "<input>")
        if fmt != "text" or output:
            click.echo(f"factcheck: {error.code} {where}: {error.message}", err=True)
    if report.errors:
        sys.exit(EXIT_ERROR)
    severity = config.fail_severity
    sys.exit(EXIT_FINDINGS if severity is not None and report.at_or_above(severity) else EXIT_OK)


@main.command()
@_paths
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True)
@_out
def extract(paths: tuple[str, ...], fmt: str, output: str | None) -> None:
    """Print the dates, durations and amounts each article states, normalized."""
    from factcheck.engine import extract as run_extract

    try:
        result = run_extract(paths)
        with _output(output) as out:
            if fmt == "json":
                out.write(result.model_dump_json(indent=2, exclude_defaults=False) + "\n")
            else:
                for doc in result.documents:
                    out.write(f"{doc.id}\n")
                    for fact in doc.facts:
                        value = getattr(fact, "value", None) or getattr(fact, "amount", "")
                        out.write(f"  {fact.start:>6}-{fact.end:<6} {fact.kind:9} {fact.text!r} → {value}\n")
    except FactcheckError as err:
        _fail(err)
    for error in result.errors:
        where = f"{error.path}:{error.line}" if error.line else (error.path or "<input>")
        click.echo(f"factcheck: {error.code} {where}: {error.message}", err=True)
    sys.exit(EXIT_ERROR if result.errors else EXIT_OK)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(fmt: str) -> None:
    """List the rule catalogue."""
    from factcheck.rules import registry

    specs = list(registry)
    if fmt == "json":
        rows = [{"code": s.code, "name": s.name, "severity": s.severity.value, "summary": s.summary} for s in specs]
        click.echo(json.dumps(rows, indent=2))
        return
    for spec in specs:
        click.echo(f"{spec.code}  {spec.name:32} {spec.severity.value:8} {spec.summary}")


_SCHEMAS = ("report", "facts", "kb", "document")


@main.command()
@click.argument("of", type=click.Choice(_SCHEMAS), default="report")
def schema(of: str) -> None:
    """Print the JSON Schema of the report (or of extracted facts, a KB, a document)."""
    from pydantic import BaseModel

    from factcheck.model import Document, ExtractReport, KnowledgeBase, Report

    models: dict[str, type[BaseModel]] = {
        "report": Report,
        "facts": ExtractReport,
        "kb": KnowledgeBase,
        "document": Document,
    }
    model = models[of]
    click.echo(json.dumps(model.model_json_schema(), indent=2, sort_keys=False))
