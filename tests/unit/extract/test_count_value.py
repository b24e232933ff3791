"""The counts that date and duration patterns embed, valued by the one number grammar."""

import re

import pytest

from factcheck.extract.numerals import count_value
from factcheck.extract.patterns import NUMBER


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("14", 14), ("1.5", 1.5), ("5 1/2", 5.5), ("5½", 5.5), ("½", 0.5), ("seventy-six", 76), ("sixty five", 65),
        ("two and a half", 2.5), ("one and half", 1.5), ("twenty and a quarter", 20.25), ("a", 1), ("an", 1),
        ("another", 1), ("half", 0.5), ("half an", 0.5), ("a dozen", 12), ("a hundred", 100),
    ],
)  # fmt: skip
def test_count_value(written, value):
    assert re.fullmatch(NUMBER, written, re.IGNORECASE)
    assert count_value(written) == value


@pytest.mark.parametrize("written", ["five-thirty", "Nineteen forty", "two four", "6 1/1", "twenty twenty"])
def test_what_is_not_one_number_has_no_count(written):
    """The old word arithmetic summed these (35, 59, 6, 7, 40); the grammar reads no single number."""
    assert re.fullmatch(NUMBER, written, re.IGNORECASE)
    assert count_value(written) is None
