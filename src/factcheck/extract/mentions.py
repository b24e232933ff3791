"""The mention types: what the scanners find in a text, before any anchor or context decides its value.

``extract`` produces them, ``normalize`` turns each into a fact (a
``DateMention`` and an anchor into a TIMEX3 value, a ``MoneyMention``'s marker
into an ISO 4217 code). They are plain frozen dataclasses, not models: the
scanners make many candidates and drop most of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["DateMention", "DurationMention", "MoneyMention", "NumberMention", "QuantityMention", "Tense"]

Tense = Literal["past", "future"] | None
"""The tense that governs a date mention (``extract.tense``): ``None`` when no marker says."""


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as the text states it, before any anchor is applied."""

    start: int
    end: int
    text: str
    family: str
    """The pattern family that found it (``month-day``, ``relative``, ``ago``, ``year``, ...)."""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None
    """The weekday the text names, full English name."""
    decade: int | None = None
    century: int | None = None
    """``20`` for "the 20th century" (TIMEX3 value ``19``)."""
    decade_word: int | None = None
    """``9`` for "the nineties": the century is the anchor's latest decade of that name."""
    """``199`` for "the 1990s"."""
    season: str | None = None
    """TIMEX3 season code: ``SP``, ``SU``, ``FA``, ``WI``."""
    quarter: int | None = None
    half: int | None = None
    unit: str | None = None
    """For relative mentions: ``day``, ``week``, ``weekend``, ``month``, ``quarter``, ``year``, ``decade``."""
    shift: int | None = None
    """For relative mentions: -1 "last", 0 "this", +1 "next", -N "N ... ago"."""
    ref: str | None = None
    """``PRESENT_REF``, ``PAST_REF`` or ``FUTURE_REF``."""
    mod: str | None = None
    """``start``, ``mid`` or ``end`` ("early", "mid-", "late")."""
    time: str | None = None
    """``HH:MM`` when the text gives a time of day."""
    holiday: str | None = None
    nth: int | None = None
    """"the third Tuesday": 3; "the last Tuesday": -1."""
    week_of: int | None = None
    """"the first week of July": 1; "the last week of 2016": -1."""
    month_shift: int | None = None
    """"of next month": +1 (with ``day`` or ``nth``)."""
    week_shift: int | None = None
    """"Tuesday next week": +1."""
    month_end: int | None = None
    day_end: int | None = None
    """The last day of a range stated as one ("Nov. 4-5": month_end 11, day_end 5)."""
    week: bool = False
    """"the week of Oct. 6": the ISO week that holds the stated day."""
    year_shift: int | None = None
    """"February this year": 0."""
    numeric: str | None = None
    """A numeric date for dateparser ("3/12/99"), with ``date_order``."""
    date_order: str = "MDY"
    ago: bool = False
    """"two years ago": counted back from the anchor at the unit's precision."""
    text_anchor: bool = False
    """"the next day": counted from the previous date in the text, not from publication."""
    fiscal: bool = False
    day_offset: int = 0
    """Days from the stated day: "the day before last Friday" -1, "two weeks after Christmas" +14."""
    anaphor: str | None = None
    """A phrase that points at another period (``extract._anaphoric_dates``): ``weekend`` ("the weekend"),
    ``quarter`` / ``latest-quarter`` ("the quarter": the one stated before), ``same-period`` ("the year-ago
    quarter": ``unit`` a year before, ``shift`` -1), ``fiscal-year`` ("the current fiscal year")."""
    tense: Tense = None


@dataclass(frozen=True, slots=True)
class DurationMention:
    start: int
    end: int
    text: str
    count: float | None
    """How many units; ``None`` for "years", "several weeks"."""
    unit: str
    """``second``, ``minute``, ``hour``, ``day``, ``week``, ``month``, ``year``, ``decade`` or ``century``."""
    mod: str | None = None
    """``more_than``, ``less_than`` or ``approx``."""
    more: tuple[tuple[float, str], ...] = ()
    """The further (count, unit) parts of a compound duration, each unit smaller than the one before ("two years
    and three months": count 2, unit year, more ((3, month),))."""


@dataclass(frozen=True, slots=True)
class MoneyMention:
    """An amount of money as the text states it, before its currency is decided."""

    start: int
    end: int
    text: str
    family: str
    amount: float
    """The number as written, magnitude applied, in units of ``marker`` ("50 cents": 50)."""
    marker: str
    """The currency as written, lower case, spaces collapsed: ``$``, ``c$``, ``canadian dollars``, ``cents``."""
    amount_max: float | None = None
    """The upper end of a range ("$2-3 billion": 3e9)."""
    bound: str | None = None
    """The bound phrase right before the amount ("exceeded", "an estimated")."""
    context: str = ""
    """The text around the mention, for markers whose currency depends on it ("¥": yuan or yen)."""


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number as the text states it."""

    start: int
    end: int
    text: str
    value: float
    ordinal: bool = False
    approx: bool = False
    """A vague magnitude ("hundreds of")."""
    percent: str | None = None
    """``percent`` ("12.5%", "12.5 percent") or ``percentage point``; the span then includes the sign or word."""
    noun: str | None = None
    """The plural noun counted ("12 people" → ``people``)."""
    bound: str | None = None
    """The bound phrase right before ("more than", "about")."""
    multiplier: bool = False
    """A factor, not a count: "doubled" (2), "halved" (0.5), "three-fold", "a 10-fold increase", "2.5 times"."""
    value_max: float | None = None
    """The upper end of a count range ("40 to 50 people", "between 40 and 50"); ``value`` is then the lower."""


@dataclass(frozen=True, slots=True)
class QuantityMention:
    """A number with a unit of measure, as the text states it."""

    start: int
    end: int
    text: str
    value: float
    """The number as written, magnitude applied ("1.5 million tons": 1.5e6)."""
    unit: str
    """The unit as written, spaces collapsed, hyphen dropped ("kilometers", "sq km", "km/h", "foot")."""
    value_max: float | None = None
    """The upper end of a range ("140 to 160 pounds": 160; ``value`` is 140)."""
    bound: str | None = None
