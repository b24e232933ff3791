"""``factcheck check`` as a CI gate: the CI formats, baselines, inline ignores and configuration, end to end."""

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from factcheck.cli import main

PLANTED = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."
NEW = "A second round, on Sunday, Feb. 9, 1998, failed too."


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def article(folder, name, *lines, front="published: 1998-02-10\n"):
    path = folder / name
    path.write_text(f"---\nid: {path.stem}\n{front}---\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def news(tmp_path, monkeypatch):
    """A folder of legacy articles with one old finding; commands run from inside it."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "news"
    folder.mkdir()
    article(folder, "talks.md", PLANTED)
    article(folder, "clean.md", "The talks, held on Tuesday, Feb. 3, 1998, ended.")
    return folder


# the CI formats


@pytest.mark.parametrize("fmt", ["sarif", "junit", "github"])
def test_ci_formats_keep_the_exit_code(news, fmt):
    result = cli("check", "news", "--format", fmt)

    assert result.exit_code == 1
    assert "Wednesday" in result.stdout


def test_sarif_to_a_file(news):
    result = cli("check", "news", "--format", "sarif", "-o", "factcheck.sarif", "--fail-on", "never")

    assert result.exit_code == 0
    log = json.loads((news.parent / "factcheck.sarif").read_text(encoding="utf-8"))
    [result_] = log["runs"][0]["results"]
    location = result_["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "news/talks.md"
    assert location["region"]["startLine"] == 5


def test_junit_parses(news):
    root = ET.fromstring(cli("check", "news", "--format", "junit").stdout)

    assert root.tag == "testsuites"
    assert root.get("tests") == "2"
    assert root.get("failures") == "1"


def test_github_annotation_points_at_the_file(news):
    [line] = cli("check", "news", "--format", "github").stdout.splitlines()

    assert line.startswith("::error file=news/talks.md,line=5,col=20,endColumn=43,title=FC101 weekday-date-mismatch::")


# baseline


def test_baseline_passes_on_old_findings_and_fails_on_a_new_one(news):
    recorded = cli("baseline", "news", "-o", "baseline.json")
    assert recorded.exit_code == 0, recorded.output
    assert "recorded 1 finding (1 fingerprint) in baseline.json" in recorded.stderr

    old = cli("check", "news", "--baseline", "baseline.json")
    assert old.exit_code == 0, old.output
    assert "[error, baselined]" in old.stdout
    assert old.stdout.rstrip().endswith("1 finding (1 baselined) in 2 documents")

    article(news, "talks.md", "A new first paragraph.", "", PLANTED, NEW)
    new = cli("check", "news", "--baseline", "baseline.json")
    assert new.exit_code == 1, new.output
    assert "2 findings (1 error, 1 baselined)" in new.stdout
    assert "Sunday, Feb. 9, 1998" in new.stdout


def test_a_repeated_old_finding_counts_as_new(news):
    cli("baseline", "news", "-o", "baseline.json")
    article(news, "talks.md", PLANTED, PLANTED)

    assert cli("check", "news", "--baseline", "baseline.json").exit_code == 1


def test_baselined_findings_stay_in_sarif_with_suppressions(news):
    cli("baseline", "news", "-o", "baseline.json")

    result = cli("check", "news", "--baseline", "baseline.json", "--format", "sarif")

    assert result.exit_code == 0
    [result_] = json.loads(result.stdout)["runs"][0]["results"]
    assert result_["suppressions"][0]["kind"] == "external"


def test_baseline_file_is_deterministic(news):
    cli("baseline", "news", "-o", "one.json")
    cli("baseline", "news", "-o", "two.json")

    assert (news.parent / "one.json").read_bytes() == (news.parent / "two.json").read_bytes()


def test_an_unreadable_baseline_is_exit_2_naming_the_file(news):
    (news.parent / "baseline.json").write_text("{\n  oops\n}\n", encoding="utf-8")

    result = cli("check", "news", "--baseline", "baseline.json")

    assert result.exit_code == 2
    assert "baseline.json:2: not a baseline" in result.stderr


def test_baseline_needs_an_output():
    result = CliRunner().invoke(main, ["baseline", "news"])

    assert result.exit_code == 2
    assert "--output" in result.output


def test_baseline_from_the_configuration(news):
    cli("baseline", "news", "-o", "baseline.json")
    (news.parent / "pyproject.toml").write_text('[tool.factcheck]\nbaseline = "baseline.json"\n', encoding="utf-8")

    assert cli("check", "news").exit_code == 0


def test_baseline_command_records_despite_a_configured_baseline(news):
    cli("baseline", "news", "-o", "baseline.json")
    (news.parent / "pyproject.toml").write_text('[tool.factcheck]\nbaseline = "baseline.json"\n', encoding="utf-8")

    cli("baseline", "news", "-o", "again.json")

    assert json.loads((news.parent / "again.json").read_text("utf-8"))["findings"][0]["count"] == 1


# inline suppression


def test_inline_ignore_keeps_the_gate_green(news):
    article(news, "talks.md", f"{PLANTED} <!-- factcheck: ignore FC101 -->")

    result = cli("check", "news")

    assert result.exit_code == 0, result.output
    assert "[error, suppressed]" in result.stdout


def test_front_matter_ignore_keeps_the_gate_green(news):
    article(news, "talks.md", PLANTED, front="published: 1998-02-10\nignore: [FC101]\n")

    assert cli("check", "news").exit_code == 0


def test_an_ignore_without_codes_is_exit_2_naming_file_and_line(news):
    article(news, "talks.md", PLANTED, "<!-- factcheck: ignore -->")

    result = cli("check", "news", "--format", "json")

    assert result.exit_code == 2
    assert "factcheck: E004 news/talks.md:6: '<!-- factcheck: ignore -->' names no rule" in result.stderr


# configuration


def test_per_rule_severity_from_pyproject(news):
    (news.parent / "pyproject.toml").write_text('[tool.factcheck]\nseverity = { FC101 = "warning" }\n', "utf-8")

    lenient = cli("check", "news")
    strict = cli("check", "news", "--fail-on", "warning")

    assert lenient.exit_code == 0
    assert "[warning]" in lenient.stdout
    assert strict.exit_code == 1


def test_per_rule_severity_by_name_reaches_sarif(news):
    (news.parent / "pyproject.toml").write_text(
        '[tool.factcheck]\nseverity = { weekday-date-mismatch = "info" }\n', "utf-8"
    )

    log = json.loads(cli("check", "news", "--format", "sarif").stdout)

    assert log["runs"][0]["results"][0]["level"] == "note"


def test_unknown_severity_key_is_exit_2(news):
    (news.parent / "pyproject.toml").write_text('[tool.factcheck]\nseverity = { FC999 = "info" }\n', "utf-8")

    result = cli("check", "news")

    assert result.exit_code == 2
    assert "severity: no rule is called 'FC999'" in result.stderr


def test_bad_severity_value_names_the_file(news):
    (news.parent / "pyproject.toml").write_text('[tool.factcheck]\nseverity = { FC101 = "fatal" }\n', "utf-8")

    result = cli("check", "news")

    assert result.exit_code == 2
    assert "pyproject.toml: invalid [tool.factcheck]: severity.FC101: Input should be" in result.stderr


def test_config_option_reads_a_factcheck_toml(news):
    (news.parent / "ci.toml").write_text('fail-on = "never"\n', encoding="utf-8")

    assert cli("check", "news", "--config", "ci.toml").exit_code == 0


def test_config_option_reads_a_pyproject(news):
    folder = news.parent / "conf"
    folder.mkdir()
    (folder / "pyproject.toml").write_text('[tool.factcheck]\nignore = ["FC101"]\n', encoding="utf-8")

    assert cli("check", "news", "--config", "conf/pyproject.toml").exit_code == 0


def test_config_option_pyproject_without_the_table_is_exit_2(news):
    (news.parent / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")

    result = cli("check", "news", "--config", "pyproject.toml")

    assert result.exit_code == 2
    assert "pyproject.toml: has no [tool.factcheck] table" in result.stderr


def test_config_option_missing_file_is_exit_2(news):
    result = cli("check", "news", "--config", "nope.toml")

    assert result.exit_code == 2
    assert "nope.toml: cannot read factcheck configuration" in result.stderr
