"""Issue 14, point 9: a part of a phrase that cannot be read whole is never resolved alone."""

from __future__ import annotations

import pytest

from tests.unit.extract._readings import dates

CASES = [
    ("It happened the last weekend of October 2017.", [("October 2017", "2017-10")]),
    ("The war ended in the last year of the decade.", []),
    ("Sales peaked the first week of the strike.", []),
    ("Talks resume Friday at noon.", [("Friday", "2025-10-24")]),
    ("The vote is on Nov. 4 at midday.", [("Nov. 4", "2025-11-04")]),
    ("They left tomorrow at noon.", [("tomorrow", "2025-10-31")]),
    ("They met at noon.", [("noon", "2025-10-30T12:00")]),
    ("They met last weekend.", [("last weekend", "2025-W43-WE")]),
    ("Profits fell in the last year of his term.", []),
    ("It was the last month of the season.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_no_fragment_is_resolved_alone(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected
