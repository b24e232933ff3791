"""Documents in (INTERFACE section 1) and the spans that index them."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

__all__ = ["Document", "Span", "replace_lone_surrogates"]

_SURROGATE = re.compile("[\ud800-\udfff]")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ISO_DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}(?::?[0-9]{2}){0,2}(?:[.,][0-9]+)?(?:[Zz]|[+-][0-9:]+)?"
)
_ZONE_NAME = re.compile(r"[A-Za-z0-9_+-]+(?:/[A-Za-z0-9_+-]+)*")
_MAX_ZONE_NAME = 64
"""The longest IANA name is 32 characters (America/Argentina/ComodRivadavia); a name is never a path."""


def replace_lone_surrogates(value: Any) -> Any:
    """``value`` with every lone surrogate in its strings replaced by U+FFFD, the same length in code points.

    ``json.loads`` accepts ``"\\ud800"`` and Python keeps it as one code point that UTF-8 cannot encode: every
    hash, JSON dump and stream write of it fails. Replacing it one for one keeps every offset into the text
    valid. Mappings and lists are walked (``meta`` holds the record's other fields verbatim).
    """
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    if isinstance(value, dict):
        return {replace_lone_surrogates(k): replace_lone_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [replace_lone_surrogates(item) for item in value]
    if isinstance(value, tuple):
        return tuple(replace_lone_surrogates(item) for item in value)
    return value


def _published(value: Any) -> Any:
    """A ``published`` value as a date or datetime; only ISO 8601 (extended form, ASCII digits) is read.

    Pydantic would read a number, or a string of digits, as a Unix timestamp: ``published: 2025`` became
    1970-01-01 and every relative date of the article moved to 1970. A bare year has no day to anchor
    "yesterday" on, so it is an error, as is any other shape.
    """
    if value is None or isinstance(value, date):  # a datetime is a date too
        return value
    if isinstance(value, str):
        if _ISO_DATE.fullmatch(value):
            return date.fromisoformat(value)
        if _ISO_DATE_TIME.fullmatch(value):
            return datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    shown = repr(value)
    shown = shown if len(shown) <= 40 else shown[:40] + "…"
    raise ValueError(
        f"{shown} is not an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM[:SS][+HH:MM]); "
        "a bare year or a number is not a publication day"
    )


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

    @model_validator(mode="before")
    @classmethod
    def _no_lone_surrogates(cls, data: Any) -> Any:
        return replace_lone_surrogates(data) if isinstance(data, dict) else data

    @field_validator("published", mode="before")
    @classmethod
    def _iso_8601_only(cls, value: Any) -> Any:
        # A string with a time part is a datetime, even at midnight: its offset matters for `anchor`.
        return _published(value)

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str | None, info: ValidationInfo) -> str | None:
        """An IANA zone name, checked by loading it; the publication day must exist in it.

        The name is checked for shape first: ``ZoneInfo`` looks names up as files, so a folder of tzdata
        (``Europe``) or a very long name raised ``OSError``, which no caller expects from validation.
        """
        if value is None:
            return value
        shown = repr(value) if len(value) <= 40 else repr(value[:40]) + "…"
        if len(value) > _MAX_ZONE_NAME or not _ZONE_NAME.fullmatch(value):
            raise ValueError(f"unknown IANA time zone {shown} (a name such as 'Asia/Seoul')")
        try:
            zone = ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise ValueError(f"unknown IANA time zone {shown}") from None
        published = info.data.get("published")
        if isinstance(published, datetime) and published.tzinfo is not None:
            try:
                published.astimezone(zone)
            except (OverflowError, ValueError):
                raise ValueError(
                    f"published {published.isoformat()} is out of range in time zone {value}: "
                    "its local day is before year 1 or after year 9999"
                ) from None
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
