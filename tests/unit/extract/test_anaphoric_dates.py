"""Issue 14: dates that point at another period — "the weekend", reporting periods, "the current fiscal year",
"soon". Resolved only where the text makes it clear, else left unresolved; never a wrong value.

Published Thursday 2025-10-30 unless a case says otherwise. Each case lists
(text, TIMEX3 value) of every date found.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.unit.extract._readings import dates

WEEKEND = [
    ("Shoppers crowded the malls over the weekend.", "2025-10-30", [("the weekend", "2025-W43-WE")]),
    ("The talks will continue over the weekend.", "2025-10-30", [("the weekend", "2025-W44-WE")]),
    ("Fans flocked to the stadiums at the weekend.", "2025-11-01", [("the weekend", "2025-W44-WE")]),
    ("Fans flocked to the stadiums at the weekend.", "2025-10-27", [("the weekend", "2025-W43-WE")]),
    ("Rain fell during the weekend, officials said.", "2025-11-02", [("the weekend", "2025-W44-WE")]),
    ("Fans plan to march at the weekend.", "2025-11-01", [("the weekend", "2025-W44-WE")]),
    ("Queues are long at the weekend.", "2025-10-30", [("the weekend", "XXXX-WXX-WE")]),
    ("A picnic in the park the weekend.", "2025-10-31", [("the weekend", "2025-W44-WE")]),
    ("Voters will decide at the weekend.", "2025-11-02", [("the weekend", "XXXX-WXX-WE")]),
]
WEEKEND_SILENT = [
    ("Crowds gather at the weekend of the festival.", []),
    ("Clashes broke out at the weekend after the vote.", []),
    ("Banks close on the weekend before the holiday.", []),
    ("She works weekend shifts.", []),
    ("The weekend-long festival ended.", []),
    ("Fighting resumed the weekend following the truce.", []),
    ("The Weekend played a concert.", []),
    ("Every weekend is busy here.", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), WEEKEND)
def test_the_weekend_is_the_nearest_one_per_tense(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), WEEKEND_SILENT)
def test_the_weekend_as_part_of_a_longer_phrase_is_not_resolved_alone(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text) == expected


@given(st.dates(date(1990, 1, 1), date(2030, 12, 31)), st.sampled_from(["was", "will be"]))
def test_a_resolved_weekend_is_within_a_week_of_publication_in_the_tense(day: date, verb: str) -> None:
    found = dates(f"The market {verb} quiet over the weekend.", day.isoformat())
    assert len(found) == 1
    value = found[0][1]
    if value.startswith("X"):
        return
    year, week = int(value[:4]), int(value[6:8])
    saturday = date.fromisocalendar(year, week, 6)
    if verb == "was":
        assert saturday <= day < saturday + timedelta(days=9)
    else:
        assert day - timedelta(days=1) <= saturday <= day + timedelta(days=6)


PERIODS = [
    (
        "Acme reported third-quarter profit of $5 million. Revenue for the quarter rose 10% from the year-earlier "
        "period.",
        [("third-quarter", "2025-Q3"), ("the quarter", "2025-Q3"), ("the year-earlier period", "2024-Q3")],
    ),
    (
        "Profit in the second quarter of 2024 fell; in the latest quarter, sales rose.",
        [("the second quarter of 2024", "2024-Q2"), ("the latest quarter", "2024-Q2")],
    ),
    (
        "Net income for Q1 2025 was flat, against a loss in the year-ago quarter.",
        [("Q1 2025", "2025-Q1"), ("the year-ago quarter", "2024-Q1")],
    ),
    (
        "Acme posted fiscal 2025 results; sales in the same period last year were lower.",
        [("fiscal 2025", "FY2025"), ("the same period last year", "FY2024")],
    ),
    (
        "Sales in the fourth quarter 2018 beat the same quarter a year earlier.",
        [("the fourth quarter 2018", "2018-Q4"), ("the same quarter a year earlier", "2017-Q4")],
    ),
    ("Net income in the latest quarter fell.", [("the latest quarter", "XXXX-QX")]),
    ("Sales beat the year-ago quarter.", [("the year-ago quarter", "XXXX-QX")]),
    ("Costs were above the year-earlier period.", [("the year-earlier period", "XXXX")]),
    ("The company expects growth in the current fiscal year.", [("the current fiscal year", "FYXXXX")]),
    ("Orders for the next fiscal year are strong.", [("the next fiscal year", "FYXXXX")]),
]
PERIODS_SILENT = [
    ("Residents of the quarter said shelling continued.", []),
    ("He ran the quarter mile in record time.", []),
    ("The quarter-final was postponed.", []),
    ("Shops in the Latin Quarter reopened.", []),
    ("The quarter of a century since the war passed.", []),
    ("Sales for the quarter rose 10%.", []),
    ("He flipped the quarter and lost.", []),
    ("During the period of martial law, many fled.", []),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS + PERIODS_SILENT)
def test_reporting_periods_resolve_only_from_the_period_stated_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text) == expected


@given(st.integers(1, 4), st.integers(1990, 2030), st.sampled_from(["the year-ago quarter", "the year-earlier period"]))
def test_a_year_earlier_period_is_one_year_before_the_stated_one(quarter: int, year: int, phrase: str) -> None:
    found = dates(f"Sales in Q{quarter} {year} rose from {phrase}.")
    assert found == [(f"Q{quarter} {year}", f"{year}-Q{quarter}"), (phrase, f"{year - 1}-Q{quarter}")]


SOON = [
    ("The plant will open soon.", [("soon", "FUTURE_REF")]),
    ("Talks are expected to resume soon.", [("soon", "FUTURE_REF")]),
    ("The minister will soon visit the region.", [("soon", "FUTURE_REF")]),
    ("A decision is due very soon, aides say.", [("soon", "FUTURE_REF")]),
]
SOON_SILENT = [
    ("As soon as talks end, troops will leave.", []),
    ("The talks soon collapsed.", []),
    ("Soon after the vote, he quit.", []),
    ("He was soon released.", []),
    ("Police arrived soon afterwards.", []),
    ("A soon-to-be-released report was leaked.", []),
    ("It ended sooner than hoped.", []),
    ("The rebels attacked soon thereafter.", []),
]


@pytest.mark.parametrize(("text", "expected"), SOON + SOON_SILENT)
def test_soon_is_the_future_only_in_a_clause_that_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Prices fell over the weekend.", "0001-01-01"),
        ("Shares rose over the weekend.", "0001-01-02"),
        ("Sales in the year-ago quarter were flat; first-quarter 0001 sales rose.", "0001-06-01"),
    ],
)
def test_an_anaphor_at_the_edge_of_the_calendar_is_no_date_not_a_crash(text: str, published: str) -> None:
    found = dates(text, published)  # counting back from 0001-01-01 leaves the calendar

    assert all(value[:1] in "0123456789XF" for _, value in found)
