"""docs/getting-started.md followed word for word, as a newcomer would: every file it shows is written and every
command it shows is run, in the page's order, in a fresh folder; what each command prints and its exit status must be
what the page shows.

The page's conventions (it states them at its top):

- a fenced block with ``title="PATH"`` in its info string is a file: written whole at PATH, relative to the current
  folder, over any earlier version. Its folder must exist already: the page has to say ``mkdir`` where a newcomer must;
- a ``console`` block is a shell session: ``$ COMMAND`` lines, each followed by the lines it prints;
- a ``text`` block whose first line is the project folder (``newsroom/``) is the project's layout, compared with the
  files the page had us write.

Any other block, and any command this test does not know how to follow, fails the test, so that the page cannot grow
a step no test runs. The commands:

- ``mkdir`` and ``cd`` act in pytest's tmp_path;
- ``python3 -m venv`` and activating it are not run: the environment is this interpreter's, its scripts folder first
  on PATH; ``pip install NAME`` is not run either, but NAME must be installed here (the page cannot install a
  distribution other than the one tested);
- ``factcheck ...`` runs the installed console script as a process; ``pytest ...`` runs
  ``python -m pytest ... -p no:cacheprovider`` (no cache folder in the layout);
- ``echo $?`` prints the previous command's exit status. A command the page does not follow with ``echo $?`` must
  exit 0.

What a command prints is its standard error, then its standard output (what a terminal shows for these short runs:
the note before the report). Normalised, because they must vary: pytest's timing (``in 0.31s``) and the version that
``factcheck --version`` prints. Nothing else: no absolute path appears in the page's outputs.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "getting-started.md"
SCRIPTS = Path(sysconfig.get_path("scripts"))

_FENCE = re.compile(r"^```(\w*)([^\n]*)\n(.*?)^```[ \t]*$", flags=re.MULTILINE | re.DOTALL)
_TITLE = re.compile(r'\btitle="([^"]+)"')
_NORMALISE = (
    (re.compile(r"\bin \d+(?:\.\d+)?s\b"), "in 0.00s"),  # pytest's "2 passed in 0.31s"
    (re.compile(r"^(factcheck, version) \S+$", flags=re.MULTILINE), r"\1 VERSION"),
)


@dataclass
class Block:
    language: str
    title: str | None
    text: str
    line: int


@dataclass
class Session:
    """The state of the newcomer's shell: the current folder, the last exit status, what the page set up."""

    cwd: Path
    status: int = 0
    venv: Path | None = None
    written: set[Path] = field(default_factory=set)
    checks: int = 0
    pytest_statuses: list[int] = field(default_factory=list)
    layouts: int = 0


def _blocks(page: str) -> list[Block]:
    found = []
    for match in _FENCE.finditer(page):
        title = _TITLE.search(match[2])
        line = page.count("\n", 0, match.start()) + 1
        found.append(Block(match[1], title[1] if title else None, match[3], line))
    return found


def _commands(console: str) -> list[tuple[str, list[str]]]:
    """Each ``$ COMMAND`` of a console block with the lines printed under it."""
    commands: list[tuple[str, list[str]]] = []
    for line in console.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        else:
            assert commands, f"output before any command: {line!r}"
            commands[-1][1].append(line)
    return commands


def _environment() -> dict[str, str]:
    """This interpreter's environment, as an activated virtual environment gives it, without what would change output.

    The outer pytest's own settings (PYTEST_ADDOPTS, xdist's worker variables) and forced colour would change what
    the inner runs print; 80 columns is a terminal's default width, which pytest's progress line is padded to.
    """
    dropped = {"FORCE_COLOR", "PY_COLORS", "CLICOLOR_FORCE", "COLUMNS"}
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_") and key not in dropped}
    env["PATH"] = os.pathsep.join([str(SCRIPTS), env.get("PATH", "")])
    env["COLUMNS"] = "80"
    return env


def _normalised(text: str) -> list[str]:
    for pattern, replacement in _NORMALISE:
        text = pattern.sub(replacement, text)
    return text.splitlines()


def _run(argv: list[str], session: Session) -> str:
    completed = subprocess.run(
        argv, cwd=session.cwd, env=_environment(), capture_output=True, text=True, encoding="utf-8", check=False
    )
    session.status = completed.returncode
    return completed.stderr + completed.stdout


def _follow(command: str, session: Session) -> str | None:
    """Do what the page's command does; return what it prints, or None for a step that is not run here."""
    words = shlex.split(command, comments=True)
    match words:
        case ["mkdir", *folders] if folders and not any(folder.startswith("-") for folder in folders):
            for folder in folders:
                (session.cwd / folder).mkdir()
            return ""
        case ["cd", folder]:
            session.cwd = session.cwd / folder
            assert session.cwd.is_dir(), f"cd {folder}: no such folder"
            return ""
        case ["python3", "-m", "venv", folder]:
            session.venv = session.cwd / folder
            return None
        case ["." | "source", activate]:
            assert session.venv is not None, "activating a virtual environment the page never made"
            assert (session.cwd / activate).parent.parent == session.venv, activate
            return None
        case ["pip", "install", *requirements] if requirements:
            for requirement in requirements:
                try:
                    distribution(requirement)
                except PackageNotFoundError:
                    pytest.fail(f"the page installs {requirement}, which is not installed where this test runs")
            return None
        case ["factcheck", *arguments]:
            script = SCRIPTS / ("factcheck.exe" if sys.platform == "win32" else "factcheck")
            assert script.is_file(), f"no factcheck console script in {SCRIPTS}"
            session.checks += arguments[:1] == ["check"]
            return _run([str(script), *arguments], session)
        case ["pytest", *arguments]:
            printed = _run([sys.executable, "-m", "pytest", *arguments, "-p", "no:cacheprovider"], session)
            session.pytest_statuses.append(session.status)
            return printed
        case ["echo", "$?"]:
            return f"{session.status}\n"
    pytest.fail(f"the page runs `{command}`, which this test does not know how to follow")


