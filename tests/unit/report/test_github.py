"""``--format github``: workflow commands GitHub turns into annotations on the right file, line and column."""

import io

from factcheck.report.github import annotation, render


def github(checked) -> list[str]:
    out = io.StringIO()
    render(checked.report, out, documents=checked.documents)
    return out.getvalue().splitlines()


def test_one_annotation_per_finding_then_per_error(mixed):
    lines = github(mixed)

    assert len(lines) == len(mixed.report.findings) + len(mixed.report.errors)
    assert all(line.startswith("::") for line in lines)


def test_a_markdown_finding_points_at_its_line_and_columns(mixed):
    finding = next(f for f in mixed.report.findings if f.rule == "FC101" and not f.baselined)

    assert annotation(finding, mixed.documents) == (
        "::error file=news/talks.md,line=6,col=19,endColumn=42,title=FC101 weekday-date-mismatch"
        '::"Wednesday, Feb. 3, 1998": 1998-02-03 is a Tuesday, not a Wednesday'
    )


def test_severity_and_state_choose_the_command(mixed):
    lines = github(mixed)

    assert any(
        line.startswith("::warning file=news/talks.md,") and "title=FC301 event-date-conflict::" in line
        for line in lines
    )
    suppressed = next(line for line in lines if "FC401" in line)
    assert suppressed.startswith("::notice file=news/feed.jsonl,line=3,title=FC401 entity-name-variant (suppressed)::")
    baselined = next(line for line in lines if "old news" in line)
    # A document passed in as data has no file: no file property, its id opens the message.
    assert (
        baselined == '::notice title=FC101 weekday-date-mismatch (baselined)::memo 1: "Friday, Feb. 6, 1998": old news'
    )


def test_input_errors_are_error_annotations(mixed):
    lines = github(mixed)

    assert "::error file=news/bad.md,line=4,title=factcheck E001::cannot parse YAML" in lines
    assert "::error title=factcheck E001::x" in lines


def test_messages_and_properties_are_escaped(mixed):
    from factcheck.model import Document, Evidence, Finding, Severity

    document = Document(id="d", text="a\nb", path="news/a,b:c.md", line=1)
    finding = Finding(
        rule="FC101",
        name="weekday-date-mismatch",
        severity=Severity.ERROR,
        message="100% wrong\nsecond line",
        evidence=[Evidence(document="d", start=0, end=3, text="a\nb")],
    )

    assert annotation(finding, {"d": document}) == (
        "::error file=news/a%2Cb%3Ac.md,line=1,endLine=2,title=FC101 weekday-date-mismatch::100%25 wrong%0Asecond line"
    )
