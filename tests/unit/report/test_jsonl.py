"""``--format jsonl``: one finding per line, each the object the JSON report lists."""

import io
import json

from factcheck.engine import Checked
from factcheck.report import get_formatter
from factcheck.report.jsonl import line, render


def test_each_line_is_one_finding_of_the_json_report(mixed: Checked):
    out = io.StringIO()
    render(mixed.report, out, documents=mixed.documents)

    lines = out.getvalue().splitlines()
    report = json.loads(mixed.report.model_dump_json())
    assert [json.loads(text) for text in lines] == report["findings"]
    assert all("\n" not in text for text in lines)


def test_a_line_ends_with_a_newline(mixed: Checked):
    assert line(mixed.report.findings[0]).endswith("}\n")


def test_jsonl_is_a_builtin_format():
    assert get_formatter("jsonl") is render
