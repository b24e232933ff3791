"""Issue 14, point 2: time said in words (published Thursday 2025-10-30)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import facts_of
from factcheck.model import DateFact, Document


def dates(text: str) -> list[tuple[str, str]]:
    found = facts_of(Document(id="t", text=text, published="2025-10-30"), ["date"])
    return [(f.text, f.value) for f in found if isinstance(f, DateFact)]


READ = [
    ("The plant opened in nineteen ninety-six.", ("nineteen ninety-six", "1996")),
    ("It was the worst flood of the 20th century.", ("the 20th century", "19")),
    ("Art of the twenty-first century fills the hall.", ("the twenty-first century", "20")),
    ("Prices soared in the nineties.", ("the nineties", "199X")),
    ("The boom began in the early eighties.", ("the early eighties", "198X")),
    ("It happened in the year two thousand.", ("the year two thousand", "2000")),
    ("The clinic opened in twenty twenty-two.", ("twenty twenty-two", "2022")),
    ("The mill was built in nineteen oh five.", ("nineteen oh five", "1905")),
    ("The law dates from nineteen hundred.", ("nineteen hundred", "1900")),
    ("The town grew in the late 19th century.", ("the late 19th century", "18")),
    ("The law took effect in two thousand and twenty.", ("two thousand and twenty", "2020")),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_spoken_time_is_read(text: str, expected: tuple[str, str]) -> None:
    assert dates(text) == [expected]


SILENT = [
    "Temperatures stayed in the nineties all week.",
    "She is in her twenties.",
    "He paid with nineteen twenty-dollar bills.",
    "In nineteen ninety-six cases the test failed.",
    "Nineteen twenty-year-olds signed up.",
    "The score was nineteen twenty at the break.",
    "Two thousand people marched.",
    "He counted twenty twenty times.",
    "He lived in two thousand and five homes.",
]


@pytest.mark.parametrize("text", SILENT)
def test_near_misses_are_no_spoken_time(text: str) -> None:
    assert dates(text) == []


_UNITS = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}


@given(st.sampled_from([("eighteen", 18), ("nineteen", 19)]), st.integers(2, 9), st.integers(0, 9))
def test_every_year_in_words_reads_its_number(high: tuple[str, int], tens: int, units: int) -> None:
    text = f"The bridge opened in {high[0]} {_TENS[tens]}{_UNITS[units]}."
    assert [value for _, value in dates(text)] == [str(high[1] * 100 + tens * 10 + units)]
