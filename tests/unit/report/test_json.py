"""``--format json``: the INTERFACE section 4 shape, and the same bytes for the same input."""

import io
import json

import pytest

import factcheck
from factcheck import ConfigError
from factcheck.engine import run_check
from factcheck.report import available_formats, get_formatter
from factcheck.report.json import render

TALKS = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def articles(tmp_path):
    write(
        tmp_path / "b-clean.md",
        "---\nid: clean\npublished: 1998-02-10\n---\nThe talks, held on Tuesday, Feb. 3, 1998.\n",
    )
    write(tmp_path / "a-talks.md", f"---\nid: talks\npublished: 1998-02-10\nsource: Wire\n---\n\n{TALKS}\n")
    write(tmp_path / "c-feed.jsonl", json.dumps({"id": "feed-1", "text": "Held on Monday, Feb. 3, 1998."}) + "\n")
    write(tmp_path / "d-bad.md", "---\nid: bad\n")
    return tmp_path


def render_text(checked, formatter=render):
    out = io.StringIO()
    formatter(checked.report, out, documents=checked.documents)
    return out.getvalue()


def test_interface_shape(articles):
    data = json.loads(render_text(run_check([articles])))

    assert data["tool"]["name"] == "factcheck"
    assert isinstance(data["tool"]["version"], str)
    assert data["documents"] == [
        {"id": "talks", "path": str(articles / "a-talks.md")},
        {"id": "clean", "path": str(articles / "b-clean.md")},
        {"id": "feed-1", "path": str(articles / "c-feed.jsonl")},
    ]
    assert [f["evidence"][0]["document"] for f in data["findings"]] == ["feed-1", "talks"]
    for finding in data["findings"]:
        assert {"rule", "name", "severity", "message", "evidence", "expected", "actual"} <= set(finding)
        assert finding["rule"] == "FC101"
        assert finding["name"] == "weekday-date-mismatch"
        assert finding["severity"] in {"error", "warning", "info"}
        assert finding["evidence"]
        for evidence in finding["evidence"]:
            assert set(evidence) == {"document", "start", "end", "text"}
    talks = next(f for f in data["findings"] if f["evidence"][0]["document"] == "talks")
    start = TALKS.index("Wednesday, Feb. 3, 1998")
    assert talks["evidence"] == [
        {"document": "talks", "start": start, "end": start + 23, "text": "Wednesday, Feb. 3, 1998"}
    ]
    assert (talks["expected"], talks["actual"]) == ("Tuesday", "Wednesday")
    assert data["errors"] == [
        {
            "path": str(articles / "d-bad.md"),
            "line": 1,
            "code": "E001",
            "message": "front matter opened with '---' is never closed",
        }
    ]


def test_output_is_one_json_document_ending_in_a_newline(articles):
    text = render_text(run_check([articles]))

    assert text.endswith("}\n")
    json.loads(text)


def test_output_parses_back_into_the_report(articles):
    checked = run_check([articles])

    assert factcheck.Report.model_validate_json(render_text(checked)) == checked.report


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_same_input_twice_gives_identical_bytes(articles, fmt):
    formatter = get_formatter(fmt)

    first = render_text(run_check([articles]), formatter).encode("utf-8")
    second = render_text(run_check([articles]), formatter).encode("utf-8")

    assert first == second


def test_order_of_inputs_does_not_change_the_findings_order(articles):
    paths = sorted(articles.iterdir())

    forward = run_check(paths).report.findings
    backward = run_check(list(reversed(paths))).report.findings

    assert forward == backward


def test_json_and_text_are_built_in():
    assert {"json", "text"} <= set(available_formats())
    assert get_formatter("json") is render


def test_unknown_format_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown format 'yaml'"):
        get_formatter("yaml")
