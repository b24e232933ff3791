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


# ---- factcheck extract --kb ------------------------------------------------------------------------------------

ARTICLE = (
    "---\nid: links\npublished: 2025-09-28\n---\n"
    "The RMA, founded in 1901, met. The Workers' Party of Korea, founded in 1946, spoke. The museum, founded in "
    "1990, opened. Trade between Norvania and Tessary reached $3 billion in 2023.\n"
)
SHARED_KB = (
    "entities:\n  - {name: Retail Merchants Association, aliases: [RMA]}\n"
    "  - {name: Regional Mining Authority, aliases: [RMA]}\n"
)


@pytest.fixture
def linked_article(tmp_path):
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "shared.yaml").write_text(SHARED_KB, encoding="utf-8")
    return [str(tmp_path / "a.md"), "--kb", "fixtures/kb/seed.yaml", "--kb", "fixtures/kb/figures.yaml",
            "--kb", str(tmp_path / "shared.yaml")]  # fmt: skip


def test_extract_with_a_kb_shows_each_mention_claim_and_figure_and_why_not(linked_article):
    result = cli("extract", *linked_article)

    assert result.exit_code == 0, result.output
    [document] = json.loads(result.stdout)["documents"]
    links = document["links"]
    assert {m["text"]: m["entity"] for m in links["entities"]}["Workers' Party of Korea"] == "Workers' Party of Korea"
    [shared] = [m for m in links["entities"] if m["text"] == "RMA"]
    assert (shared["entity"], shared["why"]) == (None, "ambiguous")
    claims = {c["text"]: c for c in links["claims"]}
    assert claims["founded in 1946"]["reference"] == {
        "entity": "Workers' Party of Korea", "key": "founded", "value": "1945-10-10"
    }  # fmt: skip
    assert claims["founded in 1901"]["why"].startswith("ambiguous")
    assert claims["founded in 1990"]["why"].startswith("unknown")
    [figure] = links["figures"]
    assert (figure["text"], figure["figure"]["value"]) == ("$3 billion", 2295000000)
    assert document["facts"]


def test_extract_with_a_kb_as_text(linked_article):
    result = cli("extract", *linked_article, "--format", "text")

    assert "'RMA' → none: ambiguous (Retail Merchants Association, Regional Mining Authority)" in result.stdout
    assert "'founded in 1946' → Workers' Party of Korea founded 1945-10-10" in result.stdout
    assert "'$3 billion' → trade of Norvania and Tessary in 2023: 2,295,000,000 USD" in result.stdout


def test_extract_without_a_kb_keeps_its_shape(linked_article):
    [document] = json.loads(cli("extract", linked_article[0]).stdout)["documents"]

    assert set(document) == {"id", "facts"}


def test_extract_with_a_bad_kb_entry_still_extracts_and_exits_2(tmp_path, linked_article):
    bad = tmp_path / "bad.yaml"
    bad.write_text("entities:\n  - {name: X, dates: {founded: 1990-02-30}}\n", encoding="utf-8")

    result = cli("extract", linked_article[0], "--kb", str(bad))

    assert result.exit_code == 2
    assert json.loads(result.stdout)["documents"][0]["links"]["claims"]
    assert "bad.yaml:2" in result.stderr


# ---- the notice when reference rules run without a KB -----------------------------------------------------------


def test_reference_rules_without_a_kb_say_so_once_on_stderr():
    result = cli("check", "fixtures/seeds", "--fail-on", "never")

    assert result.stderr.count("no --kb given") == 1
    assert "FC201" in result.stderr
    assert "no --kb" not in result.stdout


@pytest.mark.parametrize("args", [("--kb", "fixtures/kb/seed.yaml"), ("--ignore", "FC2"), ("--select", "FC1")])
def test_no_notice_with_a_kb_or_without_reference_rules(args):
    assert "no --kb given" not in cli("check", "fixtures/seeds", "--fail-on", "never", *args).stderr


def test_a_bad_kb_entry_never_stops_a_streamed_check(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "entities:\n  - {name: X, dates: {founded: 1990-02-30}}\n  - {name: Harbor League, dates: {founded: '1980'}}\n",
        encoding="utf-8",
    )
    article = tmp_path / "a.md"
    article.write_text("---\nid: a\npublished: 2025-09-28\n---\nThe Harbor League, founded in 1981, met.\n")

    result = cli("check", str(article), "--kb", str(bad), "--format", "jsonl")

    assert result.exit_code == 2
    assert [json.loads(line)["rule"] for line in result.stdout.splitlines()] == ["FC204"]
    assert "bad.yaml:2" in result.stderr
