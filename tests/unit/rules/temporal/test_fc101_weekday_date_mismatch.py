"""FC101 weekday-date-mismatch: what a finding says, and the configuration that turns it off or down.

The table of texts that must and must not raise it is fixtures/rules/FC101/cases.yaml, one test per case.
"""

import factcheck
from factcheck import Config, Severity


def fc101(text, published):
    document = {"id": "doc", "text": text}
    if published:
        document["published"] = published
    report = factcheck.check([document], config=Config(select=["FC101"]))
    return report.findings


def test_finding_says_expected_actual_and_the_arithmetic():
    (finding,) = fc101("The talks, held on Wednesday, Feb. 3, 1998, ended without agreement.", "1998-02-10")

    assert (finding.expected, finding.actual) == ("Tuesday", "Wednesday")
    assert finding.message == '"Wednesday, Feb. 3, 1998": 1998-02-03 is a Tuesday, not a Wednesday'
    evidence = finding.evidence[0]
    assert (evidence.start, evidence.end) == (19, 42)


def test_year_from_the_publication_date_is_named_in_the_message():
    (finding,) = fc101("Choe met Wang Yi on Sunday (Sept 29) in the Chinese capital.", "2025-09-29")

    assert (finding.expected, finding.actual) == ("Monday", "Sunday")
    assert "2025-09-29" in finding.message
    assert "publication date" in finding.message


def test_ignored_rule_stays_silent():
    document = {"id": "doc", "text": "They met on Wednesday, Feb. 3, 1998."}

    assert factcheck.check([document], config=Config(ignore=["FC101"])).findings == []


def test_severity_override_from_config():
    document = {"id": "doc", "text": "They met on Wednesday, Feb. 3, 1998."}

    (finding,) = factcheck.check([document], config=Config(severity={"FC101": "warning"})).findings

    assert finding.severity is Severity.WARNING
