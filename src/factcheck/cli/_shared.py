"""What every ``factcheck`` command shares: the group, exit codes, configuration, output, error boundaries.

Exit status of ``check``: 0 no finding at or above ``--fail-on``; 1 at least
one; 2 bad usage, unreadable input (the message names the file and line) or an
internal error (``E005``: a bug met in a rule, a formatter or anywhere else;
``factcheck --debug`` shows its traceback). A crash never exits 1.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, NoReturn, TextIO

import click

from factcheck.config import Config
from factcheck.errors import FactcheckError, InputError, InternalError

if TYPE_CHECKING:
    from factcheck.engine import Checked
    from factcheck.report import Formatter


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
    *,
    paths: Sequence[str] = (),
) -> Config:
    """The run's settings: ``--config FILE`` (else the configuration nearest ``paths``), then the options.

    Under ``--show-settings`` (see ``_config_options``) it prints them, each with its source, and exits 0
    before anything is checked.
    """
    from factcheck.config.settings import in_force, shown

    options: dict[str, object] = {}
    if select:
        options["select"] = _codes(select)
    if ignore:
        options["ignore"] = _codes(ignore)
    if fail_on:
        options["fail_on"] = fail_on
    if kb:
        options["kb"] = list(kb)
    if baseline:
        options["baseline"] = baseline
    meta = ctx.meta if (ctx := click.get_current_context(silent=True)) is not None else {}
    if meta.get(_FORCE_EXCLUDE):
        options["force_exclude"] = True
    settings = in_force(paths, options, config_file)
    if meta.get(_SHOW_SETTINGS):
        click.echo(shown(settings, paths), nl=False)
        sys.exit(EXIT_OK)
    return settings.config


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
_SHOW_SETTINGS, _FORCE_EXCLUDE = "factcheck.show_settings", "factcheck.force_exclude"


def _remember(ctx: click.Context, param: click.Parameter, value: object) -> None:
    """Keep a flag on the context for ``_config``, so that the commands need not pass it through."""
    ctx.meta[f"factcheck.{param.name}"] = value


def _config_options(command: Callable[..., None]) -> Callable[..., None]:
    """``--config FILE`` (the command's ``config_file``), ``--show-settings`` and ``--force-exclude``.

    The two flags are read by ``_config`` from the context: every command that reads a configuration
    takes them with this one decorator and the one call.
    """
    for option in (
        click.option(
            "--force-exclude",
            is_flag=True,
            expose_value=False,
            callback=_remember,
            help="Leave out the files the configuration excludes even when they are named (as a pre-commit hook "
            "names them).",
        ),
        click.option(
            "--show-settings",
            is_flag=True,
            expose_value=False,
            callback=_remember,
            help="Print the settings in force for PATHS, and the file each came from; check nothing.",
        ),
        click.option(
            "--config",
            "config_file",
            metavar="FILE",
            help="Read the configuration from FILE (a pyproject.toml's [tool.factcheck], or a factcheck TOML file); "
            "no other configuration file is looked for.",
        ),
    ):
        command = option(command)
    return command


@click.group(cls=_Guarded, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck-news", prog_name="factcheck")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error (E005), and raise a crash.")
def main(debug: bool) -> None:
    """Check news articles for dates, durations and amounts that cannot all be true."""
    _log_tracebacks(debug)
