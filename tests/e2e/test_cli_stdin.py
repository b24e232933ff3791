"""``factcheck check -``: one document from standard input, as ``ruff check --stdin-filename`` (issue 16 point 8)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.io.stdin import parse_stdin

ARTICLE = (
    "---\nid: harbour\npublished: 1998-02-10\n---\nThe harbour reopened on Wednesday, Feb. 3, 1998, after repairs.\n"
)
FEED = (
    json.dumps({"id": "f1", "text": "The ferry sailed on Monday, Feb. 3, 1998.", "published": "1998-02-10"})
    + "\n"
    + json.dumps({"id": "f2", "text": "The ferry sailed on Tuesday, Feb. 3, 1998.", "published": "1998-02-10"})
    + "\n"
)


def cli(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, ["check", *args, "--ignore", "FC2"], input=input, catch_exceptions=False)


@pytest.fixture(autouse=True)
def elsewhere(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def test_a_markdown_article_from_standard_input_is_named_stdin():
    result = cli("-", input=ARTICLE)

    assert result.exit_code == 1
    assert result.stdout.startswith("<stdin>:5:25: FC101 weekday-date-mismatch [error]")
    assert result.stdout.endswith("1 finding (1 error) in 1 document\n")


def test_stdin_filename_names_the_document_and_its_default_id():
    result = cli(
        "-", "--stdin-filename", "desk/harbour-story.md", "--format", "json", input=ARTICLE.replace("id: harbour\n", "")
    )

    report = json.loads(result.stdout)
    assert report["documents"] == [{"id": "harbour-story", "path": "desk/harbour-story.md"}]
    assert result.exit_code == 1


def test_stdin_filename_names_it_in_the_text_report():
    result = cli("-", "--stdin-filename", "desk/harbour.md", input=ARTICLE)

    assert result.stdout.startswith("desk/harbour.md:5:25: FC101")


def test_json_lines_by_the_first_character():
    result = cli("-", "--format", "json", input=FEED)

    report = json.loads(result.stdout)
    assert [d["id"] for d in report["documents"]] == ["f1", "f2"]
    assert [f["evidence"][0]["document"] for f in report["findings"]] == ["f1"]


@pytest.mark.parametrize("option", [("--stdin-format", "jsonl"), ("--stdin-filename", "wire.jsonl")])
def test_json_lines_by_option_or_suffix(option):
    result = cli("-", *option, "--format", "json", input="\n" + FEED)

    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["f1", "f2"]


def test_plain_text_by_option():
    result = cli("-", "--stdin-format", "txt", "--format", "json", input="On Wednesday, Feb. 3, 1998, it rained.")

    assert json.loads(result.stdout)["documents"] == [{"id": "stdin", "path": "<stdin>"}]


def test_stdin_is_checked_with_the_files_given():
    Path("other.md").write_text(ARTICLE.replace("harbour", "quay"), encoding="utf-8")

    result = cli("-", "other.md", "--format", "json", input=ARTICLE)

    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["harbour", "quay"]


def test_stdin_streamed_as_json_lines():
    result = cli("-", "--format", "jsonl", input=FEED)

    assert [json.loads(line)["evidence"][0]["document"] for line in result.stdout.splitlines()] == ["f1"]
    assert result.exit_code == 1


def test_bad_front_matter_names_stdin_and_line_and_exits_2():
    result = cli("-", "--format", "json", input="---\nid: [unclosed\n---\nText.\n")

    assert result.exit_code == 2
    assert "factcheck: E001 <stdin>:2: cannot parse YAML" in result.stderr
    (error,) = json.loads(result.stdout)["errors"]
    assert (error["path"], error["code"]) == ("<stdin>", "E001")
    assert error["line"] == 2


def test_a_bad_json_line_names_stdin_and_its_line_and_the_others_are_checked():
    result = cli("-", input=FEED.replace("\n", "\nnot json\n", 1))

    assert result.exit_code == 2
    assert "<stdin>:2: E001 not valid JSON" in result.stdout
    assert "<stdin>:1:" in result.stdout  # the document before it was checked


def test_bytes_that_are_not_utf8_name_stdin_and_line():
    result = cli("-", "--stdin-filename", "desk/x.md", input=b"---\nid: x\n---\nfine\n\xff\n")

    assert result.exit_code == 2
    assert "desk/x.md:5: E001 not valid UTF-8" in result.stdout


def test_stdin_twice_is_a_usage_error():
    result = CliRunner().invoke(main, ["check", "-", "-"], input=ARTICLE)

    assert result.exit_code == 2
    assert "more than once" in result.stderr


def test_stdin_options_without_stdin_are_a_usage_error(tmp_path):
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")

    result = CliRunner().invoke(main, ["check", "a.md", "--stdin-filename", "x.md"])

    assert result.exit_code == 2
    assert "which is not among the paths" in result.stderr


def test_a_bom_and_crlf_are_read_as_from_a_file():
    (document,) = parse_stdin(("\ufeff" + ARTICLE.replace("\n", "\r\n")).encode("utf-8"))

    assert not isinstance(document, Exception)
    assert document.id == "harbour"
    assert document.text == "The harbour reopened on Wednesday, Feb. 3, 1998, after repairs.\n"


def test_stdin_as_a_process():
    completed = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "-", "--stdin-filename", "desk/harbour.md", "-q"],
        input=ARTICLE,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    broken = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "-", "--format", "json", "-q"],
        input="{not json\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert completed.returncode == 1, completed.stderr
    assert completed.stdout.startswith("desk/harbour.md:5:25: FC101 weekday-date-mismatch [error]")
    assert broken.returncode == 2
    assert "E001 <stdin>:1: not valid JSON" in broken.stderr
