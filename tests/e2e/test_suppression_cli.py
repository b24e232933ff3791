"""Block suppression and unused ignores through the ``factcheck`` command, in every output mode."""

import json

import pytest
from click.testing import CliRunner

from factcheck.cli import main

PLANTED = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."
CLEAN = "The talks, held on Tuesday, Feb. 3, 1998, ended without agreement."


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def articles(tmp_path, monkeypatch):
    """One article with a block over a planted error, one with a stale ignore; run from inside the folder."""
    (tmp_path / "block.md").write_text(
        f"---\nid: block\npublished: 1998-02-10\n---\n<!-- factcheck: off -->\n{PLANTED}\n<!-- factcheck: on -->\n",
        encoding="utf-8",
    )
    (tmp_path / "stale.md").write_text(
        f"---\nid: stale\npublished: 1998-02-10\n---\n{CLEAN} <!-- factcheck: ignore FC101 -->\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_block_suppresses_and_a_stale_ignore_is_a_warning(articles):
    result = cli("check", ".", "--format", "json")

    assert result.exit_code == 0  # a warning is below the default --fail-on error
    findings = json.loads(result.stdout)["findings"]
    assert [(f["rule"], f["suppressed"]) for f in findings] == [("FC101", True), ("FC406", False)]
    assert findings[1]["evidence"][0]["text"] == "<!-- factcheck: ignore FC101 -->"


def test_the_text_report_points_at_the_stale_comment(articles):
    result = cli("check", "stale.md")

    assert "stale.md:5:" in result.output
    assert "FC406" in result.output


def test_fail_on_warning_fails_on_a_stale_ignore(articles):
    assert cli("check", "stale.md", "--fail-on", "warning").exit_code == 1


@pytest.mark.parametrize("option", [["--select", "FC406"], ["--ignore", "FC101"], ["--ignore", "unused-ignore"]])
def test_no_warning_when_the_ignored_rule_or_the_warning_did_not_run(articles, option):
    result = cli("check", "stale.md", "--format", "json", "--fail-on", "warning", *option)

    assert result.exit_code == 0
    assert json.loads(result.stdout)["findings"] == []


@pytest.mark.parametrize("extra", [[], ["--jobs", "2"]])
def test_jsonl_and_jobs_report_the_same(articles, extra):
    result = cli("check", ".", "--format", "jsonl", *extra)

    rules = [json.loads(line)["rule"] for line in result.stdout.splitlines() if '"rule"' in line]
    assert sorted(rules) == ["FC101", "FC406"]


def test_an_on_without_off_is_an_input_error(articles):
    (articles / "stray.md").write_text(f"---\nid: stray\n---\n{CLEAN}\n<!-- factcheck: on -->\n", encoding="utf-8")

    result = cli("check", "stray.md")

    assert result.exit_code == 2
    assert "stray.md:5" in result.output
    assert "E004" in result.output


def test_a_baseline_keeps_a_stale_ignore_from_failing(articles):
    assert cli("baseline", "stale.md", "-o", "baseline.json").exit_code == 0

    result = cli("check", "stale.md", "--fail-on", "warning", "--baseline", "baseline.json")

    assert result.exit_code == 0
