"""``check --statistics`` and ``-q``/``-s``: what ruff users expect of the report's shape (issue 16 point 8)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[2]
TWO_WEEKDAYS = (
    "The council met on Wednesday, Feb. 3, 1998, and again on Monday, Feb. 3, 1998.\n"
    "The vote followed on Friday, March 6, 1998."
)
CLEAN = "The council met on Tuesday, Feb. 3, 1998."


def cli(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def articles(tmp_path, monkeypatch):
    """Two planted weekday errors (and a right one) in one article, a clean article, and an unreadable one."""
    (tmp_path / "council.md").write_text(f"---\nid: council\npublished: 1998-03-10\n---\n{TWO_WEEKDAYS}\n")
    (tmp_path / "clean.md").write_text(f"---\nid: clean\npublished: 1998-03-10\n---\n{CLEAN}\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_statistics_counts_findings_per_rule_and_keeps_the_exit_status(articles):
    result = cli("check", "council.md", "clean.md", "--statistics", "--ignore", "FC2")

    assert result.exit_code == 1
    assert result.stdout == "2  FC101  weekday-date-mismatch  error\n2 findings (2 errors) in 2 documents\n"


def test_statistics_in_json(articles):
    result = cli("check", ".", "--statistics", "--format", "json", "--ignore", "FC2")

    assert result.exit_code == 1
    assert json.loads(result.stdout) == [
        {"code": "FC101", "name": "weekday-date-mismatch", "severity": "error", "count": 2}
    ]


def test_statistics_of_a_clean_run_is_the_summary_alone_and_exits_0(articles):
    result = cli("check", "clean.md", "--statistics", "--ignore", "FC2")

    assert result.exit_code == 0
    assert result.stdout == "0 findings in 1 document\n"


def test_statistics_counts_neither_suppressed_nor_baselined_findings(articles):
    (articles / "council.md").write_text(
        f"---\nid: council\npublished: 1998-03-10\nignore: [FC101]\n---\n{TWO_WEEKDAYS}\n", encoding="utf-8"
    )

    result = cli("check", "council.md", "--statistics", "--ignore", "FC2")

    assert result.exit_code == 0
    assert result.stdout == "2 findings (2 suppressed) in 1 document\n"


def test_statistics_honours_fail_on(articles):
    assert cli("check", "council.md", "--statistics", "--ignore", "FC2", "--fail-on", "never").exit_code == 0


@pytest.mark.parametrize("fmt", ["sarif", "jsonl", "html"])
def test_statistics_in_another_format_is_a_usage_error(articles, fmt):
    result = CliRunner().invoke(main, ["check", "council.md", "--statistics", "--format", fmt])

    assert result.exit_code == 2
    assert "--statistics gives a table" in result.stderr


def test_statistics_writes_input_errors_on_standard_error_and_exits_2(articles):
    (articles / "broken.jsonl").write_text("not json\n", encoding="utf-8")

    result = cli("check", ".", "--statistics", "--ignore", "FC2")

    assert result.exit_code == 2
    assert "broken.jsonl:1: not valid JSON" in result.stderr
    assert result.stdout.startswith("2  FC101")


def test_statistics_to_a_file(articles):
    result = cli("check", "council.md", "--statistics", "--ignore", "FC2", "-o", "stats.txt")

    assert result.exit_code == 1
    assert result.stdout == ""
    assert (articles / "stats.txt").read_text().startswith("2  FC101  weekday-date-mismatch  error\n")


# -q / --quiet: the findings and errors, nothing else


def test_quiet_prints_the_findings_without_summary_or_note(articles):
    plain = cli("check", "council.md")
    quiet = cli("check", "council.md", "-q")

    assert quiet.exit_code == plain.exit_code == 1
    assert "no --kb given" in plain.stderr
    assert quiet.stderr == ""
    assert plain.stdout == quiet.stdout + "2 findings (2 errors) in 1 document\n"


def test_quiet_on_a_clean_run_prints_nothing(articles):
    result = cli("check", "clean.md", "--quiet")

    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_quiet_keeps_input_errors(articles):
    (articles / "broken.jsonl").write_text("not json\n", encoding="utf-8")

    result = cli("check", ".", "-q", "--format", "json")

    assert result.exit_code == 2
    assert "broken.jsonl:1: not valid JSON" in result.stderr
    assert "no --kb given" not in result.stderr
    assert json.loads(result.stdout)["errors"]


def test_quiet_statistics_drop_the_summary(articles):
    result = cli("check", "council.md", "-q", "--statistics", "--ignore", "FC2")

    assert result.stdout == "2  FC101  weekday-date-mismatch  error\n"


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "sarif"])
def test_silent_prints_nothing_and_keeps_the_exit_status(articles, fmt):
    result = cli("check", "council.md", "-s", "--format", fmt)

    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "")


def test_silent_still_says_why_it_exits_2(articles):
    (articles / "broken.jsonl").write_text("not json\n", encoding="utf-8")

    result = cli("check", ".", "--silent")

    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip().endswith("broken.jsonl:1: not valid JSON: Expecting value (column 1)")


def test_silent_still_writes_the_file_it_is_asked_for(articles):
    result = cli("check", "council.md", "-s", "--format", "json", "-o", "report.json")

    assert (result.exit_code, result.stdout) == (1, "")
    assert len(json.loads((articles / "report.json").read_text())["findings"]) == 2


def test_statistics_and_quiet_as_a_process(articles):
    completed = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "council.md", "clean.md", "--statistics", "-q"],
        cwd=articles,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert completed.returncode == 1
    assert completed.stdout == "2  FC101  weekday-date-mismatch  error\n"
    assert completed.stderr == ""
