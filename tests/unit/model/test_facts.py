"""Facts: one discriminated union on ``kind`` (INTERFACE section 5)."""

from datetime import date

import pytest
from pydantic import TypeAdapter, ValidationError

from factcheck import DateFact, DurationFact, ExtractReport, Fact, MoneyFact, NumberFact, QuantityFact
from factcheck.model import DocumentFacts, ToolInfo

FACT = TypeAdapter(Fact)

# The examples of INTERFACE section 5, verbatim.
INTERFACE_EXAMPLES = [
    (
        {"kind": "date", "text": "Sunday", "start": 10, "end": 16, "value": "2025-09-28", "granularity": "day"},
        DateFact,
    ),
    ({"kind": "duration", "text": "four-day", "start": 40, "end": 48, "value": "P4D"}, DurationFact),
    (
        {
            "kind": "money",
            "text": "$2 billion",
            "start": 90,
            "end": 100,
            "amount": 2000000000,
            "currency": "USD",
            "bound": "lower",
        },
        MoneyFact,
    ),
    ({"kind": "number", "text": "seventy-six", "start": 0, "end": 11, "value": 76}, NumberFact),
    ({"kind": "number", "text": "80th", "start": 0, "end": 4, "value": 80, "ordinal": True}, NumberFact),
    ({"kind": "quantity", "text": "12.5%", "start": 0, "end": 5, "value": 12.5, "unit": "percent"}, QuantityFact),
]


def one_of_each() -> list:
    return [
        DateFact(
            text="Wednesday, Feb. 3, 1998", start=0, end=23, value="1998-02-03", granularity="day", weekday="Wednesday"
        ),
        DateFact(text="June 2022", start=30, end=39, value="2022-06", granularity="month"),
        DurationFact(text="76 years", start=40, end=48, value="P76Y"),
        MoneyFact(text="$2 billion", start=50, end=60, amount=2e9, currency="USD", bound="lower"),
        MoneyFact(text="$2-3 billion", start=61, end=73, amount=2e9, amount_max=3e9, currency="USD"),
        NumberFact(text="80th", start=80, end=84, value=80, ordinal=True),
        QuantityFact(text="12.5 percent", start=90, end=102, value=12.5, unit="percent"),
    ]


@pytest.mark.parametrize(("data", "model"), INTERFACE_EXAMPLES, ids=lambda v: v["kind"] if isinstance(v, dict) else "")
def test_kind_chooses_the_model(data, model):
    fact = FACT.validate_python(data)

    assert type(fact) is model
    assert fact.kind == data["kind"]


@pytest.mark.parametrize(("data", "model"), INTERFACE_EXAMPLES, ids=lambda v: v["kind"] if isinstance(v, dict) else "")
def test_kind_chooses_the_model_from_json(data, model):
    import json

    assert type(FACT.validate_json(json.dumps(data))) is model


def test_unknown_kind_is_rejected():
    with pytest.raises(ValidationError, match="weather"):
        FACT.validate_python({"kind": "weather", "text": "rain", "start": 0, "end": 4})


def test_missing_kind_is_rejected():
    with pytest.raises(ValidationError, match="kind"):
        FACT.validate_python({"text": "Sunday", "start": 0, "end": 6, "value": "2025-09-28", "granularity": "day"})


def test_fields_of_another_kind_are_rejected():
    # A date with an amount is not a money fact in disguise: extra fields are forbidden.
    with pytest.raises(ValidationError, match="amount"):
        FACT.validate_python(
            {"kind": "date", "text": "x", "start": 0, "end": 1, "value": "2025", "granularity": "year", "amount": 1}
        )


def test_every_fact_round_trips_through_json():
    for fact in one_of_each():
        again = FACT.validate_json(FACT.dump_json(fact))

        assert again == fact
        assert type(again) is type(fact)


def test_extract_report_round_trip_keeps_each_kind():
    report = ExtractReport(
        tool=ToolInfo(version="0.0.0"),
        documents=[DocumentFacts(id="a", facts=one_of_each()), DocumentFacts(id="b")],
    )

    again = ExtractReport.model_validate_json(report.model_dump_json())

    assert again == report
    assert [type(f) for f in again.documents[0].facts] == [type(f) for f in one_of_each()]


def test_fact_json_carries_kind_text_start_end():
    import json

    for fact in one_of_each():
        data = json.loads(FACT.dump_json(fact))

        assert {"kind", "text", "start", "end"} <= set(data)


def test_day_and_real_weekday_of_a_day_precision_date():
    fact = DateFact(text="Wednesday, Feb. 3, 1998", start=0, end=23, value="1998-02-03", granularity="day")

    assert fact.day == date(1998, 2, 3)
    assert fact.real_weekday == "Tuesday"


@pytest.mark.parametrize(
    ("value", "granularity"),
    [("2022-06", "month"), ("1998", "year"), ("XXXX-10-10", "day"), ("XXXX-WXX-3", "day"), ("2025-W39", "week")],
)
def test_no_day_below_day_precision_or_with_unknown_parts(value, granularity):
    fact = DateFact(text="x", start=0, end=1, value=value, granularity=granularity)

    assert fact.day is None
    assert fact.real_weekday is None


def test_span_of_a_fact():
    fact = DurationFact(text="four-day", start=40, end=48, value="P4D")

    assert (fact.span.start, fact.span.end, fact.span.text) == (40, 48, "four-day")


def test_granularity_is_a_closed_vocabulary():
    with pytest.raises(ValidationError, match="granularity"):
        DateFact(text="x", start=0, end=1, value="2025", granularity="fortnight")


def test_money_bound_is_a_closed_vocabulary():
    with pytest.raises(ValidationError, match="bound"):
        MoneyFact(text="$2", start=0, end=2, amount=2, bound="roughly")
