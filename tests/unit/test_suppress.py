"""Inline ignores and baselines: which findings are marked, and the errors a bad ignore gives."""

import io
import json

import pytest

import factcheck
from factcheck.engine import run_check
from factcheck.model import Document
from factcheck.rules import registry
from factcheck.suppress import (
    IGNORE_COMMENT,
    Baseline,
    apply_baseline,
    apply_suppressions,
    baseline_of,
    find_ignores,
    known_rules,
    write_baseline,
)

PLANTED = "The talks, held on Wednesday, Feb. 3, 1998, ended."
KNOWN = {"FC101": "FC101", "weekday-date-mismatch": "FC101", "FC401": "FC401", "entity-name-variant": "FC401"}


def doc(text, **fields):
    return Document(id=fields.pop("id", "a"), text=text, published="1998-02-10", **fields)


def findings_of(*documents, baseline=None):
    return run_check(list(documents), baseline=baseline).report


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- factcheck: ignore FC101 -->",
        "<!--factcheck:ignore FC101-->",
        "<!-- FactCheck: Ignore fc101 -->",
        "<!-- factcheck: ignore weekday-date-mismatch, FC101 -->",
        "<!-- factcheck: ignore weekday-date-mismatch -->",
    ],
)
def test_comment_on_the_same_line_suppresses(comment):
    report = findings_of(doc(f"{PLANTED} {comment}"))

    [finding] = report.findings
    assert finding.suppressed
    assert not report.errors
    assert report.active == []


def test_comment_on_the_line_before_suppresses():
    [finding] = findings_of(doc(f"<!-- factcheck: ignore FC101 -->\n{PLANTED}")).findings

    assert finding.suppressed


def test_comment_two_lines_before_does_not_and_is_reported_unused():
    unused, finding = findings_of(doc(f"<!-- factcheck: ignore FC101 -->\n\n{PLANTED}")).findings

    assert not finding.suppressed
    assert (unused.rule, unused.evidence[0].text) == ("FC406", "<!-- factcheck: ignore FC101 -->")


def test_comment_on_the_line_after_does_not():
    finding, unused = findings_of(doc(f"{PLANTED}\n<!-- factcheck: ignore FC101 -->")).findings

    assert not finding.suppressed
    assert unused.rule == "FC406"


def test_comment_for_another_rule_does_not():
    other = next(spec.code for spec in registry if spec.code not in ("FC101", "FC406"))
    [finding] = [
        f for f in findings_of(doc(f"{PLANTED} <!-- factcheck: ignore {other} -->")).findings if f.rule == "FC101"
    ]

    assert not finding.suppressed


def test_a_comment_over_several_lines_covers_them_and_the_next():
    text = f"<!-- factcheck: ignore\n     FC101 -->\n{PLANTED}"

    [finding] = findings_of(doc(text)).findings

    assert finding.suppressed


@pytest.mark.parametrize("value", [["FC101"], "FC101", ["weekday-date-mismatch"], "weekday-date-mismatch, FC101"])
def test_front_matter_ignore_covers_the_document(value):
    [finding] = findings_of(doc(PLANTED, meta={"ignore": value})).findings

    assert finding.suppressed


def test_front_matter_ignore_from_a_markdown_file(tmp_path):
    (tmp_path / "a.md").write_text(f"---\nid: a\npublished: 1998-02-10\nignore: [FC101]\n---\n{PLANTED}\n", "utf-8")

    [finding] = run_check([tmp_path]).report.findings

    assert finding.suppressed


