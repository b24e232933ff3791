"""Issue 14, point 1: the reporting periods of business news (published Thursday 2025-10-30 unless stated)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.unit.extract._readings import dates

READ = [
    ("The bank reported third-quarter profit of $2 billion.", "2025-10-30", ("third-quarter", "2025-Q3")),
    ("The bank reported fourth-quarter profit.", "2026-01-20", ("fourth-quarter", "2025-Q4")),
    ("Results for the fourth quarter 2018 were weak.", "2025-10-30", ("the fourth quarter 2018", "2018-Q4")),
    ("Sales rose in Q4 2018.", "2025-10-30", ("Q4 2018", "2018-Q4")),
    ("Sales rose in 2Q 2018.", "2025-10-30", ("2Q 2018", "2018-Q2")),
    ("Margins improved in H1 2019.", "2025-10-30", ("H1 2019", "2019-H1")),
    ("First-half sales fell.", "2025-10-30", ("First-half", "2025-H1")),
    ("Second-half sales fell.", "2026-02-03", ("Second-half", "2025-H2")),
    ("Revenue grew in the July-September quarter.", "2025-10-30", ("the July-September quarter", "2025-Q3")),
    ("Sales rose in Q3.", "2025-10-30", ("Q3", "2025-Q3")),
    ("Output fell in the third quarter, 2024.", "2025-10-30", ("the third quarter, 2024", "2024-Q3")),
    ("Sales rose in fiscal 2024.", "2025-10-30", ("fiscal 2024", "FY2024")),
    ("Guidance for q3 2019 was cut.", "2025-10-30", ("q3 2019", "2019-Q3")),
]


@pytest.mark.parametrize(("text", "published", "expected"), READ)
def test_reporting_periods_are_read(text: str, published: str, expected: tuple[str, str]) -> None:
    assert dates(text, published) == [expected]


SILENT = [
    "He drove a Q7 to the party.",
    "The H2 truck was parked outside.",
    "A 2Q-rated cable was used.",
    "The Q-rating rose.",
    "Profit rose in the quarter.",
    "Half the staff left.",
    "He won by a quarter of a point.",
    "The May-July period was wet.",
    "The q3 report was late.",
]


@pytest.mark.parametrize("text", SILENT)
def test_near_misses_read_no_period(text: str) -> None:
    assert not [value for _, value in dates(text) if "Q" in value or "H" in value]


_PHRASES = [
    "{o}-quarter profit rose",
    "profit rose in the {o} quarter",
    "sales fell in the {o} quarter",
    "Q{n} sales rose",
    "the company's {o}-quarter loss widened",
]
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}


@given(st.dates(date(1990, 1, 1), date(2035, 12, 31)), st.integers(1, 4), st.sampled_from(_PHRASES))
def test_every_quarter_phrase_is_a_quarter_within_a_year_of_publication(published: date, n: int, shape: str) -> None:
    text = "The firm said " + shape.format(o=_ORDINALS[n], n=n) + "."
    found = dates(text, published.isoformat())
    assert len(found) == 1
    value = found[0][1]
    assert value.endswith(f"-Q{n}")
    start = date(int(value[:4]), 3 * (n - 1) + 1, 1)
    assert abs((start - published).days) <= 366
