"""Number extraction: counts, cardinals, ordinals, percentages; what is never a number."""

import pytest

from factcheck.engine import facts_of
from factcheck.model import Document, NumberFact, QuantityFact


def numbers(text: str) -> list[tuple[str, float]]:
    document = Document(id="t", text=text, published="2025-09-28")
    found = [f for f in facts_of(document, ["number"]) if isinstance(f, NumberFact)]
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
    return [(f.text, f.value) for f in found]


def one(text: str) -> NumberFact:
    found = [f for f in facts_of(Document(id="t", text=text), ["number"]) if isinstance(f, NumberFact)]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,234,567", ("1,234,567", 1234567)),
        ("4.800", ("4.800", 4.8)),
        (".08", (".08", 0.08)),
        ("-9.2321312", ("-9.2321312", -9.2321312)),
        ("China's population is 1 414 021 100.", ("1 414 021 100", 1414021100)),
        ("40\u202f000 is a number", ("40\u202f000", 40000)),
        ("The number is 1,3.", ("1,3", 1.3)),  # a decimal comma
        ("2 million", ("2 million", 2e6)),
        ("100k", ("100k", 1e5)),
        ("1.2b", ("1.2b", 1.2e9)),
        ("either 10 bln", ("10 bln", 1e10)),
        ("12.32e+14", ("12.32e+14", 1.232e15)),
        ("the total is 5 1/2", ("5 1/2", 5.5)),
        ("seventy-six", ("seventy-six", 76)),
        ("fifty - two", ("fifty - two", 52)),
        ("one hundred and sixty-one", ("one hundred and sixty-one", 161)),
        ("two  thousand  and  two hundred", ("two  thousand  and  two hundred", 2200)),
        ("twenty-one trillion three hundred", ("twenty-one trillion three hundred", 21000000000300)),
        ("I can give you 13 lakh", ("13 lakh", 1.3e6)),
        ("The total is three lakh crore", ("three lakh crore", 3e12)),
        (" half a  dozen", ("half a  dozen", 6)),
        (" 3 dozens", ("3 dozens", 36)),
        ("a dozen eggs", ("a dozen", 12)),
        ("two thirds", ("two thirds", 2 / 3)),
        ("one and a half", ("one and a half", 1.5)),
        ("one hundred and three quarters", ("one hundred and three quarters", 100.75)),
        ("twenty-three fifths", ("twenty-three fifths", 4.6)),
        ("a third of the votes", ("a third", 1 / 3)),
        ("one over three", ("one over three", 1 / 3)),
        ("two hundred point zero three", ("two hundred point zero three", 200.03)),
        ("nine point nought four", ("nine point nought four", 9.04)),
        ("The population is 3 million and a half", ("3 million and a half", 3.5e6)),
        ("one and a half million", ("one and a half million", 1.5e6)),
        ("two thirds of a million", ("two thirds of a million", 2e6 / 3)),
        ("The answer is minus 5", ("minus 5", -5)),
        ("4 thousand 3 hundred and 21 is a number.", ("4 thousand 3 hundred and 21", 4321)),
    ],
)
def test_numbers(text, expected):
    [(found_text, value)] = numbers(text)
    assert found_text == expected[0]
    assert value == pytest.approx(expected[1])


def test_a_run_of_numbers_splits_where_the_grammar_breaks():
    assert numbers("4000 3 hundred and 21 are two valid numbers.") == [
        ("4000", 4000),
        ("3 hundred and 21", 321),
        ("two", 2),
    ]
    assert numbers("they were playing three-nought-four") == [("three", 3), ("nought", 0), ("four", 4)]
    assert numbers("192.168.1.2") == [("192", 192), ("168", 168), ("1", 1), ("2", 2)]
    assert numbers("1, 234, 567") == [("1", 1), ("234", 234), ("567", 567)]


def test_ordinals():
    fact = one("the 80th anniversary")
    assert (fact.text, fact.value, fact.ordinal) == ("80th", 80, True)
    fact = one("her third term")
    assert (fact.text, fact.value, fact.ordinal) == ("third", 3, True)
    fact = one("the twenty-first floor of the tower")
    assert (fact.value, fact.ordinal) == (21, True)


def test_first_and_second_alone_are_left_out():
    """ "first" and "second" are adverbs and a unit of time more often than ordinals worth comparing."""
    assert numbers("At first, the second round went well.") == []


def test_counts_keep_their_noun():
    assert one("12 people were hurt").unit == "people"
    assert one("three ministers resigned").unit == "ministers"
    assert one("three senior officials resigned").unit == "officials"
    assert one("Twenty-six people die in accident").unit == "people"
    assert one("the two sides agreed").unit == "sides"
    assert one("12 were hurt").unit is None


def test_vague_magnitudes_are_approximate():
    fact = one("hundreds of protesters")
    assert (fact.value, fact.bound, fact.unit) == (100, "approx", "protesters")
    assert one("tens of thousands of people").value == 10000


def test_bounds_from_wording():
    assert one("more than 5,500 people were injured").bound == "lower"
    assert one("about 500 people attended").bound == "approx"
    assert one("up to 30 people").bound == "upper"


def test_percentages_are_quantities():
    document = Document(
        id="t", text="Prices rose 12.5% and more than 80 percent voted; rates fell 0.25 percentage points."
    )
    found = list(facts_of(document, ["quantity", "number"]))
    assert [(f.kind, f.text, f.value, getattr(f, "unit", None), f.bound) for f in found] == [
        ("quantity", "12.5%", 12.5, "percent", "exact"),
        ("quantity", "80 percent", 80, "percent", "lower"),
        ("quantity", "0.25 percentage points", 0.25, "percentage point", "exact"),
    ]
    assert all(isinstance(f, QuantityFact) for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "She took office in June 2022.",  # a date
        "This year marks 76 years since relations began.",  # a duration
        "Trade exceeded $2 billion.",  # an amount
        "The road is 700 kilometers long.",  # a quantity
        "a four-day visit",
        "The one you mentioned is invalid",  # "one" as a pronoun
        "Which one do you prefer?",
        "She is one of the best.",
        "No one came.",
        "He arrived at 3:30.",  # a clock time
        "The Group of Seven met; Formula One raced.",  # number words inside names
        "He flew a Boeing 747 on Pan Am Flight 103.",
        "COVID-19 and the F-16",
        "the post-1959 politics",
        "The 5G network, the 1990s and the G7.",
        "1m isn't a number.",
        "the 180ml liquid",
        "Call (254-2) 751-613 now.",
        "the 9/11 attacks and 24/7 news",
        "a man, a plan",
    ],
)
def test_not_numbers(text):
    assert numbers(text) == []


def test_a_number_inside_a_date_is_dropped_even_when_only_numbers_are_asked_for():
    text = "Choe took office in June 2022 and met 12 officials."
    assert numbers(text) == [("12", 12)]
    every = facts_of(Document(id="t", text=text, published="2025-09-28"), ["date", "number", "money"])
    assert [(f.kind, f.text) for f in every] == [("date", "June 2022"), ("number", "12")]
