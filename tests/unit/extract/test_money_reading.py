"""Issue 14, point 7: money in words, glued codes, and currencies by qualified name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import facts_of
from factcheck.lexicon.currencies import CURRENCY_NAMES
from factcheck.model import Document, MoneyFact


def money(text: str) -> list[tuple[str, float, str | None]]:
    found = facts_of(Document(id="t", text=text, published="2025-10-30"), ["money"])
    return [(f.text, f.amount, f.currency) for f in found if isinstance(f, MoneyFact)]


READ = [
    ("The house is worth two point two million dollars.", ("two point two million dollars", 2.2e6, "USD")),
    ("The stake was valued at USD3.5 million.", ("USD3.5 million", 3.5e6, "USD")),
    ("It agreed to pay EUR2bn to settle.", ("EUR2bn", 2e9, "EUR")),
    ("The fund lost 42 million Malaysian ringgit.", ("42 million Malaysian ringgit", 42e6, "MYR")),
    ("The bridge cost 10 million Thai baht.", ("10 million Thai baht", 10e6, "THB")),
    ("Farmers got 3 million Zambian kwacha.", ("3 million Zambian kwacha", 3e6, "ZMW")),
    ("A loan of 50 million Ghanaian cedis was signed.", ("50 million Ghanaian cedis", 50e6, "GHS")),
    ("Fines reached 900 Mexican pesos.", ("900 Mexican pesos", 900.0, "MXN")),
    ("It sold for GBP12.5m last year.", ("GBP12.5m", 12.5e6, "GBP")),
    ("Exports hit three point five billion euros.", ("three point five billion euros", 3.5e9, "EUR")),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_money_is_read(text: str, expected: tuple[str, float, str | None]) -> None:
    assert money(text) == [expected]


AMBIGUOUS = [
    ("The loan was 5 million pesos.", None),
    ("The fine was 300 rials.", None),
    ("It cost 40 dinars.", None),
    ("It cost 40 shillings.", None),
]


@pytest.mark.parametrize(("text", "code"), AMBIGUOUS)
def test_an_ambiguous_name_needs_a_qualifier(text: str, code: str | None) -> None:
    found = money(text)
    assert len(found) == 1
    assert found[0][2] is code


SILENT = [
    "The part number is USD1234X.",
    "Flight EUR2 was late.",
    "He scored two point two goals a game.",
    "The Malaysian team won 3-1.",
    "A Thai court ruled on Monday.",
    "Form GBP-12 must be filed.",
    "The index rose two point two.",
    "Zambian farmers planted 3 million seedlings.",
]


@pytest.mark.parametrize("text", SILENT)
def test_near_misses_are_no_money(text: str) -> None:
    assert money(text) == []


_QUALIFIED = sorted(name for name, code in CURRENCY_NAMES.items() if code and len(name.split()) >= 2)


@given(st.sampled_from(_QUALIFIED), st.integers(2, 999))
def test_every_qualified_currency_name_reads_its_code(name: str, n: int) -> None:
    found = money(f"The deal was worth {n} million {name} in all.")
    assert [(amount, code) for _, amount, code in found] == [(n * 1e6, CURRENCY_NAMES[name])]
