"""The documentation stays true: generated rule pages are current, and the examples the docs show are real."""

import re
import tomllib
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from factcheck.catalogue import GENERATED, find_cases, render_pages, stale_pages
from factcheck.cli import main
from factcheck.io import load_kbs
from factcheck.rules import registry

ROOT = Path(__file__).resolve().parents[2]
RULE_DOCS = ROOT / "docs" / "rules"
FIXTURES = ROOT / "fixtures" / "rules"


def fixture_kb_paths() -> list[str]:
    """The KB the fixtures are tested with: the pytest plugin's ``factcheck_kb``."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [str(ROOT / path) for path in pyproject["tool"]["pytest"]["ini_options"]["factcheck_kb"]]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_pages(list(registry), FIXTURES, load_kbs(fixture_kb_paths()))


def test_committed_rule_pages_equal_a_fresh_render(pages):
    kb = " ".join(f"--kb {Path(p).relative_to(ROOT)}" for p in fixture_kb_paths())

    assert stale_pages(pages, RULE_DOCS) == [], f"run `factcheck docs {kb}`"


@pytest.mark.parametrize("spec", list(registry), ids=lambda s: s.code)
def test_every_registered_rule_has_its_page(spec, pages):
    page = pages[f"{spec.code}.md"]

    assert page.splitlines()[0] == GENERATED
    assert f"# {spec.code} {spec.name}" in page
    assert spec.summary in page
    assert "## Why it matters" in page
    assert "## Stays silent when" in page
    assert f"[{spec.code}]({spec.code}.md)" in pages["index.md"]


def test_pages_show_failing_and_passing_examples_with_findings(pages):
    page = pages["FC101.md"]

    assert "### Fails: a day-precision date with the wrong weekday" in page
    assert "### Passes: the weekday matches the date" in page
    assert "- **FC101** (error) at “Wednesday, Feb. 3, 1998”:" in page


def test_a_rule_without_docs_cases_shows_its_first_fail_and_pass(tmp_path):
    folder = tmp_path / "FC101"
    folder.mkdir()
    for name, body in [("pass-b", "Calm."), ("fail-a", "On Wednesday, Feb. 3, 1998."), ("fail-z", "x")]:
        (folder / f"{name}.md").write_text(
            f"---\nid: {name}\npublished: 1998-02-10\nwhy: {name}\n---\n{body}\n", "utf-8"
        )

    pages = render_pages([registry["FC101"]], tmp_path, load_kbs([]))

    page = pages["FC101.md"]
    assert "### Fails: fail-a" in page
    assert "### Passes: pass-b" in page
    assert "fail-z" not in page


def test_story_folders_are_cases(tmp_path):
    story = tmp_path / "FC301" / "fail-two-dates"
    story.mkdir(parents=True)
    (story / "case.yaml").write_text("why: two dates\ndocs: true\nexpect: []\n", encoding="utf-8")
    for name in ("a", "b"):
        (story / f"{name}.md").write_text(f"---\nid: {name}\nstory: s\n---\nText {name}.\n", encoding="utf-8")

    [case] = find_cases(tmp_path / "FC301")

    assert (case.kind, case.why, case.docs) == ("fail", "two dates", True)
    assert [d.id for d in case.documents] == ["a", "b"]


def test_a_page_of_a_removed_rule_is_stale(tmp_path):
    (tmp_path / "FC999.md").write_text(GENERATED + "\n# gone\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# hand-written\n", encoding="utf-8")

    assert stale_pages({}, tmp_path) == ["FC999.md"]


def test_factcheck_docs_writes_then_checks(tmp_path):
    out = tmp_path / "rules"
    runner = CliRunner()
    kb = [arg for path in fixture_kb_paths() for arg in ("--kb", path)]
    args = ["docs", "--fixtures", str(FIXTURES), "-o", str(out), *kb]

    assert runner.invoke(main, [*args, "--check"]).exit_code == 1
    written = runner.invoke(main, args)
    assert written.exit_code == 0, written.output
    assert (out / "FC101.md").read_text(encoding="utf-8").startswith(GENERATED)
    assert runner.invoke(main, [*args, "--check"]).exit_code == 0


# the examples in the docs


def test_the_example_workflow_is_the_one_the_docs_show():
    workflow = (ROOT / ".github" / "workflows" / "factcheck-example.yml").read_text(encoding="utf-8")
    docs = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    shown = docs.split("```yaml\nname: factcheck\n", 1)[1].split("```\n", 1)[0]

    assert workflow.startswith("# AN EXAMPLE, NOT THIS REPOSITORY'S CI")
    assert workflow.endswith("name: factcheck\n" + shown)
    parsed = yaml.safe_load(workflow)
    commands = [step["run"] for step in parsed["jobs"]["factcheck"]["steps"] if "run" in step]
    assert any("--format github" in command for command in commands)
    assert any("--format sarif" in command for command in commands)


def test_pre_commit_hook_runs_the_check_command():
    hook, _kb_lint = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))

    assert hook["id"] == "factcheck"
    assert hook["entry"] == "factcheck check --stories-from ."  # each staged article with its story's others
    assert hook["language"] == "python"
    result = CliRunner().invoke(main, ["check", "--help"])
    assert result.exit_code == 0
    assert "--stories-from" in result.stdout


def test_pre_commit_hook_lints_the_kb_files_together():
    _check, hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))

    assert (hook["id"], hook["entry"], hook["require_serial"]) == ("factcheck-kb-lint", "factcheck kb lint", True)
    assert re.search(hook["files"], "kb/reference.yaml")
    assert not re.search(hook["files"], "articles/a.md")
    assert CliRunner().invoke(main, ["kb", "lint", "--help"]).exit_code == 0


def test_every_page_in_the_mkdocs_nav_exists():
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))

    def pages(nav):
        for entry in nav:
            for value in entry.values():
                yield from pages(value) if isinstance(value, list) else [value]

    for page in pages(config["nav"]):
        assert (ROOT / "docs" / page).is_file(), page
