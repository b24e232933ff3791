"""Findings and reports (INTERFACE section 4): JSON round trip, fingerprints, ordering, severities."""

import json

import pytest
from pydantic import ValidationError

from factcheck import Evidence, Finding, ReadError, Report, Severity
from factcheck.model import DocumentRef, ToolInfo, fingerprint

DOC = "fc101-fail-wednesday-feb-3-1998"


def evidence(start=19, text="Wednesday, Feb. 3, 1998", document=DOC):
    return Evidence(document=document, start=start, end=start + len(text), text=text)


def finding(**changes):
    fields = {
        "rule": "FC101",
        "name": "weekday-date-mismatch",
        "severity": Severity.ERROR,
        "message": '"Wednesday, Feb. 3, 1998": 1998-02-03 is a Tuesday, not a Wednesday',
        "evidence": [evidence()],
        "expected": "Tuesday",
        "actual": "Wednesday",
    }
    return Finding(**{**fields, **changes})


def report(**changes):
    fields = {
        "tool": ToolInfo(version="1.2.3"),
        "documents": [DocumentRef(id=DOC, path="fixtures/rules/FC101/x.md"), DocumentRef(id="b")],
        "findings": [finding(), finding(baselined=True, evidence=[evidence(start=70)])],
        "errors": [ReadError(path="bad.md", line=4, message="cannot parse YAML: found unexpected end of stream")],
    }
    return Report(**{**fields, **changes})


def test_finding_json_round_trip():
    original = finding()

    assert Finding.model_validate_json(original.model_dump_json()) == original


def test_report_json_round_trip():
    original = report()

    assert Report.model_validate_json(original.model_dump_json()) == original


def test_empty_report_round_trip():
    original = Report(tool=ToolInfo(version="0"))

    assert Report.model_validate_json(original.model_dump_json()) == original


def test_report_json_has_the_interface_shape():
    data = json.loads(report().model_dump_json())

    assert data["tool"] == {"name": "factcheck", "version": "1.2.3"}
    assert data["documents"][0] == {"id": DOC, "path": "fixtures/rules/FC101/x.md"}
    first = data["findings"][0]
    # Field order is part of the contract: the INTERFACE fields first, additions after.
    assert list(first)[:7] == ["rule", "name", "severity", "message", "evidence", "expected", "actual"]
    assert first["severity"] == "error"
    assert first["evidence"] == [{"document": DOC, "start": 19, "end": 42, "text": "Wednesday, Feb. 3, 1998"}]
    assert data["errors"] == [
        {"path": "bad.md", "line": 4, "code": "E001", "message": "cannot parse YAML: found unexpected end of stream"}
    ]


def test_finding_needs_evidence():
    with pytest.raises(ValidationError, match="evidence"):
        finding(evidence=[])


def test_severity_is_a_closed_vocabulary():
    with pytest.raises(ValidationError, match="severity"):
        finding(severity="fatal")


def test_fingerprint_is_filled_in():
    made = finding()

    assert made.fingerprint == fingerprint("FC101", made.evidence, "Tuesday", "Wednesday")
    assert len(made.fingerprint) == 32
    assert int(made.fingerprint, 16) >= 0


def test_fingerprint_is_stable_across_releases():
    # Baselines store this value: changing the recipe invalidates every committed baseline.
    assert finding().fingerprint == "556936a09ce5af88ebed53237db044b5"


def test_fingerprint_ignores_offsets():
    assert finding(evidence=[evidence(start=500)]).fingerprint == finding().fingerprint


def test_fingerprint_folds_whitespace_in_the_quoted_text():
    wrapped = evidence(text="Wednesday,\n  Feb. 3,  1998")

    assert finding(evidence=[wrapped]).fingerprint == finding().fingerprint


def test_fingerprint_ignores_message_severity_and_name():
    other = finding(message="reworded", severity=Severity.WARNING, name="renamed-rule")

    assert other.fingerprint == finding().fingerprint


@pytest.mark.parametrize(
    "changes",
    [
        {"rule": "FC102"},
        {"expected": "Thursday"},
        {"actual": "Monday"},
        {"evidence": [evidence(document="another-document")]},
        {"evidence": [evidence(text="Wednesday, Feb. 4, 1998")]},
        {"evidence": [evidence(), evidence(start=80)]},
    ],
    ids=["rule", "expected", "actual", "document", "text", "evidence-count"],
)
def test_fingerprint_changes_with_what_the_finding_says(changes):
    assert finding(**changes).fingerprint != finding().fingerprint


def test_given_fingerprint_is_kept():
    assert finding(fingerprint="0" * 32).fingerprint == "0" * 32


def test_sort_key_is_document_offset_rule():
    made = finding(evidence=[evidence(start=5), evidence(start=1, document="a")])

    assert made.sort_key == (DOC, 5, 28, "FC101")


def test_severity_rank_orders_error_warning_info():
    assert Severity.ERROR.rank > Severity.WARNING.rank > Severity.INFO.rank


@pytest.mark.parametrize(
    ("threshold", "counted"),
    [(Severity.ERROR, ["FC101"]), (Severity.WARNING, ["FC101", "FC401"]), (Severity.INFO, ["FC101", "FC401", "FC402"])],
)
def test_at_or_above_counts_by_rank_and_skips_baselined(threshold, counted):
    findings = [
        finding(),
        finding(rule="FC102", baselined=True),
        finding(rule="FC401", severity=Severity.WARNING),
        finding(rule="FC402", severity=Severity.INFO),
    ]

    assert [f.rule for f in report(findings=findings).at_or_above(threshold)] == counted


def test_a_finding_counts_at_or_above_a_severity_unless_baselined_or_suppressed():
    assert finding(severity=Severity.WARNING).at_or_above(Severity.WARNING)
    assert not finding(severity=Severity.WARNING).at_or_above(Severity.ERROR)
    assert not finding(baselined=True).at_or_above(Severity.INFO)
    assert not finding(suppressed=True).at_or_above(Severity.INFO)


@pytest.mark.parametrize(
    ("path", "line", "where"),
    [("bad.md", 4, "bad.md:4"), ("bad.md", None, "bad.md"), (None, None, "<input>")],
)
def test_a_read_error_says_where_as_path_colon_line(path, line, where):
    assert ReadError(path=path, line=line, message="x").where == where


def test_finding_is_frozen():
    with pytest.raises(ValidationError, match="frozen"):
        finding().rule = "FC999"
