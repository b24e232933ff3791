"""The work budget of one document (``factcheck.budget``) and its rule, FC404 document-too-large."""

from __future__ import annotations

import pytest

import factcheck
from factcheck import budget
from factcheck.budget import MAX_CHARS, Overrun, reading_end, within
from factcheck.model import Document, NumberFact

TALKS = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."


def number(start: int) -> NumberFact:
    return NumberFact(text="7", start=start, end=start + 1, value=7)


def test_a_text_within_the_budget_is_read_whole():
    assert reading_end("short text") == len("short text")
    assert reading_end("x" * MAX_CHARS) == MAX_CHARS


def test_a_longer_text_is_cut_after_the_last_space_before_the_budget():
    text = "x" * (MAX_CHARS - 10) + " " + "y" * 50

    assert reading_end(text) == MAX_CHARS - 9
    assert text[: reading_end(text)].endswith(" ")


def test_a_text_with_no_space_near_the_budget_is_cut_at_the_budget():
    assert reading_end("x" * (MAX_CHARS + 5)) == MAX_CHARS
    assert reading_end(" " + "x" * (MAX_CHARS + 5)) == MAX_CHARS  # the space is too far back to cut at


def test_within_the_budget_nothing_is_cut():
    facts = [number(i * 2) for i in range(10)]

    assert within(facts, "7 " * 10) == (facts, None)


def test_blank_space_past_the_budget_is_no_overrun():
    assert within([], "x " * 10 + " " * (MAX_CHARS * 2))[1] is None


def test_text_past_the_budget_is_an_overrun_by_characters():
    text = "x " * (MAX_CHARS // 2 + 100)

    assert within([], text)[1] == Overrun(at=reading_end(text), by="characters")


def test_facts_past_the_budget_are_cut_where_the_first_left_out_begins(monkeypatch):
    monkeypatch.setattr(budget, "MAX_FACTS", 3)
    facts = [number(0), number(2), number(4), number(4), number(6)]  # two facts begin at 4

    kept, overrun = within(facts, "7 " * 4)

    assert kept == facts[:2]  # the third fact begins where the fourth does: both are left out
    assert overrun == Overrun(at=4, by="facts")


def test_fc404_by_characters_names_the_size_and_where_it_stopped():
    text = TALKS + " " + "word " * (MAX_CHARS // 5)

    report = factcheck.check([Document(id="big", text=text, published="1998-02-10")])

    assert [f.rule for f in report.findings] == ["FC101", "FC404"]
    finding = report.findings[1]
    assert finding.severity == "warning"
    assert finding.evidence[0].text == "word"
    assert finding.actual == f"{len(text):,} characters"
    assert finding.expected == f"at most {MAX_CHARS:,} characters"
    assert f"{len(text):,} characters, over the budget of {MAX_CHARS:,}" in finding.message


def test_fc404_by_facts_quotes_the_first_word_left_out(monkeypatch):
    monkeypatch.setattr(budget, "MAX_FACTS", 3)
    text = "Counts: 1, 2, 3, 4, 5."

    report = factcheck.check([Document(id="many", text=text, published="2025-09-28")])

    (finding,) = report.findings
    assert (finding.rule, finding.evidence[0].text, finding.evidence[0].start) == ("FC404", "4", text.index("4"))
    assert "checking stopped at character 17" in finding.message


def test_the_rules_see_no_fact_past_the_budget(monkeypatch):
    monkeypatch.setattr(budget, "MAX_FACTS", 1)
    text = "On Tuesday, Feb. 3, 1998, talks began. " + TALKS  # the second date is wrong, and past the budget

    report = factcheck.check([Document(id="d", text=text, published="1998-02-10")])

    assert [f.rule for f in report.findings] == ["FC404"]


def test_fc404_can_be_ignored_but_the_budget_stays(monkeypatch):
    monkeypatch.setattr(budget, "MAX_FACTS", 1)
    text = "On Tuesday, Feb. 3, 1998, talks began. " + TALKS

    report = factcheck.check([Document(id="d", text=text, published="1998-02-10")],
                             config=factcheck.Config(ignore=["FC404"]))  # fmt: skip

    assert report.findings == []


@pytest.mark.parametrize("select", [["FC404"], ["document-too-large"], ["FC4"]])
def test_fc404_alone_reads_no_facts(select):
    # Selected alone it needs no facts, so only the characters can run over.
    text = "1 " * 5_000

    report = factcheck.check([Document(id="d", text=text)], config=factcheck.Config(select=select))

    assert report.findings == []
