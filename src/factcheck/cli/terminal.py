"""Colour and a progress bar, for a person at a terminal only; files and pipes get the plain bytes of before.

Both are drawn by ``rich``, imported here and only once a terminal is there
to draw on (``import factcheck.cli`` never imports it). What decides is ours,
not rich's, so that a pipe is never drawn into:

- **colour** (``--color auto``): the text report on standard output, when
  ``NO_COLOR`` is unset and either ``FORCE_COLOR`` is set or standard output
  is a terminal (not ``TERM=dumb``); ``--color always|never`` overrides both
  variables (no-color.org). Colour only adds SGR codes around the characters
  of the plain report, which carries no control character of its own
  (``report.text`` escapes them): stripped of the codes, it is the same text.
- **progress**: on standard error, only when standard error itself is a
  terminal: never into a file, a pipe or a CI log, ``FORCE_COLOR`` or not.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.text import Text

__all__ = ["COLOR_CHOICES", "Progress", "colored", "progress_bar", "use_color", "write_colored"]

COLOR_CHOICES = ("auto", "always", "never")

Progress = Callable[[int, int], None]
"""Told ``(documents checked, documents in all)`` as each document is done."""

_SEVERITY_STYLES = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
_HEADER = re.compile(
    r"^(?P<where>.*?): (?P<code>[A-Za-z]{1,6}\d{3}) (?P<name>[a-z0-9][a-z0-9-]*) "
    r"(?P<tag>\[(?P<severity>error|warning|info)(?:, [a-z]+)?\])"
)
_ERROR = re.compile(r"^(?P<where>.*?): (?P<code>E\d{3}) ")
_CARETS = re.compile(r"^(?P<bar>  \| )(?P<pad>[ …]*)(?P<marks>\^+)$")
_QUOTED = re.compile(r"^(?P<bar>  \| )")


def _terminal(stream: TextIO) -> bool:
    try:
        return os.isatty(stream.fileno())
    except (AttributeError, OSError, ValueError):  # a test runner's buffer, a closed stream
        return False


def use_color(choice: str, stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Whether to colour what goes to ``stream``: ``--color``, then NO_COLOR, FORCE_COLOR, a terminal."""
    if choice != "auto":
        return choice == "always"
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    return env.get("TERM") != "dumb" and _terminal(stream)


def colored(report: str) -> Text:
    """The plain text report, styled line by line: location, rule, severity, carets, input errors, summary."""
    from rich.text import Text

    styled = Text()
    lines = report.split("\n")
    last = max((i for i, line in enumerate(lines) if line), default=-1)
    severity = "error"
    for index, line in enumerate(lines):
        text = Text(line)
        if header := _HEADER.match(line):
            severity = header["severity"]
            text.stylize("bold", *header.span("where"))
            text.stylize(_SEVERITY_STYLES[severity], *header.span("code"))
            text.stylize(_SEVERITY_STYLES[severity].replace("bold ", ""), *header.span("tag"))
        elif carets := _CARETS.match(line):
            text.stylize("blue", *carets.span("bar"))
            text.stylize(_SEVERITY_STYLES[severity], *carets.span("marks"))
        elif quoted := _QUOTED.match(line):
            text.stylize("blue", *quoted.span("bar"))
        elif error := _ERROR.match(line):
            text.stylize("bold", *error.span("where"))
            text.stylize("bold red", *error.span("code"))
        elif index == last:
            text.stylize("bold")
        styled.append_text(text)
        if index < len(lines) - 1:
            styled.append("\n")
    return styled


def write_colored(report: str, out: TextIO) -> None:
    """``report`` in colour on ``out``: SGR codes around its characters, each of them written as it is (rich's
    console would wrap long lines and expand tabs)."""
    from rich.color import ColorSystem
    from rich.console import Console

    console = Console(file=out, force_terminal=True, no_color=False, color_system="standard")
    for segment in colored(report).render(console, end=""):
        style = segment.style
        out.write(style.render(segment.text, color_system=ColorSystem.STANDARD) if style else segment.text)


@contextmanager
def progress_bar(enabled: bool, stream: TextIO | None = None) -> Iterator[Progress | None]:
    """A transient bar of documents checked on ``stream`` (standard error) when it is a terminal; else ``None``."""
    target = sys.stderr if stream is None else stream
    if not enabled or not _terminal(target) or os.environ.get("TERM") == "dumb":
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
    from rich.progress import Progress as Bar

    columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Bar(
        *columns, console=Console(file=target), transient=True, redirect_stdout=False, redirect_stderr=False
    ) as bar:
        task = bar.add_task("checking", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance
