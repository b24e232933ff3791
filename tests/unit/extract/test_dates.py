"""Date extraction, one table per expression family: text + publication day → (span, TIMEX3 value, granularity)."""

import itertools
from datetime import date

import pytest

from factcheck.engine import facts_of
from factcheck.model import DateFact, Document


def dates(text: str, published: str | None = "1998-02-10") -> list[tuple[str, str, str]]:
    document = Document(id="t", text=text, published=published)
    found = [f for f in facts_of(document, ["date"]) if isinstance(f, DateFact)]
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
    return [(f.text, f.value, f.granularity) for f in found]


def one(text: str, published: str | None = "1998-02-10") -> tuple[str, str, str]:
    found = dates(text, published)
    assert len(found) == 1, found
    return found[0]


EXPLICIT = [
    ("The talks ended on Feb. 6, 1998.", ("Feb. 6, 1998", "1998-02-06", "day")),
    ("The talks ended on 6 February 1998.", ("6 February 1998", "1998-02-06", "day")),
    ("The talks ended on Wednesday, Feb. 4, 1998, in Geneva.", ("Wednesday, Feb. 4, 1998", "1998-02-04", "day")),
    ("They met Sunday (Feb. 8).", ("Sunday (Feb. 8)", "1998-02-08", "day")),
    ("The report is dated 1998-02-06.", ("1998-02-06", "1998-02-06", "day")),
    ("The report is dated 1998/Feb/06.", ("1998/Feb/06", "1998-02-06", "day")),
    ("The deadline is 3/12/98.", ("3/12/98", "1998-03-12", "day")),
    ("The deadline is 25/12/1998.", ("25/12/1998", "1998-12-25", "day")),
    ("She took office in June 2022.", ("June 2022", "2022-06", "month")),
    ("Trade grew in 2023.", ("2023", "2023", "year")),
    ("Prices rose in the 1990s.", ("the 1990s", "199X", "decade")),
    ("Profit fell in the third quarter of 1997.", ("the third quarter of 1997", "1997-Q3", "quarter")),
    ("Sales in fiscal 1999 were flat.", ("fiscal 1999", "FY1999", "year")),
    ("It happened in the summer of 1996.", ("the summer of 1996", "1996-SU", "season")),
    ("The vote comes on Christmas Day 1998.", ("Christmas Day 1998", "1998-12-25", "day")),
    ("He left on the first Friday of March 1998.", ("the first Friday of March 1998", "1998-03-06", "day")),
]


@pytest.mark.parametrize(("text", "expected"), EXPLICIT)
def test_explicit_dates(text, expected):
    assert one(text) == expected


RELATIVE = [
    # published Tuesday 1998-02-10
    ("He said today that talks failed.", ("today", "1998-02-10", "day")),
    ("He said yesterday that talks failed.", ("yesterday", "1998-02-09", "day")),
    ("The envoy will arrive tomorrow.", ("tomorrow", "1998-02-11", "day")),
    ("The minister met him on Sunday.", ("Sunday", "1998-02-08", "day")),
    ("The minister will meet him on Friday.", ("Friday", "1998-02-13", "day")),
    ("The minister met him last week.", ("last week", "1998-W06", "week")),
    ("The vote is due next month.", ("next month", "1998-03", "month")),
    ("Sales rose this year.", ("this year", "1998", "year")),
    ("Sales fell last year.", ("last year", "1997", "year")),
    ("The plant closed two years ago.", ("two years ago", "1996", "year")),
    ("The plant closed three days ago.", ("three days ago", "1998-02-07", "day")),
    ("The plant closed a decade ago.", ("a decade ago", "1988", "year")),
    ("The plant closed last fall.", ("last fall", "1997-FA", "season")),
    ("The plant closed last November.", ("last November", "1997-11", "month")),
    ("They met in late January.", ("late January", "1998-01", "month")),
    ("The plan is now in force.", ("now", "PRESENT_REF", "reference")),
    ("The plan was recently changed.", ("recently", "PAST_REF", "reference")),
    ("They will meet the day after tomorrow.", ("the day after tomorrow", "1998-02-12", "day")),
    ("They met at 10:35 a.m. Monday.", ("10:35 a.m. Monday", "1998-02-09T10:35", "time")),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_relative_dates_resolve_against_publication(text, expected):
    assert one(text) == expected


def test_sunday_in_a_sunday_paper_is_that_day():
    assert one("China and North Korea agreed on Sunday to cooperate.", "2025-09-28") == (
        "Sunday",
        "2025-09-28",
        "day",
    )


def test_monday_in_a_monday_report_is_that_day():
    assert one("KCNA said Monday the ministers agreed.", "2025-09-29") == ("Monday", "2025-09-29", "day")


def test_future_tense_month_day_takes_the_coming_year():
    text = "North Korea prepares a military parade on October 10."
    assert one(text, "2025-09-28") == ("October 10", "2025-10-10", "day")


def test_year_less_date_near_publication_is_the_nearest():
    assert one("The boy must be returned by Jan. 14.", "2000-01-06") == ("Jan. 14", "2000-01-14", "day")


def test_year_less_date_far_from_publication_follows_the_past():
    assert one("The search began after the Oct. 23 slaying.", "1999-05-06") == ("Oct. 23", "1998-10-23", "day")


def test_the_next_day_counts_from_the_previous_date_in_the_text():
    text = "Kim attended the parade on September 3 and met Xi the next day."
    assert dates(text, "2025-09-28") == [
        ("September 3", "2025-09-03", "day"),
        ("the next day", "2025-09-04", "day"),
    ]


def test_without_an_anchor_relative_dates_stay_unresolved():
    assert one("The minister met him on Sunday.", None) == ("Sunday", "XXXX-WXX-7", "day")
    assert one("Sales fell last year.", None) == ("last year", "XXXX", "year")
    assert one("The vote is on October 10.", None) == ("October 10", "XXXX-10-10", "day")


def test_month_precision_is_never_given_a_day():
    assert one("This is her first trip since June 2022.") == ("June 2022", "2022-06", "month")


@pytest.mark.parametrize(
    "text",
    [
        "Its 2000 workers went on strike.",  # a count, not a year
        "He lives at No. 1998 Main Street.",
        "The fund holds $1998 in cash.",
        "Flight 1995 landed safely.",
        "Now that the talks failed, he left.",  # a conjunction
        "The march began at the palace.",  # lower-case "march"
        "Dutch Trade Minister Jan Verhoef spoke.",  # a name
        "You may go.",
        "Protesters joined the March for Life.",
        "The story appeared in High Noon.",
    ],
)
def test_not_dates(text):
    assert dates(text) == []


def test_impossible_day_is_not_a_date():
    assert dates("The vote was held on Feb. 30, 1998.") == []


def test_dates_never_overlap():
    text = "On Wednesday, Feb. 4, 1998, and late last year, two years ago, the talks ended."
    found = facts_of(Document(id="t", text=text, published=date(1998, 2, 10)), ["date"])
    for first, second in itertools.pairwise(found):
        assert first.end <= second.start
