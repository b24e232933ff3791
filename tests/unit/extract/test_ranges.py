"""Issue 14, point 5: a range is one fact with its two ends (published Thursday 2025-10-30)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import facts_of
from factcheck.model import DateFact, Document, MoneyFact, NumberFact

PUBLISHED = "2025-10-30"


def facts(text: str, kind: str) -> list:
    return list(facts_of(Document(id="t", text=text, published=PUBLISHED), [kind]))


DATE_RANGES = [
    (
        "Leaders meet on Tuesday and Wednesday, Nov. 4-5, in Lima.",
        "Tuesday and Wednesday, Nov. 4-5",
        "2025-11-04",
        "2025-11-05",
    ),
    ("The fair runs from Dec. 3 to 9.", "Dec. 3 to 9", "2025-12-03", "2025-12-09"),
    ("The festival runs Nov. 19 to 21.", "Nov. 19 to 21", "2025-11-19", "2025-11-21"),
    ("Voting is set for Nov. 19-21, 2026.", "Nov. 19-21, 2026", "2026-11-19", "2026-11-21"),
    ("The talks run from Dec. 1 until 4.", "Dec. 1 until 4", "2025-12-01", "2025-12-04"),
    (
        "Tuesday through Thursday, Oct. 7-9, saw protests.",
        "Tuesday through Thursday, Oct. 7-9",
        "2025-10-07",
        "2025-10-09",
    ),
    ("The exhibition ran Oct. 1 through 12.", "Oct. 1 through 12", "2025-10-01", "2025-10-12"),
    ("Schools closed Sept. 8–10 after the storm.", "Sept. 8–10", "2025-09-08", "2025-09-10"),
]


@pytest.mark.parametrize(("text", "span", "first", "last"), DATE_RANGES)
def test_a_date_range_is_one_fact(text: str, span: str, first: str, last: str) -> None:
    found = facts(text, "date")
    assert [(f.text, f.value, f.value_end) for f in found] == [(span, first, last)]


DATE_NOT_RANGES = [
    ("Rates rose from 3 percent on Dec. 3 to 9 percent.", "Dec. 3"),
    ("The market opened Nov. 3 at 9 a.m.", "Nov. 3 at 9 a.m."),
    ("The vote on Nov. 9-3 was a typo.", "Nov. 9"),
    ("Shares closed on Nov. 3 to 9.50 dollars.", "Nov. 3"),
    ("The deadline moved to Nov. 4.", "Nov. 4"),
    ("The talks run from Nov. 28 to Dec. 2.", "Nov. 28"),
    ("It opened on March 2 to 10 visitors.", "March 2"),
    ("It came on Oct. 5 - 20 years after the war.", "Oct. 5"),
]


@pytest.mark.parametrize(("text", "span"), DATE_NOT_RANGES)
def test_near_misses_are_no_date_range(text: str, span: str) -> None:
    found = [f for f in facts(text, "date") if isinstance(f, DateFact)]
    assert found[0].text == span
    assert all(f.value_end is None for f in found)


MONEY_RANGES = [
    ("Tickets cost between $10 and $20.", 10.0, 20.0),
    ("It posted a loss of $10-$20 million.", 10e6, 20e6),
    ("Damage of $10 million to $20 million was reported.", 10e6, 20e6),
    ("A fine of 2 million to 3 million euros looms.", 2e6, 3e6),
    ("The bill is $2-3 billion.", 2e9, 3e9),
    ("Seats sell for between £40 and £60.", 40.0, 60.0),
    ("Costs of $1.5 billion to $2 billion are expected.", 1.5e9, 2e9),
    ("It will cost $400-$500.", 400.0, 500.0),
]


@pytest.mark.parametrize(("text", "low", "high"), MONEY_RANGES)
def test_an_amount_range_is_one_fact(text: str, low: float, high: float) -> None:
    found = [f for f in facts(text, "money") if isinstance(f, MoneyFact)]
    assert [(f.amount, f.amount_max) for f in found] == [(low, high)]


MONEY_NOT_RANGES = [
    "Shares went from $10 to $20.",
    "He paid $10 and $20 in fees.",
    "Fares of $5 to $3 apply.",
    "It raised $10 and 20 euros.",
    "It cost US$10 to C$20.",
    "The price fell from $30 to $25.",
    "Bids of $10, $20 and $30 came in.",
    "It paid $10 to $10 each.",
]


@pytest.mark.parametrize("text", MONEY_NOT_RANGES)
def test_near_misses_are_no_amount_range(text: str) -> None:
    found = [f for f in facts(text, "money") if isinstance(f, MoneyFact)]
    assert len(found) >= 2
    assert all(f.amount_max is None for f in found)


COUNT_RANGES = [
    ("Between 40 and 50 people were hurt.", 40.0, 50.0),
    ("Some 40 to 50 people were hurt.", 40.0, 50.0),
    ("Police said 40-50 people were hurt.", 40.0, 50.0),
    ("Between 200 and 300 homes burned.", 200.0, 300.0),
    ("Rescuers found 12 to 15 survivors.", 12.0, 15.0),
    ("The storm killed between five and ten people.", 5.0, 10.0),
    ("About 3,000 to 4,000 troops moved.", 3000.0, 4000.0),
    ("It employs 150-200 workers.", 150.0, 200.0),
]


@pytest.mark.parametrize(("text", "low", "high"), COUNT_RANGES)
def test_a_count_range_is_one_fact(text: str, low: float, high: float) -> None:
    found = [f for f in facts(text, "number") if isinstance(f, NumberFact)]
    assert [(f.value, f.value_max) for f in found] == [(low, high)]


COUNT_NOT_RANGES = [
    "The team won 2-1 on Sunday.",
    "Sales grew from 40 to 50 units.",
    "He bought 40 and sold 50.",
    "Scores were 50 to 40 in the end.",
    "He added 40 and 50 more later.",
    "The vote was 7-2 in favour.",
    "Ages 12 and 15 were listed.",
    "It cut staff from 300 to 200.",
]


@pytest.mark.parametrize("text", COUNT_NOT_RANGES)
def test_near_misses_are_no_count_range(text: str) -> None:
    found = [f for f in facts(text, "number") if isinstance(f, NumberFact)]
    assert all(f.value_max is None for f in found)


_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


@given(st.dates(date(1990, 1, 1), date(2030, 12, 31)), st.integers(0, 40), st.sampled_from(["-", " to ", " through "]))
def test_every_date_range_starts_no_later_than_it_ends(first: date, length: int, join: str) -> None:
    last = first + timedelta(days=length)
    tail = str(last.day) if last.month == first.month else f"{_MONTHS[last.month - 1]} {last.day}"
    text = f"The event runs {_MONTHS[first.month - 1]} {first.day}{join}{tail}, {first.year}."
    for fact in facts(text, "date"):
        if isinstance(fact, DateFact) and fact.value_end is not None:
            assert fact.value <= fact.value_end


@given(
    st.integers(1, 10_000), st.integers(1, 10_000), st.sampled_from(["between $%d and $%d", "$%d-$%d", "$%d to $%d"])
)
def test_every_amount_range_starts_no_higher_than_it_ends(a: int, b: int, shape: str) -> None:
    for fact in facts("They paid " + shape % (a, b) + " for it.", "money"):
        if isinstance(fact, MoneyFact) and fact.amount_max is not None:
            assert fact.amount <= fact.amount_max
