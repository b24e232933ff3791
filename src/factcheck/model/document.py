"""Documents in (INTERFACE section 1) and the spans that index them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = ["Document", "Span"]


class Span(BaseModel):
    """A stretch of one document's text: ``document.text[start:end] == text``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class Document(BaseModel):
    """One article from one source.

    Every offset that factcheck reports is a Python ``str`` index into ``text``.
    Fields a reader does not know (fixture expectations, say) are kept in
    ``meta`` rather than dropped or rejected.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    """Unique within a run."""
    text: str
    """The body of the article."""
    published: date | datetime | None = None
    """The anchor for relative expressions ("Sunday", "next year")."""
    source: str | None = None
    """Publisher or outlet; different sources are different outlets."""
    timezone: str | None = None
    """IANA name of the publication's local time."""
    language: str = "en"
    """BCP 47 language tag."""
    title: str | None = None
    url: str | None = None
    story: str | None = None
    """Documents sharing a story report the same news."""
    path: str | None = None
    """The file the document was read from, when it was read from one."""
    line: int | None = None
    """1-based line of ``path`` on which ``text`` begins (JSONL: the record's line)."""
    meta: dict[str, Any] = Field(default_factory=dict)
    """Any other fields of the record or front matter, kept verbatim."""

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        # YAML reads `id: 2025` as an int; an id is a name, never a number.
        return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value

    @property
    def anchor(self) -> date | None:
        """The publication day, the anchor of relative dates (``None``: unknown)."""
        if isinstance(self.published, datetime):
            return self.published.date()
        return self.published

    @classmethod
    def from_record(cls, record: dict[str, Any], *, path: str | None = None, line: int | None = None) -> Document:
        """A document from a mapping of INTERFACE fields; unknown keys go to ``meta``."""
        known = set(cls.model_fields) - {"path", "line", "meta"}
        fields = {k: v for k, v in record.items() if k in known}
        meta = {k: v for k, v in record.items() if k not in known}
        return cls(**fields, path=path, line=line, meta=meta)
