"""Hedges: the words before an amount, a count or a span of time that bound it ("more than", "about")."""

from __future__ import annotations

__all__ = ["BOUNDS", "CLAIM_BOUNDS", "DURATION_BOUNDS"]

BOUNDS: dict[str, str] = {
    **dict.fromkeys(("more than", "over", "exceeded", "exceeding", "exceeds", "exceed", "at least", "topped", "tops",
                     "topping", "upwards of", "in excess of", "above", "greater than", "surpassed", "no less than",
                     "not less than", "no fewer than", "not fewer than", "at minimum", "at a minimum", "a minimum of",
                     "at the very least", "higher than", "no lower than", "not below"), "lower"),
    **dict.fromkeys(("less than", "under", "up to", "at most", "below", "no more than", "fewer than", "as much as",
                     "as many as", "not more than", "lower than", "a maximum of", "at maximum", "at a maximum",
                     "no greater than", "no higher than", "not above", "not over"), "upper"),
    **dict.fromkeys(("about", "around", "roughly", "some", "nearly", "almost", "an estimated", "estimated",
                     "approximately", "close to", "circa", "approx."), "approx"),
}  # fmt: skip
"""Words before an amount or a count and the bound they put on it ("exceeded $2 billion": at least that)."""

DURATION_BOUNDS: dict[str, str] = {
    "more than": "more_than", "over": "more_than", "at least": "more_than", "upwards of": "more_than",
    "less than": "less_than", "under": "less_than", "up to": "less_than", "at most": "less_than",
    "fewer than": "less_than", "no less than": "more_than", "not less than": "more_than", "a minimum of": "more_than",
    "at minimum": "more_than", "no more than": "less_than", "not more than": "less_than", "a maximum of": "less_than",
    "nearly": "approx", "almost": "approx", "about": "approx",
    "around": "approx", "some": "approx", "roughly": "approx", "approximately": "approx",
}  # fmt: skip
"""Words before a duration and the TIMEX3 ``mod`` they give it ("more than two weeks": ``more_than``)."""

CLAIM_BOUNDS: dict[str, str] = {
    "more than": "lower", "over": "lower", "at least": "lower", "upwards of": "lower",
    "nearly": "upper", "almost": "upper", "less than": "upper", "under": "upper", "up to": "upper",
    "about": "approx", "around": "approx", "some": "approx", "roughly": "approx", "approximately": "approx",
}  # fmt: skip
"""Words before an elapsed time ("nearly 76 years since"): "nearly" and "almost" put an upper bound on the years
of a claim (not yet 76), where before an amount they only hedge it."""
