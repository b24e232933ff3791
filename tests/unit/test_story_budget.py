"""Issue 17 item 11: the budget of one story (documents, fact pairs) and its rule, FC405 story-too-large."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

import factcheck
from factcheck import budget
from factcheck.budget import MAX_STORY_DOCUMENTS, MAX_STORY_PAIRS, story_within
from factcheck.cli import main

LINE = "Officials said {n} people attended on Sunday and {m} on Monday, paying ${n} million. "


def story(size: int, numbers: int = 3) -> list[dict[str, str]]:
    return [
        {
            "id": f"d{i}",
            "story": "big",
            "source": f"outlet {i}",
            "published": "2025-09-28",
            "text": "".join(LINE.format(n=100 + i + k, m=200 + i * k) for k in range(numbers)),
        }
        for i in range(size)
    ]


def test_issue17_item11_a_story_within_the_budget_is_compared_whole():
    assert story_within([40] * 10) == (10, None)


def test_issue17_item11_a_story_over_the_documents_budget_keeps_its_first_documents():
    kept, overrun = story_within([1] * (MAX_STORY_DOCUMENTS + 7))

    assert kept == MAX_STORY_DOCUMENTS
    assert overrun is not None
    assert overrun.by == "documents"
    assert overrun.size == MAX_STORY_DOCUMENTS + 7


def test_issue17_item11_a_story_over_the_pairs_budget_stops_before_the_document_that_crosses_it():
    per_document = 700  # 700 x 700 = 490,000 pairs a document pair
    counts = [per_document] * 6
    kept, overrun = story_within(counts)

    pairs = (kept * (kept - 1) // 2) * per_document**2
    assert pairs <= MAX_STORY_PAIRS < ((kept + 1) * kept // 2) * per_document**2
    assert overrun is not None
    assert overrun.by == "pairs"


def test_issue17_item11_the_size_of_a_story_read_back_in_part_is_given():
    kept, overrun = story_within([1] * (MAX_STORY_DOCUMENTS + 1), size=500)

    assert kept == MAX_STORY_DOCUMENTS
    assert overrun is not None
    assert overrun.size == 500


def test_issue17_item11_fc405_names_the_first_document_left_out(monkeypatch):
    monkeypatch.setattr(budget, "MAX_STORY_DOCUMENTS", 3)

    report = factcheck.check(story(5, numbers=1))

    (finding,) = [f for f in report.findings if f.rule == "FC405"]
    assert finding.severity == factcheck.Severity.WARNING
    assert [e.document for e in finding.evidence] == ["d3"]
    assert "5 documents" in finding.message
    assert "'d3'" in finding.message
    assert not any(e.document in ("d3", "d4") for f in report.findings if f.rule != "FC405" for e in f.evidence)


def test_issue17_item11_fc405_is_silent_on_a_story_within_the_budget():
    report = factcheck.check(story(4))

    assert "FC405" not in {f.rule for f in report.findings}


def test_issue17_item11_the_hundred_document_story_is_cut_by_the_budget_in_jsonl(tmp_path: Path):
    feed = tmp_path / "story.jsonl"
    feed.write_text("".join(json.dumps(record) + "\n" for record in story(100, numbers=12)))

    result = CliRunner().invoke(main, ["check", str(feed), "--format", "jsonl"])

    findings = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 1, result.output
    (too_large,) = [f for f in findings if f["rule"] == "FC405"]
    assert "100 documents" in too_large["message"]
    assert len(findings) < 20_000  # the work is bounded: the story's 100 x 100 pairs are not all compared
    compared = {e["document"] for f in findings if f["rule"].startswith("FC3") for e in f["evidence"]}
    assert len(compared) < 100


def test_issue17_item11_engines_agree_on_a_story_over_the_budget(monkeypatch):
    from factcheck.streaming import stream_check

    monkeypatch.setattr(budget, "MAX_STORY_DOCUMENTS", 3)
    records = story(6, numbers=1)

    streamed = sorted(
        (item.model_dump_json() for item in stream_check(records) if isinstance(item, factcheck.Finding)),
    )

    assert streamed == sorted(f.model_dump_json() for f in factcheck.check(records).findings)
