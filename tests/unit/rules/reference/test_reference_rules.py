"""FC201-FC204 against a KB: the arithmetic a message shows, and silence without a KB.

The tables of texts that must and must not raise each rule (the hedges, the calendar, unknown entities, no
anchor) are fixtures/rules/FC201..FC204/cases.yaml, one test per case, with this KB inline.
"""

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


def test_no_kb_is_silent():
    assert rules_of("A parade marks the 81st anniversary of the WPK.", kb=KnowledgeBase()) == []


def test_message_shows_the_arithmetic():
    text = RELATIONS + "This year marks 75 years since the two countries established diplomatic relations."
    (finding,) = check([{"id": "r", "text": text, "published": "2025-09-28"}], kb=KB).findings
    assert "2025 − 1949 = 76" in finding.message
    assert (finding.expected, finding.actual) == ("76", "75")
    assert text[finding.evidence[0].start : finding.evidence[0].end] == finding.evidence[0].text