def test_a_comment_without_codes_is_an_error_naming_file_and_line(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(f"---\nid: a\n---\n{PLANTED}\n\n<!-- factcheck: ignore -->\n", encoding="utf-8")

    report = run_check([path]).report

    [error] = report.errors
    assert (error.path, error.line, error.code) == (str(path), 6, "E004")
    assert "names no rule" in error.message
    assert not report.findings[0].suppressed


def test_an_unknown_code_is_an_error():
    report = findings_of(doc(f"{PLANTED} <!-- factcheck: ignore FC999 -->"))

    [error] = report.errors
    assert "'FC999'" in error.message
    assert error.path == "a"
    assert not report.findings[0].suppressed


@pytest.mark.parametrize("value", [[], [3], {"FC101": True}, [""]])
def test_a_bad_front_matter_ignore_is_an_error(value):
    report = findings_of(doc(PLANTED, meta={"ignore": value}))

    [error] = report.errors
    assert error.code == "E004"
    assert "`ignore:` must be a list of rule codes" in error.message


def test_jsonl_ignore_points_at_the_record_line(tmp_path):
    record = {"id": "r", "text": f"x\n{PLANTED} <!-- factcheck: ignore FC999 -->", "published": "1998-02-10"}
    (tmp_path / "feed.jsonl").write_text("\n" + json.dumps(record) + "\n", encoding="utf-8")

    [error] = run_check([tmp_path]).report.errors

    assert error.line == 2


def test_find_ignores_reports_covered_lines():
    text = "one\n<!-- factcheck: ignore FC101 FC401 -->\nthree"

    ignores, errors = find_ignores(doc(text), KNOWN)

    assert errors == []
    [ignore] = ignores
    assert ignore.rules == frozenset({"FC101", "FC401"})
    assert (ignore.first_line, ignore.last_line) == (2, 3)


def test_the_regex_is_compiled_once_and_needs_the_prefix():
    assert IGNORE_COMMENT.search("<!-- ignore FC101 -->") is None
    assert IGNORE_COMMENT.search("<!-- factcheck: ignore FC101 -->")["rules"].strip() == "FC101"


def test_cross_source_finding_is_suppressed_from_either_document():
    from factcheck.model import Evidence, Finding, Severity

    a = doc("Met on Sunday.", id="a")
    b = doc("Met on Saturday. <!-- factcheck: ignore FC101 -->", id="b")
    finding = Finding(
        rule="FC101",
        name="weekday-date-mismatch",
        severity=Severity.ERROR,
        message="m",
        evidence=[
            Evidence(document="a", start=7, end=13, text="Sunday"),
            Evidence(document="b", start=7, end=15, text="Saturday"),
        ],
    )

    [marked], errors = apply_suppressions([finding], {"a": a, "b": b}, KNOWN)

    assert marked.suppressed
    assert errors == []


def test_known_rules_has_codes_and_names():
    known = known_rules()

    assert known["FC101"] == known["weekday-date-mismatch"] == "FC101"


# Baselines


def test_baseline_counts_each_fingerprint():
    report = findings_of(doc(f"{PLANTED}\n{PLANTED}"), doc(PLANTED, id="b"))

    baseline = baseline_of(report.findings)

    assert [(e.document, e.count, e.text) for e in baseline.findings] == [
        ("a", 2, "Wednesday, Feb. 3, 1998"),
        ("b", 1, "Wednesday, Feb. 3, 1998"),
    ]


def test_baseline_leaves_suppressed_findings_out():
    report = findings_of(doc(f"{PLANTED} <!-- factcheck: ignore FC101 -->"))

    assert baseline_of(report.findings).findings == []


def test_old_findings_are_baselined_and_an_extra_occurrence_is_new():
    baseline = baseline_of(findings_of(doc(PLANTED)).findings)

    report = findings_of(doc(f"{PLANTED}\n{PLANTED}"), doc(PLANTED, id="b"), baseline=baseline)

    assert [f.baselined for f in report.findings] == [True, False, False]
    assert len(report.active) == 2


def test_an_edit_elsewhere_keeps_a_finding_baselined():
    baseline = baseline_of(findings_of(doc(PLANTED)).findings)

    [finding] = findings_of(doc(f"A new first paragraph.\n\n{PLANTED}"), baseline=baseline).findings

    assert finding.baselined


def test_apply_baseline_marks_in_order():
    findings = findings_of(doc(f"{PLANTED}\n{PLANTED}")).findings
    baseline = baseline_of(findings[:1])

    assert [f.baselined for f in apply_baseline(findings, baseline)] == [True, False]


def test_baselined_findings_never_fail_the_run():
    from factcheck.model import Severity

    report = findings_of(doc(PLANTED), baseline=baseline_of(findings_of(doc(PLANTED)).findings))

    assert report.at_or_above(Severity.INFO) == []


def test_written_baseline_round_trips_and_is_stable():
    baseline = baseline_of(findings_of(doc(PLANTED)).findings)
    first, second = io.StringIO(), io.StringIO()

    write_baseline(baseline, first)
    write_baseline(baseline_of(findings_of(doc(PLANTED)).findings), second)

    assert first.getvalue() == second.getvalue()
    data = json.loads(first.getvalue())
    assert list(data) == ["$comment", "version", "findings"]
    assert Baseline.model_validate(data) == baseline


def test_the_baseline_models_live_in_the_model_and_are_still_importable_from_suppress():
    from factcheck import model, suppress

    assert suppress.Baseline is model.Baseline is factcheck.Baseline
    assert suppress.BaselineEntry is model.BaselineEntry
