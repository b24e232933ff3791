"""``--format text``: path:line:col, the quoted line with a caret underline, and a summary."""

import io

from factcheck import Document, Evidence, Finding, ReadError, Report, Severity
from factcheck.model import DocumentRef, ToolInfo
from factcheck.report import get_formatter
from factcheck.report.text import render

TALKS = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."
QUOTE = "Wednesday, Feb. 3, 1998"


def evidence_in(document, quote, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(quote, start + 1)
    return Evidence(document=document.id, start=start, end=start + len(quote), text=quote)


def fc101(*evidence, severity=Severity.ERROR, baselined=False, rule="FC101"):
    return Finding(
        rule=rule,
        name="weekday-date-mismatch",
        severity=severity,
        message='"Wednesday, Feb. 3, 1998": 1998-02-03 is a Tuesday, not a Wednesday',
        evidence=list(evidence),
        expected="Tuesday",
        actual="Wednesday",
        baselined=baselined,
    )


def text_of(findings, documents, errors=()):
    report = Report(
        tool=ToolInfo(version="0"),
        documents=[DocumentRef(id=d.id, path=d.path) for d in documents],
        findings=findings,
        errors=list(errors),
    )
    out = io.StringIO()
    render(report, out, documents={d.id: d for d in documents})
    return out.getvalue()


def test_markdown_finding_has_file_line_col_quoted_line_and_carets():
    document = Document(id="talks", text="A first line.\n" + TALKS + "\n", path="articles/talks.md", line=5)
    evidence = evidence_in(document, QUOTE)

    lines = text_of([fc101(evidence)], [document]).splitlines()

    # The body starts on file line 5; the evidence is on its second line, column 20.
    assert lines[0] == (
        'articles/talks.md:6:20: FC101 weekday-date-mismatch [error] "Wednesday, Feb. 3, 1998": '
        "1998-02-03 is a Tuesday, not a Wednesday"
    )
    assert lines[1] == "  | " + TALKS
    assert lines[2] == "  | " + " " * 19 + "^" * len(QUOTE)
    assert lines[-1] == "1 finding (1 error) in 1 document"


def test_caret_sits_under_the_evidence():
    document = Document(id="talks", text=TALKS, path="talks.md", line=1)
    evidence = evidence_in(document, QUOTE)

    quoted, carets = text_of([fc101(evidence)], [document]).splitlines()[1:3]

    assert quoted[carets.index("^") : carets.rindex("^") + 1] == QUOTE


def test_document_without_a_path_is_named_by_its_id():
    document = Document(id="talks", text=TALKS)

    first = text_of([fc101(evidence_in(document, QUOTE))], [document]).splitlines()[0]

    assert first.startswith("talks:1:20: FC101 ")


def test_jsonl_record_gives_the_record_line_and_the_position_in_its_text():
    document = Document(id="talks", text=TALKS, path="feed.jsonl", line=3)

    first = text_of([fc101(evidence_in(document, QUOTE))], [document]).splitlines()[0]

    assert first.startswith("feed.jsonl:3 (talks 1:20): FC101 ")


def test_long_line_is_cut_around_the_evidence():
    text = "x" * 300 + " held on " + QUOTE + " " + "y" * 300
    document = Document(id="long", text=text, path="long.md", line=1)

    quoted, carets = text_of([fc101(evidence_in(document, QUOTE))], [document]).splitlines()[1:3]

    assert quoted.startswith("  | …")
    assert quoted.endswith("…")
    assert len(quoted) < 200
    assert quoted[carets.index("^") : carets.rindex("^") + 1] == QUOTE


def test_tabs_do_not_shift_the_carets():
    document = Document(id="tabs", text="\tHeld on\t" + QUOTE + ".", path="tabs.md", line=1)

    quoted, carets = text_of([fc101(evidence_in(document, QUOTE))], [document]).splitlines()[1:3]

    assert quoted[carets.index("^") : carets.rindex("^") + 1] == QUOTE


def test_cross_source_finding_locates_each_evidence():
    daily = Document(id="daily", text="They met on Sunday.", path="daily.md", line=8)
    afp = Document(id="afp", text="A line.\nThey met on Saturday.", path="afp.md", line=9)
    finding = fc101(evidence_in(daily, "Sunday"), evidence_in(afp, "Saturday"), rule="FC301")

    lines = text_of([finding], [afp, daily]).splitlines()

    assert lines[0].startswith("daily.md:8:13: FC301 ")
    assert "  daily.md:8:13" in lines
    assert "  afp.md:10:13" in lines
    assert "  | They met on Saturday." in lines


def test_baselined_finding_is_tagged():
    document = Document(id="talks", text=TALKS, path="talks.md", line=1)

    first = text_of([fc101(evidence_in(document, QUOTE), baselined=True)], [document]).splitlines()[0]

    assert "[error, baselined]" in first


def test_errors_and_summary():
    document = Document(id="talks", text=TALKS, path="talks.md", line=1)
    findings = [
        fc101(evidence_in(document, QUOTE)),
        fc101(evidence_in(document, "ended"), severity=Severity.WARNING, rule="FC401"),
    ]
    errors = [
        ReadError(path="bad.md", line=4, message="cannot parse YAML: found unexpected end of stream"),
        ReadError(path="missing.md", message="no such file or directory"),
    ]

    lines = text_of(findings, [document], errors).splitlines()

    assert "bad.md:4: E001 cannot parse YAML: found unexpected end of stream" in lines
    assert "missing.md: E001 no such file or directory" in lines
    assert lines[-1] == "2 findings (1 error, 1 warning) in 1 document; 2 input errors"


def test_clean_summary():
    documents = [Document(id="a", text="x"), Document(id="b", text="y")]

    assert text_of([], documents) == "0 findings in 2 documents\n"


def test_text_is_the_default_formatter():
    assert get_formatter("text") is render
