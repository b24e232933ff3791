"""The ``factcheck`` command: argument parsing, wiring and exit codes, nothing else.

Exit status of ``check``: 0 no finding at or above ``--fail-on``; 1 at least
one; 2 bad usage, unreadable input (the message names the file and line) or an
internal error (``E005``: a bug met in a rule, a formatter or anywhere else;
``factcheck --debug`` shows its traceback). A crash never exits 1.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

import click

from factcheck.config import Config, FailOn, find_pyproject, load_config
from factcheck.errors import FactcheckError, InputError, InternalError

if TYPE_CHECKING:
    from factcheck.engine import Checked
    from factcheck.model import KnowledgeBase
    from factcheck.report import Formatter

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130
"""Ctrl-C: 128 + SIGINT, as a shell reports a command it interrupted."""
_SEVERITIES = ("error", "warning", "info", "never")


def _codes(values: Sequence[str]) -> list[str]:
    """``--select FC1,FC201 --select FC4`` → ``["FC1", "FC201", "FC4"]``."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _config(
    select: Sequence[str],
    ignore: Sequence[str],
    fail_on: str | None,
    kb: Sequence[str],
    config_file: str | None = None,
    baseline: str | None = None,
) -> Config:
    """``--config FILE`` (else the nearest ``pyproject.toml`` with ``[tool.factcheck]``), then the options."""
    if config_file is not None:
        base = load_config(Path(config_file), required=True)
    else:
        pyproject = find_pyproject(Path.cwd())
        base = load_config(pyproject) if pyproject else Config()
    update: dict[str, object] = {}
    if baseline:
        update["baseline"] = baseline
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
    """Standard output, or ``path`` written atomically (a temporary file renamed over it at the end)."""
    from factcheck.io.atomic import open_atomic

    if path is None or path == "-":
        try:
            yield sys.stdout
            sys.stdout.flush()
        except OSError as err:
            _quiet_stdout()
            if err.errno == errno.EPIPE:  # `factcheck check | head`: the reader has gone, nothing to say
                sys.exit(EXIT_ERROR)
            raise FactcheckError(f"cannot write to standard output: {err.strerror or err}") from None
        return
    try:
        with open_atomic(path) as handle:
            yield handle
    except OSError as err:
        raise FactcheckError(f"cannot write {path}: {err.strerror or err}") from None


def _quiet_stdout() -> None:
    """Point standard output at /dev/null, so that the interpreter's last flush at exit cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (a test runner's buffer): nothing will flush it at exit
        pass


def _say(message: str) -> None:
    """One line on standard error, control characters from file names and messages shown as escapes."""
    from factcheck.report._escape import escape_controls

    click.echo(f"factcheck: {escape_controls(message, keep='')}", err=True)


def _debug() -> bool:
    context = click.get_current_context(silent=True)
    return bool(context and context.find_root().params.get("debug"))


def _fail(err: FactcheckError) -> NoReturn:
    if _debug() and err.__cause__ is not None:
        click.echo("".join(traceback.format_exception(err)), err=True, nl=False)
    _say(str(err))
    sys.exit(EXIT_ERROR)


def _render(fmt: str, render: Formatter, checked: Checked, out: TextIO, fail_on: str) -> None:
    """The formatter's output; a formatter that raises is an internal error (E005), and ``-o`` leaves no file."""
    from factcheck.report import write_report

    try:
        write_report(render, checked.report, out, documents=checked.documents, fail_on=fail_on)
    except OSError:
        raise  # the output's own failure (a full disk, a closed pipe): ``_output`` says so
    except Exception as err:  # the boundary: any bug in a formatter, built-in or a plugin's
        raise InternalError(f"{InternalError.code} internal error in the {fmt!r} formatter: {_what(err)}") from err


def _what(err: BaseException) -> str:
    return f"{type(err).__name__}: {err}"


class _DebugHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Shows the tracebacks the error boundaries log (``factcheck --debug``)."""


def _log_tracebacks(debug: bool) -> None:
    logger = logging.getLogger("factcheck")
    for handler in [h for h in logger.handlers if isinstance(h, _DebugHandler)]:
        logger.removeHandler(handler)
    if debug:
        logger.addHandler(_DebugHandler(sys.stderr))
        logger.setLevel(logging.DEBUG)


class _Guarded(click.Group):
    """The CLI's last error boundary: an unexpected exception exits 2 with one line, never 1 with a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Abort, click.exceptions.Exit):
            raise
        except FactcheckError as err:
            _fail(err)
        except BrokenPipeError:
            _quiet_stdout()
            sys.exit(EXIT_ERROR)
        except KeyboardInterrupt:  # click would exit 1, which means "findings"
            _say("interrupted")
            sys.exit(EXIT_INTERRUPTED)
        except Exception as err:
            if ctx.params.get("debug"):
                raise
            _say(f"{InternalError.code} internal error: {_what(err)} (factcheck --debug shows the traceback)")
            sys.exit(EXIT_ERROR)


