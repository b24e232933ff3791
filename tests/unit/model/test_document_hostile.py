"""Hostile document fields (issue 17): lone surrogates, junk time zones, extreme dates, numbers as dates."""

from datetime import date, datetime

import pytest
from pydantic import ValidationError

from factcheck import Document


def test_issue17_lone_surrogate_in_text_becomes_a_replacement_character_of_the_same_length():
    text = "Kim said \ud800 on Sunday \udfff."

    document = Document(id="a", text=text)

    assert len(document.text) == len(text)
    assert document.text == "Kim said \ufffd on Sunday \ufffd."
    document.model_dump_json()  # no UnicodeEncodeError


def test_issue17_lone_surrogate_in_id_and_metadata_is_replaced_too():
    document = Document(id="a\ud800", text="t", title="\udc00x", meta={"why": ["\ud83d"]})

    assert (document.id, document.title, document.meta) == ("a\ufffd", "\ufffdx", {"why": ["\ufffd"]})


def test_issue17_paired_surrogates_in_a_python_string_are_each_replaced():
    # A pair left as two code points (not what json.loads gives) still counts two characters.
    assert Document(id="a", text="\ud83d\ude00").text == "\ufffd\ufffd"


@pytest.mark.parametrize(
    "zone",
    ["Europe", "America", "x" * 300, "Europe/" + "y" * 300, "UTC\x00", "../../etc/passwd", "Asia/Seoul ", "", "é/ü"],
)
def test_issue17_junk_timezone_is_a_validation_error_never_an_oserror(zone):
    with pytest.raises(ValidationError, match="time zone"):
        Document(id="a", text="t", timezone=zone)


@pytest.mark.parametrize(
    ("published", "zone"),
    [("9999-12-31T23:59:59+00:00", "Asia/Seoul"), ("0001-01-01T00:00:00+14:00", "UTC")],
)
def test_issue17_published_that_leaves_the_calendar_in_its_timezone_is_a_validation_error(published, zone):
    with pytest.raises(ValidationError, match="out of range"):
        Document(id="a", text="t", published=published, timezone=zone)


def test_issue17_extreme_published_without_a_timezone_keeps_its_own_day():
    document = Document(id="a", text="t", published="9999-12-31T23:59:59-12:00")

    assert document.anchor == date(9999, 12, 31)


@pytest.mark.parametrize("published", [2025, "2025", "20250101", 20250101, 1.5, 1e9, "1700000000", True, "2025-W01"])
def test_issue17_published_number_or_bare_year_is_never_a_unix_timestamp(published):
    with pytest.raises(ValidationError, match="ISO 8601"):
        Document(id="a", text="t", published=published)


@pytest.mark.parametrize("published", ["２０２５-01-01", "٢٠٢٥-01-01", "2025-0１-01"])
def test_issue17_published_in_non_ascii_digits_is_refused(published):
    with pytest.raises(ValidationError, match="ISO 8601"):
        Document(id="a", text="t", published=published)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2025-01-01", date(2025, 1, 1)),
        (date(2025, 1, 1), date(2025, 1, 1)),
        ("2025-01-01T10:00:00+09:00", date(2025, 1, 1)),
        ("2025-01-01 10:00", date(2025, 1, 1)),
        (datetime(2025, 1, 1, 23, 0), date(2025, 1, 1)),
    ],
)
def test_issue17_published_accepts_iso_dates_and_date_times(published, expected):
    assert Document(id="a", text="t", published=published).anchor == expected
