"""Hostile input through the command line (issue 17): one bad file is one clear error, never a lost run.

Each test puts one hostile input next to a good article with a planted finding, runs ``factcheck check``
and asserts that the error names the file (and line), that the good article's finding is still there, and
that every output format is written whole.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck import Report
from factcheck.cli import main
from factcheck.report import BUILTIN_FORMATS

TALKS = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."
"""Planted FC101: Feb. 3, 1998 was a Tuesday."""


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good.md").write_text(f"---\nid: good\npublished: 1998-02-10\n---\n{TALKS}\n", encoding="utf-8")
    return articles


def run(*args: str) -> Result:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def check(*args: str) -> tuple[Result, Report]:
    result = run("check", *args, "--format", "json")
    return result, Report.model_validate_json(result.stdout)


def front_matter(folder: Path, name: str, lines: str) -> Path:
    path = folder / name
    path.write_text(f"---\nid: {Path(name).stem}\n{lines}\n---\n{TALKS}\n", encoding="utf-8")
    return path


def assert_only_error(report: Report, path: Path, line: int, text: str) -> None:
    assert [(e.path, e.line, e.code) for e in report.errors] == [(str(path), line, "E001")], report.errors
    assert text in report.errors[0].message, report.errors[0].message


def test_issue17_lone_surrogate_in_a_jsonl_record_through_every_format_and_extract(folder):
    feed = folder / "feed.jsonl"
    record = '{"id": "s\\ud800", "text": "\\ud800 Held on Wednesday, Feb. 3, 1998 \\udfff.", "published": "1998-02-10"}'
    feed.write_text(record + "\n", encoding="utf-8")

    result, report = check(str(folder))

    assert result.exit_code == 1
    assert not report.errors
    assert {(f.rule, f.evidence[0].document) for f in report.findings} >= {("FC101", "good"), ("FC101", "s\ufffd")}
    for fmt in sorted(BUILTIN_FORMATS):
        written = run("check", str(folder), "--format", fmt)
        assert written.exit_code == 1, (fmt, written.output)
        written.stdout.encode("utf-8")
    assert json.loads(run("check", str(folder), "--format", "sarif").stdout)["runs"]
    ET.fromstring(run("check", str(folder), "--format", "junit").stdout.encode("utf-8"))
    extracted = run("extract", str(folder))
    assert extracted.exit_code == 0
    assert {d["id"] for d in json.loads(extracted.stdout)["documents"]} == {"good", "s\ufffd"}


@pytest.mark.parametrize("zone", ["Europe", "America/Argentina", "x" * 300, "Europe/" + "y" * 300])
def test_issue17_timezone_that_is_a_tzdata_folder_or_too_long_is_an_input_error(folder, zone):
    bad = front_matter(folder, "zone.md", f"published: 1998-02-10\ntimezone: {zone}")

    result, report = check(str(folder))

    assert result.exit_code == 2
    assert_only_error(report, bad, 4, "unknown IANA time zone")
    assert {(f.rule, f.evidence[0].document) for f in report.findings} == {("FC101", "good")}


def test_issue17_timezone_folder_does_not_interrupt_a_pytest_session(pytester):
    pytester.makeini("[pytest]\nfactcheck_paths = articles\n")
    articles = pytester.mkdir("articles")
    (articles / "bad.md").write_text("---\nid: bad\npublished: 1998-02-10\ntimezone: Europe\nexpect: []\n---\nHi.\n")
    (articles / "good.md").write_text("---\nid: good\npublished: 1998-02-10\nexpect: []\n---\nHi.\n")

    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")

    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*bad.md:4*unknown IANA time zone*"])
    result.stdout.no_fnmatch_line("*INTERNALERROR*")


@pytest.mark.parametrize(
    ("published", "zone"), [("9999-12-31T23:59:59+00:00", "Asia/Seoul"), ("0001-01-01T00:00:00+14:00", "UTC")]
)
def test_issue17_published_out_of_range_in_its_timezone_is_an_input_error(folder, published, zone):
    bad = front_matter(folder, "edge.md", f"published: {published}\ntimezone: {zone}")

    result, report = check(str(folder))

    assert result.exit_code == 2
    assert_only_error(report, bad, 4, "out of range")
    assert {(f.rule, f.evidence[0].document) for f in report.findings} == {("FC101", "good")}


@pytest.mark.parametrize("published", ["2025", '"2025"', '"20250101"', "20250101", "1700000000"])
def test_issue17_published_bare_year_or_number_is_an_input_error_never_1970(folder, published):
    bad = front_matter(folder, "year.md", f"published: {published}")

    result, report = check(str(folder))

    assert result.exit_code == 2
    assert_only_error(report, bad, 3, "ISO 8601")


def test_issue17_yesterday_never_resolves_to_1970(folder):
    feed = folder / "feed.jsonl"
    feed.write_text(json.dumps({"id": "y", "text": "It rained yesterday.", "published": 20250101}) + "\n")

    extracted = run("extract", str(feed))

    assert "1970" not in extracted.stdout
    assert "ISO 8601" in extracted.stderr


def test_issue17_fifo_named_md_in_a_folder_is_skipped_and_the_run_finishes(folder):
    os.mkfifo(folder / "pipe.md")

    result, report = check(str(folder))

    assert result.exit_code == 1
    assert not report.errors
    assert [d.id for d in report.documents] == ["good"]


def test_issue17_suffixes_in_any_case_are_read_from_a_folder(folder):
    (folder / "UPPER.MD").write_text(f"---\npublished: 1998-02-10\n---\n{TALKS}\n", encoding="utf-8")
    (folder / "note.Txt").write_text(TALKS, encoding="utf-8")
    (folder / "feed.JSONL").write_text(json.dumps({"id": "f", "text": TALKS, "published": "1998-02-10"}) + "\n")

    result, report = check(str(folder))

    assert result.exit_code == 1
    assert sorted(d.id for d in report.documents) == ["UPPER", "f", "good", "note"]


def test_issue17_symlink_to_a_file_in_the_folder_is_no_duplicate_document(folder):
    (folder / "alias.md").symlink_to(folder / "good.md")

    result, report = check(str(folder))

    assert result.exit_code == 1
    assert not report.errors
    assert [(d.id, d.path) for d in report.documents] == [("good", str(folder / "good.md"))]
    assert len(report.findings) == 1
