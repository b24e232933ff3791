"""Candidate durations: "four-day", "76 years", "the past three years", "for decades".

Like the date scanner, one pass of compiled patterns; each ``DurationMention``
keeps its count (``None`` when vague: "for years"), unit and the bound the
wording puts on it ("more than two weeks").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.patterns import NUMBER, number_value

__all__ = ["DurationMention", "scan_durations"]


@dataclass(frozen=True, slots=True)
class DurationMention:
    start: int
    end: int
    text: str
    count: float | None
    """How many units; ``None`` for "years", "several weeks"."""
    unit: str
    """``second``, ``minute``, ``hour``, ``day``, ``week``, ``month``, ``year``, ``decade`` or ``century``."""
    mod: str | None = None
    """``more_than``, ``less_than`` or ``approx``."""


_BOUNDS = {
    "more than": "more_than", "over": "more_than", "at least": "more_than", "upwards of": "more_than",
    "less than": "less_than", "under": "less_than", "up to": "less_than", "at most": "less_than",
    "fewer than": "less_than", "nearly": "approx", "almost": "approx", "about": "approx",
    "around": "approx", "some": "approx", "roughly": "approx", "approximately": "approx",
}  # fmt: skip
_BOUND = "|".join(sorted(map(re.escape, _BOUNDS), key=len, reverse=True))
_UNIT = r"seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century"
_HYPHEN_UNIT = r"second|minute|hour|day|week|month|year|decade|century"
_NOT_AFTER = r"(?!\s+(?:ago|old|earlier|later|before|after\s+(?:that|the)|from\s+now)\b)(?!-old)(?!\s*'s\b)"

_PATTERNS = [
    # "76 years", "the past three years", "more than two weeks", "5 1/2 hours", "a decade"
    re.compile(
        rf"\b(?:(?P<bound>{_BOUND})\s+)?(?:(?:the|a|an)\s+)?(?:(?:past|last|next|coming|first|final|previous|another)"
        rf"\s+)?(?P<n>{NUMBER})\s+(?:more\s+|full\s+|straight\s+|consecutive\s+|long\s+)?(?P<unit>{_UNIT})\b"
        rf"{_NOT_AFTER}",
        re.IGNORECASE,
    ),
    # "four-day", "16-hour", "a 14-day", "day-long", "decades-long"
    re.compile(rf"\b(?P<n>{NUMBER})-(?P<unit>{_HYPHEN_UNIT})(?:-long)?\b(?!-old)", re.IGNORECASE),
    re.compile(rf"\b(?P<unit>{_HYPHEN_UNIT}|{_HYPHEN_UNIT}s)-?long\b", re.IGNORECASE),
    # "the past year", "the coming month"
    re.compile(rf"\bthe\s+(?:past|next|coming|previous)\s+(?P<unit>{_HYPHEN_UNIT})\b{_NOT_AFTER}", re.IGNORECASE),
    # "for years", "in recent weeks", "over the decades", "several months"
    re.compile(
        r"\b(?:(?:for|in|over|within)\s+(?:the\s+)?(?:(?:past|last|next|coming|recent)\s+)?"
        r"|(?:several|a\s+few|few|many|recent|coming)\s+)(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades)"
        rf"\b{_NOT_AFTER}",
        re.IGNORECASE,
    ),
]
# "once a year", "$2 billion a year", "twice a week": rates and frequencies, not durations.
_RATE_BEFORE = re.compile(
    r"(?:\b(?:once|twice|times|per|each|every|billion|million|thousand|percent|dollars?|cents?|bn|m)|[\d%])\s*$",
    re.IGNORECASE,
)
_VAGUE_PREFIX = re.compile(r"^(?:for|in|over|within)\s+(?:the\s+)?(?:(?:past|last|next|coming)\s+)?", re.IGNORECASE)


def _unit(word: str) -> str:
    word = word.lower().rstrip("s")
    return "century" if word.startswith("centur") else word


def scan_durations(text: str) -> list[DurationMention]:
    """Every duration mention in ``text``, in text order, never overlapping."""
    found: list[DurationMention] = []
    for index, pattern in enumerate(_PATTERNS):
        for m in pattern.finditer(text):
            groups = m.groupdict()
            start, end = m.span()
            count: float | None
            if groups.get("n"):
                count = number_value(groups["n"])
                if count is None:
                    continue
                article = groups["n"].lower() in ("a", "an")
                if article and not groups.get("bound") and _RATE_BEFORE.search(text, max(0, start - 20), start):
                    continue
            elif index == 2:
                count = None if m.group("unit").lower().endswith("s") else 1
            elif index == 3:
                count = 1
            else:
                count = None
                prefix = _VAGUE_PREFIX.match(m.group())
                if prefix:  # "for years": the span is the duration, not the preposition
                    start += prefix.end()
            bound = groups.get("bound")
            found.append(
                DurationMention(
                    start, end, text[start:end], count, _unit(m["unit"]), _BOUNDS.get((bound or "").lower())
                )
            )
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DurationMention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept
