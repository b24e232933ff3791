"""FC101 weekday-date-mismatch: a table of texts that must and must not raise it."""

import pytest

import factcheck
from factcheck import Config, Severity

# (text, published, evidence texts FC101 must report, in order)
FAILS = [
    ("The talks, held on Wednesday, Feb. 3, 1998, ended without agreement.", "1998-02-10", ["Wednesday, Feb. 3, 1998"]),
    ("The talks, held on Wednesday, Feb. 3, 1998, ended without agreement.", None, ["Wednesday, Feb. 3, 1998"]),
    ("They met on Wednesday, February 3, 1998.", None, ["Wednesday, February 3, 1998"]),
    ("They met on Wed., Feb. 3, 1998.", None, ["Wed., Feb. 3, 1998"]),
    ("They met on Wednesday (Feb. 3, 1998).", None, ["Wednesday (Feb. 3, 1998)"]),
    ("They met on Wednesday Feb 3 1998 in Geneva.", None, ["Wednesday Feb 3 1998"]),
    ("WEDNESDAY, FEB. 3, 1998 (AP) - Talks ended.", None, ["WEDNESDAY, FEB. 3, 1998"]),
    # day-first
    (
        "The ministers met in Beijing on Saturday, 28 September 2025, the ministry said.",
        "2025-10-01",
        ["Saturday, 28 September 2025"],
    ),
    ("They met on Wednesday, 3 February 1998.", None, ["Wednesday, 3 February 1998"]),
    # "Sunday (Sept 29)" in 2025: Sept 29, 2025 was a Monday
    (
        "North Korea's Foreign Minister Choe Son-hui met Wang Yi on Sunday (Sept 29) in the Chinese capital.",
        "2025-09-29",
        ["Sunday (Sept 29)"],
    ),
    (
        "BEIJING, Tuesday, Sept 29, 2025 (BSS/AFP) - Beijing wants to strengthen cooperation.",
        "2025-09-29",
        ["Tuesday, Sept 29, 2025"],
    ),
    # year-less, and neither neighbouring year fixes it: Jan. 2 was a Tuesday in 2024, Thursday in 2025, Friday in 2026
    ("The committee first met on Wednesday, Jan. 2, and has met monthly since.", "2025-07-01", ["Wednesday, Jan. 2"]),
    # two mistakes, two findings, in text order
    (
        "Talks began on Wednesday, Feb. 3, 1998 and ended on Monday, Feb. 10, 1998.",
        None,
        ["Wednesday, Feb. 3, 1998", "Monday, Feb. 10, 1998"],
    ),
]

PASSES = [
    ("The talks, held on Tuesday, Feb. 3, 1998, ended without agreement.", "1998-02-10"),
    ("They met on Tuesday, 3 February 1998.", None),
    ("They met on Tuesday (Feb. 3, 1998).", None),
    ("The ministers met in Beijing on Sunday, 28 September 2025, the ministry said.", "2025-10-01"),
    # month or year precision has no weekday to check
    ("This is Choe's first solo trip to China since taking office in June 2022.", "2025-09-28"),
    ("Revenue fell in fiscal 1999, a Wednesday announcement said.", None),
    # a weekday and a date in one sentence are two mentions
    ("The envoy arrived on Wednesday and said the talks that began on Feb. 3 would resume.", "1998-02-10"),
    ("On Wednesday, officials said the Feb. 3, 1998 talks had ended.", None),
    # year-less, right in the publication year
    ("North Korea's Foreign Minister met Wang Yi on Monday (Sept 29) in the Chinese capital.", "2025-09-29"),
    ("They met on Sunday (Sept 29) in the capital.", "2024-09-30"),
    # year-less: wrong for 2025 but right for the neighbouring year 2026 (Jan. 2, 2026 is a Friday)
    ("The committee first met on Friday, Jan. 2, and has met monthly since.", "2025-07-01"),
    ("The committee first met on Thursday, Jan. 2, and has met monthly since.", "2025-07-01"),
    # year-less with no anchor: the year cannot be known, so neither can the weekday
    ("North Korea's Foreign Minister met Wang Yi on Sunday (Sept 29) in the Chinese capital.", None),
    ("The committee first met on Wednesday, Jan. 2, and has met monthly since.", None),
    # a day that does not exist is not a date with a weekday
    ("They met on Monday, Feb. 30, 2025.", None),
    # no dates at all
    ("", None),
    ("Sun and sat are not weekdays here; may is a verb.", None),
]


def fc101(text, published):
    document = {"id": "doc", "text": text}
    if published:
        document["published"] = published
    report = factcheck.check([document], config=Config(select=["FC101"]))
    return report.findings


@pytest.mark.parametrize(("text", "published", "expected"), FAILS)
def test_fails(text, published, expected):
    findings = fc101(text, published)

    assert [f.evidence[0].text for f in findings] == expected
    for finding in findings:
        assert (finding.rule, finding.name, finding.severity) == ("FC101", "weekday-date-mismatch", Severity.ERROR)
        (evidence,) = finding.evidence
        assert evidence.document == "doc"
        assert text[evidence.start : evidence.end] == evidence.text


@pytest.mark.parametrize(("text", "published"), PASSES)
def test_passes(text, published):
    assert fc101(text, published) == []


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
