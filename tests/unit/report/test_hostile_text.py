"""Hostile article text in every format (issue 17): control characters and lone surrogates.

Article text, ids and file names reach the report verbatim. Escape sequences must not reach a terminal raw
(ESC ``[2J`` clears the screen), NUL must not reach HTML, XML must stay well formed, JSON must stay valid,
and nothing may fail to encode as UTF-8.
"""

import io
import json
import xml.etree.ElementTree as ET

import pytest

from factcheck.model import Document, DocumentRef, Evidence, Finding, ReadError, Report, Severity, ToolInfo
from factcheck.report import BUILTIN_FORMATS, get_formatter

HOSTILE = "\x1b[2J\x07\r\x00\x85\x9b\x7f\x08"
TEXT = f"Intro.\nThey met on Wednesday{HOSTILE}, Feb. 3, 1998, in Geneva \ud800 today."
ID = f"doc{HOSTILE}\udcff"


def _report() -> tuple[Report, dict[str, Document]]:
    document = Document(id=ID, text=TEXT, path=f"news/{HOSTILE}.md", line=3)
    quoted = f"Wednesday{HOSTILE}, Feb. 3, 1998"
    start = document.text.index(quoted)
    finding = Finding(
        rule="FC101",
        name="weekday-date-mismatch",
        severity=Severity.ERROR,
        message=f'"{quoted}": 1998-02-03 is a Tuesday',
        evidence=[Evidence(document=document.id, start=start, end=start + len(quoted), text=quoted)],
        expected="Tuesday",
        actual=f"Wednesday{HOSTILE}",
    )
    report = Report(
        tool=ToolInfo(version="0"),
        documents=[DocumentRef(id=document.id, path=document.path)],
        findings=[finding],
        errors=[ReadError(path=f"bad{HOSTILE}\udcff.md", line=2, message=f"invalid {HOSTILE} \udcff")],
    )
    return report, {document.id: document}


def _render(fmt: str) -> str:
    report, documents = _report()
    out = io.StringIO()
    get_formatter(fmt)(report, out, documents=documents)
    written = out.getvalue()
    written.encode("utf-8")  # a lone surrogate would raise UnicodeEncodeError here, as on a real stream
    return written


@pytest.mark.parametrize("fmt", sorted(BUILTIN_FORMATS))
def test_issue17_lone_surrogate_never_breaks_a_formatter(fmt):
    assert "\ud800" not in _render(fmt)


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_issue17_control_characters_are_escaped_in_terminal_output(fmt):
    written = _render(fmt)

    for character in "\x1b\x07\r\x00\x85\x9b\x7f\x08":
        assert character not in written, repr(character)
    assert "\\x1b[2J" in written


def test_issue17_control_characters_keep_the_text_caret_under_the_evidence():
    lines = _render("text").splitlines()
    excerpt = next(line for line in lines if line.startswith("  | They met"))
    carets = lines[lines.index(excerpt) + 1]

    assert excerpt.index("Wednesday") == carets.index("^")
    assert excerpt[carets.rindex("^")] == "8"  # the last character of "1998"


def test_issue17_control_characters_are_escaped_in_html_no_raw_nul():
    written = _render("html")

    for character in "\x1b\x07\r\x00\x85\x9b\x7f\x08":
        assert character not in written, repr(character)
    assert "\\x00" in written


def test_issue17_control_characters_keep_junit_well_formed_xml():
    root = ET.fromstring(_render("junit").encode("utf-8"))

    assert root.find(".//failure") is not None


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_issue17_control_characters_keep_json_valid_and_escaped(fmt):
    written = _render(fmt)

    json.loads(written)
    for character in "\x1b\x00\x85\x9b\x7f":
        assert character not in written, repr(character)


def test_issue17_control_characters_keep_every_jsonl_line_valid():
    written = _render("jsonl")

    assert [json.loads(line)["rule"] for line in written.splitlines()] == ["FC101"]
    assert "\x85" not in written
    assert "\x1b" not in written


def test_issue17_control_characters_are_escaped_not_lost_in_junit():
    written = _render("junit")

    for character in "\x1b\x07\r\x00\x85\x9b\x7f\x08":
        assert character not in written, repr(character)
    assert "\\x1b[2J" in written
