"""Colour and the progress bar: for a terminal only; files and pipes get the bytes of before (issue 16 point 8)."""

import io
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.cli.terminal import colored, progress_bar, use_color, write_colored

ROOT = Path(__file__).resolve().parents[2]
SGR = re.compile(r"\x1b\[[0-9;]*m")
TALKS = "---\nid: talks\npublished: 1998-02-10\n---\nThe talks, held on Wednesday, Feb. 3, 1998, ended.\n"


def plain_env(**extra: str) -> dict[str, str]:
    """This environment without the colour variables (a CI runner may set them), TERM a real terminal's."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM", "COLUMNS")}
    return {**env, "TERM": "xterm-256color", **extra}


@pytest.fixture
def articles(tmp_path, monkeypatch):
    (tmp_path / "talks.md").write_text(TALKS, encoding="utf-8")
    for number in range(3):
        (tmp_path / f"clean-{number}.md").write_text(
            TALKS.replace("Wednesday", "Tuesday").replace("talks", f"c{number}")
        )
    monkeypatch.chdir(tmp_path)
    for name in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


# when to colour


class _Terminal(io.StringIO):
    def fileno(self) -> int:
        raise io.UnsupportedOperation


@pytest.mark.parametrize(
    ("choice", "environ", "expected"),
    [
        ("always", {"NO_COLOR": "1"}, True),  # a flag beats the variables (no-color.org)
        ("never", {"FORCE_COLOR": "1"}, False),
        ("auto", {"FORCE_COLOR": "1"}, True),
        ("auto", {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        ("auto", {"NO_COLOR": ""}, False),  # an empty NO_COLOR is unset; a buffer is no terminal
        ("auto", {}, False),
    ],
)
def test_the_colour_decision(choice, environ, expected):
    assert use_color(choice, _Terminal(), environ) is expected


def test_a_terminal_is_coloured_unless_dumb():
    master, slave = pty.openpty()
    try:
        with os.fdopen(os.dup(slave), "w") as terminal:
            assert use_color("auto", terminal, {"TERM": "xterm"}) is True
            assert use_color("auto", terminal, {"TERM": "dumb"}) is False
            assert use_color("auto", terminal, {"TERM": "xterm", "NO_COLOR": "1"}) is False
    finally:
        os.close(master)
        os.close(slave)


# what colour does to the text


def test_colour_only_adds_sgr_codes_around_the_same_characters(articles):
    plain = CliRunner().invoke(main, ["check", ".", "--ignore", "FC2"]).stdout
    forced = CliRunner(env={"FORCE_COLOR": "1"}).invoke(main, ["check", ".", "--ignore", "FC2"]).stdout

    assert forced != plain
    assert SGR.sub("", forced) == plain
    assert "\x1b[1;31mFC101\x1b[0m" in forced


@pytest.mark.parametrize(
    "text", ["tab\there\n", "x" * 400 + "\n", "a.md:1:2: FC101 a-b [info] m\n  | q\n  | ^\n\nend\n"]
)
def test_no_character_is_changed_wrapped_or_expanded(text):
    out = io.StringIO()

    write_colored(text, out)

    assert SGR.sub("", out.getvalue()) == text


def test_carets_take_the_colour_of_their_finding():
    text = "a.md:1:2: FC402 near-miss-spelling [info] m\n  | Beijing\n  | ^^^^^^^\n\n1 finding\n"

    spans = {text[s.start : s.end]: str(s.style) for s in colored(text).spans}

    assert spans["FC402"] == "bold cyan"
    assert spans["^^^^^^^"] == "bold cyan"
    assert spans["1 finding"] == "bold"


@pytest.mark.parametrize("args", [["--color", "never"], ["--format", "json"], ["--statistics"], ["-o", "out.txt"]])
def test_forced_colour_leaves_other_outputs_plain(articles, args):
    result = CliRunner(env={"FORCE_COLOR": "1"}).invoke(main, ["check", "talks.md", "--ignore", "FC2", *args])

    written = (articles / "out.txt").read_text() if "-o" in args else result.stdout
    assert "\x1b" not in written


def test_no_color_beats_force_color_and_always_beats_both(articles):
    both = CliRunner(env={"FORCE_COLOR": "1", "NO_COLOR": "1"})

    assert "\x1b" not in both.invoke(main, ["check", "talks.md", "--ignore", "FC2"]).stdout
    assert "\x1b[" in both.invoke(main, ["check", "talks.md", "--ignore", "FC2", "--color", "always"]).stdout


# real processes: a pipe gets today's bytes, a terminal gets colour and a bar


def _run(articles: Path, *args: str, stdout=None, stderr=None, env=None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", "check", ".", "--ignore", "FC2", *args],
        cwd=articles,
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=stderr if stderr is not None else subprocess.PIPE,
        env=env or plain_env(),
        timeout=120,
        check=False,
    )


def _read_all(master: int) -> bytes:
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # Linux: EIO once the other side is closed
            break
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks)


def _with_pty(articles: Path, which: str, *args: str, env=None) -> tuple[subprocess.CompletedProcess[bytes], bytes]:
    """A run whose standard output or error (``which``) is a terminal; what the terminal showed."""
    master, slave = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "factcheck", "check", ".", "--ignore", "FC2", *args],
            cwd=articles,
            stdout=slave if which == "stdout" else subprocess.PIPE,
            stderr=slave if which == "stderr" else subprocess.PIPE,
            env=env or plain_env(),
        )
        os.close(slave)
        shown = _read_all(master)
        out, err = process.communicate(timeout=120)
    finally:
        os.close(master)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err), shown


def test_a_pipe_gets_plain_bytes_and_no_bar(articles):
    piped = _run(articles)
    never = _run(articles, "--color", "never")

    assert piped.returncode == 1
    assert piped.stdout == never.stdout
    assert b"\x1b" not in piped.stdout
    assert piped.stderr == b""


def test_force_color_never_draws_the_bar_into_a_pipe(articles):
    forced = _run(articles, env=plain_env(FORCE_COLOR="1"))

    assert forced.stderr == b""
    assert b"\x1b[" in forced.stdout  # FORCE_COLOR asks for colour in a pipe, and gets it


def test_a_terminal_on_standard_error_shows_the_bar_and_clears_it(articles):
    done, shown = _with_pty(articles, "stderr")

    assert done.returncode == 1
    assert b"checking" in shown
    assert b"4/4" in shown
    assert b"\x1b[?25h" in shown  # the cursor shown again,
    assert shown.endswith(b"\x1b[2K")  # and the bar's line erased
    assert b"\x1b" not in done.stdout  # the report went to a pipe: plain


@pytest.mark.parametrize("flag", ["-q", "-s"])
def test_quiet_and_silent_draw_no_bar(articles, flag):
    _, shown = _with_pty(articles, "stderr", flag)

    assert b"checking" not in shown


def test_a_terminal_on_standard_output_gets_colour(articles):
    done, shown = _with_pty(articles, "stdout")
    plain = _run(articles)

    assert b"\x1b[1;31mFC101\x1b[0m" in shown
    assert SGR.sub("", shown.decode().replace("\r\n", "\n")) == plain.stdout.decode()
    assert done.returncode == 1


def test_no_color_in_a_terminal_gives_the_plain_report(articles):
    _, shown = _with_pty(articles, "stdout", env=plain_env(NO_COLOR="1"))

    assert shown.replace(b"\r\n", b"\n") == _run(articles).stdout


def test_the_bar_is_not_drawn_on_a_stream_that_is_no_terminal():
    with progress_bar(True, io.StringIO()) as advance:
        assert advance is None


def test_importing_the_cli_or_checking_into_a_pipe_never_imports_rich():
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from factcheck.cli import main\n"
        "assert 'rich' not in sys.modules\n"
        "CliRunner().invoke(main, ['check', 'fixtures/rules/FC101', '--ignore', 'FC2'])\n"
        "print('rich' in sys.modules)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=plain_env(),
        timeout=120,
        check=False,
    )

    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == "False\n"
