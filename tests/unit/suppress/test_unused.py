"""``FC406`` unused-ignore: an ignore that suppressed nothing is reported, unless its rule did not run."""

from collections.abc import Iterator

import pytest

import factcheck
from factcheck import Config
from factcheck.engine import run_check
from factcheck.model import Document, Finding, Severity
from factcheck.rules import DocumentContext, StoryContext, registry, rule
from factcheck.streaming import stream_check
from factcheck.suppress import baseline_of

PLANTED = "The talks, held on Wednesday, Feb. 3, 1998, ended."
CLEAN = "The talks, held on Tuesday, Feb. 3, 1998, ended."
IGNORE = "<!-- factcheck: ignore FC101 -->"


def doc(text, **fields):
    return Document(id=fields.pop("id", "a"), text=text, published="1998-02-10", **fields)


def report_of(*documents, **options):
    return run_check(list(documents), **options).report


def unused(report):
    return [f for f in report.findings if f.rule == "FC406"]


def test_an_ignore_of_a_finding_is_used():
    report = report_of(doc(f"{PLANTED} {IGNORE}"))

    assert unused(report) == []


def test_an_ignore_over_a_clean_line_is_reported_on_the_comment():
    text = f"{CLEAN} {IGNORE}"

    [finding] = unused(report_of(doc(text)))

    [evidence] = finding.evidence
    assert (evidence.start, evidence.end, evidence.text) == (text.index(IGNORE), len(text), IGNORE)
    assert finding.severity.value == "warning"
    assert finding.name == "unused-ignore"
    assert finding.message == (
        "this ignore suppressed nothing: FC101 (weekday-date-mismatch) reported nothing on its line or the next"
    )


def test_each_unused_rule_of_a_comment_is_its_own_finding():
    text = f"{PLANTED} <!-- factcheck: ignore FC101, FC103, FC105 -->"

    findings = unused(report_of(doc(text)))

    assert [f.actual for f in findings] == ["no finding of FC103", "no finding of FC105"]
    assert len({f.fingerprint for f in findings}) == 2


@pytest.mark.parametrize("options", [{"select": ["FC406"]}, {"ignore": ["FC101"]}, {"select": ["FC406", "FC102"]}])
def test_an_ignore_of_a_rule_that_did_not_run_is_not_unused(options):
    assert unused(report_of(doc(f"{CLEAN} {IGNORE}"), config=Config(**options))) == []


def test_nothing_is_reported_when_the_rule_itself_is_not_selected():
    assert unused(report_of(doc(f"{CLEAN} {IGNORE}"), config=Config(ignore=["unused-ignore"]))) == []


def test_an_ignore_of_a_baselined_finding_is_still_used():
    baseline = baseline_of(report_of(doc(PLANTED)).findings)
    text = f"{PLANTED}\n{IGNORE}\n{PLANTED}"

    report = report_of(doc(text), baseline=baseline)

    assert unused(report) == []
    assert [(f.suppressed, f.baselined) for f in report.findings] == [(False, True), (True, False)]


def test_an_unused_off_block_and_front_matter_entry_are_reported():
    text = f"{CLEAN}\n<!-- factcheck: off -->\n{CLEAN}\n<!-- factcheck: on -->"

    findings = unused(report_of(doc(text, meta={"ignore": ["FC103", "FC101"]})))

    assert [(f.evidence[0].text, f.actual) for f in findings] == [
        ("", "no finding of FC103"),
        ("", "no finding of FC101"),
        ("<!-- factcheck: off -->", "no finding of any rule"),
    ]
    assert findings[0].message.startswith("front matter `ignore: [FC103, FC101]`")
    assert findings[2].message.startswith("this `off` block suppressed nothing")
    assert not any(f.suppressed for f in findings)


def test_an_ignore_of_a_rule_that_reads_the_kb_is_not_unused_without_one():
    text = f"{CLEAN} <!-- factcheck: ignore FC201, near-miss-spelling -->"

    assert unused(report_of(doc(text))) == []


def test_a_bare_off_is_not_unused_when_some_rule_was_left_out():
    text = f"<!-- factcheck: off -->\n{CLEAN}"

    assert unused(report_of(doc(text), config=Config(ignore=["FC402"]))) == []


def test_a_used_off_block_is_not_reported():
    assert unused(report_of(doc(f"<!-- factcheck: off FC101 -->\n{PLANTED}"))) == []


def test_an_unused_ignore_can_itself_be_ignored():
    text = f"{CLEAN} {IGNORE} <!-- factcheck: ignore FC406 -->"

    [finding] = unused(report_of(doc(text)))

    assert finding.suppressed


def test_the_severity_of_unused_ignore_is_configurable():
    [finding] = unused(report_of(doc(f"{CLEAN} {IGNORE}"), config=Config(severity={"FC406": "error"})))

    assert finding.severity.value == "error"


