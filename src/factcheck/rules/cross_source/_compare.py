"""What the cross-source rules share: which documents to compare, and when two values disagree.

Only documents from different sources are compared (two updates of one
outlet's story legitimately change their figures); a document without a
source counts as its own. Each comparison returns ``True`` (they agree),
``False`` (they cannot both be true) or ``None`` (not comparable: an unknown
part, another unit or currency) — and ``None`` is silence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from itertools import combinations
from typing import Generic, TypeVar, cast

from factcheck.link.compare import statement_pairs
from factcheck.model import DateFact, DurationFact, Evidence, FactBase, MoneyFact, NumberFact, Severity
from factcheck.rules._rule import DocumentContext, StoryContext

F = TypeVar("F", bound=FactBase)

__all__ = [
    "Conflict",
    "amounts_agree",
    "counts_agree",
    "dates_agree",
    "duration_days",
    "durations_agree",
    "source_pairs",
    "statement_conflicts",
]


def source_pairs(story: StoryContext) -> Iterator[tuple[DocumentContext, DocumentContext]]:
    """Pairs of the story's documents from different sources, in story order."""
    for first, second in combinations(story.documents, 2):
        a, b = first.document.source, second.document.source
        if a is None or b is None or a.strip().lower() != b.strip().lower():
            yield first, second


_COMPARABLE = {"day": 10, "time": 10, "month": 7, "year": 4}


def _weekday_fits(weekday_fact: DateFact, other: DateFact) -> bool:
    """ "Friday" in one report agrees with "Feb. 6" in the other if Feb. 6 is a Friday near the anchor."""
    day, other_day = weekday_fact.day, other.day
    return (
        day is not None
        and other_day is not None
        and other_day.strftime("%A") == day.strftime("%A")
        and abs(other_day - day) <= timedelta(days=7)
    )


def dates_agree(first: DateFact, second: DateFact) -> bool | None:
    """Equal at the precision both give; a bare weekday also agrees with a date on that weekday a week off."""
    if "X" in first.value or "X" in second.value or first.granularity not in _COMPARABLE:
        return None
    if second.granularity not in _COMPARABLE:
        return None
    width = min(_COMPARABLE[first.granularity], _COMPARABLE[second.granularity])
    if first.value[:width] == second.value[:width]:
        return True
    for weekday_fact, other in ((first, second), (second, first)):
        if (
            weekday_fact.relative
            and re.fullmatch(r"[A-Za-z]+", weekday_fact.text)
            and _weekday_fits(weekday_fact, other)
        ):
            return True  # the weekday's own resolution (past or future) is the uncertain one
    return False


_ISO = re.compile(
    r"^P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
    r"(?:T(?:(?P<h>[\d.]+)H)?(?:(?P<m>[\d.]+)M)?(?:(?P<s>[\d.]+)S)?)?$"
)
_DAYS = {"Y": 365.25, "M": 30.4375, "W": 7.0, "D": 1.0, "h": 1 / 24, "m": 1 / 1440, "s": 1 / 86400}


def duration_days(value: str) -> float | None:
    """An ISO 8601 duration in days (a month is 30.4375); ``None`` for a vague one ("PXY")."""
    match = _ISO.match(value)
    if not match or value in ("P", "PT"):
        return None
    return sum(float(number) * _DAYS[unit] for unit, number in match.groupdict().items() if number)


def _interval(value: float, bound: str, upper: float | None = None) -> tuple[float, float]:
    if upper is not None:
        return value, upper
    if bound == "lower":
        return value, float("inf")
    if bound == "upper":
        return 0.0, value
    if bound == "approx":
        return value * 0.9, value * 1.1
    return value, value


def _agree(first: float, first_bound: str, second: float, second_bound: str, tolerance: float) -> bool:
    """Two stated values agree when the truths they allow overlap; but the same statement with the same
    hedge ("up to $3 million" and "up to $4 million") states one threshold, which must match."""
    if first_bound == second_bound and first_bound in ("lower", "upper"):
        return abs(first - second) <= tolerance * max(abs(first), abs(second)) + 1e-9
    return _overlap(_interval(first, first_bound), _interval(second, second_bound), tolerance)


def _overlap(first: tuple[float, float], second: tuple[float, float], tolerance: float) -> bool:
    low = max(first[0], second[0])
    high = min(first[1], second[1])
    return low <= high * (1 + tolerance) + 1e-9


def durations_agree(first: DurationFact, second: DurationFact) -> bool | None:
    """Equal lengths ("two weeks" = "14 days"), hedges ("more than") taken as bounds."""
    a, b = duration_days(first.value), duration_days(second.value)
    if a is None or b is None:
        return None
    bounds = {"more_than": "lower", "less_than": "upper", "approx": "approx", None: "exact"}
    return _agree(a, bounds[first.mod], b, bounds[second.mod], 0.01)


