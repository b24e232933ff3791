"""Issue 17's error boundary: a crashing rule, story rule or formatter costs its document or output, not the run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import factcheck
from factcheck.cli import main
from factcheck.model import Finding, Severity
from factcheck.rules import DocumentContext, StoryContext, registry, rule

CRASH = "crash here"


@rule("XX971", "crashes-on-a-word", severity=Severity.ERROR)
def crashes_on_a_word(ctx: DocumentContext) -> Iterator[Finding]:
    """Raises on a document that says "crash here" (for the boundary tests only).

    ## Why it matters
    It stands for a rule with a bug.

    ## Stays silent when
    - the document does not say "crash here".
    """
    if CRASH in ctx.document.text:
        raise ValueError("the rule has a bug")
    yield from ()


@rule("XX972", "story-crashes", severity=Severity.ERROR, scope="story")
def story_crashes(ctx: StoryContext) -> Iterator[Finding]:
    """Raises on every story (for the boundary tests only).

    ## Why it matters
    It stands for a story rule with a bug.

    ## Stays silent when
    - never.
    """
    raise KeyError("story bug")
    yield  # pragma: no cover


@pytest.fixture(autouse=True)
def crashing_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    for function in (crashes_on_a_word, story_crashes):
        spec = function.__factcheck_rule__  # type: ignore[attr-defined]
        monkeypatch.setitem(registry.rules, spec.code, spec)


GOOD = {"id": "good", "text": "On Wednesday, Feb. 3, 1998, talks ended."}
BAD = {"id": "bad", "text": "On Wednesday, Feb. 3, 1998, talks ended; crash here."}


def test_issue17_boundary_a_crashing_rule_costs_only_its_own_findings_in_its_document():
    report = factcheck.check([BAD, GOOD], config=factcheck.Config(select=["FC101", "XX971"]))

    assert [(f.evidence[0].document, f.rule) for f in report.findings] == [("bad", "FC101"), ("good", "FC101")]
    (error,) = report.errors
    assert error.code == "E005"
    assert "'bad'" in error.message
    assert "XX971" in error.message
    assert "ValueError" in error.message


def test_issue17_boundary_a_crashing_extraction_costs_only_its_document(monkeypatch):
    from factcheck.pipeline import document as pipeline_document

    real = pipeline_document.facts_of

    def facts_of(document, kinds=None):
        if CRASH in document.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(document, kinds)

    monkeypatch.setattr(pipeline_document, "facts_of", facts_of)
    report = factcheck.check([BAD, GOOD], config=factcheck.Config(select=["FC101"]))

    assert [f.evidence[0].document for f in report.findings] == ["good"]
    (error,) = report.errors
    assert error.code == "E005"
    assert "'bad'" in error.message
    assert "RecursionError" in error.message


def test_issue17_boundary_a_crashing_story_rule_names_the_story_documents():
    story = [
        {"id": f"d{i}", "story": "s", "text": "Talks ended on Monday.", "published": "2025-01-01"} for i in range(2)
    ]
    report = factcheck.check([*story, GOOD], config=factcheck.Config(select=["FC101", "XX972"]))

    assert [f.evidence[0].document for f in report.findings] == ["good"]
    (error,) = report.errors
    assert error.code == "E005"
    assert "'d0'" in error.message
    assert "'d1'" in error.message
    assert "XX972" in error.message


def test_issue17_boundary_cli_exits_2_names_the_file_and_line_and_keeps_the_other_documents(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{{"id": "bad", "text": "crash here"}}\n{{"id": "good", "text": "{}"}}\n'.format(GOOD["text"]))

    for fmt in ("text", "json", "jsonl"):
        result = CliRunner().invoke(main, ["check", str(feed), "--select", "FC101,XX971", "--format", fmt])

        assert result.exit_code == 2, fmt
        assert f"{feed}:1" in result.output, fmt
        assert "E005" in result.output, fmt
        assert "'bad'" in result.output, fmt
        assert "XX971" in result.output, fmt
        assert "Traceback" not in result.output, fmt
        assert "good" in result.stdout, fmt


def test_issue17_boundary_holds_in_worker_processes_too(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(f'{{"id": "d{i}", "text": "crash here"}}\n' for i in range(3)))

    result = CliRunner().invoke(main, ["check", str(feed), "--select", "XX971", "--jobs", "2", "--format", "json"])

    assert result.exit_code == 2
    assert result.stderr.count("E005") == 3


def test_issue17_boundary_debug_prints_the_traceback(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "bad", "text": "crash here"}\n')

    result = CliRunner().invoke(main, ["--debug", "check", str(feed), "--select", "XX971"])

    assert result.exit_code == 2
    assert "Traceback" in result.output
    assert "the rule has a bug" in result.output


def broken_formatter(report, out, *, documents):
    out.write("half a report\n")
    raise RuntimeError("formatter bug")


@pytest.fixture
def broken_format(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import report as report_package

    real = report_package.get_formatter
    monkeypatch.setattr(
        report_package, "get_formatter", lambda name: broken_formatter if name == "broken" else real(name)
    )


@pytest.mark.usefixtures("broken_format")
def test_issue17_boundary_a_crashing_formatter_exits_2_and_leaves_no_report_file(tmp_path: Path):
    out = tmp_path / "report.txt"

    result = CliRunner().invoke(main, ["check", "fixtures/rules/FC101", "--format", "broken", "-o", str(out)])

    assert result.exit_code == 2
    assert "formatter bug" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.usefixtures("broken_format")
def test_issue17_boundary_a_crashing_formatter_leaves_an_existing_report_untouched(tmp_path: Path):
    out = tmp_path / "report.txt"
    out.write_text("yesterday's report\n")

    result = CliRunner().invoke(main, ["check", "fixtures/rules/FC101", "--format", "broken", "-o", str(out)])

    assert result.exit_code == 2
    assert out.read_text() == "yesterday's report\n"
    assert list(tmp_path.iterdir()) == [out]


def test_issue17_boundary_an_unexpected_crash_in_the_cli_exits_2_never_1(monkeypatch):
    import factcheck.engine

    def crash(*args, **kwargs):
        raise AttributeError("no such thing")

    monkeypatch.setattr(factcheck.engine, "run_check", crash)
    result = CliRunner().invoke(main, ["check", "fixtures/rules/FC101"])

    assert result.exit_code == 2
    assert "internal error" in result.output
    assert "AttributeError" in result.output
    assert "Traceback" not in result.output


def test_issue17_boundary_an_unexpected_crash_with_debug_is_raised(monkeypatch):
    import factcheck.engine

    def crash(*args, **kwargs):
        raise AttributeError("no such thing")

    monkeypatch.setattr(factcheck.engine, "run_check", crash)
    result = CliRunner().invoke(main, ["--debug", "check", "fixtures/rules/FC101"])

    assert isinstance(result.exception, AttributeError)
