"""``factcheck check --stories-from DIR``: the staged articles checked with the other reports of their stories."""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from factcheck.cli import main

TEN = "Harbour officials said 10 passengers were hurt when two ferries collided off Pell Island."
FOURTEEN = "Harbour officials said 14 passengers were hurt when two ferries collided off Pell Island."
TOWED = "Both ferries were towed back to port on Tuesday."


def cli(*args: str):
    return CliRunner().invoke(main, [*args, "--ignore", "FC2"], catch_exceptions=False)


def article(name: str, source: str, body: str, story: str = "ferry-collision") -> str:
    front = f"id: {name.split('/')[-1].split('.')[0]}\npublished: 2026-03-02\nsource: {source}\nstory: {story}\n"
    path = f"news/{name}"
    Path(path).write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")
    return path


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A newsroom folder with one report of the ferry story already in it; commands run from its root."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    article("ledger.md", "Lakeside Ledger", TEN)
    return tmp_path


def test_a_staged_count_that_conflicts_with_an_unstaged_report_blocks(repo):
    staged = article("courier.md", "Valley Courier", FOURTEEN)

    alone = cli("check", staged)
    gated = cli("check", "--stories-from", ".", staged)

    assert alone.exit_code == 0  # the staged file on its own: nothing to compare it with
    assert gated.exit_code == 1, gated.output
    assert "FC304 count-conflict [error]" in gated.stdout
    assert "news/ledger.md:7:24" in gated.stdout  # the other side is quoted from the unstaged report
    assert "1 finding (1 error) in 1 document" in gated.stdout
    assert "checked with 1 other article of the same stories under ." in gated.stderr


def test_a_consistent_staged_report_passes(repo):
    staged = article("courier.md", "Valley Courier", TEN)

    result = cli("check", "--stories-from", ".", staged)

    assert result.exit_code == 0, result.output
    assert "0 findings in 1 document" in result.stdout


def test_a_conflict_among_unstaged_reports_does_not_block(repo):
    article("courier.md", "Valley Courier", FOURTEEN)
    staged = article("wire.md", "Coast Wire", TOWED)

    everything = cli("check", "news")
    gated = cli("check", "--stories-from", ".", staged)

    assert everything.exit_code == 1  # the old conflict is real ...
    assert gated.exit_code == 0, gated.output  # ... but not this commit's
    assert "FC304" not in gated.stdout
    assert "checked with 2 other articles" in gated.stderr


def test_other_stories_are_not_read_into_the_check(repo):
    article("bridge.md", "Valley Courier", FOURTEEN, story="bridge-closure")
    staged = article("courier.md", "Valley Courier", TEN)

    result = cli("check", "--stories-from", ".", staged)

    assert result.exit_code == 0
    assert "checked with 1 other article of" in result.stderr


def test_images_and_case_files_among_the_staged_are_skipped(repo):
    (repo / "news/photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\xff\xfe")
    (repo / "news/case.yaml").write_text("why: two reports\nexpect: []\n", encoding="utf-8")
    staged = article("courier.md", "Valley Courier", FOURTEEN)

    result = cli("check", "--stories-from", ".", "news/photo.jpg", "news/case.yaml", staged)
    only_others = cli("check", "--stories-from", ".", "news/photo.jpg", "news/case.yaml")

    assert result.exit_code == 1
    assert "FC304" in result.stdout
    assert "photo" not in result.output
    assert "case.yaml" not in result.output
    assert only_others.exit_code == 0, only_others.output
    assert "0 findings in 0 documents" in only_others.stdout


def test_an_unreadable_staged_article_exits_2(repo):
    (repo / "news/bad.md").write_text("---\nid: [unclosed\n---\ntext\n", encoding="utf-8")

    result = cli("check", "--stories-from", ".", "news/bad.md")

    assert result.exit_code == 2
    assert "news/bad.md" in result.output


def test_an_unreadable_unstaged_article_does_not_block(repo):
    (repo / "news/bad.md").write_text("---\nid: [unclosed\n---\ntext\n", encoding="utf-8")
    staged = article("courier.md", "Valley Courier", TEN)

    result = cli("check", "--stories-from", ".", staged)

    assert result.exit_code == 0, result.output