def amounts_agree(first: MoneyFact, second: MoneyFact) -> bool | None:
    """Same currency and overlapping amounts: "exceeded $2 billion" agrees with "$2.3 billion"."""
    if first.currency is None or second.currency is None or first.currency != second.currency:
        return None
    if first.amount_max is not None or second.amount_max is not None:
        a = _interval(first.amount, first.bound, first.amount_max)
        b = _interval(second.amount, second.bound, second.amount_max)
        return _overlap(a, b, 0.02)
    return _agree(first.amount, first.bound, second.amount, second.bound, 0.02)


_STRICT = re.compile(r"\b(?:more than|over|above|upwards of|in excess of|fewer than|less than|under|below)\s+\Z")


_VAGUE = re.compile(r"(?:tens|dozens|scores|hundreds|thousands|millions|billions)\b", re.IGNORECASE)
"""A vague plural ("thousands of residents") says an order of magnitude, not a count."""
_SAME_HEDGE = 1.5
"""Two bounds of one direction agree when the larger is at most this many times the smaller."""


def counts_agree(first: NumberFact, second: NumberFact, text_first: str = "", text_second: str = "") -> bool | None:
    """Counts of the same thing whose bounds overlap: "at least 15" and "at least 14" are both true, "more
    than 40,000" and "roughly 36,000" are not (a stated "more than" excludes its number). Ordinals and
    unitless counts are not compared; the texts, when given, tell "more than" from "at least"."""
    if first.ordinal or second.ordinal or _VAGUE.match(first.text) or _VAGUE.match(second.text):
        return None
    if first.bound == second.bound and first.bound in ("lower", "upper"):
        # "at least 15" and "at least 14" are both true; "more than 200" and "more than 2,000" state two
        # thresholds an order of magnitude apart, which a hedge on one figure does not cover
        return max(first.value, second.value) <= _SAME_HEDGE * min(first.value, second.value)
    (low_a, high_a), (low_b, high_b) = _count_interval(first, text_first), _count_interval(second, text_second)
    low, high = max(low_a, low_b, key=lambda end: end[0]), min(high_a, high_b, key=lambda end: end[0])
    return low[0] < high[0] or (low[0] == high[0] and not (low[1] or high[1]))


def _count_interval(fact: NumberFact, text: str) -> tuple[tuple[float, bool], tuple[float, bool]]:
    """A count's interval, each end with whether it is excluded ("more than 200" excludes 200)."""
    low, high = _interval(fact.value, fact.bound)
    strict = fact.bound in ("lower", "upper") and _STRICT.search(text, max(0, fact.start - 20), fact.start) is not None
    return (low, strict and fact.bound == "lower"), (high, strict and fact.bound == "upper")


@dataclass(frozen=True)
class Conflict(Generic[F]):
    """Two aligned facts of two documents that cannot both be true, with their evidence."""

    first_id: str
    second_id: str
    first: F
    second: F
    certain: bool = True
    """Worded alike in both reports (see ``link.compare``); ``False`` when matched by predication only."""
    update: bool = False
    """The reports were published on different days, or a value is worded as a change ("rose to"): the
    later one may be an update rather than a mistake."""

    @property
    def severity(self) -> Severity:
        """``error`` when the statement is certainly the same and nothing says one may be an update."""
        return Severity.ERROR if self.certain and not self.update else Severity.WARNING

    @property
    def evidence(self) -> list[Evidence]:
        return [
            Evidence(document=self.first_id, start=self.first.start, end=self.first.end, text=self.first.text),
            Evidence(document=self.second_id, start=self.second.start, end=self.second.end, text=self.second.text),
        ]


def statement_conflicts(
    story: StoryContext, kind: type[F], agree: Callable[[F, F], bool | None]
) -> Iterator[Conflict[F]]:
    """Facts of one kind that two sources state about the same thing (``link.compare``: worded alike, or each
    its report's only value of one predication) and that ``agree`` says cannot both be true."""
    for first, second in source_pairs(story):
        for pair in statement_pairs(first.link, second.link, kind):
            a, b = cast("F", pair.first.fact), cast("F", pair.second.fact)
            if isinstance(a, NumberFact) and isinstance(b, NumberFact):
                if pair.first.measured is None or pair.first.measured != pair.second.measured:
                    continue  # a count of nothing named, or of another thing
                verdict = counts_agree(a, b, first.document.text, second.document.text)
            else:
                verdict = agree(a, b)
            if verdict is False:
                update = _apart(first, second) or _changed(first, a) or _changed(second, b)
                yield Conflict(first.document.id, second.document.id, a, b, pair.certain, update)


_CHANGE = re.compile(
    r"\b(?:rose|risen|rising|increased|climbed|grew|jumped|swelled|reached|fell|dropped|revised|up|down)\s+"
    r"(?:\w+\s+){0,2}(?:to|from)\s+(?:\w+\s+){0,2}\Z",
    re.IGNORECASE,
)


def _changed(context: DocumentContext, fact: FactBase) -> bool:
    """Whether a value is worded as a change ("the toll rose to 20"): an update, not a contradiction."""
    return _CHANGE.search(context.document.text, max(0, fact.start - 40), fact.start) is not None


def _apart(first: DocumentContext, second: DocumentContext) -> bool:
    """Reports of different days: a later one may carry newer figures."""
    a, b = first.document.anchor, second.document.anchor
    return a is not None and b is not None and a != b
