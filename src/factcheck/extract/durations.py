"""Candidate durations: "four-day", "76 years", "the past three years", "for decades".

Like the date scanner, one pass of compiled patterns; each ``DurationMention``
keeps its count (``None`` when vague: "for years"), unit and the bound the
wording puts on it ("more than two weeks").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from factcheck.extract._families import bounded
from factcheck.extract._near import finditer_near, windows, word_starts
from factcheck.extract.mentions import DurationMention
from factcheck.extract.numerals import count_value
from factcheck.extract.patterns import NUMBER
from factcheck.lexicon.hedges import DURATION_BOUNDS

__all__ = ["scan_durations"]


_BOUND = "|".join(sorted(map(re.escape, DURATION_BOUNDS), key=len, reverse=True))
_UNIT = r"seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centuries|century"
_ABBREVIATIONS = {"h": "hour", "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "sec": "second",
                  "secs": "second", "yr": "year", "yrs": "year"}  # fmt: skip
_TAIL = r"(?:\s+and\s+(?:a\s+)?(?P<tail>half|quarter))?"
_HYPHEN_UNIT = r"second|minute|hour|day|week|month|year|decade|century"
_NOT_AFTER = r"(?!\s+(?:ago|old|earlier|later|before|after\s+(?:that|the)|from\s+now)\b)(?!-old)(?!\s*'s\b)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "76 years", "the past three years", "more than two weeks", "5 1/2 hours", "a decade"
    (
        "counted",
        re.compile(
            rf"\b(?:(?P<bound>{_BOUND})\s+|the\s+)?(?:(?:past|last|next|coming|first|final|previous|another)"
            rf"\s+)?(?P<n>{NUMBER})\s+(?:more\s+|full\s+|straight\s+|consecutive\s+|long\s+)?(?P<unit>{_UNIT})\b"
            rf"(?![-\w]){_TAIL}{_NOT_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # "3h", "3 hrs", "123.45 sec", "3.5years"
    (
        "abbreviated",
        re.compile(
            r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s*(?:(?P<abbr>hrs?|h|mins?|secs?|yrs?)|(?P<unit>years|months|weeks"
            rf"|days|hours|minutes|seconds))(?![\w-]){_NOT_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # "all day", "a full year", "the whole week", "all-month"
    ("whole", re.compile(r"\b(?:all|full|whole|entire)[- ](?P<unit>day|week|month|year)\b(?![- ]old)", re.IGNORECASE)),
    # "four-day", "16-hour", "a 14-day", "day-long", "decades-long"
    ("adjectival", re.compile(rf"\b(?P<n>{NUMBER})-(?P<unit>{_HYPHEN_UNIT}s?)(?:-long)?\b(?!-old)", re.IGNORECASE)),
    ("long", re.compile(rf"\b(?P<unit>{_HYPHEN_UNIT}|{_HYPHEN_UNIT}s)-?long\b", re.IGNORECASE)),
    # "the past year", "the coming month"
    (
        "the-past",
        re.compile(rf"\bthe\s+(?:past|next|coming|previous)\s+(?P<unit>{_HYPHEN_UNIT})\b{_NOT_AFTER}", re.IGNORECASE),
    ),
    # "for years", "in recent weeks", "over the decades", "several months"
    (
        "vague",
        re.compile(
            r"\b(?:(?:for|in|over|within)\s+(?:the\s+)?(?:(?:past|last|next|coming|recent)\s+)?"
            r"|(?:several|a\s+few|few|many|recent|coming)\s+)(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades)"
            rf"\b{_NOT_AFTER}",
            re.IGNORECASE,
        ),
    ),
]
_PATTERNS = [(family, re.compile(bounded(pattern.pattern), pattern.flags)) for family, pattern in _PATTERNS]
"""Every repetition bounded, as in the date and money families (``_families.bounded``): linear scans."""
_UNIT_WORDS = word_starts(
    ["second", "minute", "hour", "day", "night", "week", "fortnight", "month", "year", "decade", "centur"]
)
_DIGIT_UNIT = re.compile(r"\d\s*[hHmMsSyY]")
"""The triggers (see ``_near``): a unit word, or a digit before an abbreviated one ("3h", "5 min")."""
# "once a year", "$2 billion a year", "twice a week": rates and frequencies, not durations.
_RATE_BEFORE = re.compile(
    r"(?:\b(?:once|twice|times|per|each|every|billion|million|thousand|percent|dollars?|cents?|bn|m)|[\d%])\s*$",
    re.IGNORECASE,
)
_VAGUE_PREFIX = re.compile(r"^(?:for|in|over|within)\s+(?:the\s+)?(?:(?:past|last|next|coming)\s+)?", re.IGNORECASE)


def _unit(word: str) -> str:
    word = word.lower()
    if word in _ABBREVIATIONS:
        return _ABBREVIATIONS[word]
    word = word.rstrip("s")
    return {"night": "day"}.get(word, "century" if word.startswith("centur") else word)


def _count(m: re.Match[str], text: str, family: str) -> tuple[float | None, int] | None:
    """The count of a match and where its span starts; ``None`` when the match is not a duration."""
    groups = m.groupdict()
    start = m.start()
    unit_word = (groups.get("unit") or groups.get("abbr") or "").lower()
    if groups.get("n"):
        count = count_value(groups["n"])
        if count is None:
            return None
        if groups.get("tail"):
            count += 0.5 if groups["tail"].lower() == "half" else 0.25
        article = groups["n"].lower() in ("a", "an")
        if article and unit_word == "second":
            return None  # "a second round"
        if family == "counted" and unit_word == "second" and count >= 2 and count == int(count):
            return None  # "twenty second" is an ordinal: two seconds or more take the plural
        if article and not groups.get("bound") and _RATE_BEFORE.search(text, max(0, start - 20), start):
            return None
        return count, start
    if family in ("whole", "the-past"):  # "all day", "the past year"
        return 1, start
    if family == "long":  # "day-long" (one), "decades-long" (vague)
        return (None if unit_word.endswith("s") else 1), start
    prefix = _VAGUE_PREFIX.match(m.group())
    return None, start + (prefix.end() if prefix else 0)  # "for years": the span is "years"


def scan_durations(text: str) -> list[DurationMention]:
    """Every duration mention in ``text``, in text order, never overlapping."""
    found: list[DurationMention] = []
    near_units, near_digits = windows(_UNIT_WORDS, text), windows(_DIGIT_UNIT, text)
    for family, pattern in _PATTERNS:
        for m in finditer_near(pattern, text, near_digits if family == "abbreviated" else near_units):
            counted = _count(m, text, family)
            if counted is None:
                continue
            count, start = counted
            unit = _unit(m.groupdict().get("unit") or m.groupdict().get("abbr") or "")
            bound = DURATION_BOUNDS.get((m.groupdict().get("bound") or "").lower())
            found.append(DurationMention(start, m.end(), text[start : m.end()], count, unit, bound))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DurationMention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return _compounds(kept, text)


_RANK = ["century", "decade", "year", "month", "week", "day", "hour", "minute", "second"]
_COMPOUND_JOIN = re.compile(r"\s*,?\s+and\s+|,\s*|\s+")


def _compounds(found: list[DurationMention], text: str) -> list[DurationMention]:
    """Durations written as parts of one ("two years and three months", "3 hours, 20 minutes") become one
    mention: each part a whole count of a smaller unit than the one before, no bound on a later part; weeks
    mix with no other unit (ISO 8601 writes them alone)."""
    merged: list[DurationMention] = []
    for mention in found:
        first = merged[-1] if merged else None
        if first is None or not _COMPOUND_JOIN.fullmatch(text, first.end, mention.start):
            merged.append(mention)
            continue
        units = [first.unit, *(unit for _, unit in first.more), mention.unit]
        counts = [first.count, *(count for count, _ in first.more), mention.count]
        ranks = [_RANK.index(unit) for unit in units]
        if (
            any(count is None for count in counts)
            or any(count != int(count or 0) for count in counts[:-1])
            or mention.mod is not None
            or any(a >= b for a, b in itertools.pairwise(ranks))
            or ("week" in units or "fortnight" in units or "decade" in units or "century" in units)
        ):
            merged.append(mention)
            continue
        more = (*first.more, (float(mention.count or 0), mention.unit))
        merged[-1] = replace(first, end=mention.end, text=text[first.start : mention.end], more=more)
    return merged
