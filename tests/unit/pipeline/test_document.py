"""The pipeline's per-document and per-story functions: what ``--jobs``, streaming and Dask all map."""

import pytest

import factcheck.pipeline.facts
from factcheck import Config, Document
from factcheck.pipeline import check_document, check_story, facts_of, plan_of
from tests.unit.corpus import TALKS

LEAD = "Foreign Minister Choe Son-hui met Wang Yi in Beijing on Sunday, Sept. 28, 2025, for talks."


@pytest.mark.parametrize("kinds", [None, ["date", "event", "elapsed"]])
def test_the_date_scan_runs_once_per_document(monkeypatch, kinds):
    # Dates, events and claims all read the date facts: one scan feeds them all.
    calls = []
    scan = factcheck.pipeline.facts.scan_dates
    monkeypatch.setattr(factcheck.pipeline.facts, "scan_dates", lambda text: calls.append(text) or scan(text))
    document = Document(id="a", text=f"{TALKS} It was 76 years since the party was founded.", published="1998-02-10")

    facts = facts_of(document, kinds)

    assert len(calls) == 1
    assert {f.kind for f in facts} >= {"date", "elapsed"}


def test_a_document_keeps_its_facts_only_for_a_story():
    plan = plan_of()
    in_story = Document(id="a", text=LEAD, published="2025-09-29", source="AFP")
    alone = Document(id="b", text=LEAD, published="2025-09-29")

    assert check_document(in_story, plan).facts == tuple(facts_of(in_story, plan.kinds))
    assert check_document(alone, plan).facts is None
    assert check_document(in_story, plan_of(Config(select=["FC1"]))).facts is None  # no story rule selected


def test_a_document_result_has_its_findings_sorted_with_severities_and_ignores():
    config = Config(severity={"FC101": "warning"})
    document = Document(id="a", text=f"{TALKS}\n{TALKS} <!-- factcheck: ignore FC101 -->", published="1998-02-10")

    result = check_document(document, plan_of(config))

    assert [(f.rule, f.severity.value, f.suppressed) for f in result.findings] == [
        ("FC101", "warning", False),
        ("FC101", "warning", True),
    ]
    assert result.findings == sorted(result.findings, key=lambda f: f.sort_key)


def test_a_story_is_checked_on_its_documents_and_facts():
    plan = plan_of()
    first = Document(id="a", text=LEAD, published="2025-09-29", source="AFP", story="s")
    second = Document(id="b", text=LEAD.replace("Sunday, Sept. 28", "Saturday, Sept. 27"), source="Xinhua", story="s")
    members = [(d, tuple(facts_of(d, plan.kinds))) for d in (first, second)]

    result = check_story(members, plan)
    findings = result.findings

    assert result.errors == []
    assert [f.rule for f in findings] == ["FC301"]
    assert [e.document for e in findings[0].evidence] == ["a", "b"]
