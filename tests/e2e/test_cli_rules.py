"""``factcheck rules CODE``: one rule explained, as ``ruff rule F401`` does (issue 16 point 8)."""

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.kblint import LINT_CHECKS
from factcheck.rules import registry

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def in_repository(monkeypatch):
    monkeypatch.chdir(ROOT)


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("name", ["FC101", "fc101", "weekday-date-mismatch", "Weekday-Date-Mismatch"])
def test_a_rule_is_found_by_code_or_name_in_any_case(name):
    result = cli("rules", name)

    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("FC101 weekday-date-mismatch\n\nA date is given with a weekday it does not")


def test_the_explanation_has_what_a_reader_needs_from_the_registry_and_the_fixtures():
    spec = registry["FC101"]

    text = cli("rules", "FC101").stdout

    assert "Family:   temporal (FC1xx)\n" in text
    assert "Severity: error (the default)\n" in text
    assert "Scope:    document\n" in text
    assert spec.doc.partition("\n")[2].strip() in text  # the docstring, once, as the page has it
    assert "## Stays silent when" in text
    assert "### Fails: a day-precision date with the wrong weekday" in text
    assert "- **FC101** (error) at “Wednesday, Feb. 3, 1998”:" in text  # the example is run, not copied
    assert text.endswith("Page: https://factcheck.readthedocs.io/en/latest/rules/FC101/\n")


def test_a_reference_rule_s_examples_are_checked_against_the_fixtures_kb():
    text = cli("rules", "FC201").stdout
    fails = text.split("### Fails", 1)[1].split("###", 1)[0]

    assert "- **FC201** (error)" in fails
    assert "No finding." not in fails


def test_an_installed_copy_without_fixtures_points_at_the_page(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    text = cli("rules", "FC101").stdout

    assert "## Examples" not in text
    assert "## Why it matters" in text
    assert "Page: https://factcheck.readthedocs.io/en/latest/rules/FC101/" in text


def test_an_alias_names_its_rule(monkeypatch):
    aliased = replace(registry["FC101"], aliases=("wrong-weekday",))
    monkeypatch.setattr(registry, "_rules", {**registry.rules, "FC101": aliased})

    text = cli("rules", "WRONG-WEEKDAY").stdout

    assert text.startswith("FC101 weekday-date-mismatch\n")
    assert "Also known as: wrong-weekday\n" in text


def test_a_plugin_rule_says_so_and_has_no_page_of_ours(monkeypatch):
    plugin = replace(registry["FC101"], code="NEWS101", name="house-weekday")
    monkeypatch.setattr(registry, "_rules", {**registry.rules, "NEWS101": plugin})

    text = cli("rules", "news101").stdout

    assert text.startswith("NEWS101 house-weekday\n")
    assert "Family:   plugin\n" in text
    assert "## Examples" not in text
    assert "Page:" not in text


def test_several_rules_are_explained_in_the_order_given():
    text = cli("rules", "FC402", "fc101", "--fixtures", "none").stdout

    assert text.index("FC402 near-miss-spelling") < text.index("FC101 weekday-date-mismatch")
    assert "Family:   hygiene (FC4xx)" in text


def test_a_kb_lint_code_is_explained_too():
    check = LINT_CHECKS["KB001"]

    text = cli("rules", "kb001").stdout

    assert text.startswith(f"KB001 {check.name}\n\n{check.summary}\n")
    assert "kb-lint (factcheck kb lint)" in text


def test_json_gives_the_same_fields():
    rows = json.loads(cli("rules", "FC301", "--format", "json").stdout)

    assert [row["code"] for row in rows] == ["FC301"]
    assert rows[0]["family"] == "cross-source (FC3xx)"
    assert rows[0]["scope"] == "story"
    assert rows[0]["summary"] == registry["FC301"].summary


def test_an_unknown_code_exits_2_before_printing_anything():
    result = CliRunner().invoke(main, ["rules", "FC101", "FC999"])

    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no rule 'FC999'" in result.stderr


def test_a_prefix_is_no_rule():
    result = CliRunner().invoke(main, ["rules", "FC1"])

    assert result.exit_code == 2
    assert "no rule 'FC1'" in result.stderr


def test_the_listing_without_codes_is_unchanged():
    lines = cli("rules").stdout.splitlines()

    specs = list(registry)
    assert lines[: len(specs)] == [f"{s.code}  {s.name:32} {s.severity.value:8} {s.summary}" for s in specs]
    assert lines[len(specs) :] == [
        f"{c.code}  {c.name:32} {c.severity.value:8} {c.summary} (factcheck kb lint)" for c in LINT_CHECKS.values()
    ]


def test_rules_code_as_a_process():
    completed = subprocess.run(
        [sys.executable, "-m", "factcheck", "rules", "near-miss-spelling"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    unknown = subprocess.run(
        [sys.executable, "-m", "factcheck", "rules", "no-such-rule"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("FC402 near-miss-spelling\n")
    assert unknown.returncode == 2
    assert unknown.stdout == ""
    assert unknown.stderr == (
        "factcheck: no rule 'no-such-rule': give a code, name or alias that `factcheck rules` lists\n"
    )


def test_the_examples_kb_is_read_only_from_inside_the_project(tmp_path):
    from factcheck.cli.explain import fixture_kb

    (tmp_path / "kb").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        '[tool.pytest.ini_options]\nfactcheck_kb = ["kb/ref.yaml", "/etc/passwd", "../outside.yaml"]\n',
        encoding="utf-8",
    )

    assert fixture_kb(tmp_path) == [str(tmp_path / "kb" / "ref.yaml")]
