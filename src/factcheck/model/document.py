"""Documents in (INTERFACE section 1) and the spans that index them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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

    @field_validator("published", mode="before")
    @classmethod
    def _datetime_when_timed(cls, value: Any) -> Any:
        # A string with a time part is a datetime, even at midnight: its offset matters for `anchor`.
        if isinstance(value, str) and len(value) > 10 and value[10] in "Tt ":
            return datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        return value

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"unknown IANA time zone {value!r}") from None
        return value

    @property
    def anchor(self) -> date | None:
        """The publication day in the publication's own time zone: the anchor of relative dates.

        An offset-aware ``published`` is moved into ``timezone`` when one is
        given ("23:30 UTC on Sept 28" is Sept 29 in Seoul); ``None`` when unknown.
        """
        published = self.published
        if isinstance(published, datetime):
            if published.tzinfo is not None and self.timezone:
                published = published.astimezone(ZoneInfo(self.timezone))
            return published.date()
        return published

    @classmethod
    def from_record(cls, record: dict[str, Any], *, path: str | None = None, line: int | None = None) -> Document:
        """A document from a mapping of INTERFACE fields; unknown keys go to ``meta``."""
        known = set(cls.model_fields) - {"path", "line", "meta"}
        fields = {k: v for k, v in record.items() if k in known}
        meta = {k: v for k, v in record.items() if k not in known}
        return cls(**fields, path=path, line=line, meta=meta)
