"""FC301 and FC303 on two-document stories: same statements, different values; silence otherwise."""

import pytest

from factcheck.engine import check

BASE = (
    "The minister arrived in the capital on Feb. 6 for a four-day visit, officials said. "
    "The talks will last two weeks, according to the ministry."
)


def story(first: str, second: str, same_source: bool = False) -> list[str]:
    docs = [
        {"id": "a", "text": first, "published": "1998-02-10", "story": "s", "source": "A-wire"},
        {
            "id": "b",
            "text": second,
            "published": "1998-02-10",
            "story": "s",
            "source": "A-wire" if same_source else "B",
        },
    ]
    findings = check(docs).findings
    for finding in findings:
        if finding.rule.startswith("FC3"):
            assert {e.document for e in finding.evidence} == {"a", "b"}
    return [f.rule for f in findings]


@pytest.mark.parametrize(
    "rewrite",
    [
        BASE.replace("Feb. 6", "February 6"),
        BASE.replace("Feb. 6", "6 February"),
        BASE.replace("on Feb. 6", "Friday"),  # Feb. 6, 1998 was the Friday before publication
        BASE.replace("two weeks", "14 days"),
        BASE.replace("four-day", "4-day"),
    ],
)
def test_equivalent_rewrites_are_silent(rewrite):
    assert story(BASE, rewrite) == []


@pytest.mark.parametrize(
    ("change", "rule"),
    [
        (BASE.replace("Feb. 6", "Feb. 9"), "FC301"),
        (BASE.replace("Feb. 6", "Feb. 3"), "FC301"),
        (BASE.replace("four-day", "six-day"), "FC303"),
        (BASE.replace("two weeks", "three weeks"), "FC303"),
    ],
)
def test_changed_facts_conflict(change, rule):
    assert story(BASE, change) == [rule]


def test_the_same_source_is_not_compared():
    assert story(BASE, BASE.replace("Feb. 6", "Feb. 9"), same_source=True) == []


def test_hedged_durations_are_bounds():
    first = BASE.replace("two weeks", "more than two weeks")
    assert story(first, BASE.replace("two weeks", "16 days")) == []


def test_seed_meeting_moved_to_saturday_is_caught_in_both_reports():
    daily = (
        "China and North Korea agreed on Sunday to strengthen cooperation, the ministry said. The consensus was "
        "reached during a meeting in Beijing between Foreign Minister Wang Yi and his counterpart, Choe Son-hui."
    )
    afp = "North Korea's Foreign Minister Choe Son-hui met Wang Saturday in the Chinese capital."
    docs = [
        {"id": "daily", "text": daily, "published": "2025-09-28", "story": "s", "source": "daily"},
        {"id": "afp", "text": afp, "published": "2025-09-29", "story": "s", "source": "AFP"},
    ]
    (finding,) = check(docs).findings
    assert finding.rule == "FC301"
    assert [(e.document, e.text) for e in finding.evidence] == [("daily", "Sunday"), ("afp", "Saturday")]
    original = afp.replace("Saturday", "Sunday")
    assert check([docs[0], {**docs[1], "text": original}]).findings == []
