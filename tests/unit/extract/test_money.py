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
    ("revenue of about $ 64 million .", ("$ 64 million", 6.4e7, "USD", "approx")),
    ("tickets now sell at $ 23,456 .", ("$ 23,456", 23456, "USD", "exact")),
    ("It costs $4.25 today.", ("$4.25", 4.25, "USD", "exact")),
    ("a US$150 million loan", ("US$150 million", 1.5e8, "USD", "exact")),
    ("a us $ 275 million harbour credit", ("us $ 275 million", 2.75e8, "USD", "exact")),
    ("the grant totals c $ 21.7 million", ("c $ 21.7 million", 2.17e7, "CAD", "exact")),
    ("imports rose to hk $ 12.08 billion", ("hk $ 12.08 billion", 1.208e10, "HKD", "exact")),
    ("Buy Mex$ 30 million of bonds", ("Mex$ 30 million", 3e7, "MXN", "exact")),
    ("The club lent € 3 million to its rival.", ("€ 3 million", 3e6, "EUR", "exact")),
    ("an estate of £ 6.40 million", ("£ 6.40 million", 6.4e6, "GBP", "exact")),
    ("The fare is 250 ₡ today.", ("250 ₡", 250, "CRC", "exact")),
    ("a bonus of up to dlrs 3 million", ("dlrs 3 million", 3e6, "USD", "upper")),
    ("a budget of Rs 500 crore", ("Rs 500 crore", 5e9, "INR", "exact")),
]
NAMES = [
    ("Exports hit 2 trillion won.", ("2 trillion won", 2e12, "KRW", "exact")),
    ("for 417 million euros .", ("417 million euros", 4.17e8, "EUR", "exact")),
    ("for 360 million finnish markka .", ("360 million finnish markka", 3.6e8, "FIM", "exact")),
    ("passed the mark of 300 billion yuan", ("300 billion yuan", 3e11, "CNY", "exact")),
    ("up 1.4 % to 287,562 yen", ("287,562 yen", 287562, "JPY", "exact")),
    ("charged 15,000 swiss francs .", ("15,000 swiss francs", 15000, "CHF", "exact")),
    ("a grant of 45 lakh rupees", ("45 lakh rupees", 4.5e6, "INR", "exact")),
    ("a prize of up to 4 million U.S. dollars", ("4 million U.S. dollars", 4e6, "USD", "upper")),
    ("a 40 rmb fee", ("40 rmb", 40, "CNY", "exact")),
    ("priced at 7.35 billion pesetas", ("7.35 billion pesetas", 7.35e9, "ESP", "exact")),
    ("their one-yen offer", ("one-yen", 1, "JPY", "exact")),
    (
        "the ticket was seventeen dollars and twenty-five cents",
        ("seventeen dollars and twenty-five cents", 17.25, "USD", "exact"),
    ),
    ("the fare was 4 dollars 75 cents.", ("4 dollars 75 cents", 4.75, "USD", "exact")),
    ("3mil SEK buys a small flat", ("3mil SEK", 3e6, "SEK", "exact")),
    ("It cost 2 million pounds.", ("2 million pounds", 2e6, "GBP", "exact")),
    ("It cost 500,000 pounds sterling.", ("500,000 pounds sterling", 5e5, "GBP", "exact")),
]
SUBUNITS = [
    ("charge 40 cents more per litre", ("40 cents", 0.4, "USD", "exact")),
    ("the march contract fell 2.30 cents", ("2.30 cents", 0.023, "USD", "exact")),
    ("an offer of 385 pence a share", ("385 pence", 3.85, "GBP", "exact")),
]
RANGES_AND_BOUNDS = [
    ("an estimated $ 530 million next year", ("$ 530 million", 5.3e8, "USD", "approx")),
    ("in 2019 exceeds a $ 6 billion .", ("$ 6 billion", 6e9, "USD", "lower")),
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
    assert money("20 20 dollar notes") == [("20 dollar", 20, "USD", "exact")]
    assert money("20 dollar 20 dollar") == [("20 dollar", 20, "USD", "exact")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "ALL 4 answers were right.",  # "ALL" is the code of the Albanian lek, and an English word
        "I phoned Bob 4 times on the way.",  # "BOB" is the code of the boliviano
        "The team won 3 games.",
        "She won 2 medals and 3 won.",  # "won" after a small bare number is the verb
        "He got 3 marks out of 10.",
        "He weighs 175 pounds.",  # a weight
        "A shipment of 300 pounds (136 kilograms) of seed grain.",
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
