"""A clock time next to a day is a time of that day; a range of hours on a day is one fact of that day.

Published Thursday 2025-10-30 unless a case says otherwise. Each case lists
(text, TIMEX3 value) of every date found.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.unit.extract._readings import dates

JOINED = [
    ("Results come Tuesday at 11 p.m., officials said.", [("Tuesday at 11 p.m.", "2025-10-28T23:00")]),
    ("She left yesterday at 9 a.m. for the coast.", [("yesterday at 9 a.m.", "2025-10-29T09:00")]),
    ("The blast came at 3 a.m. this morning.", [("3 a.m. this morning", "2025-10-30T03:00")]),
    ("The polls will open tomorrow 7:30am.", [("tomorrow 7:30am", "2025-10-31T07:30")]),
    ("Police arrived on Monday, 10:15 a.m., the report says.", [("Monday, 10:15 a.m.", "2025-10-27T10:15")]),
    ("The fire broke out last night at 11 p.m.", [("last night at 11 p.m.", "2025-10-29T23:00")]),
    ("The summit opens next week on Wednesday 10 am.", [("next week on Wednesday 10 am", "2025-11-05T10:00")]),
    ("The vote closes Oct. 31 at 5 p.m.", [("Oct. 31 at 5 p.m.", "2025-10-31T17:00")]),
    ("The ferry left 7 a.m., Sunday, under escort.", [("7 a.m., Sunday", "2025-10-26T07:00")]),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_a_time_next_to_a_day_is_a_time_of_that_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


HOUR_RANGES = [
    ("The show ran Saturday from 3 to 5 pm.", [("Saturday from 3 to 5 pm", "2025-10-25")]),
    ("The office is open Tuesday 9 a.m.-5 p.m.", [("Tuesday 9 a.m.-5 p.m.", "2025-10-28")]),
    ("Talks were held Monday between 9 and 11 a.m.", [("Monday between 9 and 11 a.m.", "2025-10-27")]),
    ("It stayed open 8 p.m. Tuesday to 2 a.m.", [("8 p.m. Tuesday to 2 a.m.", "2025-10-28")]),
    ("Voting ran Oct. 12, 7 a.m. until 8 p.m.", [("Oct. 12, 7 a.m. until 8 p.m.", "2025-10-12")]),
]


@pytest.mark.parametrize(("text", "expected"), HOUR_RANGES)
def test_a_range_of_hours_on_a_day_is_that_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


APART = [
    ("He arrived at 9 a.m. and left at 5 p.m.", [("9 a.m.", "2025-10-30T09:00"), ("5 p.m.", "2025-10-30T17:00")]),
    ("The store opened Monday. At 9 a.m. crowds gathered.", [("Monday", "2025-10-27"), ("9 a.m.", "2025-10-30T09:00")]),
    ("Monday's 9 a.m. session was cancelled.", [("Monday", "2025-10-27"), ("9 a.m.", "2025-10-30T09:00")]),
    ("In 1998 at 9 a.m. the bell rang.", [("1998", "1998"), ("9 a.m.", "2025-10-30T09:00")]),
    ("It was Monday and at 6 p.m. the rain began.", [("Monday", "2025-10-27"), ("6 p.m.", "2025-10-30T18:00")]),
    ("Last week at 4 p.m. the index fell.", [("Last week", "2025-W43"), ("4 p.m.", "2025-10-30T16:00")]),
    ("In October at 10 a.m. they met.", [("October", "2025-10"), ("10 a.m.", "2025-10-30T10:00")]),
    ("Talks run Nov. 4-5 and start at 9 a.m.", [("Nov. 4-5", "2025-11-04"), ("9 a.m.", "2025-10-30T09:00")]),
]


@pytest.mark.parametrize(("text", "expected"), APART)
def test_a_time_not_next_to_one_day_stays_apart(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


_DAYS = ["Monday", "Tuesday", "yesterday", "Oct. 14", "last night"]
_JOINS = [" at ", " ", ", ", " around "]


@given(st.sampled_from(_DAYS), st.sampled_from(_JOINS), st.integers(1, 12), st.sampled_from(["a.m.", "p.m."]))
def test_a_joined_time_keeps_the_day_of_the_day_alone(day: str, join: str, hour: int, ampm: str) -> None:
    alone = dates(f"The blast came {day}.")
    joined = dates(f"The blast came {day}{join}{hour} {ampm}")
    assert len(joined) == 1
    assert joined[0][0] == f"{day}{join}{hour} {ampm}"
    assert joined[0][1][:10] == alone[0][1][:10]
    assert joined[0][1][11:13] == f"{hour % 12 + (12 if ampm == 'p.m.' else 0):02d}"


def test_a_wire_time_conversion_between_time_and_day_is_part_of_the_expression() -> None:
    assert dates("The quake struck at 4:10 p.m. (2110 GMT) Monday, the agency said.", "2025-11-01") == [
        ("4:10 p.m. (2110 GMT) Monday", "2025-10-27T16:10")
    ]
