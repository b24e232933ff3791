"""Money extraction: text → (span, amount, ISO 4217 currency, bound), one table per way of writing it."""

import pytest

from factcheck.engine import facts_of
from factcheck.extract.money import scan_money
from factcheck.model import Document, MoneyFact


def money(text: str, published: str | None = "2025-09-28") -> list[tuple[str, float, str | None, str]]:
    found = list(facts_of(Document(id="t", text=text, published=published), ["money"]))
    assert all(isinstance(f, MoneyFact) for f in found)
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
    return [(f.text, f.amount, f.currency, f.bound) for f in found if isinstance(f, MoneyFact)]


def one(text: str, published: str | None = "2025-09-28") -> tuple[str, float, str | None, str]:
    found = money(text, published)
    assert len(found) == 1, found
    return found[0]


SYMBOLS = [
    ("Trade exceeded $2 billion.", ("$2 billion", 2e9, "USD", "lower")),
    ("Trade reached $2.3bn.", ("$2.3bn", 2.3e9, "USD", "exact")),
    ("It raised $2,000 million.", ("$2,000 million", 2e9, "USD", "exact")),
    ("The firm lost $1.5 mln.", ("$1.5 mln", 1.5e6, "USD", "exact")),
    ("The deal was worth $40m.", ("$40m", 4e7, "USD", "exact")),
    ("sales of about $ 75 million .", ("$ 75 million", 7.5e7, "USD", "approx")),
    ("accord prices start at $ 12,345 .", ("$ 12,345", 12345, "USD", "exact")),
    ("It costs $4.25 today.", ("$4.25", 4.25, "USD", "exact")),
    ("a US$150 million loan", ("US$150 million", 1.5e8, "USD", "exact")),
    ("a us $ 150 million world bank loan", ("us $ 150 million", 1.5e8, "USD", "exact")),
    ("it ranges between c $ 16.4 million", ("c $ 16.4 million", 1.64e7, "CAD", "exact")),
    ("exports fell to hk $ 10.05 billion", ("hk $ 10.05 billion", 1.005e10, "HKD", "exact")),
    ("Sell Mex$ 10 million forward", ("Mex$ 10 million", 1e7, "MXN", "exact")),
    ("Bayern loaned € 2 million to Dortmund.", ("€ 2 million", 2e6, "EUR", "exact")),
    ("net worth of £ 8.10 million", ("£ 8.10 million", 8.1e6, "GBP", "exact")),
    ("The bill is 100 ₡ today.", ("100 ₡", 100, "CRC", "exact")),
    ("a reward of up to dlrs 2 million", ("dlrs 2 million", 2e6, "USD", "upper")),
    ("a budget of Rs 500 crore", ("Rs 500 crore", 5e9, "INR", "exact")),
]
NAMES = [
    ("Exports hit 2 trillion won.", ("2 trillion won", 2e12, "KRW", "exact")),
    ("for 323 million euros .", ("323 million euros", 3.23e8, "EUR", "exact")),
    ("for 420 million finnish markka .", ("420 million finnish markka", 4.2e8, "FIM", "exact")),
    ("broke through 100 billion yuan", ("100 billion yuan", 1e11, "CNY", "exact")),
    ("down 0.6 % to 309,381 yen", ("309,381 yen", 309381, "JPY", "exact")),
    ("fined 10,000 swiss francs .", ("10,000 swiss francs", 10000, "CHF", "exact")),
    ("a loan of 35 lakh rupees", ("35 lakh rupees", 3.5e6, "INR", "exact")),
    ("a reward of up to 2 million U.S. dollars", ("2 million U.S. dollars", 2e6, "USD", "upper")),
    ("a 40 rmb fee", ("40 rmb", 40, "CNY", "exact")),
    ("valued at 6.65 billion pesetas", ("6.65 billion pesetas", 6.65e9, "ESP", "exact")),
    ("its one-yen bid", ("one-yen", 1, "JPY", "exact")),
    (
        "it only cost thirteen dollars and forty-five cents",
        ("thirteen dollars and forty-five cents", 13.45, "USD", "exact"),
    ),
    ("it only cost 3 dollars 50 cents.", ("3 dollars 50 cents", 3.5, "USD", "exact")),
    ("2mil SEK can't buy much", ("2mil SEK", 2e6, "SEK", "exact")),
    ("It cost 2 million pounds.", ("2 million pounds", 2e6, "GBP", "exact")),
    ("It cost 500,000 pounds sterling.", ("500,000 pounds sterling", 5e5, "GBP", "exact")),
]
SUBUNITS = [
    ("pay 50 cents more per barrel", ("50 cents", 0.5, "USD", "exact")),
    ("the december contract rose 1.20 cents", ("1.20 cents", 0.012, "USD", "exact")),
    ("a bid of 470 pence a share", ("470 pence", 4.7, "GBP", "exact")),
]
RANGES_AND_BOUNDS = [
    ("an estimated $ 470 million this year", ("$ 470 million", 4.7e8, "USD", "approx")),
    ("in 2011 exceeds a $ 4 billion .", ("$ 4 billion", 4e9, "USD", "lower")),
    ("It topped $5 million.", ("$5 million", 5e6, "USD", "lower")),
    ("It cost at least $5.", ("$5", 5, "USD", "lower")),
    ("It cost less than $5.", ("$5", 5, "USD", "upper")),
    ("It cost at most $5.", ("$5", 5, "USD", "upper")),
    ("It cost around $5.", ("$5", 5, "USD", "approx")),
    ("It cost roughly $5.", ("$5", 5, "USD", "approx")),
    ("It cost some $5.", ("$5", 5, "USD", "approx")),
    ("It cost nearly $5.", ("$5", 5, "USD", "approx")),
    ("It cost almost $5.", ("$5", 5, "USD", "approx")),
    ("It cost over $5.", ("$5", 5, "USD", "lower")),
    ("It cost under $5.", ("$5", 5, "USD", "upper")),
]


