"""What the date tables of these tests compare: each date fact of a text as (its text, its TIMEX3 value)."""

from __future__ import annotations

from factcheck.engine import facts_of
from factcheck.model import DateFact, Document

PUBLISHED = "2025-10-30"
"""A Thursday: the publication date of a case that gives none."""


def dates(text: str, published: str = PUBLISHED) -> list[tuple[str, str]]:
    """Every date of ``text`` read as in an article published on ``published``, in text order."""
    document = Document(id="t", text=text, published=published)
    return [(f.text, f.value) for f in facts_of(document, ["date"]) if isinstance(f, DateFact)]
