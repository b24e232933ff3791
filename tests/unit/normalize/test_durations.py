"""ISO 8601 durations from a count and a unit."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.normalize.durations import iso_duration


@pytest.mark.parametrize(
    ("count", "unit", "expected"),
    [
        (4, "day", "P4D"),
        (76, "year", "P76Y"),
        (2, "week", "P2W"),
        (1, "decade", "P10Y"),
        (1, "century", "P100Y"),
        (3, "hour", "PT3H"),
        (5.5, "hour", "PT5H30M"),
        (0.5, "hour", "PT30M"),
        (1.5, "minute", "PT1M30S"),
        (1.5, "year", "P1.5Y"),
        (None, "year", "PXY"),
        (None, "hour", "PTXH"),
        (1, "fortnight", "P2W"),
    ],
)
def test_iso_duration(count, unit, expected):
    assert iso_duration(count, unit) == expected


@given(count=st.integers(1, 10_000), unit=st.sampled_from(["day", "week", "month", "year"]))
def test_whole_counts_print_back(count, unit):
    assert iso_duration(count, unit) == f"P{count}{unit[0].upper()}"
