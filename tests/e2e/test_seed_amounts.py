"""The amounts, counts and ordinals of the seed articles — and the numbers that must not be taken from dates."""

from pathlib import Path

from factcheck.engine import facts_of
from factcheck.io import read_markdown
from factcheck.model import DurationFact, MoneyFact, NumberFact

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


def test_daily_amounts_counts_and_ordinals():
    document = read_markdown(SEEDS / "daily.md")  # published Sunday 2025-09-28
    facts = facts_of(document)
    for fact in facts:
        assert document.text[fact.start : fact.end] == fact.text
    money = [(f.text, f.amount, f.currency, f.bound) for f in facts if isinstance(f, MoneyFact)]
    assert money == [("$2 billion", 2e9, "USD", "lower")]  # "exceeded $2 billion"
    numbers = [(f.text, f.value, f.ordinal) for f in facts if isinstance(f, NumberFact)]
    assert ("80th", 80, True) in numbers
    assert [text for text, _, _ in numbers] == ["two", "two", "80th", "two"]  # "the two sides", "the two countries"
    durations = [(f.text, f.value) for f in facts if isinstance(f, DurationFact)]
    assert durations == [("four-day", "P4D"), ("76 years", "P76Y")]


def test_no_number_is_taken_from_a_date_a_duration_or_an_amount():
    document = read_markdown(SEEDS / "daily.md")
    numbers = [f for f in facts_of(document, ["number"]) if isinstance(f, NumberFact)]
    assert not {"2022", "2023", "76", "four", "2", "3", "10"} & {f.text for f in numbers}
    assert all(f.value not in (2022, 2023, 76) for f in numbers)


def test_afp_ordinal():
    document = read_markdown(SEEDS / "afp.md")
    assert [(f.text, f.value) for f in facts_of(document, ["number"]) if isinstance(f, NumberFact) and f.ordinal] == [
        ("80th", 80)
    ]
