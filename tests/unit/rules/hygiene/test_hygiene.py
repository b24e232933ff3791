"""FC401-FC403: name variants, near-miss spellings and missing anchors."""

import pytest

from factcheck.engine import check
from factcheck.model import Entity, KnowledgeBase, Severity

KB = KnowledgeBase(
    entities=[
        Entity(name="Kim Jong Un", aliases=["Kim Jong-un"], type="person"),
        Entity(name="China", aliases=["Beijing"], type="country"),
    ]
)


def found(text: str, published: str | None = "2025-09-28") -> list[tuple[str, str, Severity]]:
    report = check([{"id": "h", "text": text, "published": published}], kb=KB)
    return [(f.rule, f.evidence[0].text, f.severity) for f in report.findings]


def test_two_spellings_of_one_name_are_noted():
    text = "Kim Jong Un spoke. Later Kim Jong-un left."
    assert found(text) == [("FC401", "Kim Jong Un", Severity.INFO)]


def test_capitals_alone_are_no_variant():
    assert found("BEIJING - Officials in Beijing said.") == []


@pytest.mark.parametrize(
    ("word", "noted"), [("Beijiing", True), ("Bejing", True), ("Biejing", True), ("Beijinf", False)]
)
def test_one_edit_inside_a_known_name_is_noted(word, noted):
    assert found(f"Leaders met in {word} this month.") == ([("FC402", word, Severity.INFO)] if noted else [])


def test_missing_anchor_warns_once_for_relative_dates():
    assert found("They agreed on Sunday. Talks resume next week.", published=None) == [
        ("FC403", "Sunday", Severity.WARNING)
    ]


def test_absolute_dates_need_no_anchor():
    assert found("They agreed on Feb. 3, 1998.", published=None) == []