def _with_errors(checked: Checked, errors: Sequence[InputError]) -> Checked:
    """``checked`` with ``errors`` (the KB's) before the report's own: formatters show them, and the run exits 2."""
    if not errors:
        return checked
    from dataclasses import replace

    from factcheck.pipeline import read_error

    read = [read_error(e) for e in errors]
    return replace(checked, report=checked.report.model_copy(update={"errors": [*read, *checked.report.errors]}))


def _not_over_inputs(output: str | None, paths: Sequence[str], config: Config | None = None) -> None:
    """Refuse an output that is a document, KB or baseline file read by this run (issue 17 item 3)."""
    from factcheck.io.outputs import refuse_output_over_input

    read = [*(config.kb if config else ()), *([config.baseline] if config and config.baseline else ())]
    refuse_output_over_input(output, [*paths, *read])


_paths = click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
_kb = click.option("--kb", "kb", multiple=True, metavar="FILE", help="Knowledge-base file (YAML or JSON); repeatable.")
_out = click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of standard output.")
_config_file = click.option(
    "--config",
    "config_file",
    metavar="FILE",
    help="Read the configuration from FILE (a pyproject.toml's [tool.factcheck], or a factcheck TOML file).",
)


@click.group(cls=_Guarded, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck-news", prog_name="factcheck")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error (E005), and raise a crash.")
def main(debug: bool) -> None:
    """Check news articles for dates, durations and amounts that cannot all be true."""
    _log_tracebacks(debug)


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
@_config_file
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
        config = _config(select, ignore, fail_on, kb, config_file, baseline)
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
@_config_file
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
        config = _config(select, ignore, None, kb, config_file).model_copy(update={"baseline": None})
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


@main.command()
@_paths
@_kb
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True)
@_out
def extract(paths: tuple[str, ...], kb: tuple[str, ...], fmt: str, output: str | None) -> None:
    """Print the dates, durations and amounts each article states, normalized (with --kb: what each links to)."""
    from factcheck.engine import extract as run_extract

    if kb:
        _extract_links(paths, kb, fmt, output)
    try:
        _not_over_inputs(output, paths)
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
        _say(f"{error.code} {error.where}: {error.message}")
    sys.exit(EXIT_ERROR if result.errors else EXIT_OK)


# ---- factcheck extract --kb: the facts, and what the link stage makes of them ----------------------------------


def _extract_links(paths: Sequence[str], kb_files: Sequence[str], fmt: str, output: str | None) -> NoReturn:
    """``extract --kb``: each document's facts, then its entity links, claims and figures; exits."""
    from factcheck.io import load_kbs
    from factcheck.link.entities import EntityIndex
    from factcheck.pipeline import facts_of, gather_documents
    from factcheck.pipeline.explain import explain_links, write_links_text
    from factcheck.pipeline.read import read_error

    kb_errors: list[InputError] = []
    try:
        index = EntityIndex(load_kbs(kb_files, errors=kb_errors))
        documents, errors = gather_documents(paths)
        with _output(output) as out:
            rows = []
            for document in documents:
                facts = facts_of(document)
                links = explain_links(document, facts, index)
                if fmt == "json":
                    rows.append(
                        {"id": document.id, "facts": [f.model_dump(mode="json") for f in facts], "links": links}
                    )
                else:
                    write_links_text(out, document.id, facts, links)
            if fmt == "json":
                out.write(json.dumps({"documents": rows}, indent=2, ensure_ascii=False) + "\n")
    except FactcheckError as err:
        _fail(err)
    for error in [*map(read_error, kb_errors), *errors]:
        click.echo(f"factcheck: {error.code} {error.where}: {error.message}", err=True)
    sys.exit(EXIT_ERROR if errors or kb_errors else EXIT_OK)


# ---- end of factcheck extract --kb -----------------------------------------------------------------------------


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(fmt: str) -> None:
    """List the rule catalogue."""
    from factcheck.rules import registry

    specs = list(registry)
    if fmt == "json":
        rows = [{"code": s.code, "name": s.name, "severity": s.severity.value, "summary": s.summary} for s in specs]
        click.echo(json.dumps([*rows, *_lint_rows()], indent=2))
        return
    for spec in specs:
        click.echo(f"{spec.code}  {spec.name:32} {spec.severity.value:8} {spec.summary}")
    _lint_rules()