def test_a_missing_stories_folder_is_bad_usage(repo):
    result = cli("check", "--stories-from", "no-such-folder", article("courier.md", "Valley Courier", TEN))

    assert result.exit_code == 2
    assert "no-such-folder" in result.stderr


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "github", "html", "jsonl"])
def test_every_format_reports_the_staged_articles_findings_only(repo, fmt):
    article("courier.md", "Valley Courier", FOURTEEN)
    article("wire.md", "Coast Wire", TEN)
    staged = article("post.md", "Evening Post", TOWED)  # the courier and the wire disagree: an old conflict

    clean = cli("check", "--stories-from", ".", "--format", fmt, staged)
    blocked = cli("check", "--stories-from", ".", "--format", fmt, "news/wire.md")

    assert clean.exit_code == 0, clean.output
    assert "courier says" not in clean.stdout
    assert blocked.exit_code == 1, blocked.output
    assert "courier says" in blocked.stdout


def test_the_json_report_lists_the_staged_articles(repo):
    article("courier.md", "Valley Courier", FOURTEEN)
    staged = article("wire.md", "Coast Wire", TEN)

    report = json.loads(cli("check", "--stories-from", ".", "--format", "json", staged).stdout)

    assert [ref["id"] for ref in report["documents"]] == ["wire"]
    [finding] = report["findings"]
    assert {span["document"] for span in finding["evidence"]} == {"courier", "wire"}


def test_junit_counts_one_failure_for_the_staged_articles_conflict(repo):
    article("courier.md", "Valley Courier", FOURTEEN)
    staged = article("wire.md", "Coast Wire", TEN)

    root = ET.fromstring(cli("check", "--stories-from", ".", "--format", "junit", staged).stdout)

    assert root.get("failures") == "1"


def test_the_docs_local_hook_is_the_shipped_hook():
    """docs/ci.md's ``repo: local`` example filters and runs as the shipped hook does, and names shipped ids."""
    root = Path(__file__).resolve().parents[2]
    shipped = {hook["id"]: hook for hook in yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text("utf-8"))}
    page = (root / "docs" / "ci.md").read_text(encoding="utf-8").split("## pre-commit\n", 1)[1]
    configs = [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```\n", page, flags=re.DOTALL)]
    remote, local = (config["repos"][0] for config in configs if "repos" in config)

    assert {hook["id"] for hook in remote["hooks"]} == set(shipped)
    [hook] = local["hooks"]
    same = ("id", "entry", "files", "types", "require_serial")
    assert {key: hook[key] for key in same} == {key: shipped["factcheck"][key] for key in same}


def test_an_excluded_report_is_no_story_mate(repo):
    Path("pyproject.toml").write_text('[tool.factcheck]\nexclude = ["drafts/"]\n', encoding="utf-8")
    Path("drafts").mkdir()
    Path("news/ledger.md").rename("drafts/ledger.md")  # the conflicting report, now a draft the project excludes
    staged = article("courier.md", "Valley Courier", FOURTEEN)

    result = cli("check", "--stories-from", ".", staged)

    assert result.exit_code == 0, result.output
    assert "FC304" not in result.stdout


def test_force_exclude_leaves_out_a_staged_file_the_configuration_excludes(repo):
    Path("pyproject.toml").write_text('[tool.factcheck]\nexclude = ["news/courier.md"]\n', encoding="utf-8")
    staged = article("courier.md", "Valley Courier", FOURTEEN)

    named = cli("check", "--stories-from", ".", staged)
    forced = cli("check", "--stories-from", ".", "--force-exclude", staged)

    assert named.exit_code == 1, named.output  # named, it is checked, as `check` does
    assert forced.exit_code == 0, forced.output
    assert "FC304" not in forced.stdout


def test_standard_input_with_the_gate_is_bad_usage(repo):
    result = CliRunner().invoke(main, ["check", "--stories-from", ".", "-"], input=f"---\nid: x\n---\n{TEN}\n")

    assert result.exit_code == 2
    assert "--stories-from" in result.output


def test_quiet_leaves_out_the_story_mates_note(repo):
    staged = article("courier.md", "Valley Courier", TEN)

    result = cli("check", "--stories-from", ".", "-q", staged)

    assert result.exit_code == 0, result.output
    assert "checked with" not in result.stderr
