"""Document and Span: validation, the publication anchor, the JSON round trip."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from factcheck import Document, Span

SEOUL = timezone(timedelta(hours=9))


def full_document(**changes):
    fields = {
        "id": "seed-afp-wang-choe",
        "text": "BEIJING, Sept 29, 2025 (BSS/AFP) - Choe met Wang on Sunday (Sept 29).\nA “quoted” line — a dash.",
        "published": date(2025, 9, 29),
        "source": "BSS/AFP",
        "timezone": "Asia/Shanghai",
        "language": "en",
        "title": "China wants to strengthen cooperation with North Korea",
        "url": "https://example.org/afp",
        "story": "wang-choe-beijing-2025-09",
        "path": "fixtures/seeds/afp.md",
        "line": 10,
        "meta": {"why": "a seed", "expect": [{"rule": "FC101", "text": "Sunday (Sept 29)"}], "docs": True},
    }
    return Document(**{**fields, **changes})


def test_document_json_round_trip():
    document = full_document()

    assert Document.model_validate_json(document.model_dump_json()) == document


@pytest.mark.parametrize(
    "published",
    [
        date(2025, 9, 28),
        datetime(2025, 9, 28, 10, 30),
        datetime(2025, 9, 28, 10, 30, tzinfo=SEOUL),
        datetime(2025, 9, 28, 0, 0, tzinfo=UTC),
        None,
    ],
    ids=["date", "naive-datetime", "aware-datetime", "utc-midnight", "none"],
)
def test_round_trip_keeps_published_and_its_type(published):
    document = full_document(published=published)

    again = Document.model_validate_json(document.model_dump_json())

    assert again.published == published
    assert type(again.published) is type(published)


def test_published_date_string_is_a_date():
    document = Document(id="a", text="", published="2025-09-28")

    assert type(document.published) is date
    assert document.anchor == date(2025, 9, 28)


def test_published_datetime_string_is_a_datetime():
    document = Document(id="a", text="", published="2025-09-28T10:30:00+09:00")

    assert document.published == datetime(2025, 9, 28, 10, 30, tzinfo=SEOUL)
    assert type(document.anchor) is date
    assert document.anchor == date(2025, 9, 28)


def test_anchor_is_the_day_as_written_not_the_utc_day():
    # 01:30 in Seoul is still the previous day in UTC; the article's "today" is the Seoul day.
    document = Document(id="a", text="", published="2025-09-29T01:30:00+09:00")

    assert document.anchor == date(2025, 9, 29)


def test_anchor_of_a_date_is_the_date_itself():
    assert Document(id="a", text="", published=date(1998, 2, 10)).anchor == date(1998, 2, 10)


def test_no_published_means_no_anchor():
    assert Document(id="a", text="").anchor is None


def test_midnight_datetime_string_stays_a_datetime():
    document = Document(id="a", text="", published="2025-09-28T00:00:00+09:00")

    assert document.published == datetime(2025, 9, 28, 0, 0, tzinfo=SEOUL)


def test_anchor_is_the_local_day_in_the_documents_timezone():
    document = Document(id="a", text="", published="2025-09-28T23:30:00Z", timezone="Asia/Seoul")

    assert document.anchor == date(2025, 9, 29)


@pytest.mark.parametrize("published", ["2025-09", "the day after tomorrow", "2025-02-30", "1945/10/10"])
def test_published_that_is_not_a_day_is_rejected(published):
    with pytest.raises(ValidationError, match="published"):
        Document(id="a", text="", published=published)


def test_numeric_id_becomes_text():
    # YAML reads `id: 2025` as an int; an id is a name.
    assert Document(id=2025, text="").id == "2025"


@pytest.mark.parametrize("bad_id", ["", True, None])
def test_empty_or_non_text_id_is_rejected(bad_id):
    with pytest.raises(ValidationError, match="id"):
        Document(id=bad_id, text="")


def test_unknown_field_is_rejected_by_the_model():
    with pytest.raises(ValidationError, match="expect"):
        Document(id="a", text="", expect=[])


def test_from_record_keeps_unknown_fields_in_meta():
    record = {"id": "a", "text": "body", "published": "2025-09-28", "expect": [], "why": "clean", "docs": True}

    document = Document.from_record(record, path="a.md", line=6)

    assert document.meta == {"expect": [], "why": "clean", "docs": True}
    assert (document.path, document.line, document.published) == ("a.md", 6, date(2025, 9, 28))


def test_from_record_never_takes_path_line_or_meta_from_the_record():
    record = {"id": "a", "text": "body", "path": "/etc/passwd", "line": 99, "meta": {"x": 1}}

    document = Document.from_record(record, path="real.md", line=3)

    assert (document.path, document.line) == ("real.md", 3)
    assert document.meta == {"path": "/etc/passwd", "line": 99, "meta": {"x": 1}}


def test_language_defaults_to_english():
    assert Document(id="a", text="").language == "en"


def test_document_is_frozen():
    document = Document(id="a", text="x")

    with pytest.raises(ValidationError, match="frozen"):
        document.text = "y"


def test_span_round_trip():
    span = Span(start=3, end=9, text="Sunday")

    assert Span.model_validate_json(span.model_dump_json()) == span


def test_span_may_be_empty():
    assert Span(start=4, end=4, text="").end == 4


def test_span_end_before_start_is_rejected():
    with pytest.raises(ValidationError, match="before its start"):
        Span(start=9, end=3, text="")


def test_span_negative_offset_is_rejected():
    with pytest.raises(ValidationError):
        Span(start=-1, end=3, text="abcd")