@pytest.mark.parametrize(("text", "expected"), SYMBOLS + NAMES + SUBUNITS + RANGES_AND_BOUNDS)
def test_money(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Costs were $2-3 billion.", ("$2-3 billion", 2e9, 3e9)),
        ("Costs were $2 to 3 billion.", ("$2 to 3 billion", 2e9, 3e9)),
        ("It ran 2-3 billion yuan over budget.", ("2-3 billion yuan", 2e9, 3e9)),
        ("Costs were $2-3m.", ("$2-3m", 2e6, 3e6)),
    ],
)
def test_ranges_keep_both_ends(text, expected):
    [fact] = [f for f in facts_of(Document(id="t", text=text), ["money"]) if isinstance(f, MoneyFact)]
    assert (fact.text, fact.amount, fact.amount_max) == expected


def test_a_change_from_one_amount_to_another_is_no_range():
    assert [(m.amount, m.amount_max) for m in scan_money("it rose from 2 to 3 billion yuan")] == [(3e9, None)]


def test_stray_number_before_an_amount_is_left_out():
    assert money("50 50 dollar bills") == [("50 dollar", 50, "USD", "exact")]
    assert money("50 dollar 50 dollar") == [("50 dollar", 50, "USD", "exact")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "ALL 5 solutions are wrong.",  # "ALL" is the code of the Albanian lek, and an English word
        "I tried to call Bob 3 times already.",
        "The team won 3 games.",
        "She won 2 medals and 3 won.",  # "won" after a small bare number is the verb
        "He got 3 marks out of 10.",
        "He weighs 175 pounds.",  # a weight
        "A gift of 500 pounds (225 kilograms) of medical supplies.",
        "The fine was 50 pounds.",  # money or weight: the text does not say
        "Profit rose 5 percent.",
        "The dollar fell.",  # a currency without an amount
    ],
)
def test_not_money(text):
    assert money(text) == []


def test_yen_sign_is_read_by_context():
    assert one("Toyota, based in Tokyo, earned ¥5 billion.")[2] == "JPY"
    assert one("Beijing spent ¥5 billion on roads.")[2] == "CNY"
    assert one("It cost ¥5 billion.")[2] is None


def test_offsets_are_exact_in_longer_text():
    text = "In 2023, North Korea and China's trade volume exceeded $2 billion, up from $1.5bn."
    assert [f[:2] for f in money(text)] == [("$2 billion", 2e9), ("$1.5bn", 1.5e9)]
