"""Issue 17 item 3: an output path that is one of the inputs is refused before anything is read or written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

FEED = '{"id": "a", "text": "The talks, held on Wednesday, Feb. 3, 1998, ended."}\n'


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text(FEED)
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text", "sarif"])
def test_issue17_item3_check_output_that_is_an_input_is_refused(feed: Path, fmt: str):
    result = invoke("check", str(feed), "--format", fmt, "-o", str(feed))

    assert result.exit_code == 2
    assert str(feed) in result.output
    assert "is an input" in result.output
    assert feed.read_text() == FEED


def test_issue17_item3_output_through_another_name_is_refused(feed: Path, tmp_path: Path):
    link = tmp_path / "link.out"
    link.symlink_to(feed)
    (tmp_path / "sub").mkdir()
    roundabout = tmp_path / "sub" / ".." / "feed.jsonl"

    for output in (link, roundabout):
        result = invoke("check", str(feed), "--format", "jsonl", "-o", str(output))

        assert result.exit_code == 2, output
        assert feed.read_text() == FEED


def test_issue17_item3_a_hard_link_to_an_input_is_refused(feed: Path, tmp_path: Path):
    hard = tmp_path / "hard.out"
    os.link(feed, hard)

    result = invoke("check", str(feed), "-o", str(hard))

    assert result.exit_code == 2
    assert feed.read_text() == FEED


@pytest.mark.parametrize("name", ["report.txt", "REPORT.MD", "sub/out.jsonl"])
def test_issue17_item3_output_the_folder_walk_would_read_is_refused(tmp_path: Path, name: str):
    (tmp_path / "feed.jsonl").write_text(FEED)
    output = tmp_path / name

    result = invoke("check", str(tmp_path), "-o", str(output))

    assert result.exit_code == 2
    assert "would be read as an input" in result.output
    assert not output.exists()


@pytest.mark.parametrize("name", ["report.json", ".hidden.txt", ".cache/out.md"])
def test_issue17_item3_output_in_an_input_folder_the_walk_skips_is_written(tmp_path: Path, name: str):
    (tmp_path / "feed.jsonl").write_text(FEED)
    output = tmp_path / name
    output.parent.mkdir(exist_ok=True)

    result = invoke("check", str(tmp_path), "-o", str(output))

    assert result.exit_code == 1, result.output
    assert output.exists()


def test_issue17_item3_extract_output_that_is_an_input_is_refused(feed: Path):
    result = invoke("extract", str(feed), "-o", str(feed))

    assert result.exit_code == 2
    assert feed.read_text() == FEED


def test_issue17_item3_baseline_output_that_is_an_input_is_refused(feed: Path):
    result = invoke("baseline", str(feed), "-o", str(feed))

    assert result.exit_code == 2
    assert feed.read_text() == FEED


def test_issue17_item3_output_that_is_the_kb_or_the_baseline_read_is_refused(feed: Path, tmp_path: Path):
    kb = tmp_path / "kb.yaml"
    kb.write_text("entities: []\n")
    baseline = tmp_path / "baseline.json"
    assert invoke("baseline", str(feed), "-o", str(baseline)).exit_code == 0
    recorded = baseline.read_text()

    assert invoke("check", str(feed), "--kb", str(kb), "-o", str(kb)).exit_code == 2
    assert invoke("check", str(feed), "--baseline", str(baseline), "-o", str(baseline)).exit_code == 2
    assert kb.read_text() == "entities: []\n"
    assert baseline.read_text() == recorded
