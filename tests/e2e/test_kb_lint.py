"""``factcheck kb lint`` from the command line: the formats and exit codes of ``check``."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[2]
SHARED = "fixtures/kb-lint/KB002/fail-alias-shared-by-two-organizations.yaml"
CONFLICT = "fixtures/kb-lint/KB003/fail-founded-twice-differently.yaml"


@pytest.fixture(autouse=True)
def in_repository(monkeypatch):
    monkeypatch.chdir(ROOT)


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_the_project_kb_files_lint_clean():
    result = cli("kb", "lint", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "fixtures" / "kb").iterdir()))

    assert result.exit_code == 0, result.output


def test_an_error_finding_exits_1_and_a_warning_only_with_fail_on_warning():
    assert cli("kb", "lint", CONFLICT).exit_code == 1
    assert cli("kb", "lint", SHARED).exit_code == 0
    assert cli("kb", "lint", SHARED, "--fail-on", "warning").exit_code == 1


def test_text_output_names_the_file_and_line():
    result = cli("kb", "lint", CONFLICT)

    assert f"{CONFLICT}:9:" in result.stdout


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "github"])
def test_every_format_of_check_reports_the_lint(fmt):
    result = cli("kb", "lint", CONFLICT, "--format", fmt)

    assert result.exit_code == 1
    assert "KB003" in result.stdout


def test_json_output_is_a_report_of_check():
    report = json.loads(cli("kb", "lint", CONFLICT, "--format", "json").stdout)

    assert [(f["rule"], f["name"], f["severity"]) for f in report["findings"]] == [
        ("KB003", "conflicting-duplicate", "error")
    ]


def test_an_unreadable_file_exits_2_and_the_others_are_still_linted(tmp_path):
    missing = str(tmp_path / "missing.yaml")

    result = cli("kb", "lint", missing, CONFLICT, "--format", "json")

    assert result.exit_code == 2
    assert [f["rule"] for f in json.loads(result.stdout)["findings"]] == ["KB003"]
    assert "missing.yaml" in result.stderr


def test_a_bad_as_of_is_bad_usage():
    assert cli("kb", "lint", SHARED, "--as-of", "tomorrow").exit_code == 2


def test_dates_after_as_of_are_reported():
    path = "fixtures/kb-lint/KB005/fail-founding-in-the-future.yaml"

    assert cli("kb", "lint", path, "--as-of", "2026-01-01", "--fail-on", "warning").exit_code == 1
    assert cli("kb", "lint", path, "--as-of", "2032-01-01", "--fail-on", "warning").exit_code == 0


def test_the_lint_codes_are_listed_by_rules():
    rows = json.loads(cli("rules", "--format", "json").stdout)

    assert {"KB001", "KB008"} <= {row["code"] for row in rows}


def test_a_folder_stands_for_its_kb_files():
    assert cli("kb", "lint", "fixtures/kb").exit_code == 0
    assert cli("kb", "lint", "fixtures/kb-lint/KB003").exit_code == 1
