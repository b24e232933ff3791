"""The one place dateparser is imported, configured and memoized.

dateparser is used only on a candidate span the scanners found, never with
``search_dates`` over a document. Its pitfalls, handled here once:

- missing parts are filled from *today* unless ``RELATIVE_BASE`` is set: the
  anchor is always passed, and ``REQUIRE_PARTS`` refuses partial dates;
- language detection is slow and can pick the wrong language: ``languages``
  is fixed to English;
- ``DATE_ORDER`` defaults to the locale's guess: news in English reads
  ``3/12/99`` month first, so it is set explicitly;
- a two-digit year is read in a 100-year window: ``PREFER_DATES_FROM`` is
  ``current_period`` so ``99`` stays 1999 for a 2000 anchor;
- it parses counts as dates ("76 years" → a day 76 years ago): it never sees
  a span the duration scanner could claim, since only the numeric family
  calls it.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

__all__ = ["MAX_CANDIDATE_CHARS", "parse_numeric_date"]

MAX_CANDIDATE_CHARS = 32
"""The longest text handed to dateparser. It runs dozens of regular expressions over its input, some with
nested repetition, so its cost on a long string is not bounded by anything here; the numeric scanner's
candidates have at most 10 characters ("12/31/1999"), and anything longer is refused unread."""


@lru_cache(maxsize=4096)
def parse_numeric_date(text: str, anchor: date | None, date_order: str = "MDY") -> date | None:
    """``"3/12/99"`` → 1999-03-12 (month first), or ``None`` when dateparser cannot read it."""
    if len(text) > MAX_CANDIDATE_CHARS:
        return None
    import dateparser

    base = datetime.combine(anchor, datetime.min.time()) if anchor else datetime(2000, 1, 1)
    settings = {
        "DATE_ORDER": date_order,
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_DATES_FROM": "current_period",
        "RELATIVE_BASE": base,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "STRICT_PARSING": True,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["absolute-time"],
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None
