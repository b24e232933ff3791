"""Candidate date mentions: one pass of compiled patterns over the whole text.

Each ``DateMention`` keeps the exact offsets and the parts the text states
(year, month, day, weekday); turning them into a TIMEX3 value against an
anchor is ``factcheck.normalize.dates``' job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.extract.patterns import DAY, MONTH, WEEKDAY, WEEKDAY_FULL, YEAR, month_number, weekday_name
from factcheck.extract.tense import Tense, tense_at

__all__ = ["DateMention", "scan_dates"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as the text states it, before any anchor is applied."""

    start: int
    end: int
    text: str
    family: str
    """Which pattern found it: ``month-day``, ``day-month``, ``month-year``, ``iso``, ``weekday``."""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None
    """The weekday the text names, full English name."""
    tense: Tense = None


def _int(match: re.Match[str], group: str) -> int | None:
    value = match.group(group)
    return int(re.sub(r"\D", "", value)) if value else None


def _parts(match: re.Match[str]) -> dict[str, int | str | None]:
    groups = match.groupdict()
    return {
        "year": _int(match, "year") if "year" in groups else None,
        "month": month_number(match["mon"]) if groups.get("mon") else _int(match, "nmon") if "nmon" in groups else None,
        "day": _int(match, "day") if "day" in groups else None,
        "weekday": weekday_name(match["wd"]) if groups.get("wd") else None,
    }


_YEAR_TAIL = rf"(?:,?\s+(?P<year>{YEAR}))?"
_FAMILIES: list[tuple[str, re.Pattern[str]]] = [
    # "Sunday (Sept 29)", "Sunday (29 September 2025)"
    ("weekday-paren", re.compile(
        rf"\b(?P<wd>{WEEKDAY})\s*\(\s*(?:(?P<mon>{MONTH})\s+(?P<day>{DAY})|(?P<day2>{DAY})\s+(?P<mon2>{MONTH}))"
        rf"{_YEAR_TAIL}\s*\)")),
    # "Wednesday, Feb. 3, 1998", "Feb. 3", "September 3rd 2025"
    ("month-day", re.compile(rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<day>{DAY})\b{_YEAR_TAIL}")),
    # "Sunday, 28 September 2025", "6 February", "the 3rd of May"
    ("day-month", re.compile(
        rf"\b(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?(?P<day>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH}){_YEAR_TAIL}")),
    # "June 2022", "Sept., 1998"
    ("month-year", re.compile(rf"\b(?P<mon>{MONTH}),?\s+(?P<year>{YEAR})\b")),
    # "2025-09-28"
    ("iso", re.compile(rf"(?<![\d-])(?P<year>{YEAR})-(?P<nmon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)")),
    # "Sunday": resolved against the anchor and the tense
    ("weekday", re.compile(rf"\b(?P<wd>{WEEKDAY_FULL})")),
]  # fmt: skip


def _mention(family: str, match: re.Match[str], text: str) -> DateMention:
    if family == "weekday-paren" and match["day2"]:
        parts: dict[str, int | str | None] = {
            "year": _int(match, "year"),
            "month": month_number(match["mon2"]),
            "day": _int(match, "day2"),
            "weekday": weekday_name(match["wd"]),
        }
    else:
        parts = _parts(match)
    start, end = match.span()
    return DateMention(
        start=start,
        end=end,
        text=match.group(),
        family=family,
        tense=tense_at(text, start, end),
        **parts,  # type: ignore[arg-type]
    )


def _longest_first(found: list[tuple[int, int, int, re.Match[str]]]) -> Iterator[tuple[int, re.Match[str]]]:
    """Non-overlapping matches: at each place the longest, then the earliest family."""
    taken_until = -1
    for start, _neg_len, family_index, match in sorted(found, key=lambda f: (f[0], f[1], f[2])):
        if start >= taken_until:
            taken_until = match.end()
            yield family_index, match


def scan_dates(text: str) -> list[DateMention]:
    """Every date mention in ``text``, in text order, never overlapping."""
    found = [
        (m.start(), -(m.end() - m.start()), index, m)
        for index, (_, pattern) in enumerate(_FAMILIES)
        for m in pattern.finditer(text)
    ]
    return [_mention(_FAMILIES[index][0], match, text) for index, match in _longest_first(found)]
