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
        ("7,654,321", ("7,654,321", 7654321)),
        ("6.300", ("6.300", 6.3)),
        (".08", (".08", 0.08)),
        ("-7.1843265", ("-7.1843265", -7.1843265)),
        ("The census counted 2 318 406 550.", ("2 318 406 550", 2318406550)),
        ("65\u202f000 seats were sold", ("65\u202f000", 65000)),
        ("The rate was 2,7.", ("2,7", 2.7)),  # a decimal comma
        ("2 million", ("2 million", 2e6)),
        ("100k", ("100k", 1e5)),
        ("1.2b", ("1.2b", 1.2e9)),
        ("roughly 40 bln", ("40 bln", 4e10)),
        ("45.67e+12", ("45.67e+12", 4.567e13)),
        ("the length is 7 1/2", ("7 1/2", 7.5)),
        ("seventy-six", ("seventy-six", 76)),
        ("eighty - seven", ("eighty - seven", 87)),
        ("three hundred and forty-eight", ("three hundred and forty-eight", 348)),
        ("five  thousand  and  six hundred", ("five  thousand  and  six hundred", 5600)),
        ("forty-two trillion five hundred", ("forty-two trillion five hundred", 42000000000500)),
        ("The fund holds 27 lakh", ("27 lakh", 2.7e6)),
        ("The budget nears four lakh crore", ("four lakh crore", 4e12)),
        (" half a  dozen eggs", ("half a  dozen", 6)),
        (" 4 dozens", ("4 dozens", 48)),
        ("a dozen eggs", ("a dozen", 12)),
        ("three fifths", ("three fifths", 3 / 5)),
        ("four and a half", ("four and a half", 4.5)),
        ("two hundred and three quarters", ("two hundred and three quarters", 200.75)),
        ("thirty-one eighths", ("thirty-one eighths", 3.875)),
        ("a third of the votes", ("a third", 1 / 3)),
        ("two over five", ("two over five", 2 / 5)),
        ("four hundred point zero six", ("four hundred point zero six", 400.06)),
        ("six point nought seven", ("six point nought seven", 6.07)),
        ("The city counts 8 million and a half", ("8 million and a half", 8.5e6)),
        ("two and a half million", ("two and a half million", 2.5e6)),
        ("three quarters of a million", ("three quarters of a million", 7.5e5)),
        ("Overnight it fell to minus 8", ("minus 8", -8)),
        ("6 thousand 7 hundred and 45 were counted.", ("6 thousand 7 hundred and 45", 6745)),
    ],
)
def test_numbers(text, expected):
    [(found_text, value)] = numbers(text)
    assert found_text == expected[0]
    assert value == pytest.approx(expected[1])


def test_a_run_of_numbers_splits_where_the_grammar_breaks():
    assert numbers("5000 6 hundred and 34 make two separate figures.") == [
        ("5000", 5000),
        ("6 hundred and 34", 634),
        ("two", 2),
    ]
    assert numbers("the code was five-nought-nine") == [("five", 5), ("nought", 0), ("nine", 9)]
    assert numbers("10.20.30.40") == [("10", 10), ("20", 20), ("30", 30), ("40", 40)]
    assert numbers("7, 654, 321") == [("7", 7), ("654", 654), ("321", 321)]


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
    assert one("Thirty-four people hurt in a ferry fire").unit == "people"
    assert one("the two sides agreed").unit == "sides"
    assert one("12 were hurt").unit is None


def test_vague_magnitudes_are_approximate():
    fact = one("hundreds of protesters")
    assert (fact.value, fact.bound, fact.unit) == (100, "approx", "protesters")
    assert one("tens of thousands of people").value == 10000


def test_bounds_from_wording():
    assert one("more than 3,700 people were evacuated").bound == "lower"
    assert one("about 600 people marched").bound == "approx"
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
        "The one on the left is mine",  # "one" as a pronoun
        "Which one did she pick?",
        "She is one of the best.",
        "No one came.",
        "He arrived at 3:30.",  # a clock time
        "The Group of Seven met; Formula One raced.",  # number words inside names
        "She flew a Fokker 100 on Nordair Flight 417.",
        "COVID-19 and the F-16",
        "the post-1975 economy",
        "The 5G network, the 1990s and the G7.",
        "2m isn't a count here.",
        "the 250ml bottle",
        "Call (381-4) 902-377 now.",
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
