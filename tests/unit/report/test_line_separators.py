"""Issue 17's fuzz profile found it: U+2028 and U+2029 in article text split a JSON Lines line for most readers."""

from __future__ import annotations

import io
import json

import pytest

import factcheck
from factcheck import Document
from factcheck.report import get_formatter

TEXT = "The talks, held on Wednesday,\u2028Feb. 3, 1998,\u2029ended\x85 without agreement."


@pytest.mark.parametrize("fmt", ["jsonl", "json", "sarif"])
def test_issue17_fuzz_line_and_paragraph_separators_are_escaped_in_json_output(fmt):
    document = Document(id="a\u2028b", text=TEXT)
    report = factcheck.check([document])
    assert report.findings

    out = io.StringIO()
    get_formatter(fmt)(report, out, documents={document.id: document})
    written = out.getvalue()

    assert "\u2028" not in written
    assert "\u2029" not in written
    if fmt == "jsonl":
        lines = written.splitlines()  # Python's splitlines, like many readers, splits on U+2028 too
        assert [json.loads(line)["rule"] for line in lines] == [f.rule for f in report.findings]
    else:
        assert "a\u2028b" in json.dumps(json.loads(written), ensure_ascii=False)
