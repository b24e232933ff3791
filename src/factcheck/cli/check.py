"""``factcheck check`` and ``factcheck baseline``: the findings of a run, reported or recorded."""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from dataclasses import replace
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
from factcheck.cli.statistics import STATISTICS_FORMATS, write_statistics
from factcheck.cli.stdin import STDIN, STDIN_FORMATS, documents_and_paths
from factcheck.cli.terminal import COLOR_CHOICES, progress_bar, use_color, write_colored
from factcheck.config import Config, FailOn
from factcheck.errors import FactcheckError, InputError

if TYPE_CHECKING:
    from factcheck.model import KnowledgeBase
    from factcheck.pipeline import DocumentInput
    from factcheck.pipeline.mates import Gate


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
@click.option(
    "--stories-from",
    metavar="DIR",
    type=click.Path(exists=True, file_okay=False, path_type=str),
    help="The pre-commit gate: check the articles in PATHS (other file types are skipped) together with the other "
    "articles of their stories under DIR (the files git tracks, in a git work tree), and report only the findings "
    "in PATHS.",
)
@click.option(
    "--statistics",
    is_flag=True,
    help="Count the findings per rule instead of showing each (--format text or json); the exit status is the same.",
)
@click.option(
    "--stdin-filename",
    metavar="NAME",
    help="Name the document read from `-` (standard input) in findings and errors; its suffix gives the format.",
)
@click.option(
    "--stdin-format",
    type=click.Choice(STDIN_FORMATS),
    help="What `-` holds: a Markdown article, JSON Lines or plain text [auto: JSON Lines when it starts with '{'].",
)
@click.option("-q", "--quiet", is_flag=True, help="Only the findings and errors: no summary line, note or progress.")
@click.option("-s", "--silent", is_flag=True, help="No report on standard output; only why the run exits 2.")
@click.option(
    "--color",
    type=click.Choice(COLOR_CHOICES),
    default="auto",
    show_default=True,
    help="Colour the text report; auto: when standard output is a terminal or FORCE_COLOR is set, and NO_COLOR is not.",
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
    statistics: bool,
    stdin_filename: str | None,
    stdin_format: str | None,
    quiet: bool,
    silent: bool,
    color: str,
    stories_from: str | None,
) -> None:
    """Check articles (files or folders of .md, .jsonl, .txt; `-` for standard input) and report findings."""
    from factcheck.engine import run_check
    from factcheck.io import load_kbs
    from factcheck.report import get_formatter

    if stories_from is not None and STDIN in paths:
        raise click.UsageError("--stories-from checks the named files with their story mates; it reads no `-`")
    if statistics and fmt not in STATISTICS_FORMATS:
        raise click.UsageError(f"--statistics gives a table (--format text) or JSON (--format json), not {fmt!r}")
    try:
        inputs, stdin_errors = documents_and_paths(paths, stdin_filename, stdin_format)
        files = [path for path in paths if path != STDIN]
        config = _config(select, ignore, fail_on, kb, config_file, baseline, paths=files)
        _not_over_inputs(output, files, config)
        if not (quiet or silent):
            _no_kb_notice(config)
        gate = _gate(files, stories_from, config, quiet=quiet or silent)
        if gate is not None:
            inputs = list(gate.documents)
        read_errors = [*stdin_errors, *(gate.errors if gate is not None else ())]
        if fmt == "jsonl":
            stream_kb_errors: list[InputError] = []  # reported, and the rest of the KB used, as below
            knowledge = load_kbs(config.kb, errors=stream_kb_errors)
            _stream(inputs, config, knowledge, output, jobs, [*stream_kb_errors, *read_errors], gate, shown=not silent)
        formatter = get_formatter(fmt)
        kb_errors: list[InputError] = []  # a bad KB file or entry is reported, and the rest of the KB used
        knowledge = load_kbs(config.kb, errors=kb_errors)
        with progress_bar(not (quiet or silent)) as progress:
            checked = run_check(inputs, kb=knowledge, config=config, jobs=jobs, progress=progress)
        checked = _with_errors(checked, [*kb_errors, *read_errors])
        if gate is not None:
            checked = replace(checked, report=gate.restrict(checked.report))
        if not (silent and output is None):
            colour = fmt == "text" and output is None and not statistics and use_color(color, sys.stdout)
            with _output(output) as out:
                target = io.StringIO() if colour else out
                if statistics:
                    write_statistics(checked.report, target, fmt, quiet=quiet or silent)
                elif quiet and fmt == "text":
                    from factcheck.report.text import render_findings

                    _render(fmt, render_findings, checked, target, config.fail_on)  # the report without its summary
                else:
                    _render(fmt, formatter, checked, target, config.fail_on)
                if isinstance(target, io.StringIO):
                    write_colored(target.getvalue(), out)
    except FactcheckError as err:
        _fail(err)
    report = checked.report
    for error in report.errors:
        if fmt != "text" or output or statistics or silent:
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


def _gate(paths: Sequence[str], stories_from: str | None, config: Config, *, quiet: bool) -> Gate | None:
    """``--stories-from DIR``: the named articles and their story mates under DIR (``pipeline.mates``), with
    the configuration's ``exclude`` applied as ``check`` applies it."""
    if stories_from is None:
        return None
    from factcheck.config import Exclusion
    from factcheck.pipeline.mates import story_mates

    gate = story_mates(paths, stories_from, Exclusion.of(config))
    if gate.mates and not quiet:
        plural = "s" if gate.mates != 1 else ""
        _say(f"checked with {gate.mates} other article{plural} of the same stories under {stories_from}")
    return gate


def _stream(
    inputs: Sequence[DocumentInput],
    config: Config,
    kb: KnowledgeBase,
    output: str | None,
    jobs: int,
    kb_errors: Sequence[InputError] = (),
    gate: Gate | None = None,
    *,
    shown: bool = True,
) -> NoReturn:
    """``check --format jsonl``: each finding written as soon as its document is checked; exits.

    ``kb_errors`` (bad KB files or entries, or named articles the gate could not read) are reported first;
    every document is still checked, and the run exits 2. With a ``gate``, only what concerns its staged
    articles is written. Not ``shown`` (``--silent``), standard output gets nothing; a file ``-o`` names is
    still written."""
    from factcheck.model import ReadError
    from factcheck.report.jsonl import line
    from factcheck.streaming import stream_check

    severity = config.fail_severity
    for kb_error in kb_errors:
        click.echo(f"factcheck: {kb_error}", err=True)
    failed, errors = False, bool(kb_errors)
    with _output(output) as out:
        for found in stream_check(inputs, kb=kb, config=config, jobs=jobs):
            item = gate.admit(found) if gate is not None else found
            if item is None:
                continue
            if isinstance(item, ReadError):
                _say(f"{item.code} {item.where}: {item.message}")
                errors = True
                continue
            if shown or output is not None:
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
