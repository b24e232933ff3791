"""Number normalization: a mention → a number, or a quantity in percent."""

from factcheck.extract.mentions import NumberMention
from factcheck.model import NumberFact, QuantityFact
from factcheck.normalize.numbers import to_number_fact


def test_percent_is_a_quantity():
    fact = to_number_fact(NumberMention(0, 5, "12.5%", 12.5, percent="percent", bound="more than"))
    assert isinstance(fact, QuantityFact)
    assert (fact.value, fact.unit, fact.bound) == (12.5, "percent", "lower")


def test_count_keeps_noun_and_ordinal_flag():
    fact = to_number_fact(NumberMention(0, 2, "12", 12, noun="people"))
    assert isinstance(fact, NumberFact)
    assert (fact.value, fact.unit, fact.ordinal, fact.bound) == (12, "people", False, "exact")
    fact = to_number_fact(NumberMention(0, 4, "80th", 80, ordinal=True))
    assert isinstance(fact, NumberFact)
    assert fact.ordinal


def test_vague_magnitude_is_approx():
    fact = to_number_fact(NumberMention(0, 8, "hundreds", 100, approx=True))
    assert (fact.value, fact.bound) == (100, "approx")


def test_one_third_has_no_binary_noise_beyond_twelve_digits():
    assert to_number_fact(NumberMention(0, 9, "one third", 1 / 3)).value == 0.333333333333


def test_factor_has_unit_multiplier():
    fact = to_number_fact(NumberMention(0, 10, "three-fold", 3, multiplier=True, bound="more than"))
    assert isinstance(fact, NumberFact)
    assert (fact.value, fact.unit, fact.bound, fact.ordinal) == (3, "multiplier", "lower", False)
