"""Factors as numbers: "doubled", "halved", "three-fold", "a 10-fold increase", "2.5 times" (unit ``multiplier``)."""

import pytest

from factcheck.engine import facts_of
from factcheck.model import Document, NumberFact


def numbers(text: str) -> list[NumberFact]:
    found = facts_of(Document(id="t", text=text, published="2025-09-28"), ["number"])
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
    return [f for f in found if isinstance(f, NumberFact)]


@pytest.mark.parametrize(
    ("text", "span", "value", "bound"),
    [
        ("Exports to China doubled last year.", "doubled", 2, "exact"),
        ("Trade more than tripled in a decade.", "tripled", 3, "lower"),
        ("The budget deficit was halved.", "halved", 0.5, "exact"),
        ("They are halving the subsidy.", "halving", 0.5, "exact"),
        ("Prices nearly quadrupled.", "quadrupled", 4, "approx"),
        ("Doubling the tariff was discussed.", "Doubling", 2, "exact"),
        ("Investment saw a three-fold increase.", "three-fold", 3, "exact"),
        ("Investment saw a threefold increase.", "threefold", 3, "exact"),
        ("It was a two-fold increase over 2020.", "two-fold", 2, "exact"),
        ("a 10-fold jump in cases", "10-fold", 10, "exact"),
        ("a 10fold jump in cases", "10fold", 10, "exact"),
        ("Tenfold growth is unlikely.", "Tenfold", 10, "exact"),
        ("a twenty-five-fold rise", "twenty-five-fold", 25, "exact"),
        ("Output grew 2.5 times over the period.", "2.5 times", 2.5, "exact"),
        ("China sold three times as many cars.", "three times", 3, "exact"),
        ("Rents are about 4 times higher than in 1990.", "4 times", 4, "approx"),
        ("Growth was 1.5 times the average.", "1.5 times", 1.5, "exact"),
    ],
)
def test_factor_is_a_number_with_unit_multiplier(text: str, span: str, value: float, bound: str) -> None:
    found = [f for f in numbers(text) if f.unit == "multiplier"]
    assert [(f.text, f.value, f.bound) for f in found] == [(span, value, bound)]


@pytest.mark.parametrize(
    "text",
    [
        "He visited Beijing three times last year.",  # a frequency: three visits
        "She called 3 times already.",
        "The doubles final was played on grass.",  # tennis
        "He redoubled his efforts.",
        "The manifold was replaced.",
        "A double-digit rise in prices.",
        "They unfolded the map.",
        "She folded 12 shirts.",
    ],
)
def test_no_factor_where_there_is_none(text: str) -> None:
    assert [f.text for f in numbers(text) if f.unit == "multiplier"] == []


def test_frequency_keeps_its_noun() -> None:
    (fact,) = numbers("He visited Beijing three times last year.")
    assert (fact.text, fact.value, fact.unit) == ("three", 3, "times")


def test_counts_beside_a_factor_stay_counts() -> None:
    found = numbers("The 12 members doubled their dues.")
    assert [(f.text, f.value, f.unit) for f in found] == [("12", 12, "members"), ("doubled", 2, "multiplier")]


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("x.\n\nThe 3 fires started minutes apart.", "3", "fires"),  # a paragraph's first word is no name
        ("``With 4 members of the board behind us,'' she said.", "4", "members"),
        ("It injured 14 Norwegians. 9 people were hurt in Lisk.", "9", "people"),
        ("Neither she nor Mara's 5 cousins could be reached.", "5", "cousins"),
        ("Arden's 37 districts voted.", "37", "districts"),
    ],
)
def test_digits_after_a_sentence_start_or_a_possessive_are_counts(text: str, span: str, noun: str) -> None:
    assert (span, noun) in [(f.text, f.unit) for f in numbers(text)]


@pytest.mark.parametrize(
    "text", ["She flew a Fokker 100 on Nordair Flight 417.", "She is on the Bureau's 20 Most Sought.", "He is No. 1."]
)
def test_digits_in_names_stay_silent(text: str) -> None:
    assert numbers(text) == []
