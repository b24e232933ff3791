"""Issue 14, point 4: a day of the month after a weekday needs the shape of a date.

Published Thursday 2025-10-30 unless a case says otherwise. Each reading is
(text, TIMEX3 value) of the one date found; each near-miss must read the
weekday alone, never a day of the month.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import Config
from factcheck.engine import facts_of
from factcheck.model import DateFact, Document

PUBLISHED = "2025-10-30"


def dates(text: str, published: str = PUBLISHED) -> list[tuple[str, str]]:
    document = Document(id="t", text=text, published=published)
    return [(f.text, f.value) for f in facts_of(document, ["date"]) if isinstance(f, DateFact)]


READ = [
    ("The council votes on Tuesday the 4th.", ("Tuesday the 4th", "2025-11-04")),
    ("The council voted on Tuesday, the 14th, after a long debate.", ("Tuesday, the 14th", "2025-10-14")),
    ("Talks resume Friday the thirty-first, officials said.", ("Friday the thirty-first", "2025-10-31")),
    ("The strike began Wednesday, the 1st.", ("Wednesday, the 1st", "2025-10-01")),
    ("The board meets Friday after next.", ("Friday after next", "2025-11-07")),
    ("The board met Monday before last.", ("Monday before last", "2025-10-20")),
    ("Delegates gather the week of Nov. 10.", ("the week of Nov. 10", "2025-W46")),
    ("Delegates gathered the week of Sept. 1, 2025.", ("the week of Sept. 1, 2025", "2025-W36")),
    ("We will decide next tuesday.", ("next tuesday", "2025-11-04")),
    ("The mayor resigned last friday.", ("last friday", "2025-10-24")),
    ("The hearing is set for Tue 4th.", ("Tue 4th", "2025-11-04")),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_weekday_phrases_are_read(text: str, expected: tuple[str, str]) -> None:
    assert dates(text) == [expected]


WEEKDAY_ALONE = [
    ("On Friday, the 19-year-old cyclist was released.", ("Friday", "2025-10-24")),
    ("Monday, the first day after the strike, was calm.", ("Monday", "2025-10-27")),
    ("On Wednesday the first two cases were confirmed.", ("Wednesday", "2025-10-29")),
    ("The ferry docked on Monday, the first ship to arrive in weeks.", ("Monday", "2025-10-27")),
    ("Officials met on Tuesday, the two sides said.", ("Tuesday", "2025-10-28")),
    ("The summit opened Wednesday, the third round of talks.", ("Wednesday", "2025-10-29")),
    ("On Tuesday, the 12 jurors retired.", ("Tuesday", "2025-10-28")),
    ("Monday, the second in a row, was quiet.", ("Monday", "2025-10-27")),
    ("On Sunday the 30-year-old striker scored twice.", ("Sunday", "2025-10-26")),
    ("On Wednesday, the 10th-seeded player lost.", ("Wednesday", "2025-10-29")),
    ("On Sunday 3rd seed Smith lost.", ("Sunday", "2025-10-26")),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_ALONE)
def test_an_appositive_after_a_weekday_is_no_day_of_the_month(text: str, expected: tuple[str, str]) -> None:
    assert dates(text) == [expected]


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "tenth", "twelfth", "twentieth"]
_NOUNS = ["day", "ship", "time", "round", "team", "victim", "game", "flight", "case", "two"]


@given(st.sampled_from(_WEEKDAYS), st.sampled_from(_ORDINALS), st.sampled_from(_NOUNS), st.booleans())
def test_weekday_then_ordinal_noun_phrase_is_the_weekday_alone(
    weekday: str, ordinal: str, noun: str, comma: bool
) -> None:
    text = f"On {weekday}{',' if comma else ''} the {ordinal} {noun} arrived."
    found = dates(text)
    assert [t for t, _ in found] == [weekday]


def test_a_cardinal_day_after_a_weekday_reads_only_at_a_clause_end() -> None:
    assert dates("The deal closed Friday the seventeen.") == [("Friday the seventeen", "2025-10-17")]
    assert dates("On Friday the seventeen delegates left.") == [("Friday", "2025-10-24")]


FC101_ORDINAL_DAY = [
    ("The council voted on Tuesday the 19th.", ["FC101"]),
    ("The council voted on Sunday the 19th.", []),
    ("The council voted on Friday the 19th.", []),
    ("Talks resume Wednesday the nineteenth.", []),
    ("The strike began Monday, the 2nd.", ["FC101"]),
    ("On Friday, the 22-year-old student was released.", []),
    ("Monday, the second in a row, was quiet.", []),
    ("On Tuesday, the 12 jurors retired.", []),
]


@pytest.mark.parametrize(("text", "codes"), FC101_ORDINAL_DAY)
def test_a_weekday_with_an_ordinal_day_is_checked_by_fc101(text: str, codes: list[str]) -> None:
    """Published Thursday 2025-10-30: the 19th is a Friday in September, a Sunday in October and a Wednesday in
    November; the 2nd a Tuesday, Thursday and Sunday. A weekday that fits none of them is an error."""
    report = factcheck.check([{"id": "t", "text": text, "published": PUBLISHED}], config=Config(select=["FC101"]))
    assert [f.rule for f in report.findings] == codes


def test_fc101_on_an_ordinal_day_says_the_month_came_from_the_publication_date() -> None:
    report = factcheck.check(
        [{"id": "t", "text": "The council voted on Tuesday the 19th.", "published": PUBLISHED}],
        config=Config(select=["FC101"]),
    )
    (finding,) = report.findings
    assert "(month 2025-10 from the publication date 2025-10-30)" in finding.message
