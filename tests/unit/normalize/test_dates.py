"""Resolving weekdays, year-less dates and months against an anchor; dateparser's pitfalls, one test each."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import facts_of
from factcheck.model import Document
from factcheck.normalize._dateparser import parse_numeric_date
from factcheck.normalize.dates import resolve_month, resolve_month_day, resolve_weekday

SUNDAY = date(2025, 9, 28)


@pytest.mark.parametrize(
    ("weekday", "tense", "shift", "expected"),
    [
        ("Sunday", None, None, date(2025, 9, 28)),  # the anchor's own weekday is the anchor
        ("Sunday", "past", None, date(2025, 9, 28)),
        ("Saturday", "past", None, date(2025, 9, 27)),
        ("Saturday", None, None, date(2025, 9, 27)),  # news narrates the past
        ("Monday", "future", None, date(2025, 9, 29)),
        ("Sunday", "future", None, date(2025, 9, 28)),
        ("Sunday", None, -1, date(2025, 9, 21)),  # "last Sunday"
        ("Sunday", None, 1, date(2025, 10, 5)),  # "next Sunday"
    ],
)
def test_resolve_weekday(weekday, tense, shift, expected):
    assert resolve_weekday(weekday, SUNDAY, tense, shift) == expected


@given(anchor=st.dates(date(1800, 1, 8), date(2200, 12, 24)), weekday=st.sampled_from(list(range(7))))
def test_a_weekday_resolves_within_its_week(anchor, weekday):
    name = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[weekday]
    past = resolve_weekday(name, anchor, "past")
    future = resolve_weekday(name, anchor, "future")
    assert past.weekday() == future.weekday() == weekday
    assert 0 <= (anchor - past).days <= 6
    assert 0 <= (future - anchor).days <= 6


def test_future_month_day_is_the_coming_one():
    assert resolve_month_day(10, 10, SUNDAY, "future") == date(2025, 10, 10)


def test_month_day_far_in_the_future_is_last_years_in_the_past_tense():
    assert resolve_month_day(10, 23, date(1999, 5, 6), None) == date(1998, 10, 23)


def test_february_29_exists_only_in_leap_years():
    assert resolve_month_day(2, 29, date(2025, 3, 1), "past") == date(2024, 2, 29)


@given(anchor=st.dates(date(1800, 2, 1), date(2200, 11, 30)), month=st.integers(1, 12), day=st.integers(1, 28))
def test_a_year_less_date_resolves_within_a_year_of_the_anchor(anchor, month, day):
    for tense in ("past", "future", None):
        resolved = resolve_month_day(month, day, anchor, tense)
        assert resolved is not None
        assert (resolved.month, resolved.day) == (month, day)
        assert abs((resolved - anchor).days) <= 366


def test_resolve_month():
    assert resolve_month(11, date(1999, 3, 12), None, -1) == (1998, 11)  # "last November"
    assert resolve_month(4, date(1999, 5, 6), "past") == (1999, 4)
    assert resolve_month(4, date(1999, 3, 6), "future") == (1999, 4)


# -- dateparser's pitfalls, each handled once in normalize/_dateparser.py -----------------------------------------
def test_76_years_is_not_a_date():
    document = Document(id="t", text="This year marks 76 years since ties began.", published="2025-09-28")
    facts = facts_of(document, ["date", "duration"])
    assert [(f.kind, f.text) for f in facts] == [("date", "This year"), ("duration", "76 years")]


def test_partial_numeric_date_is_not_filled_from_today():
    assert parse_numeric_date("3/12", date(1998, 2, 10)) is None


def test_numeric_date_is_read_month_first():
    assert parse_numeric_date("3/12/99", date(2000, 1, 1)) == date(1999, 3, 12)


def test_numeric_date_with_a_day_over_twelve_is_read_day_first():
    assert parse_numeric_date("25/12/98", date(2000, 1, 1), "DMY") == date(1998, 12, 25)


def test_two_digit_year_stays_near_the_anchor():
    assert parse_numeric_date("3/12/99", date(2000, 6, 1)) == date(1999, 3, 12)


def test_numeric_date_that_does_not_exist_is_none():
    assert parse_numeric_date("2/30/99", date(2000, 1, 1)) is None
