"""Issue 14, point 3: holidays are computed, and names built on a weekday are never the bare weekday."""

from __future__ import annotations

import calendar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.lexicon.holidays import HOLIDAYS
from factcheck.normalize.dates import holiday_on
from tests.unit.extract._readings import dates

READ = [
    ("Crowds thronged the stores on Black Friday.", "2025-11-30", ("Black Friday", "2025-11-28")),
    ("Good Friday services drew thousands.", "2025-04-19", ("Good Friday", "2025-04-18")),
    ("Churches were full on Easter Sunday.", "2024-04-02", ("Easter Sunday", "2024-03-31")),
    ("Parades marked Memorial Day.", "2025-05-27", ("Memorial Day", "2025-05-26")),
    ("Online sales peaked on Cyber Monday.", "2025-12-02", ("Cyber Monday", "2025-12-01")),
    ("Workers rested on Labor Day 2024.", "2025-10-30", ("Labor Day 2024", "2024-09-02")),
    ("The fast began on Ash Wednesday.", "2025-03-07", ("Ash Wednesday", "2025-03-05")),
    ("Veterans Day parades were held.", "2025-11-12", ("Veterans Day", "2025-11-11")),
    ("Families gathered on Thanksgiving.", "2025-11-28", ("Thanksgiving", "2025-11-27")),
    ("Sales fell after Boxing Day.", "2025-12-29", ("Boxing Day", "2025-12-26")),
]


@pytest.mark.parametrize(("text", "published", "expected"), READ)
def test_holidays_are_dated(text: str, published: str, expected: tuple[str, str]) -> None:
    assert dates(text, published) == [expected]


NAMES = [
    "Candidates campaigned hard before Super Tuesday.",
    "The film recalls Bloody Sunday.",
    "Markets crashed on Black Monday.",
    "The crash of Black Tuesday ruined him.",
    "Pubs were busy on Mad Friday.",
    "Charities raised money on Giving Tuesday.",
    "Retailers fear a Blue Monday.",
    "Many feasted on Fat Tuesday.",
]


@pytest.mark.parametrize("text", NAMES)
def test_names_built_on_a_weekday_are_no_weekday(text: str) -> None:
    assert [value for _, value in dates(text, "2025-10-30") if value.startswith("2025-10")] == []


def test_a_lower_case_adjective_before_a_weekday_leaves_the_weekday() -> None:
    assert dates("It was a good Friday for the team.", "2025-10-30") == [("Friday", "2025-10-24")]


_ON_WEEKDAY = {name: day for name in HOLIDAYS for day in calendar.day_name if name.endswith(day.lower())}


@given(st.sampled_from(sorted(_ON_WEEKDAY)), st.integers(1900, 2100))
def test_a_holiday_named_after_a_weekday_falls_on_it(name: str, year: int) -> None:
    assert calendar.day_name[holiday_on(name, year).weekday()] == _ON_WEEKDAY[name]


@given(st.sampled_from(sorted(HOLIDAYS)), st.integers(1900, 2100))
def test_every_holiday_falls_in_its_year(name: str, year: int) -> None:
    assert holiday_on(name, year).year == year
