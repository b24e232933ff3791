"""``factcheck check`` and ``factcheck baseline``: the findings of a run, reported or recorded."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

import click

from factcheck.cli._shared import (
    _SEVERITIES,
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    _config,
    _config_options,
    _fail,
    _kb,
    _not_over_inputs,
    _out,
    _output,
    _paths,
    _render,
    _say,
    _with_errors,
    main,
)
from factcheck.config import Config, FailOn
from factcheck.errors import FactcheckError, InputError

if TYPE_CHECKING:
    from factcheck.model import KnowledgeBase


@main.command()
@_paths
@_kb
@click.option(
    "--format",
    "fmt",
    default="text",
    show_default=True,
    help="text, json, jsonl (streamed: one finding per line as documents complete), sarif, junit, github, html, "
    "or a plugin's format.",
)
@_out
@click.option("--fail-on", type=click.Choice(_SEVERITIES), help="Lowest severity that fails the run [error].")
@click.option("--select", multiple=True, metavar="CODES", help="Only these rules (codes, prefixes or names).")
@click.option("--ignore", multiple=True, metavar="CODES", help="Never these rules.")
@click.option("--baseline", metavar="FILE", help="Findings recorded in FILE (factcheck baseline) do not fail the run.")
@_config_options
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Check the documents in N processes (0: one per CPU); the output is the same.",
)
def check(
    paths: tuple[str, ...],
    kb: tuple[str, ...],
    fmt: str,
    output: str | None,
    fail_on: FailOn | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    baseline: str | None,
    config_file: str | None,
    jobs: int,
) -> None:
    """Check articles (files or folders of .md, .jsonl, .txt) and report findings."""
    from factcheck.engine import run_check
    from factcheck.io import load_kbs
    from factcheck.report import get_formatter

    try:
        config = _config(select, ignore, fail_on, kb, config_file, baseline, paths=paths)
        _not_over_inputs(output, paths, config)
        _no_kb_notice(config)
        if fmt == "jsonl":
            stream_kb_errors: list[InputError] = []  # reported, and the rest of the KB used, as below
            _stream(paths, config, load_kbs(config.kb, errors=stream_kb_errors), output, jobs, stream_kb_errors)
        formatter = get_formatter(fmt)
        kb_errors: list[InputError] = []  # a bad KB file or entry is reported, and the rest of the KB used
        knowledge = load_kbs(config.kb, errors=kb_errors)
        checked = _with_errors(run_check(paths, kb=knowledge, config=config, jobs=jobs), kb_errors)
        with _output(output) as out:
            _render(fmt, formatter, checked, out, config.fail_on)
    except FactcheckError as err:
        _fail(err)
    report = checked.report
    for error in report.errors:
        if fmt != "text" or output:
            _say(f"{error.code} {error.where}: {error.message}")
    if report.errors:
        sys.exit(EXIT_ERROR)
    severity = config.fail_severity
    sys.exit(EXIT_FINDINGS if severity is not None and report.at_or_above(severity) else EXIT_OK)


# ---- the notice when reference rules run without reference data ------------------------------------------------


def _no_kb_notice(config: Config) -> None:
    """Say once, on standard error, that the selected reference rules have no KB to check claims against.

    Without it, a run with no ``--kb`` looks like a clean bill for every claim of elapsed years, ages and
    figures, when none was checked.
    """
    from factcheck.rules import FAMILIES, registry

    if config.kb:
        return
    reference = [
        spec.code
        for spec in registry.select(config.select, config.ignore)
        if FAMILIES.get(spec.code[2:3]) == "reference"
    ]
    if reference:
        click.echo(
            f"factcheck: note: no --kb given, so {', '.join(reference)} check nothing (claims are checked against "
            "reference data; pass --kb FILE, or --ignore FC2 to run without it)",
            err=True,
        )


# ---- end of the notice ------------------------------------------------------------------------------------------


def _stream(
    paths: Sequence[str],
    config: Config,
    kb: KnowledgeBase,
    output: str | None,
    jobs: int,
    kb_errors: Sequence[InputError] = (),
) -> NoReturn:
    """``check --format jsonl``: each finding written as soon as its document is checked; exits.

    ``kb_errors`` (bad KB files or entries) are reported first; every document is still checked, and the run
    exits 2."""
    from factcheck.model import ReadError
    from factcheck.report.jsonl import line
    from factcheck.streaming import stream_check

    severity = config.fail_severity
    for kb_error in kb_errors:
        click.echo(f"factcheck: {kb_error}", err=True)
    failed, errors = False, bool(kb_errors)
    with _output(output) as out:
        for item in stream_check(paths, kb=kb, config=config, jobs=jobs):
            if isinstance(item, ReadError):
                _say(f"{item.code} {item.where}: {item.message}")
                errors = True
                continue
            out.write(line(item))
            failed = failed or (severity is not None and item.at_or_above(severity))
    sys.exit(EXIT_ERROR if errors else EXIT_FINDINGS if failed else EXIT_OK)


@main.command("baseline")
@_paths
@_kb
@click.option("-o", "--output", metavar="FILE", required=True, help="The baseline file to write (JSON).")
@click.option("--select", multiple=True, metavar="CODES", help="Only these rules (codes, prefixes or names).")
@click.option("--ignore", multiple=True, metavar="CODES", help="Never these rules.")
@_config_options
def baseline_command(
    paths: tuple[str, ...],
    kb: tuple[str, ...],
    output: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_file: str | None,
) -> None:
    """Record today's findings in FILE: `check --baseline FILE` then fails on new findings only."""
    from factcheck.engine import run_check
    from factcheck.io import load_kbs
    from factcheck.suppress import baseline_of, write_baseline

    try:
        # Record every finding, including those an existing baseline would already cover.
        config = _config(select, ignore, None, kb, config_file, paths=paths).model_copy(update={"baseline": None})
        _not_over_inputs(output, paths, config)
        checked = run_check(paths, kb=load_kbs(config.kb), config=config)
        recorded = baseline_of(checked.report.findings)
        with _output(output) as out:
            write_baseline(recorded, out)
    except FactcheckError as err:
        _fail(err)
    for error in checked.report.errors:
        _say(f"{error.code} {error.where}: {error.message}")
    total = sum(entry.count for entry in recorded.findings)
    _say(
        f"recorded {total} finding{'s' if total != 1 else ''} "
        f"({len(recorded.findings)} fingerprint{'s' if len(recorded.findings) != 1 else ''}) in {output}"
    )
    sys.exit(EXIT_ERROR if checked.report.errors else EXIT_OK)
