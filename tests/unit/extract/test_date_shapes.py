"""Shapes of a date beyond the style guide: a day glued to its month, month names in lower case, a numeric day
after a weekday, "next day" without its article, "in two days from now".

Published Thursday 2025-10-30 unless a case says otherwise. Each case lists
(text, TIMEX3 value) of every date found.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.unit.extract._readings import dates

GLUED = [
    ("The ship docked Dec.30, 1996 after a storm.", [("Dec.30, 1996", "1996-12-30")]),
    ("Talks resumed Oct.2 in the capital.", [("Oct.2", "2025-10-02")]),
    ("The form gives the date as Oct/7.", [("Oct/7", "2025-10-07")]),
    ("It happened Sept-11 , 2001.", [("Sept-11 , 2001", "2001-09-11")]),
    ("The memo is dated Jun5 2024.", [("Jun5 2024", "2024-06-05")]),
    ("She wrote to him on nov3.", [("nov3", "2025-11-03")]),
]
GLUED_SILENT = [
    ("The Boeing 737 MAX8 flew in June 2022.", [("June 2022", "2022-06")]),
    ("Sales in Jan.-March rose.", [("Jan.", "2025-01"), ("March", "2025-03")]),
    ("The file dec2.txt was lost.", []),
    ("Version may5-beta shipped.", []),
    ("The code OCT31X is a part number.", []),
    ("Flight OCT2 landed.", []),
    ("Shares rose 3.5% in Oct., the data showed.", [("Oct.", "2025-10")]),
    ("He scored in the 45th minute of March.", [("March", "2025-03")]),
]


@pytest.mark.parametrize(("text", "expected"), GLUED + GLUED_SILENT)
def test_a_day_glued_to_its_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


LOWER = [
    ("Exports slumped in the april.", [("april", "2025-04")]),
    ("The vote is due in june.", [("june", "2026-06")]),
    ("Elections could come in may.", [("may", "2025-05")]),
    ("The panel sat on march twenty-third.", [("march twenty-third", "2025-03-23")]),
    ("The deadline is may 3rd, 2026.", [("may 3rd, 2026", "2026-05-03")]),
    ("They met on october 9.", [("october 9", "2025-10-09")]),
]
LOWER_SILENT = [
    ("You may first ask the clerk.", []),
    ("Troops march 18 miles a day.", []),
    ("Protesters may march again.", []),
    ("The delay may 2nd-guess nothing.", []),
    ("Prices may rise in may and june.", []),
    ("The team will march second in the parade.", []),
    ("In may cases the law applies.", []),
    ("They may 5 times try again.", []),
]


@pytest.mark.parametrize(("text", "expected"), LOWER + LOWER_SILENT)
def test_month_names_in_lower_case(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


OTHER = [
    ("He spoke Friday, 6/13.", [("Friday, 6/13", "2025-06-13")]),
    ("He was released next day.", [("next day", "2025-10-31")]),
    ("Next day, the troops left.", [("Next day", "2025-10-31")]),
    ("On Oct. 3 he was caught; next day, he escaped.", [("Oct. 3", "2025-10-03"), ("next day", "2025-10-04")]),
    ("The envoy returns in three days from today.", [("in three days from today", "2025-11-02")]),
    ("The launch is in three weeks from now.", [("in three weeks from now", "2025-11-20")]),
]
OTHER_SILENT = [
    ("Next day delivery costs more.", []),
    ("It won 3/4 of the vote on Friday 3/4 of them.", [("Friday", "2025-10-24")]),
    ("Next day air shipping is extra.", []),
    ("Friday 2/3 majorities are rare.", [("Friday", "2025-10-24")]),
]


@pytest.mark.parametrize(("text", "expected"), OTHER + OTHER_SILENT)
def test_other_date_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


_MONTHS = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


@given(st.sampled_from(_MONTHS), st.integers(1, 28), st.integers(1990, 2030))
def test_a_glued_day_reads_as_the_spaced_one(month: str, day: int, year: int) -> None:
    spaced = dates(f"It happened {month} {day}, {year}.")
    glued = dates(f"It happened {month}{day}, {year}.")
    assert [value for _, value in glued] == [value for _, value in spaced]


HOLIDAYS = [
    ("Unions rallied on May Day.", [("May Day", "2025-05-01")]),
    ("Rallies marked International Workers' Day in 2019.", [("International Workers' Day in 2019", "2019-05-01")]),
    ("Marches were held on International Women's Day.", [("International Women's Day", "2025-03-08")]),
    ("Workers' Day parades will fill the streets.", [("Workers' Day", "2026-05-01")]),
]


@pytest.mark.parametrize(("text", "expected"), HOLIDAYS)
def test_may_day_and_womens_day_are_fixed_holidays(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text", ["Marches were held in the capital.", "The team flew to Augusta.", "Junes in the valley are hot."]
)
def test_a_word_that_begins_with_a_month_name_is_no_month(text: str) -> None:
    assert dates(text) == []
