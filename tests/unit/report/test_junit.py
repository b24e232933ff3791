"""``--format junit``: JUnit XML as CI test reporters read it (parsed with junitparser, as their actions do)."""

import io
import xml.etree.ElementTree as ET
from pathlib import Path

from junitparser import Error, Failure, JUnitXml

from factcheck.engine import run_check
from factcheck.model import Document
from factcheck.report.junit import render


def junit(checked) -> str:
    out = io.StringIO()
    render(checked.report, out, documents=checked.documents)
    return out.getvalue()


def parsed(text, tmp_path):
    path = tmp_path / "report.xml"
    path.write_text(text, encoding="utf-8")
    return JUnitXml.fromfile(str(path))


def test_seed_variants_parse_as_junit_xml(seed_variants, tmp_path):
    xml = parsed(junit(seed_variants), tmp_path)
    [suite] = list(xml)
    cases = list(suite)

    assert suite.name == "factcheck"
    report = seed_variants.report
    assert suite.tests == len(cases) == len(report.documents) + len(report.errors)
    failing = {case.name for case in cases if any(isinstance(r, Failure) for r in case.result)}
    assert failing == {f.evidence[0].document for f in report.active}  # a suppressed finding is no failure
    assert suite.failures == len(failing)
    assert suite.errors == len(report.errors) == sum(1 for c in cases if any(isinstance(r, Error) for r in c.result))


def test_one_case_per_document_one_failure_per_finding(mixed, tmp_path):
    cases = {case.name: case for case in next(iter(parsed(junit(mixed), tmp_path)))}

    talks = cases["talks"]
    assert talks.classname == "news/talks.md"
    failures = [r for r in talks.result if isinstance(r, Failure)]
    assert [f.type for f in failures] == ["FC301", "FC101"]
    assert failures[1].message.startswith("FC101 weekday-date-mismatch: ")
    assert "news/talks.md:6:19: Wednesday, Feb. 3, 1998" in failures[1].text
    assert "expected: Tuesday; actual: Wednesday" in failures[1].text


def test_baselined_and_suppressed_findings_do_not_fail_their_case(mixed, tmp_path):
    cases = {case.name: case for case in next(iter(parsed(junit(mixed), tmp_path)))}

    assert cases["memo 1"].is_passed
    assert "(baselined) FC101" in cases["memo 1"].system_out
    assert cases["wire"].is_passed
    assert "(suppressed) FC401" in cases["wire"].system_out


def test_input_errors_are_error_cases(mixed, tmp_path):
    cases = [c for c in next(iter(parsed(junit(mixed), tmp_path))) if c.name.startswith("unreadable")]

    assert [c.name for c in cases] == ["unreadable news/bad.md:4", "unreadable <input>"]
    assert cases[0].result[0].message == "E001 cannot parse YAML"


def test_markup_and_control_characters_are_escaped():
    text = 'Held on Wednesday, Feb. 3, 1998 <b>&</b> "quoted" \x0b\x00 end.'
    checked = run_check([Document(id="a<&>", text=text, published="1998-02-10")])

    root = ET.fromstring(junit(checked))
    case = root.find("testsuite/testcase")
    assert case is not None
    assert case.get("name") == "a<&>"


def test_identical_bytes_and_no_timestamps(seed_variants):
    first, second = junit(seed_variants), junit(seed_variants)

    assert first == second
    assert "timestamp" not in first
    assert "time=" not in first
    assert first.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')


# --fail-on: what does not fail the run does not fail a test case


def test_findings_below_fail_on_are_no_failures(mixed, tmp_path):
    out = io.StringIO()
    render(mixed.report, out, documents=mixed.documents, fail_on="error")
    suite = next(iter(parsed(out.getvalue(), tmp_path)))
    cases = {case.name: case for case in suite}

    failures = [r for r in cases["talks"].result if isinstance(r, Failure)]
    assert [f.type for f in failures] == ["FC101"]  # the FC301 warning is below --fail-on error
    assert "(warning, below --fail-on error) FC301 event-date-conflict" in cases["talks"].system_out
    assert suite.failures == 1


def test_fail_on_never_fails_no_case(mixed, tmp_path):
    out = io.StringIO()
    render(mixed.report, out, documents=mixed.documents, fail_on="never")
    suite = next(iter(parsed(out.getvalue(), tmp_path)))

    assert suite.failures == 0
    assert all(not any(isinstance(r, Failure) for r in case.result) for case in suite)
    talks = {c.name: c for c in suite}["talks"]
    assert "(error, below --fail-on never) FC101 weekday-date-mismatch" in talks.system_out
    assert suite.errors == 2  # unreadable input still is an error: it exits 2 whatever --fail-on says


def test_without_fail_on_every_active_finding_fails(mixed, tmp_path):
    # A library caller that never heard of fail_on gets what it always got.
    cases = {case.name: case for case in next(iter(parsed(junit(mixed), tmp_path)))}
    assert [r.type for r in cases["talks"].result if isinstance(r, Failure)] == ["FC301", "FC101"]


def test_the_command_passes_its_fail_on(tmp_path):
    from click.testing import CliRunner

    from factcheck.cli import main

    root = Path(__file__).resolve().parents[3]
    article = root / "fixtures" / "rules" / "FC402" / "fail-beijiing.md"  # one FC402 finding, at info
    report = tmp_path / "report.xml"
    kb = str(root / "fixtures" / "kb" / "seed.yaml")
    args = ["check", str(article), "--kb", kb, "--format", "junit", "-o", str(report)]

    assert CliRunner().invoke(main, [*args, "--fail-on", "warning"]).exit_code == 0
    assert parsed(report.read_text(encoding="utf-8"), tmp_path).failures == 0
    assert CliRunner().invoke(main, [*args, "--fail-on", "info"]).exit_code == 1
    assert parsed(report.read_text(encoding="utf-8"), tmp_path).failures == 1
