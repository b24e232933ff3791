"""Numbers: a ``NumberMention`` → a ``NumberFact``, or a ``QuantityFact`` for a percentage.

"seventy-six" → 76; "80th" → 80, ``ordinal``; "12 people" → 12, ``unit``
"people"; "12.5%" → a quantity 12.5 ``percent``; "3 percentage points" → 3
``percentage point``; a factor ("doubled", "three-fold", "2.5 times") → its value (2, 3, 2.5),
``unit`` ``multiplier``. Bounds come from the wording before ("more than 80
percent": ``lower``); a vague magnitude ("hundreds of") is its order of
magnitude (100), ``approx``.
"""

from __future__ import annotations

from factcheck.extract.mentions import NumberMention
from factcheck.lexicon.hedges import BOUNDS
from factcheck.model import Bound, NumberFact, QuantityFact

__all__ = ["to_number_fact"]


def to_number_fact(mention: NumberMention) -> NumberFact | QuantityFact:
    """The fact a number mention states."""
    bound: Bound = "approx" if mention.approx else BOUNDS.get(mention.bound or "", "exact")  # type: ignore[assignment]
    value = float(f"{mention.value:.12g}")
    if mention.percent:
        return QuantityFact(
            text=mention.text, start=mention.start, end=mention.end, value=value, unit=mention.percent, bound=bound
        )
    return NumberFact(
        text=mention.text,
        start=mention.start,
        end=mention.end,
        value=value,
        ordinal=mention.ordinal,
        bound=bound,
        unit="multiplier" if mention.multiplier else mention.noun,
        value_max=float(f"{mention.value_max:.12g}") if mention.value_max is not None else None,
    )
