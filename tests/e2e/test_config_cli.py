"""Configuration end to end: found from the checked files, shown by ``--show-settings``, patterns applied."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

TALKS = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."  # FC101, an error
TYPO = "Leaders met in Beijiing this month."  # FC402 with a KB that knows Beijing


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def article(path: Path, body: str = TALKS) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\nid: {path.stem}\npublished: 1998-02-10\n---\n{body}\n", encoding="utf-8")


def reported(result) -> list[tuple[str, bool]]:
    """(document id, suppressed) of each finding in a JSON report."""
    report = json.loads(result.stdout)
    return [(f["evidence"][0]["document"], f["suppressed"]) for f in report["findings"]]


@pytest.fixture
def newsroom(tmp_path, monkeypatch):
    """A configured repository (run from a folder outside it): stories, wire copy, drafts, a KB."""
    root = tmp_path / "newsroom"
    root.mkdir()
    (root / "kb.yaml").write_text(
        "entities:\n  - name: China\n    aliases: [Beijing]\n    type: country\n", encoding="utf-8"
    )
    (root / "pyproject.toml").write_text(
        '[project]\nname = "desk"\n\n[tool.factcheck]\nkb = ["kb.yaml"]\nexclude = ["drafts/", "*.tmp.md"]\n'
        'per-file-ignores = { "wire/*.md" = ["FC101"] }\n',
        encoding="utf-8",
    )
    article(root / "stories" / "story.md")
    article(root / "wire" / "wire.md")
    article(root / "drafts" / "draft.md")
    article(root / "stories" / "note.tmp.md")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    return root


def test_the_kb_of_the_files_project_applies_from_another_folder(newsroom):
    article(newsroom / "stories" / "typo.md", TYPO)

    result = cli("check", "../newsroom/stories/typo.md", "--format", "json")

    assert [f["rule"] for f in json.loads(result.stdout)["findings"]] == ["FC402"]
    assert "no --kb given" not in result.stderr


def test_exclude_leaves_files_out_of_a_folder_walk(newsroom):
    result = cli("check", "../newsroom", "--format", "json")

    assert [ref["id"] for ref in json.loads(result.stdout)["documents"]] == ["story", "wire"]


def test_a_named_excluded_file_is_checked_unless_force_exclude(newsroom):
    named = cli("check", "../newsroom/drafts/draft.md", "--format", "json")
    forced = cli("check", "../newsroom/drafts/draft.md", "--format", "json", "--force-exclude")

    assert reported(named) == [("draft", False)]
    assert named.exit_code == 1
    assert json.loads(forced.stdout)["documents"] == []
    assert forced.exit_code == 0


def test_per_file_ignores_suppress_and_do_not_fail_the_run(newsroom):
    result = cli("check", "../newsroom/wire", "--format", "json")

    assert reported(result) == [("wire", True)]
    assert result.exit_code == 0


def test_patterns_apply_in_worker_processes(newsroom):
    result = cli("check", "../newsroom", "--jobs", "2", "--format", "json")

    assert reported(result) == [("story", False), ("wire", True)]


def test_patterns_apply_in_a_stream(newsroom):
    result = cli("check", "../newsroom", "--format", "jsonl")

    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(f["evidence"][0]["document"], f["suppressed"]) for f in lines] == [("story", False), ("wire", True)]


def settings_of(stdout: str) -> dict[str, tuple[str, str]]:
    """``key = value  # source`` lines → {key: (value, source)}, in order."""
    rows = [re.fullmatch(r"(\S+) +=  ?(.*?) +# (.*)", line) for line in stdout.splitlines() if not line.startswith("#")]
    assert all(rows), stdout
    return {row[1]: (row[2], row[3]) for row in rows if row}


