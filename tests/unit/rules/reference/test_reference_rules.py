"""FC201-FC204 against a KB: the arithmetic, the hedges, and when each rule stays silent."""

import pytest

from factcheck.engine import check
from factcheck.model import Entity, KnowledgeBase

KB = KnowledgeBase(
    entities=[
        Entity(name="China", aliases=["Beijing"], type="country"),
        Entity(name="North Korea", aliases=["Pyongyang"], type="country"),
        Entity(name="China–North Korea diplomatic relations", type="relation", members=["China", "North Korea"],
               dates={"established": "1949-10-06"}),
        Entity(name="Workers' Party of Korea", aliases=["WPK"], type="organization", dates={"founded": "1945-10-10"}),
        Entity(name="Harbor League", type="organization", dates={"founded": "1980"}),
        Entity(name="Mira Castell", type="person", dates={"born": "1961-03-14"}),
        Entity(name="Ivo Brandt", type="person", dates={"born": "1950"}),
    ]
)  # fmt: skip
RELATIONS = "China and North Korea met. "


def rules_of(text: str, published: str | None = "2025-09-28", kb: KnowledgeBase = KB) -> list[str]:
    report = check([{"id": "r", "text": text, "published": published}], kb=kb)
    return [f.rule for f in report.findings if f.rule.startswith("FC2")]


@pytest.mark.parametrize(
    ("text", "published", "rules"),
    [
        # calendar years: "this year marks" is 2025 − 1949 = 76 even before the anniversary day
        (
            RELATIONS + "This year marks 76 years since the two countries established diplomatic relations.",
            "2025-09-28",
            [],
        ),
        (
            RELATIONS + "This year marks 75 years since the two countries established diplomatic relations.",
            "2025-09-28",
            ["FC201"],
        ),
        (
            RELATIONS + "This year marks 77 years since the two countries established diplomatic relations.",
            "2025-09-28",
            ["FC201"],
        ),
        # completed years, or the anniversary to come in the same calendar year
        ("It is 75 years since the ties between Beijing and Pyongyang were established.", "2025-09-28", []),
        ("It is 76 years since the ties between Beijing and Pyongyang were established.", "2025-09-28", []),
        ("It is 74 years since the ties between Beijing and Pyongyang were established.", "2025-09-28", ["FC201"]),
        ("It is 76 years since the ties between Beijing and Pyongyang were established.", "2025-10-06", []),
        ("It is 75 years since the ties between Beijing and Pyongyang were established.", "2025-10-07", ["FC201"]),
        # hedges are bounds
        ("More than 70 years since the WPK was founded, it rules.", "2025-09-28", []),
        ("More than 81 years since the WPK was founded, it rules.", "2025-09-28", ["FC201"]),
        ("Nearly 80 years since the WPK was founded, it rules.", "2025-09-28", []),
        ("Nearly 78 years since the WPK was founded, it rules.", "2025-09-28", ["FC201"]),
        ("About 81 years since the WPK was founded, it rules.", "2025-09-28", []),
        ("About 85 years since the WPK was founded, it rules.", "2025-09-28", ["FC201"]),
        ("The WPK, founded 80 years ago, rules.", "2025-10-11", []),
        ("The WPK, founded 80 years ago, rules.", "2025-09-28", []),  # the anniversary to come this year
        ("The WPK, founded 82 years ago, rules.", "2025-09-28", ["FC201"]),
        (RELATIONS + "This week marks 76 years of diplomatic relations between the two countries.", "2025-09-28", []),
        (
            RELATIONS + "This week marks 74 years of diplomatic relations between the two countries.",
            "2025-09-28",
            ["FC201"],
        ),
        # a KB date known only to the year accepts either neighbour
        ("It is 44 years since the Harbor League was founded.", "2025-01-02", []),
        ("It is 45 years since the Harbor League was founded.", "2025-01-02", []),
        ("It is 43 years since the Harbor League was founded.", "2025-01-02", ["FC201"]),
    ],
)
def test_elapsed_years(text, published, rules):
    assert rules_of(text, published) == rules


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("A parade marks the 80th anniversary of the WPK on October 10.", []),
        ("A parade marks the 81st anniversary of the WPK on October 10.", ["FC202"]),
        ("A parade marks the eightieth anniversary of the Workers' Party of Korea.", []),
        ("Last year the country marked the 79th anniversary of the WPK.", []),
        ("Last year the country marked the 80th anniversary of the WPK.", ["FC202"]),
        ("The WPK's 80th anniversary is near.", []),
        ("The WPK's 70th anniversary is near.", ["FC202"]),
    ],
)
def test_anniversaries(text, rules):
    assert rules_of(text) == rules


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("The talks were chaired by Mira Castell, 64, a veteran.", []),
        ("The talks were chaired by Mira Castell, 65, a veteran.", ["FC203"]),
        ("The talks were chaired by the 64-year-old Mira Castell.", []),
        ("The talks were chaired by the 66-year-old Mira Castell.", ["FC203"]),
        ("The talks were chaired by Ivo Brandt, 74, a veteran.", []),  # born 1950: 74 or 75
        ("The talks were chaired by Ivo Brandt, 75, a veteran.", []),
        ("The talks were chaired by Ivo Brandt, 77, a veteran.", ["FC203"]),
    ],
)
def test_ages(text, rules):
    assert rules_of(text) == rules


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("The WPK, founded in 1945, rules the country.", []),
        ("The WPK, founded in 1946, rules the country.", ["FC204"]),
        ("The WPK, founded in October 1945, rules the country.", []),
        ("The WPK, founded in November 1945, rules the country.", ["FC204"]),
        ("The WPK, founded on Oct. 10, 1945, rules the country.", []),
        ("The WPK, founded on Oct. 11, 1945, rules the country.", ["FC204"]),
        ("The WPK was founded in 1946 by Kim Il Sung.", ["FC204"]),
        # the date belongs to the list, not to the entity that owns it
        ("He is on the WPK's most wanted list, which began in 1950.", []),
    ],
)
def test_stated_dates(text, rules):
    assert rules_of(text) == rules


@pytest.mark.parametrize(
    "text",
    [
        "This year marks 12 years since the two companies signed a contract.",  # unknown entity
        "The 81st anniversary of the club is near.",
        "The talks were chaired by Jan Novak, 99, a veteran.",
    ],
)
def test_unknown_subjects_are_silent(text):
    assert rules_of(text) == []


def test_no_anchor_is_silent():
    assert rules_of("A parade marks the 81st anniversary of the WPK.", published=None) == []


def test_no_kb_is_silent():
    assert rules_of("A parade marks the 81st anniversary of the WPK.", kb=KnowledgeBase()) == []


def test_message_shows_the_arithmetic():
    text = RELATIONS + "This year marks 75 years since the two countries established diplomatic relations."
    (finding,) = check([{"id": "r", "text": text, "published": "2025-09-28"}], kb=KB).findings
    assert "2025 − 1949 = 76" in finding.message
    assert (finding.expected, finding.actual) == ("76", "75")
    assert text[finding.evidence[0].start : finding.evidence[0].end] == finding.evidence[0].text
