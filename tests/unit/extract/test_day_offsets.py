"""A day counted from a stated day is one fact: "the day before last Friday", "two weeks after Christmas".

Published Thursday 2025-10-30 unless a case says otherwise. Each case lists
(text, TIMEX3 value) of every date found.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import Config
from tests.unit.extract._readings import PUBLISHED, dates

SHIFTED = [
    ("He flew home the day before last Friday.", [("the day before last Friday", "2025-10-23")]),
    ("Shops reopen the day after Christmas.", [("the day after Christmas", "2025-12-26")]),
    ("The vote came ten days before Oct. 6.", [("ten days before Oct. 6", "2025-09-26")]),
    ("Prices fell two weeks after Thanksgiving.", [("two weeks after Thanksgiving", "2025-12-11")]),
    ("She arrived a day after Monday's vote.", [("a day after Monday", "2025-10-28")]),
    ("The day before Oct. 1, 2024, markets fell.", [("The day before Oct. 1, 2024", "2024-09-30")]),
    ("Troops left three days after Sunday, Oct. 12.", [("three days after Sunday, Oct. 12", "2025-10-15")]),
    ("He quit the day after the fifth of May.", [("the day after the fifth of May", "2025-05-06")]),
]
APART = [
    ("He left the day before.", [("the day before", "2025-10-29")]),
    ("He works every day before Christmas.", [("Christmas", "2025-12-25")]),
    ("Three days after the vote, on Monday, he quit.", [("Monday", "2025-10-27")]),
    ("Ten days before, on Oct. 6, he quit.", [("Ten days before", "2025-10-20"), ("Oct. 6", "2025-10-06")]),
    ("The day before, it was quiet; Tuesday was not.", [("The day before", "2025-10-29"), ("Tuesday", "2025-10-28")]),
    ("Two months after Christmas, prices rose.", [("Christmas", "2025-12-25")]),
    ("It rained the day before last.", []),
    ("Each day before Easter, they fasted.", [("Easter", "2025-04-20")]),
]


@pytest.mark.parametrize(("text", "expected"), SHIFTED + APART)
def test_a_day_counted_from_a_stated_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


def test_a_shifted_weekday_is_not_checked_as_that_weekday() -> None:
    report = factcheck.check(
        [{"id": "t", "text": "He left the day before Tuesday, Oct. 28.", "published": PUBLISHED}],
        config=Config(select=["FC101"]),
    )
    assert report.findings == []


@given(st.dates(date(1990, 1, 1), date(2030, 12, 31)), st.integers(1, 30), st.sampled_from(["before", "after"]))
def test_n_days_from_a_stated_day_is_that_day_shifted(day: date, count: int, direction: str) -> None:
    stated = f"{day:%B} {day.day}, {day.year}"
    found = dates(f"They met {count} days {direction} {stated}.")
    shifted = day + timedelta(days=count if direction == "after" else -count)
    assert found == [(f"{count} days {direction} {stated}", shifted.isoformat())]
