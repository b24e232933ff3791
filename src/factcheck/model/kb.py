"""Reference knowledge (INTERFACE section 2): entities, their aliases and dated events."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = ["Entity", "EntityType", "KnowledgeBase", "parse_kb_date"]

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


class KnowledgeBase(BaseModel):
    """The reference facts claims are checked against."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    entities: list[Entity] = Field(default_factory=list)

    def merged(self, other: KnowledgeBase) -> KnowledgeBase:
        """This KB followed by ``other``'s entities (``--kb`` may be repeated)."""
        return KnowledgeBase(entities=[*self.entities, *other.entities])
