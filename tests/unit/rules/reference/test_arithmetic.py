"""The reference rules' counting (``_arithmetic``): completed years around a 29 February (issue 17 item 20)."""

from datetime import date

import pytest

from factcheck.engine import check
from factcheck.link.claims import Reference
from factcheck.model import Entity, KnowledgeBase
from factcheck.rules.reference._arithmetic import completed_years

LEAPLING = Entity(name="Lena Hart", type="person", dates={"born": "2000-02-29"})


def _born(value: str) -> Reference:
    return Reference(entity=LEAPLING, key="born", value=value)


@pytest.mark.parametrize(
    ("on", "years"),
    [
        (date(2025, 2, 27), (24, 24)),
        (date(2025, 2, 28), (24, 25)),  # the convention varies: 28 February or 1 March in a common year
        (date(2025, 3, 1), (25, 25)),
        (date(2028, 2, 28), (27, 27)),  # a leap year has the day itself
        (date(2028, 2, 29), (28, 28)),
    ],
)
def test_issue17_leap_day_birthday_on_28_february_of_a_common_year_allows_both_counts(on, years):
    assert completed_years(_born("2000-02-29"), on) == years


def test_issue17_an_ordinary_28_february_birthday_is_unchanged():
    assert completed_years(_born("2000-02-28"), date(2025, 2, 28)) == (25, 25)


@pytest.mark.parametrize("age", [24, 25])
def test_issue17_fc203_is_silent_for_a_leap_day_birthday_on_28_february(age):
    text = f"The report was presented by Lena Hart, {age}, a researcher."
    report = check([{"id": "r", "text": text, "published": "2025-02-28"}], kb=KnowledgeBase(entities=[LEAPLING]))

    assert [f.rule for f in report.findings if f.rule == "FC203"] == []


def test_issue17_fc203_still_flags_a_leap_day_birthday_age_that_fits_no_convention():
    text = "The report was presented by Lena Hart, 26, a researcher."
    report = check([{"id": "r", "text": text, "published": "2025-02-28"}], kb=KnowledgeBase(entities=[LEAPLING]))

    assert [f.rule for f in report.findings if f.rule == "FC203"] == ["FC203"]
