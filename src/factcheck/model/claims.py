"""Claims: statements about a named thing's time line, to be checked against reference facts.

A claim is a fact (it has a kind and a span) whose subject is a phrase of the
text ("the two countries established diplomatic relations"); linking the
subject to a KB entity and one of its dates happens at check time.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from factcheck.model._base import Bound, FactBase

__all__ = ["AgeClaim", "AnniversaryClaim", "ClaimBase", "DatedEventClaim", "ElapsedClaim", "EventFact"]


class ClaimBase(FactBase):
    """The subject phrase and the verb that says which of its dates is meant."""

    subject: str
    """The phrase the claim is about: "the ruling Workers' Party of Korea"."""
    subject_start: int = Field(ge=0)
    subject_end: int = Field(ge=0)
    verb: str | None = None
    """The event word: "established", "founding", "end", "took office" (``None``: the entity's only date)."""


class ElapsedClaim(ClaimBase):
    """ "This year marks 76 years since the two countries established diplomatic relations"."""

    kind: Literal["elapsed"] = "elapsed"
    years: float
    bound: Bound = "exact"
    calendar: bool = False
    """True for "this year marks N years": counted by calendar year, not completed years."""
    year: int | None = None
    """The year the count is made in, when the text gives one ("in 2023, ... 74 years after")."""


class AnniversaryClaim(ClaimBase):
    """ "the 80th anniversary of the ruling Workers' Party of Korea"."""

    kind: Literal["anniversary"] = "anniversary"
    ordinal: int
    year: int | None = None
    """The year the anniversary falls in, from a date in the same sentence ("on October 10")."""


class AgeClaim(ClaimBase):
    """ "the 76-year-old Choe", "Choe, 76,"."""

    kind: Literal["age"] = "age"
    years: int


class DatedEventClaim(ClaimBase):
    """ "the WPK, founded in 1945", "since taking office in June 2022": a stated date of a known event."""

    kind: Literal["dated-event"] = "dated-event"
    value: str
    """The stated date as a TIMEX3 value at its precision (``1945``, ``2022-06``, ``1949-10-06``)."""
    date_start: int = Field(ge=0)
    date_end: int = Field(ge=0)
    date_text: str


class EventFact(ClaimBase):
    """An event the text dates: "Choe Son-hui met Wang Sunday" (a meeting, its names, its day).

    ``subject`` is the event's sentence; ``names`` the capitalized names in it
    (and in sentences that go on about the same event: "The consensus was
    reached during a meeting ..."), by which two reports' events are matched.
    """

    kind: Literal["event"] = "event"
    event: str
    """The event's type: ``meeting``, ``visit``, ``parade``, ``election``, ``attack``, ``signing``."""
    names: list[str] = Field(default_factory=list)
    value: str
    """The event's date (TIMEX3) as the text resolves it."""
    granularity: str
    date_start: int = Field(ge=0)
    date_end: int = Field(ge=0)
    date_text: str
