"""Issue 14, point 6: the words before an amount or a count bound it, and paraphrases never flip the bound."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import facts_of
from factcheck.model import Document, DurationFact, MoneyFact, NumberFact


def facts(text: str, kind: str) -> list:
    return list(facts_of(Document(id="t", text=text, published="2025-10-30"), [kind]))


def bounds(text: str) -> list[tuple[str, str]]:
    found = facts(text, "money") + facts(text, "number")
    return [(f.text, f.bound) for f in found if isinstance(f, MoneyFact | NumberFact)]


BOUNDED = [
    ("The firm paid no less than $1.42 million.", ("$1.42 million", "lower")),
    ("The court ordered not less than $50,000 in damages.", ("$50,000", "lower")),
    ("No fewer than 12 people died in the fire.", ("12", "lower")),
    ("At minimum 40 homes were destroyed.", ("40", "lower")),
    ("A minimum of 30 soldiers stay behind.", ("30", "lower")),
    ("Fares lower than $5 are rare.", ("$5", "upper")),
    ("Tickets sold for under $20.", ("$20", "upper")),
    ("Turnout fell below 40,000 voters.", ("40,000", "upper")),
    ("A maximum of 300 fans may attend.", ("300", "upper")),
    ("The bill came to not more than $900.", ("$900", "upper")),
    ("Profits topped $2 billion.", ("$2 billion", "lower")),
    ("Shares rose to higher than $50.", ("$50", "lower")),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDED)
def test_bound_phrases(text: str, expected: tuple[str, str]) -> None:
    found = bounds(text)
    assert expected in found


VAGUE = [
    "Thousands of people marched in the capital.",
    "Dozens of shops were looted.",
    "Hundreds of flights were cancelled.",
    "A few people stayed behind.",
    "Several villages were flooded.",
    "Tens of thousands of people fled.",
    "Scores of homes burned.",
    "Many families left the city.",
]


@pytest.mark.parametrize("text", VAGUE)
def test_vague_quantities_are_never_exact_counts(text: str) -> None:
    assert all(f.bound != "exact" for f in facts(text, "number") if isinstance(f, NumberFact))


_LOWER = ["at least", "no less than", "not less than", "no fewer than", "more than", "a minimum of", "at minimum"]
_UPPER = ["at most", "no more than", "not more than", "less than", "fewer than", "up to", "a maximum of", "under"]
_TEMPLATES = [
    ("The company paid {} $%d million.", "money"),
    ("Officials said {} %d people were hurt.", "number"),
]


@given(st.sampled_from(_LOWER), st.sampled_from(_UPPER), st.sampled_from(_TEMPLATES), st.integers(2, 900))
def test_bounds_never_flip_under_paraphrase(lower: str, upper: str, template: tuple[str, str], n: int) -> None:
    shape, kind = template
    for phrase, expected in ((lower, "lower"), (upper, "upper")):
        found = [f for f in facts(shape.format(phrase) % n, kind) if isinstance(f, MoneyFact | NumberFact)]
        assert [f.bound for f in found] == [expected], phrase


@given(st.sampled_from(["at least", "no less than", "not less than", "more than", "a minimum of"]), st.integers(2, 40))
def test_duration_lower_bounds_never_flip(phrase: str, n: int) -> None:
    found = [f for f in facts(f"The strike lasted {phrase} {n} days.", "duration") if isinstance(f, DurationFact)]
    assert [f.mod for f in found] == ["more_than"]


@given(st.sampled_from(["at most", "no more than", "not more than", "less than", "a maximum of"]), st.integers(2, 40))
def test_duration_upper_bounds_never_flip(phrase: str, n: int) -> None:
    found = [f for f in facts(f"The strike lasted {phrase} {n} days.", "duration") if isinstance(f, DurationFact)]
    assert [f.mod for f in found] == ["less_than"]
