"""Duration extraction: text → (span, ISO 8601 value, bound)."""

import pytest

from factcheck.engine import facts_of
from factcheck.model import Document, DurationFact


def durations(text: str) -> list[tuple[str, str, str | None]]:
    found = [f for f in facts_of(Document(id="t", text=text, published="1998-02-10")) if isinstance(f, DurationFact)]
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
    return [(f.text, f.value, f.mod) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Choe arrived for a four-day visit.", ("four-day", "P4D", None)),
        ("This year marks 76 years since relations began.", ("76 years", "P76Y", None)),
        ("The talks lasted two weeks.", ("two weeks", "P2W", None)),
        ("The war lasted a decade.", ("a decade", "P10Y", None)),
        ("It took 18 months.", ("18 months", "P18M", None)),
        ("Prices rose over the past three years.", ("the past three years", "P3Y", None)),
        ("A 14-hour crossing.", ("14-hour", "PT14H", None)),
        ("The operation took 5 1/2 hours.", ("5 1/2 hours", "PT5H30M", None)),
        ("He waited two and a half hours.", ("two and a half hours", "PT2H30M", None)),
        ("They waited at least 72 hours.", ("at least 72 hours", "PT72H", "more_than")),
        ("It took more than four decades.", ("more than four decades", "P40Y", "more_than")),
        ("It took less than a decade.", ("less than a decade", "P10Y", "less_than")),
        ("The siege lasted nearly a month.", ("nearly a month", "P1M", "approx")),
        ("They have fought for years.", ("years", "PXY", None)),
        ("The strike went on all day.", ("all day", "P1D", None)),
        ("It lasted 3 hrs.", ("3 hrs", "PT3H", None)),
        ("A day-long meeting.", ("day-long", "P1D", None)),
    ],
)
def test_durations(text, expected):
    assert durations(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He is a 76-year-old veteran.",  # an age, not a duration
        "He is 76 years old.",
        "Sales reach $2 billion a year.",  # a rate
        "They meet once a week.",  # a frequency
        "They hope for a second round.",
        "They met on February twenty second.",
    ],
)
def test_not_durations(text):
    assert durations(text) == []


def test_ago_is_a_date_not_a_duration():
    facts = facts_of(Document(id="t", text="The plant closed two years ago.", published="1998-02-10"))
    assert [(f.kind, f.text) for f in facts] == [("date", "two years ago")]


def test_the_past_n_years_is_a_duration_not_a_date():
    facts = facts_of(Document(id="t", text="Attacks rose in the past four years.", published="1998-02-10"))
    assert [(f.kind, f.text) for f in facts] == [("duration", "the past four years")]