def test_show_settings_prints_each_setting_and_its_source_and_checks_nothing(newsroom):
    result = cli("check", "--show-settings", "../newsroom/stories", "--ignore", "FC104", "--fail-on", "warning")

    assert result.exit_code == 0
    config = str(newsroom / "pyproject.toml")
    assert f"# configuration file: {config}" in result.stdout
    assert f"# patterns are relative to: {newsroom}" in result.stdout
    assert settings_of(result.stdout) == {
        "select": ("[]", "default"),
        "ignore": ('["FC104"]', "command line"),
        "severity": ("{}", "default"),
        "fail-on": ('"warning"', "command line"),
        "kb": (f'["{newsroom / "kb.yaml"}"]', config),
        "baseline": ("none", "default"),
        "exclude": ('["drafts/", "*.tmp.md"]', config),
        "extend-exclude": ("[]", "default"),
        "force-exclude": ("false", "default"),
        "per-file-ignores": ('{ "wire/*.md" = ["FC101"] }', config),
    }
    assert "finding" not in result.stdout + result.stderr  # nothing was checked


def test_show_settings_names_the_file_given_with_config_and_adds_to_its_ignore(newsroom):
    (newsroom / "ci.toml").write_text('select = ["FC1"]\nignore = ["FC104"]\n', encoding="utf-8")

    result = cli(
        "check",
        "--show-settings",
        "--force-exclude",
        "--config",
        "../newsroom/ci.toml",
        "../newsroom",
        "--ignore",
        "FC105",
    )

    assert result.exit_code == 0
    assert f"# configuration file: {newsroom / 'ci.toml'}" in result.stdout
    shown = settings_of(result.stdout)
    assert shown["select"] == ('["FC1"]', str(newsroom / "ci.toml"))
    assert shown["ignore"] == ('["FC104", "FC105"]', f"{newsroom / 'ci.toml'} + command line")
    assert shown["exclude"] == ("[]", "default")
    assert shown["force-exclude"] == ("true", "command line")


def test_show_settings_without_any_configuration_says_defaults(tmp_path, monkeypatch):
    article(tmp_path / "a.md")
    monkeypatch.chdir(tmp_path)

    result = cli("check", "--show-settings", "a.md")

    assert result.exit_code == 0
    assert "# configuration file: none" in result.stdout


def test_two_configurations_in_one_run_exit_2_naming_both(newsroom):
    (newsroom.parent / "elsewhere" / "factcheck.toml").write_text("", encoding="utf-8")
    article(newsroom.parent / "elsewhere" / "local.md")

    result = cli("check", "local.md", "../newsroom/stories")

    assert result.exit_code == 2
    assert "one run has one configuration" in result.stderr
    assert "elsewhere" not in result.stderr  # shown relative to the current folder
    assert "factcheck.toml" in result.stderr
    assert "newsroom/pyproject.toml" in result.stderr


def test_a_nested_configuration_is_refused_and_config_settles_it(newsroom):
    (newsroom / "stories" / "factcheck.toml").write_text('select = ["FC4"]\n', encoding="utf-8")

    refused = cli("check", "../newsroom")
    settled = cli("check", "../newsroom", "--config", "../newsroom/pyproject.toml", "--format", "json")

    assert refused.exit_code == 2
    assert "stories/factcheck.toml configures the files below it" in refused.stderr
    assert reported(settled) == [("story", False), ("wire", True)]


def test_baseline_reads_the_same_configuration(newsroom):
    result = cli("baseline", "../newsroom", "-o", "baseline.json")

    assert result.exit_code == 0
    assert "recorded 1 finding" in result.stderr  # the story's; the wire's is suppressed, the draft excluded


def test_the_show_settings_example_of_the_docs_is_what_it_prints(tmp_path, monkeypatch):
    page = (Path(__file__).resolve().parents[2] / "docs" / "configuration.md").read_text(encoding="utf-8")
    start = page.index("$ factcheck check --show-settings")
    console = page[start : page.index("```", start)]
    table = page[page.index("```toml\n", start) + len("```toml\n") :]
    (tmp_path / "pyproject.toml").write_text(table[: table.index("```")], encoding="utf-8")
    (tmp_path / "stories").mkdir()
    monkeypatch.chdir(tmp_path)
    command, *shown = console.splitlines()

    result = cli(*command.removeprefix("$ factcheck ").split())

    assert result.exit_code == 0
    assert result.stdout.splitlines() == shown
