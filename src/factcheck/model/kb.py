"""Reference knowledge (INTERFACE section 2): entities, their aliases and dated events."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = ["Entity", "EntityType", "Figure", "KnowledgeBase", "parse_figure_period", "parse_kb_date"]

EntityType = Literal["person", "organization", "country", "place", "relation", "event", "other"]

_KB_DATE = re.compile(r"(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2}))?)?")
"""ASCII digits only: ``\\d`` also matches full-width and Arabic-Indic digits, which ``int()`` reads but no
other part of factcheck (nor a reader) expects in a reference date."""


def parse_kb_date(value: str) -> str:
    """Check a KB date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) and return it unchanged.

    Raises ``ValueError`` for another shape, digits other than ASCII ``0-9`` or an impossible day (2025-02-30).
    """
    match = _KB_DATE.fullmatch(value)
    if not match:
        raise ValueError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits")
    year, month, day = int(match["y"]), int(match["m"] or 1), int(match["d"] or 1)
    try:
        date(year, month, day)
    except ValueError as err:
        raise ValueError(f"date {value!r} does not exist: {err}") from None
    return value


class Entity(BaseModel):
    """A person, organization, place, relation or event the KB knows dates of."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    """Canonical name."""
    aliases: list[str] = Field(default_factory=list)
    """Other surface forms that name the entity."""
    type: EntityType = "other"
    members: list[str] = Field(default_factory=list)
    """Entities a relation links, by name or alias."""
    dates: dict[str, str] = Field(default_factory=dict)
    """Named dated events: ``{"founded": "1945-10-10"}``."""

    @field_validator("dates", mode="before")
    @classmethod
    def _dates_as_text(cls, value: object) -> object:
        # YAML reads `founded: 1945-10-10` as a date and `founded: 1945` as an int.
        if isinstance(value, dict):
            return {str(k): v.isoformat() if isinstance(v, date) else str(v) for k, v in value.items()}
        return value

    @field_validator("dates")
    @classmethod
    def _dates_valid(cls, value: dict[str, str]) -> dict[str, str]:
        for text in value.values():
            parse_kb_date(text)
        return value

    @property
    def surface_forms(self) -> list[str]:
        """The name followed by every alias."""
        return [self.name, *self.aliases]


_PERIOD = re.compile(r"[0-9]{4}-Q[1-4]")


def parse_figure_period(value: str) -> str:
    """Check a figure's period (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-Qn``) and return it unchanged."""
    if _PERIOD.fullmatch(value):
        return value
    try:
        return parse_kb_date(value)
    except ValueError:
        raise ValueError(f"period {value!r} is not YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn in ASCII digits") from None


def _as_text(value: object) -> object:
    # YAML reads `period: 2023` as an int and `period: 2023-06-30` as a date.
    if isinstance(value, date):
        return value.isoformat()
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


class Figure(BaseModel):
    """An amount or count the newsroom vouches for: trade between two countries in 2023, a town's census
    population. Articles that state it about the same entities, thing and period are checked against it (FC206).

    ``period`` and ``unit`` may be missing so that the file still loads; such a figure is never compared with
    anything, and ``factcheck kb lint`` says so (KB007).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    about: list[str] = Field(min_length=1)
    """The entities the figure is about, by name or alias."""
    what: str = Field(min_length=1)
    """The measured thing, as articles name it ("trade", "population")."""
    aliases: list[str] = Field(default_factory=list)
    """Other names of the measured thing ("trade volume", "bilateral trade")."""
    period: str | None = None
    """``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-Qn``."""
    value: float
    unit: str | None = None
    """An ISO 4217 code (USD), or the counted noun (people, residents)."""
    source: str | None = None
    """Who vouches for it ("customs statistics", "2020 census")."""

    @field_validator("about", "aliases", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    @field_validator("period", "unit", "source", "what", mode="before")
    @classmethod
    def _text(cls, value: object) -> object:
        return _as_text(value)

    @field_validator("period")
    @classmethod
    def _period_valid(cls, value: str | None) -> str | None:
        return None if value is None else parse_figure_period(value)

    @property
    def names(self) -> list[str]:
        """The measured thing's name followed by every alias."""
        return [self.what, *self.aliases]


class KnowledgeBase(BaseModel):
    """The reference facts claims are checked against."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    entities: list[Entity] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    """Reference amounts and counts (INTERFACE section 2), from a KB file's ``figures`` or a CSV table."""

    def merged(self, other: KnowledgeBase) -> KnowledgeBase:
        """This KB followed by ``other``'s entities and figures (``--kb`` may be repeated)."""
        return KnowledgeBase(entities=[*self.entities, *other.entities], figures=[*self.figures, *other.figures])