# ---- factcheck kb lint: the reference data checked (KB001...) -------------------------------------------------


def _lint_rows() -> list[dict[str, str]]:
    """The KB lint codes as ``factcheck rules --format json`` lists them, after the rules."""
    from factcheck.kblint import LINT_CHECKS

    return [
        {"code": c.code, "name": c.name, "severity": c.severity.value, "summary": c.summary, "family": "kb-lint"}
        for c in LINT_CHECKS.values()
    ]


def _lint_rules() -> None:
    for row in _lint_rows():
        click.echo(f"{row['code']}  {row['name']:32} {row['severity']:8} {row['summary']} (factcheck kb lint)")


@main.group("kb")
def kb_group() -> None:
    """Work with reference data (knowledge-base files and figure tables)."""


@kb_group.command("lint")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "junit", "github"]), default="text",
              show_default=True)  # fmt: skip
@_out
@click.option("--fail-on", type=click.Choice(_SEVERITIES), default="error", show_default=True,
              help="Lowest severity that fails the run.")  # fmt: skip
@click.option("--as-of", "as_of", metavar="DATE", help="Dates after DATE (YYYY-MM-DD) are reported [today].")
def kb_lint(files: tuple[str, ...], fmt: str, output: str | None, fail_on: str, as_of: str | None) -> None:
    """Check KB files (YAML, JSON, CSV figure tables), read together as one knowledge base.

    Exit status as for check: 0 clean, 1 a finding at or above --fail-on, 2 a file that cannot be read.
    """
    from datetime import date

    from factcheck.kblint import lint
    from factcheck.model import Severity
    from factcheck.pipeline import tool_info
    from factcheck.report import get_formatter

    try:
        day = date.fromisoformat(as_of) if as_of else date.today()  # the CLI reads the clock; the checks never do
    except ValueError:
        _fail(FactcheckError(f"--as-of {as_of!r} is not a date (YYYY-MM-DD)"))
    try:
        linted = lint(files, day, tool_info())
        with _output(output) as out:
            get_formatter(fmt)(linted.report, out, documents=linted.documents)
    except FactcheckError as err:
        _fail(err)
    for error in linted.report.errors:
        if fmt != "text" or output:
            click.echo(f"factcheck: {error.code} {error.where}: {error.message}", err=True)
    if linted.report.errors:
        sys.exit(EXIT_ERROR)
    failing = fail_on != "never" and linted.report.at_or_above(Severity(fail_on))
    sys.exit(EXIT_FINDINGS if failing else EXIT_OK)


# ---- end of factcheck kb lint ----------------------------------------------------------------------------------


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
    # The output is committed as docs/schema/report.schema.json; JSON has no comments, so a key says so.
    command = "factcheck schema" if of == "report" else f"factcheck schema {of}"
    document = {"$comment": f"generated by `{command}`; do not edit", **models[of].model_json_schema()}
    click.echo(json.dumps(document, indent=2))


@main.command()
@click.option("--fixtures", default="fixtures/rules", show_default=True, metavar="DIR", help="The rule fixtures.")
@click.option("-o", "--output", default="docs/rules", show_default=True, metavar="DIR", help="Where pages go.")
@_kb
@click.option("--check", "check_only", is_flag=True, help="Write nothing; exit 1 when a page is out of date.")
def docs(fixtures: str, output: str, kb: tuple[str, ...], check_only: bool) -> None:
    """Write the rule catalogue pages (one per rule, from its docstring and fixtures)."""
    from factcheck.catalogue import render_pages, stale_pages
    from factcheck.io import load_kbs
    from factcheck.rules import registry

    folder = Path(output)
    try:
        pages = render_pages(list(registry), Path(fixtures), load_kbs(list(kb)))
    except FactcheckError as err:
        _fail(err)
    stale = stale_pages(pages, folder)
    if check_only:
        for name in stale:
            _say(f"{folder / name} is out of date; run `factcheck docs`")
        sys.exit(EXIT_FINDINGS if stale else EXIT_OK)
    from factcheck.io import atomic

    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name in stale:
            path = folder / name
            if name in pages:
                atomic.write_atomic(path, pages[name])
            else:
                path.unlink()  # the page of a rule that no longer exists
    except OSError as err:
        _fail(FactcheckError(f"cannot write {folder}: {err.strerror or err}"))
    click.echo(f"factcheck: {len(stale)} of {len(pages)} pages in {folder} updated", err=True)
