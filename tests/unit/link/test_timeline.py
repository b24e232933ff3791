"""Claim frames: elapsed years, anniversaries, ages and stated dates, with their subjects."""

import pytest

from factcheck.engine import facts_of
from factcheck.link.timeline import ordinal_value
from factcheck.model import AgeClaim, AnniversaryClaim, DatedEventClaim, Document, ElapsedClaim

KINDS = ["elapsed", "anniversary", "age", "dated-event"]


def claims(text: str, published: str = "2025-09-28"):
    found = facts_of(Document(id="c", text=text, published=published), KINDS)
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
        assert text[fact.subject_start : fact.subject_end] == fact.subject
    return found


def test_this_year_marks_counts_calendar_years():
    (claim,) = claims("This year marks 76 years since the two countries established diplomatic relations.")
    assert isinstance(claim, ElapsedClaim)
    assert (claim.years, claim.calendar, claim.verb) == (76, True, "established")
    assert claim.subject == "the two countries established diplomatic relations"


@pytest.mark.parametrize(
    ("text", "years", "bound"),
    [
        ("It is 76 years since the party was founded.", 76, "exact"),
        ("Nearly seventy-six years after the party was founded, it rules.", 76, "upper"),
        ("More than 70 years since the party was founded, it rules.", 70, "lower"),
        ("About 75 years since the party was founded, it rules.", 75, "approx"),
    ],
)
def test_years_since(text, years, bound):
    (claim,) = claims(text)
    assert isinstance(claim, ElapsedClaim)
    assert (claim.years, claim.bound, claim.calendar) == (years, bound, False)


def test_anniversary_takes_its_year_from_a_date_in_the_sentence():
    (claim,) = claims("The party prepares a parade for the 80th anniversary of the WPK on October 10.")
    assert isinstance(claim, AnniversaryClaim)
    assert (claim.ordinal, claim.year) == (80, 2025)


def test_possessive_anniversary_and_birthday():
    first, second = claims("The WPK's 80th anniversary came as Kim's 42nd birthday passed.")
    assert isinstance(first, AnniversaryClaim)
    assert (first.subject, first.ordinal, first.verb) == ("The WPK", 80, None)
    assert isinstance(second, AnniversaryClaim)
    assert (second.subject, second.ordinal, second.verb) == ("Kim", 42, "born")


@pytest.mark.parametrize(("text", "years"), [("the 64-year-old Mira Castell said", 64), ("Mira Castell, 64, said", 64)])
def test_ages(text, years):
    (claim,) = claims(text)
    assert isinstance(claim, AgeClaim)
    assert (claim.years, claim.verb) == (years, "born")
    assert "Mira Castell" in claim.subject


def test_stated_date_of_an_event():
    (claim,) = claims("The Workers' Party of Korea, founded in 1945, rules the country.")
    assert isinstance(claim, DatedEventClaim)
    assert (claim.verb, claim.value, claim.date_text) == ("founded", "1945", "1945")
    assert claim.subject == "The Workers' Party of Korea,"


def test_a_relative_date_is_no_stated_date():
    assert claims("The committee was founded on Sunday.") == []


@pytest.mark.parametrize(("text", "value"), [("80th", 80), ("1st", 1), ("seventy-sixth", 76), ("hundredth", 100)])
def test_ordinal_value(text, value):
    assert ordinal_value(text) == value


def test_issue17_claims_look_dates_up_by_position_not_by_a_pass_over_all_dates(monkeypatch):
    """'the union, founded in 1945, ' thousands of times: each claim finds its date by bisection (it used to scan
    every date of the document per claim, quadratic in the article)."""
    from factcheck.link import timeline
    from factcheck.pipeline.facts import facts_of

    looked_at = []
    original = timeline._Dates.between

    def counted(self, start, end):
        found = original(self, start, end)
        looked_at.append(len(found))
        return found

    monkeypatch.setattr(timeline._Dates, "between", counted)
    document = Document(id="a", text="the union, founded in 1945, " * 400, published="2025-01-01")

    facts = facts_of(document, ["dated-event"])

    assert len(facts) == 400
    assert max(looked_at) <= 1  # each claim sees only the date at its own position