# Cross-source rules: settled once the stories are known.

KILLED_A = "At least 45 people were killed in the flooding, officials said on Saturday."
KILLED_B = "Exactly 30 people were killed in the flooding, officials said on Saturday."


def story(a_text, b_text, **fields):
    shared = {"published": "1998-08-08", "story": "flood", **fields}
    return [
        Document(id="a", text=a_text, source="North Wire", **shared),
        Document(id="b", text=b_text, source="South Daily", **shared),
    ]


def test_an_ignore_of_a_cross_source_finding_is_used():
    documents = story(f"{KILLED_A} <!-- factcheck: ignore FC304 -->", KILLED_B)

    report = report_of(*documents)

    assert [f.suppressed for f in report.findings if f.rule == "FC304"] == [True]
    assert unused(report) == []


def test_an_ignore_of_a_cross_source_rule_that_found_nothing_is_reported_after_the_stories():
    documents = story(f"{KILLED_A} <!-- factcheck: ignore FC302 -->", KILLED_B)

    [finding] = unused(report_of(*documents))

    assert finding.actual == "no finding of FC302"


def test_a_document_compared_with_no_other_keeps_its_cross_source_ignores_silent():
    [alone] = story(f"{KILLED_A} <!-- factcheck: ignore FC302 -->", KILLED_B)[:1]

    assert unused(report_of(alone)) == []


def _fc406(findings):
    return [f.model_dump_json() for f in findings if f.rule == "FC406"]


def every_engine(documents, **options):
    """The FC406 findings of each driver that needs no extra, as JSON, for the same documents."""
    return {
        "one process": _fc406(factcheck.check(documents, **options).findings),
        "processes": _fc406(factcheck.check(documents, jobs=2, **options).findings),
        "stream": _fc406(
            sorted((f for f in stream_check(documents, **options) if hasattr(f, "rule")), key=lambda f: f.sort_key)
        ),
    }


def _mixed_documents():
    return [
        *story(f"{KILLED_A} <!-- factcheck: ignore FC302, FC304 -->", f"<!-- factcheck: off -->\n\n{KILLED_B}"),
        doc(f"{CLEAN} {IGNORE}", id="c"),
        doc(f"{PLANTED} {IGNORE}", id="d"),
    ]


def test_every_engine_reports_the_same_unused_ignores():
    results = every_engine(_mixed_documents())

    assert len(results["one process"]) == 2  # FC302 in a, FC101 in c; the off in b is used by FC304
    assert all(found == results["one process"] for found in results.values()), results


def test_dask_reports_the_same_unused_ignores():
    pytest.importorskip("dask.distributed")  # the dask extra: .ci/run's dask step runs this test
    from factcheck.distributed import check as dask_check

    documents = _mixed_documents()

    assert _fc406(dask_check(documents, npartitions=2).findings) == _fc406(factcheck.check(documents).findings)


# A rule that raises did not run to the end: its ignores are not unused.


@rule("XX981", "raises-on-every-document", severity=Severity.ERROR)
def raises_on_every_document(ctx: DocumentContext) -> Iterator[Finding]:
    """Raises on every document (for these tests only).

    ## Why it matters
    It stands for a rule with a bug.

    ## Stays silent when
    - never.
    """
    raise ValueError("a bug")
    yield  # pragma: no cover


@rule("XX982", "raises-on-every-story", severity=Severity.ERROR, scope="story")
def raises_on_every_story(ctx: StoryContext) -> Iterator[Finding]:
    """Raises on every story (for these tests only).

    ## Why it matters
    It stands for a story rule with a bug.

    ## Stays silent when
    - never.
    """
    raise KeyError("a bug")
    yield  # pragma: no cover


@pytest.fixture
def raising_rules(monkeypatch):
    for function in (raises_on_every_document, raises_on_every_story):
        spec = function.__factcheck_rule__
        monkeypatch.setitem(registry.rules, spec.code, spec)


def test_an_ignore_of_a_rule_that_raised_is_not_unused(raising_rules):
    report = report_of(doc(f"{CLEAN} <!-- factcheck: ignore XX981 -->"))

    assert [e.code for e in report.errors] == ["E005"]
    assert unused(report) == []


def test_an_ignore_of_a_story_rule_that_raised_is_not_unused(raising_rules):
    documents = story(f"{KILLED_A} <!-- factcheck: ignore XX982, FC302 -->", KILLED_B)

    report = report_of(*documents)

    assert any("XX982" in e.message for e in report.errors)
    assert [f.actual for f in unused(report)] == ["no finding of FC302"]


def test_a_document_over_its_work_budget_reports_no_unused_ignore():
    from factcheck.budget import MAX_CHARS

    text = f"{CLEAN} {IGNORE}\n" + "The river rose again. " * (MAX_CHARS // 20)

    report = report_of(doc(text))

    assert [f.rule for f in report.findings] == ["FC404"]
