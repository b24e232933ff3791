"""Issue 14, point 8: fractions, "and a half" and compound durations as one value."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import facts_of
from factcheck.model import Document, DurationFact


def durations(text: str) -> list[tuple[str, str]]:
    found = facts_of(Document(id="t", text=text, published="2025-10-30"), ["duration"])
    return [(f.text, f.value) for f in found if isinstance(f, DurationFact)]


READ = [
    ("He served 5 and a half years in prison.", ("5 and a half years", "P5.5Y")),
    ("The meeting lasted 1/2 hour.", ("1/2 hour", "PT30M")),
    ("He served two years and three months.", ("two years and three months", "P2Y3M")),
    ("The siege lasted 3 hours and 20 minutes.", ("3 hours and 20 minutes", "PT3H20M")),
    ("The voyage took 1 day 6 hours.", ("1 day 6 hours", "P1DT6H")),
    ("She was jailed for 4 years, 6 months.", ("4 years, 6 months", "P4Y6M")),
    ("The search went on for 3/4 hour.", ("3/4 hour", "PT45M")),
    ("He waited 2 and a half hours.", ("2 and a half hours", "PT2H30M")),
    ("The flight took 2 1/2 hours.", ("2 1/2 hours", "PT2H30M")),
    ("Repairs took five and a half months.", ("five and a half months", "P5.5M")),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_durations_are_read_whole(text: str, expected: tuple[str, str]) -> None:
    assert durations(text) == [expected]


APART = [
    ("He served 3 years and 3 years more.", ["P3Y", "P3Y"]),
    ("He spent 3 months and 2 years abroad.", ["P3M", "P2Y"]),
    ("The trial ran 2 weeks and 3 days.", ["P2W", "P3D"]),
    ("It took 10 years and more than 5 months.", ["P10Y", "P5M"]),
    ("He was sentenced to 10 years and fined.", ["P10Y"]),
    ("Two days. Three hours later it ended.", ["P2D"]),
    ("It rained for years and three months later stopped.", ["PXY"]),
    ("Talks lasted 5 days; 2 hours were lost.", ["P5D", "PT2H"]),
]


@pytest.mark.parametrize(("text", "values"), APART)
def test_parts_that_are_no_one_duration_stay_apart(text: str, values: list[str]) -> None:
    assert [value for _, value in durations(text)] == values


_UNITS = ["years", "months", "days", "hours", "minutes"]


@given(st.integers(0, 3), st.integers(2, 50), st.integers(2, 50))
def test_a_compound_of_decreasing_units_is_one_value(i: int, a: int, b: int) -> None:
    big, small = _UNITS[i], _UNITS[i + 1]
    found = durations(f"It lasted {a} {big} and {b} {small} in all.")
    assert len(found) == 1
    assert found[0][1].startswith("P")
