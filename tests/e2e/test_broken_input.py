"""Broken input loses nothing: a clear error naming the file and line, exit 2, and every other finding (issue 9).

Each test puts one broken input next to good articles with a planted finding, runs ``factcheck check`` and
asserts both halves: the error names the file (and the line, where there is one) on standard error and in
the report, and the good articles' findings are all there.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck import Report
from factcheck.cli import main

TALKS = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."
"""Planted FC101: Feb. 3, 1998 was a Tuesday."""
FOUNDED = "This year marks 75 years since the Workers' Party of Korea was founded."
"""Planted FC201 against the KB below: founded 1945-10-10, so 2025 marks 80 years."""
KB = """\
entities:
  - name: Workers' Party of Korea
    aliases: [WPK]
    type: organization
    dates:
      founded: 1945-10-10
"""
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
ROOT_READS_ANYTHING = "running as root, which reads a chmod 000 file anyway; the simulated variant covers it"


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """Good articles, each with a planted finding: ``good`` (FC101) and ``feed-1`` (FC101, in JSON Lines)."""
    monkeypatch.chdir(tmp_path)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good.md").write_text(f"---\nid: good\npublished: 1998-02-10\n---\n{TALKS}\n", encoding="utf-8")
    record = {"id": "feed-1", "text": TALKS, "published": "1998-02-10"}
    (articles / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return articles


def check(*args: str) -> tuple[Result, Report]:
    result = CliRunner().invoke(main, ["check", *args, "--format", "json"])
    assert "Traceback" not in result.output
    return result, Report.model_validate_json(result.stdout)


def findings_by_document(report: Report) -> set[tuple[str, str]]:
    return {(f.rule, f.evidence[0].document) for f in report.findings}


def assert_error(result: Result, report: Report, path: Path, line: int | None, text: str) -> None:
    """Exit 2; the report and standard error name ``path`` (and ``line``) with ``text`` in the message."""
    assert result.exit_code == 2, result.output
    errors = [(e.path, e.line) for e in report.errors if text in e.message]
    assert errors == [(str(path), line)], report.errors
    where = f"{path}:{line}" if line is not None else str(path)
    assert f"factcheck: E001 {where}: " in result.stderr
    assert text in result.stderr


GOOD = {("FC101", "good"), ("FC101", "feed-1")}


def test_malformed_front_matter(folder):
    bad = folder / "bad.md"
    bad.write_text(f'---\nid: bad\ntitle: "unclosed\npublished: 1998-02-10\n---\n{TALKS}\n', encoding="utf-8")

    result, report = check(str(folder))

    assert_error(result, report, bad, 3, "cannot parse YAML")
    assert findings_by_document(report) == GOOD


def test_repeated_key_in_front_matter(folder):
    # PyYAML would keep the last `published` silently and check against the wrong day.
    bad = folder / "twice.md"
    bad.write_text(f"---\nid: twice\npublished: 1998-02-10\npublished: 2025-09-28\n---\n{TALKS}\n", encoding="utf-8")

    result, report = check(str(folder))

    assert_error(result, report, bad, 4, "repeated key 'published' (key 'published' first given on line 3)")
    assert findings_by_document(report) == GOOD


def test_control_character_in_front_matter(folder):
    bad = folder / "bell.md"
    bad.write_text(f"---\nid: bell\ntitle: ring \x07\n---\n{TALKS}\n", encoding="utf-8")

    result, report = check(str(folder))

    assert_error(result, report, bad, 3, "character U+0007 is not allowed")
    assert findings_by_document(report) == GOOD


def test_jsonl_line_that_is_not_json_or_lacks_text(folder):
    feed = folder / "more.jsonl"
    lines = [
        json.dumps({"id": "more-1", "text": TALKS, "published": "1998-02-10"}),
        '{"id": "more-2", "text": "unterminated',
        json.dumps({"id": "more-3", "published": "1998-02-10"}),
        json.dumps({"id": "more-4", "text": TALKS, "published": "1998-02-10"}),
    ]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result, report = check(str(folder))

    assert result.exit_code == 2
    assert [(e.path, e.line) for e in report.errors] == [(str(feed), 2), (str(feed), 3)]
    assert "not valid JSON" in report.errors[0].message
    assert "text: Field required" in report.errors[1].message
    assert f"{feed}:2: not valid JSON" in result.stderr
    assert f"{feed}:3: invalid record: text" in result.stderr
    assert findings_by_document(report) == {*GOOD, ("FC101", "more-1"), ("FC101", "more-4")}


def test_kb_entry_with_an_impossible_date(folder):
    (folder / "party.md").write_text(f"---\nid: party\npublished: 2025-09-28\n---\n{FOUNDED}\n", encoding="utf-8")
    kb = folder.parent / "kb.yaml"
    kb.write_text(
        KB + "  - name: Nowhere Treaty\n    type: event\n    dates:\n      signed: 2025-02-30\n", encoding="utf-8"
    )

    result, report = check(str(folder), "--kb", str(kb))

    assert_error(result, report, kb, 7, "invalid entity 'Nowhere Treaty'")
    # The valid entry is still used: the party's anniversary is checked against it.
    assert findings_by_document(report) == {*GOOD, ("FC201", "party")}


def test_kb_file_that_is_not_yaml(folder):
    kb = folder.parent / "kb.yaml"
    kb.write_text("entities: [\n  - name: x\n", encoding="utf-8")

    result, report = check(str(folder), "--kb", str(kb))

    assert_error(result, report, kb, 2, "cannot parse YAML")
    assert findings_by_document(report) == GOOD


def test_duplicate_document_ids(folder):
    copy = folder / "zz-copy.jsonl"
    copy.write_text(json.dumps({"id": "good", "text": "Another text."}) + "\n", encoding="utf-8")

    result, report = check(str(folder))

    assert_error(result, report, copy, 1, "duplicate document id 'good'")
    assert f"first in {folder / 'good.md'}:5" in report.errors[0].message
    assert findings_by_document(report) == GOOD


@pytest.mark.skipif(IS_ROOT, reason=ROOT_READS_ANYTHING)
def test_unreadable_file(folder):
    locked = folder / "locked.md"
    locked.write_text(f"---\nid: locked\n---\n{TALKS}\n", encoding="utf-8")
    locked.chmod(0)
    try:
        result, report = check(str(folder))
    finally:
        locked.chmod(0o644)

    assert_error(result, report, locked, None, "cannot read file: Permission denied")
    assert findings_by_document(report) == GOOD


def test_unreadable_file_simulated(folder, monkeypatch):
    """The same as ``test_unreadable_file``, for a run as root: reading the file raises ``PermissionError``."""
    locked = folder / "locked.md"
    locked.write_text(f"---\nid: locked\n---\n{TALKS}\n", encoding="utf-8")
    read_bytes = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path.name == "locked.md":
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)

    result, report = check(str(folder))

    assert_error(result, report, locked, None, "cannot read file: Permission denied")
    assert findings_by_document(report) == GOOD


@pytest.mark.skipif(IS_ROOT, reason=ROOT_READS_ANYTHING)
def test_unreadable_folder(folder):
    locked = folder / "locked"
    locked.mkdir()
    (locked / "hidden.md").write_text(f"---\nid: hidden\n---\n{TALKS}\n", encoding="utf-8")
    locked.chmod(0)
    try:
        result, report = check(str(folder))
    finally:
        locked.chmod(0o755)

    assert_error(result, report, locked, None, "cannot read folder: Permission denied")
    assert findings_by_document(report) == GOOD


def test_unreadable_folder_simulated(folder, monkeypatch):
    locked = folder / "locked"
    locked.mkdir()
    (locked / "hidden.md").write_text(f"---\nid: hidden\n---\n{TALKS}\n", encoding="utf-8")
    scandir = os.scandir

    def refuse(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)

    result, report = check(str(folder))

    assert_error(result, report, locked, None, "cannot read folder: Permission denied")
    assert findings_by_document(report) == GOOD


def test_directory_loop_via_symlinks(folder):
    inner = folder / "inner"
    inner.mkdir()
    (inner / "nested.md").write_text(f"---\nid: nested\npublished: 1998-02-10\n---\n{TALKS}\n", encoding="utf-8")
    loop = inner / "back"
    loop.symlink_to(folder, target_is_directory=True)

    result, report = check(str(folder))

    assert_error(result, report, loop, None, "symbolic link loop")
    assert findings_by_document(report) == {*GOOD, ("FC101", "nested")}


def test_symlink_out_of_the_folder_is_not_followed(folder, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text(f"---\nid: secret\n---\n{TALKS}\n", encoding="utf-8")
    link = folder / "elsewhere"
    link.symlink_to(outside, target_is_directory=True)
    file_link = folder / "secret.md"
    file_link.symlink_to(outside / "secret.md")

    result, report = check(str(folder))

    assert result.exit_code == 2
    assert [(e.path, "out of" in e.message) for e in report.errors] == [(str(link), True), (str(file_link), True)]
    assert findings_by_document(report) == GOOD
    # Named on the command line, the same folder is read.
    _, named = check(str(outside))
    assert [d.id for d in named.documents] == ["secret"]


def test_every_broken_input_at_once(folder):
    """All of the above in one run: one error each, in path order, and the good findings all there."""
    (folder / "a-bad.md").write_text('---\nid: a\ntitle: "x\n---\nBody.\n', encoding="utf-8")
    (folder / "b-twice.md").write_text("---\nid: b\nid: c\n---\nBody.\n", encoding="utf-8")
    (folder / "c.jsonl").write_text('not json\n{"id": "c"}\n', encoding="utf-8")
    (folder / "d-loop").symlink_to(folder, target_is_directory=True)
    (folder / "e.txt").write_bytes(b"caf\xe9\n")
    (folder / "x-dup.jsonl").write_text('{"id": "good", "text": "again"}\n', encoding="utf-8")

    result, report = check(str(folder))

    assert result.exit_code == 2
    assert [(Path(e.path).name, e.line) for e in report.errors] == [
        ("a-bad.md", 3),
        ("b-twice.md", 3),
        ("c.jsonl", 1),
        ("c.jsonl", 2),
        ("d-loop", None),
        ("e.txt", 1),
        ("x-dup.jsonl", 1),
    ]
    assert findings_by_document(report) == GOOD
