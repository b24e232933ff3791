"""Money normalization: marker + context + anchor → ISO 4217; subunits; bounds."""

from datetime import date

import pytest

from factcheck.extract.mentions import MoneyMention
from factcheck.normalize.money import currency_code, to_money_fact


@pytest.mark.parametrize(
    ("marker", "code"),
    [
        ("$", "USD"),
        ("us$", "USD"),
        ("c$", "CAD"),
        ("hk$", "HKD"),
        ("€", "EUR"),
        ("£", "GBP"),
        ("usd", "USD"),
        ("rmb", "CNY"),
        ("dollars", "USD"),
        ("us dollars", "USD"),
        ("canadian dollars", "CAD"),
        ("euros", "EUR"),
        ("yuan", "CNY"),
        ("yen", "JPY"),
        ("won", "KRW"),
        ("rubles", "RUB"),
        ("roubles", "RUB"),
        ("rupees", "INR"),
        ("swiss francs", "CHF"),
        ("finnish markka", "FIM"),
        ("cents", "USD"),
        ("pence", "GBP"),
        ("pesos", None),  # Mexican, Philippine, Argentine, ...
        ("mexican pesos", "MXN"),
    ],
)
def test_currency_codes(marker, code):
    assert currency_code(marker) == code


def test_francs_are_french_before_the_euro_and_open_after():
    """A pitfall: "francs" in 1989 WSJ copy are French francs; in 2016 news they may be Swiss or CFA."""
    assert currency_code("francs", anchor=date(1989, 10, 2)) == "FRF"
    assert currency_code("francs", anchor=None) == "FRF"
    assert currency_code("francs", anchor=date(2016, 11, 7)) is None


def test_yen_sign_needs_exactly_one_country():
    assert currency_code("¥", "profits at the Tokyo firm") == "JPY"
    assert currency_code("¥", "the Chinese central bank") == "CNY"
    assert currency_code("¥", "China and Japan") is None
    assert currency_code("¥", "") is None


def test_penny_is_british_or_american_by_context():
    assert currency_code("penny", "shares closed one penny lower in London") == "GBP"
    assert currency_code("penny", "a penny a gallon, 3 cents in all") == "USD"
    assert currency_code("penny", "ended one penny up") is None


def mention(amount: float, marker: str, bound: str | None = None, amount_max: float | None = None) -> MoneyMention:
    return MoneyMention(0, 1, "x", "test", amount, marker, amount_max=amount_max, bound=bound)


def test_50_cents_is_half_a_dollar():
    fact = to_money_fact(mention(50, "cents"))
    assert (fact.amount, fact.currency) == (0.5, "USD")


def test_1_20_cents_has_no_binary_noise():
    assert to_money_fact(mention(1.2, "cents")).amount == 0.012


@pytest.mark.parametrize(
    ("phrase", "bound"),
    [("exceeded", "lower"), ("more than", "lower"), ("up to", "upper"), ("an estimated", "approx"), (None, "exact")],
)
def test_bound_from_wording(phrase, bound):
    assert to_money_fact(mention(2e9, "$", phrase)).bound == bound


def test_range_keeps_its_upper_end():
    fact = to_money_fact(mention(2e9, "$", amount_max=3e9))
    assert (fact.amount, fact.amount_max) == (2e9, 3e9)
