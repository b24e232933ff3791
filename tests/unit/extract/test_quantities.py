"""Quantity extraction: a number and a unit of length, mass, area, speed or volume, in SI."""

import pytest

from factcheck.engine import facts_of
from factcheck.model import Document, QuantityFact


def quantities(text: str) -> list[tuple[str, float, str, str | None]]:
    found = [f for f in facts_of(Document(id="t", text=text), ["quantity"]) if isinstance(f, QuantityFact)]
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
    return [(f.text, f.value, f.unit, f.surface_unit) for f in found if f.unit not in ("percent", "percentage point")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blasts were 700 kilometers apart.", ("700 kilometers", 700000, "m", "kilometers")),
        ("a 29km road", ("29km", 29000, "m", "km")),
        ("the 250ml bottle", ("250ml", 0.00025, "m3", "ml")),
        ("a 17-foot boat", ("17-foot", 5.1816, "m", "foot")),
        ("It covers 15 square miles.", ("15 square miles", 38849821.655, "m2", "square miles")),
        ("It covers 20 hectares.", ("20 hectares", 200000, "m2", "hectares")),
        ("It sailed 3 nautical miles.", ("3 nautical miles", 5556, "m", "nautical miles")),
        ("The car went 120 mph.", ("120 mph", 53.6448, "m/s", "mph")),
        ("The plane flew at 900 km/h.", ("900 km/h", 250, "m/s", "km/h")),
        ("The wind blew at 50 miles an hour.", ("50 miles an hour", 22.352, "m/s", "miles an hour")),
        ("He weighs 175 pounds.", ("175 pounds", 79.37866475, "kg", "pounds")),
        ("It holds 2.5 million barrels.", ("2.5 million barrels", 397468.23732, "m3", "barrels")),
        ("They shipped 5,000 tons of rice.", ("5,000 tons", 5e6, "kg", "tons")),
    ],
)
def test_quantities(text, expected):
    [(found_text, value, unit, surface)] = quantities(text)
    assert (found_text, unit, surface) == (expected[0], expected[2], expected[3])
    assert value == pytest.approx(expected[1])


def test_a_range_keeps_both_ends():
    [fact] = list(facts_of(Document(id="t", text="The crate weighs 140 to 160 pounds."), ["quantity"]))
    assert isinstance(fact, QuantityFact)
    assert (fact.text, fact.value, fact.value_max) == (
        "140 to 160 pounds",
        pytest.approx(63.5029318),
        pytest.approx(72.5747792),
    )


@pytest.mark.parametrize(
    "text",
    [
        "It cost $1m.",  # money, not a metre
        "The fine was 50 pounds.",  # money or weight: the text does not say
        "The 5G network",
    ],
)
def test_not_quantities(text):
    assert quantities(text) == []
