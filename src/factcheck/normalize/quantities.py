"""Quantities: a ``QuantityMention`` → a ``QuantityFact`` in SI units, the written unit kept.

"700 kilometers" → 700000 ``m`` (``surface_unit`` "kilometers"); "120 mph"
→ 53.6448 ``m/s``; "15 square miles" → 3.885e7 ``m2``. quantulum3 tells what
unit an expression names and which base units build it
(``normalize._quantulum``); the factors that take those base units to SI are
here, where they can be read and tested. Where quantulum3 is wrong it is
corrected before it is asked ("hectares", "kms", "miles an hour") or not
asked at all ("nautical miles", "tons").

"Tons" alone is ambiguous (short, long or metric); in the international wire
copy this tool reads it is nearly always the metric tonne, which is what it
becomes here. A unit that cannot be read gives no fact: silence, not a guess.
"""

from __future__ import annotations

import math
import re

from factcheck.extract.mentions import QuantityMention
from factcheck.lexicon.hedges import BOUNDS
from factcheck.model import Bound, QuantityFact
from factcheck.normalize._quantulum import UnitReading, read_unit

__all__ = ["si_value", "to_quantity_fact"]

SI_UNITS = {"length": "m", "mass": "kg", "area": "m2", "speed": "m/s", "volume": "m3"}
"""What each kind of quantity is given in."""
_BASE: dict[str, float] = {
    "metre": 1, "kilometre": 1e3, "hectometre": 100, "decimetre": 0.1, "centimetre": 0.01, "millimetre": 1e-3,
    "mile": 1609.344, "foot": 0.3048, "inch": 0.0254, "yard": 0.9144, "nautical mile": 1852,
    "kilogram": 1, "gram": 1e-3, "milligram": 1e-6, "tonne": 1e3, "ton": 1e3, "short ton": 907.18474,
    "long ton": 1016.0469088, "pound-mass": 0.45359237, "ounce": 0.028349523125,
    "acre": 4046.8564224, "hectare": 1e4, "gallon": 0.003785411784, "barrel": 0.158987294928,
    "knot": 1852 / 3600, "hour": 3600, "minute": 60, "second": 1,
}  # fmt: skip
"""SI value of one base unit (metres, kilograms, m², m³, m/s, seconds); a barrel is an oil barrel (42 US gallons)."""
_OWN: dict[str, UnitReading] = {
    "nautical mile": UnitReading("nautical mile", "length", ()),
    "ton": UnitReading("tonne", "mass", ()),
}
"""Units read here, not by quantulum3: it misses "nautical miles" and cannot know which ton the text means."""
_REWRITES = [
    (re.compile(r"\bhectares?\b", re.IGNORECASE), "ha"),
    (re.compile(r"\bkms\b"), "km"),
    (re.compile(r"\bkmh\b"), "km/h"),
    (re.compile(r"\byds\b"), "yd"),
    (re.compile(r"\bsq\.\s*", re.IGNORECASE), "sq "),
    (re.compile(r"\s+an\s+(?=hour\b)", re.IGNORECASE), " per "),
]
"""Spellings quantulum3 misreads, rewritten to ones it knows ("1 hectares" is a bare number to it)."""


def _singular(unit: str) -> str:
    unit = " ".join(unit.lower().split())
    return unit[:-1] if unit in ("tons", "nautical miles") else unit


def si_value(value: float, unit: str) -> tuple[float, str] | None:
    """``(700, "kilometers")`` → ``(700000.0, "m")``; ``None`` when the unit cannot be read."""
    reading = _OWN.get(_singular(unit))
    if reading is None:
        expression = unit
        for pattern, replacement in _REWRITES:
            expression = pattern.sub(replacement, expression)
        reading = read_unit(expression)
    if reading is None or reading.entity not in SI_UNITS:
        return None
    factor = 1.0
    for base, power in reading.dimensions or ((reading.name, 1.0),):
        if base not in _BASE:
            return None
        factor *= _BASE[base] ** power
    si = value * factor
    return (float(f"{si:.12g}"), SI_UNITS[reading.entity]) if math.isfinite(si) else None


def to_quantity_fact(mention: QuantityMention) -> QuantityFact | None:
    """The fact a mention states, in SI units; ``None`` for a unit that cannot be read."""
    converted = si_value(mention.value, mention.unit)
    if converted is None:
        return None
    value, unit = converted
    high = si_value(mention.value_max, mention.unit) if mention.value_max is not None else None
    bound: Bound = BOUNDS.get(mention.bound or "", "exact")  # type: ignore[assignment]
    return QuantityFact(
        text=mention.text,
        start=mention.start,
        end=mention.end,
        value=value,
        unit=unit,
        bound=bound,
        surface_unit=mention.unit,
        value_max=high[0] if high else None,
    )
