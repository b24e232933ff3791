"""Candidate measured quantities: "700 kilometers", "a 6-foot wall", "15 square miles", "120 mph".

Distances, weights, areas, speeds and volumes: a numeral from the shared
grammar (``factcheck.extract.numerals``) followed by a unit this scanner
knows. The unit is kept as written; what it is in SI is
``factcheck.normalize.quantities``' job. Percentages are numbers, found by
``factcheck.extract.numbers``.

"Pounds" is a weight only when the text says so ("500 pounds of rice", "he
weighs 175 pounds"); "2 million pounds" is money and a bare "50 pounds" is
left alone (``money.pound_sense``).
"""

from __future__ import annotations

import re

from factcheck.extract.mentions import QuantityMention
from factcheck.extract.money import pound_sense
from factcheck.extract.numerals import Numeral, scan_numerals
from factcheck.extract.patterns import bound_before

__all__ = ["scan_quantities"]


_WORDS = (
    "kilometers?|kilometres?|meters?|metres?|centimeters?|centimetres?|millimeters?|millimetres?|nautical\\s+miles?"
    "|miles?|feet|foot|inch(?:es)?|yards?|kilograms?|kilos?|grams?|milligrams?|metric\\s+tons?|tonnes?|tons?"
    "|pounds?|ounces?|hectares?|acres?|liters?|litres?|milliliters?|millilitres?|gallons?|barrels?|knots?"
)
_ABBREVIATIONS = "(?-i:km|kms|m|cm|mm|ft|yd|yds|kg|kgs|mg|lbs?|oz|ha|ml|mL|bbl|kph|kmh|mph|g(?=\\b)|sq\\s?mi)"
_SPEED = "(?:\\s*/\\s*|\\s+per\\s+|\\s+an\\s+)(?:hour|hr|h|second|sec|s)\\b"
_UNIT = re.compile(
    rf"(?P<sep>\s?|-)(?P<unit>(?:(?:square|sq\.?|cubic|cu\.?)\s+)?(?:{_WORDS}|{_ABBREVIATIONS})(?:²|³|2\b|3\b)?"
    rf"(?:{_SPEED})?)(?![\w/])",
    re.IGNORECASE,
)
_RANGE_GAP = re.compile(r"\s*[-–]\s*|\s+to\s+", re.IGNORECASE)


def _unit_after(numeral: Numeral, text: str) -> re.Match[str] | None:
    m = _UNIT.match(text, numeral.end)
    if m is None or (m["sep"] == "-" and not m["unit"][:1].islower()):
        return None  # "700-kilometer" is adjectival; "700-KM" names a road
    if m["sep"] == "" and m["unit"] == "g" and numeral.words:
        return None
    word = m["unit"].lower()
    if word.startswith("pound") and pound_sense(text, numeral.start, m.end()) != "mass":
        return None
    return m


def scan_quantities(text: str) -> list[QuantityMention]:
    """Every measured quantity in ``text``, in text order."""
    numerals = [n for n in scan_numerals(text) if not n.ordinal and not n.approx]
    found: list[QuantityMention] = []
    for index, numeral in enumerate(numerals):
        m = _unit_after(numeral, text)
        if m is None:
            continue
        start, value, value_max = numeral.start, numeral.value, None
        previous = numerals[index - 1] if index else None
        if previous is not None and _RANGE_GAP.fullmatch(text, previous.end, numeral.start):
            start, value, value_max = previous.start, previous.value, numeral.value
            if found and found[-1].end > start:
                continue
        unit = " ".join(m["unit"].split())
        found.append(
            QuantityMention(start, m.end(), text[start : m.end()], value, unit, value_max, bound_before(text, start))
        )
    return found
