"""Issue 17 item 9: standard output that fails (a full device, a closed pipe), and what stderr shows of file names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[2]
PLANTED = "fixtures/rules/FC101/fail-wednesday-feb-3-1998.md"
FULL = Path("/dev/full")


@pytest.mark.skipif(not FULL.exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_issue17_item9_report_to_a_full_device_exits_2_with_a_message(fmt: str):
    with FULL.open("w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "factcheck", "check", PLANTED, "--format", fmt],
            cwd=ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )

    assert result.returncode == 2
    assert "cannot write to standard output: No space left on device" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Exception ignored" not in result.stderr


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_issue17_item9_a_closed_pipe_exits_quietly(tmp_path: Path, fmt: str):
    feed = tmp_path / "feed.jsonl"
    with feed.open("w") as out:
        for number in range(300):
            out.write(f'{{"id": "d{number}", "text": "The talks, held on Wednesday, Feb. 3, 1998, ended."}}\n')
    with subprocess.Popen(
        [sys.executable, "-m", "factcheck", "check", str(feed), "--select", "FC101", "--format", fmt],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.readline()  # `| head -1`
        process.stdout.close()
        stderr = process.stderr.read().decode()
        process.wait()

    assert process.returncode == 2
    assert stderr == ""


def test_issue17_item9_error_lines_escape_control_characters_in_file_names(tmp_path: Path):
    hostile = tmp_path / "evil\x1b[2J\x07.jsonl"
    hostile.write_text("not json\n")

    result = CliRunner().invoke(main, ["check", str(hostile), "--format", "json"])

    assert result.exit_code == 2
    assert "\x1b" not in result.stderr
    assert "\x07" not in result.stderr
    assert "evil\\x1b[2J\\x07.jsonl" in result.stderr
