"""What every fact has: a kind and the exact span it was read from."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.model.document import Span

__all__ = ["Bound", "FactBase"]

Bound = Literal["exact", "lower", "upper", "approx"]
"""How a stated amount bounds the truth: "exceeded $2 billion" is a lower bound."""


class FactBase(BaseModel):
    """What every fact has: its kind and the exact span it was read from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    """The text of the mention, ``document.text[start:end]``."""
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @property
    def span(self) -> Span:
        return Span(start=self.start, end=self.end, text=self.text)
