"""Typed, normalized facts (INTERFACE section 5): one discriminated union on ``kind``."""

from __future__ import annotations

import calendar
from datetime import date
from typing import Annotated, Literal

from pydantic import Field

from factcheck.model._base import Bound, FactBase
from factcheck.model.claims import AgeClaim, AnniversaryClaim, DatedEventClaim, ElapsedClaim, EventFact

__all__ = [
    "Bound",
    "DateFact",
    "DurationFact",
    "Fact",
    "FactBase",
    "Granularity",
    "MoneyFact",
    "NumberFact",
    "QuantityFact",
]

Granularity = Literal[
    "time", "day", "week", "weekend", "month", "season", "quarter", "half", "year", "decade", "century", "reference"
]
"""The precision a date is stated at: "June 2022" is a month, never a day."""


class DateFact(FactBase):
    """A point or period in time, as a TIMEX3 value at the stated granularity.

    ``value`` examples: ``2025-09-28``, ``2025-09``, ``2025``, ``2025-W39``,
    ``2025-Q3``, ``199X``, ``PRESENT_REF``; unknown parts are ``X``
    (``XXXX-10-10``: October 10 of a year the text does not give and no anchor
    can tell).
    """

    kind: Literal["date"] = "date"
    value: str
    granularity: Granularity
    weekday: str | None = None
    """The weekday the text states with the date ("Wednesday, Feb. 3"), if any."""
    relative: bool = False
    """True when the value was resolved against an anchor (publication or another date)."""
    mod: Literal["start", "mid", "end", "approx", "before", "after"] | None = None
    """A modifier the text puts on the period: "early 1998", "mid-September"."""
    value_end: str | None = None
    """The last day of a range the text states as one fact ("Nov. 4-5", "from Dec. 3 to 9"), at the granularity
    of ``value``, which is then the first; never before ``value``."""

    @property
    def day(self) -> date | None:
        """The calendar day, when ``value`` is a complete day."""
        if self.granularity not in ("day", "time") or len(self.value) < 10:
            return None
        try:
            return date.fromisoformat(self.value[:10])
        except ValueError:
            return None

    @property
    def real_weekday(self) -> str | None:
        """The weekday ``value`` actually falls on (``None`` below day precision)."""
        day = self.day
        return calendar.day_name[day.weekday()] if day else None


class DurationFact(FactBase):
    """A length of time as an ISO 8601 duration: ``P4D``, ``P76Y``, ``PT3H``."""

    kind: Literal["duration"] = "duration"
    value: str
    mod: Literal["more_than", "less_than", "approx"] | None = None


class MoneyFact(FactBase):
    """An amount of money with its ISO 4217 currency and how the text bounds it."""

    kind: Literal["money"] = "money"
    amount: float
    currency: str | None = None
    """ISO 4217 code; ``None`` when the text leaves it ambiguous."""
    bound: Bound = "exact"
    amount_max: float | None = None
    """The upper end of a range ("$2-3 billion"); ``amount`` is then the lower end."""


class NumberFact(FactBase):
    """A count, cardinal or ordinal that is not part of a date, duration or amount."""

    kind: Literal["number"] = "number"
    value: float
    ordinal: bool = False
    bound: Bound = "exact"
    unit: str | None = None
    """The noun counted, when there is one ("12 people" → ``people``); ``multiplier`` for a factor ("doubled" → 2,
    "halved" → 0.5, "a three-fold increase" → 3, "2.5 times as many" → 2.5)."""
    value_max: float | None = None
    """The upper end of a count range ("40 to 50 people"); ``value`` is then the lower end."""


class QuantityFact(FactBase):
    """A measured quantity with its unit ("12.5 percent", "700 kilometers").

    Measures are given in SI: "700 kilometers" is ``value`` 700000, ``unit``
    ``m``, ``surface_unit`` ``kilometers``. Percentages keep their own unit
    (``percent``, ``percentage point``).
    """

    kind: Literal["quantity"] = "quantity"
    value: float
    unit: str
    """``percent``, ``percentage point``, or an SI unit: ``m``, ``kg``, ``m2``, ``m3``, ``m/s``."""
    bound: Bound = "exact"
    surface_unit: str | None = None
    """The unit as the text writes it ("miles", "sq km"), when ``value`` was converted to SI."""
    value_max: float | None = None
    """The upper end of a range ("140 to 160 pounds"), in ``unit``; ``value`` is then the lower end."""


Fact = Annotated[
    DateFact
    | DurationFact
    | MoneyFact
    | NumberFact
    | QuantityFact
    | ElapsedClaim
    | AnniversaryClaim
    | AgeClaim
    | DatedEventClaim
    | EventFact,
    Field(discriminator="kind"),
]
"""Any fact; ``kind`` tells which."""