def _console(block: Block, session: Session) -> None:
    commands = _commands(block.text)
    for index, (command, shown) in enumerate(commands):
        printed = _follow(command, session)
        if printed is None:
            assert shown == [], f"line {block.line}: `{command}` is not run here, so nothing it prints can be checked"
            continue
        assert _normalised(printed) == _normalised("\n".join(shown)), f"docs/getting-started.md: `{command}`"
        status_shown = index + 1 < len(commands) and commands[index + 1][0] == "echo $?"
        if not status_shown and command != "echo $?":
            assert session.status == 0, f"`{command}` exited {session.status}; the page shows no `echo $?` after it"


def _write(block: Block, session: Session) -> None:
    assert block.title is not None
    path = session.cwd / block.title
    assert path.parent.is_dir(), f"line {block.line}: {block.title}: the page never made its folder"
    path.write_text(block.text, encoding="utf-8")
    session.written.add(path)


def _layout(block: Block) -> set[str]:
    """The paths of an indented tree (``folder/`` lines hold the lines indented under them), relative to its root."""
    _, *lines = block.text.splitlines()
    stack: list[str] = []
    paths = set()
    for line in lines:
        depth = (len(line) - len(line.lstrip(" "))) // 2 - 1
        stack[depth:] = [line.strip()]
        paths.add("".join(stack))
    return paths


def _check_layout(block: Block, session: Session) -> None:
    root, *_ = block.text.splitlines()
    assert root == f"{session.cwd.name}/", f"line {block.line}: the layout of {root}, but we are in {session.cwd.name}"
    shown = _layout(block)
    made = {
        path.relative_to(session.cwd).as_posix() + ("/" if path.is_dir() else "") for path in session.cwd.rglob("*")
    }
    # The virtual environment is the one step not taken here (see the module's docstring): shown iff the page made it.
    if session.venv is not None:
        made.add(f"{session.venv.relative_to(session.cwd).as_posix()}/")
    assert shown == made


def _walk(page: str, tmp_path: Path) -> Session:
    session = Session(cwd=tmp_path)
    for block in _blocks(page):
        if block.title is not None:
            _write(block, session)
        elif block.language == "console":
            _console(block, session)
        elif block.language == "text" and block.text.startswith(f"{session.cwd.name}/\n"):
            _check_layout(block, session)
            session.layouts += 1
        else:
            pytest.fail(f"line {block.line}: a ```{block.language} block that is no file, session or layout")
    return session


def test_the_page_followed_word_for_word_does_what_it_says(tmp_path):
    session = _walk(PAGE.read_text(encoding="utf-8"), tmp_path)

    # Issue 16's acceptance: from a fresh folder and environment to a working check and a passing pytest run of the
    # newcomer's own fixtures (articles that state their expected findings).
    assert session.venv is not None
    assert session.checks, "the page never runs factcheck check"
    assert session.pytest_statuses, "the page never runs pytest"
    assert session.pytest_statuses[-1] == 0
    assert any("\nexpect:" in path.read_text(encoding="utf-8") for path in session.written)
    assert session.layouts == 1


def test_the_layout_is_read_as_a_tree():
    block = Block("text", None, "newsroom/\n  a/\n    b.md\n  c.toml\n", 1)

    assert _layout(block) == {"a/", "a/b.md", "c.toml"}


@pytest.mark.parametrize(
    ("shown", "drifted"),
    [
        ("1998-02-03 is a Tuesday", "1998-02-03 is a Monday"),  # an output the tool does not print
        ("$ echo $?\n1\n", "$ echo $?\n0\n"),  # an exit status
        ("$ echo $?\n1\n", ""),  # a failing command shown as if it passed
        ("$ mkdir articles\n", ""),  # a folder the newcomer is never told to make
        ("$ mkdir articles\n", "$ mkdir -p articles\n"),  # a command this walk does not know
        ("factcheck, version 0.1.0\n", ""),  # a command's output left out
    ],
)
def test_the_walk_fails_on_a_page_that_drifted(shown, drifted, tmp_path):
    """The walk cannot pass a page whose outputs, exit statuses or steps are not the tool's (the first few steps)."""
    page = PAGE.read_text(encoding="utf-8")
    assert shown in page, "the page moved on: update this test's drifts"

    with pytest.raises((AssertionError, pytest.fail.Exception)):
        _walk(page.replace(shown, drifted, 1), tmp_path)
