"""FC102 duration-range-mismatch."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import timedelta

from factcheck.model import DateFact, DurationFact, Finding, Severity
from factcheck.rules._rule import DocumentContext, rule
from factcheck.text import clause_bounds, sentence_spans

_RANGE_JOIN = re.compile(r"^\s*(?:to|until|till|through|thru|and|-|–|—)\s*$", re.IGNORECASE)
_DAYS = re.compile(r"^P(\d+)([DW])$")
_OFFSET = re.compile(r"\s+(?:after|before|later|earlier|ago|since|from now)\b", re.IGNORECASE)
"""A length that places something in time ("10 days after the vote was called") measures no range."""


def _days(duration: DurationFact) -> int | None:
    match = _DAYS.match(duration.value)
    if not match or duration.mod is not None:
        return None
    return int(match[1]) * (7 if match[2] == "W" else 1)


def _same_predicate(ctx: DocumentContext, duration: DurationFact, bound: DateFact) -> bool:
    """Whether the length and the range are said of one predicate ("a four-day visit from Saturday")."""
    a, b = ctx.predication(duration), ctx.predication(bound)
    return a is not None and b is not None and a.predicate == b.predicate


@rule("FC102", "duration-range-mismatch", severity=Severity.ERROR, requires=("date", "duration"))
def duration_range_mismatch(ctx: DocumentContext) -> Iterator[Finding]:
    """A stated length does not match the stated start and end it goes with.

    ## Why it matters
    "A four-day visit from Saturday to Thursday" is six days; one of the three
    facts is wrong.

    ## How sure
    - **error**: the length and the range are said of one predicate in one
      clause ("a four-day visit from Saturday to Thursday").

    ## Stays silent when
    - the duration and the range are not in one clause ("10 days in custody,
      ... in court Tuesday and Wednesday") or not of one predicate, or the range is not
      "from X to Y" / "X through Y" / "between X and Y" of two day-precision dates;
    - the duration is hedged ("more than four days") or not in days or weeks,
      or it is an offset ("10 days after ...", "two weeks later"), not a length;
    - the range counts the days inclusively or the nights: a four-day visit may
      run Saturday to Tuesday (four days) or Saturday to Wednesday (four nights).
    """
    text = ctx.document.text
    dates = [d for d in ctx.facts(DateFact) if d.day is not None]
    durations = ctx.facts(DurationFact)
    for start, end in sentence_spans(text):
        in_sentence = [d for d in dates if start <= d.start < end]
        for first, last in itertools.pairwise(in_sentence):
            if not _RANGE_JOIN.match(text[first.end : last.start]):
                continue
            begin, finish = first.day, last.day
            assert begin is not None
            assert finish is not None
            if finish < begin and last.relative:
                finish += timedelta(days=7 * ((begin - finish).days // 7 + 1))  # "Saturday to Thursday"
            span = (finish - begin).days + 1
            clause = clause_bounds(text, first.start, last.end)
            for duration in (d for d in durations if clause[0] <= d.start < clause[1]):
                if not _same_predicate(ctx, duration, first) or _OFFSET.match(text, duration.end):
                    continue
                days = _days(duration)
                if days is None or span in (days, days + 1):
                    continue
                yield ctx.finding(
                    evidence=[duration, first, last],
                    expected=f"{span - 1}-{span} days",
                    actual=f"{days} days",
                    message=(
                        f'"{duration.text}" ({days} days) but "{first.text}" ({begin}) to "{last.text}" ({finish}) '
                        f"is {span} days counted inclusively"
                    ),
                )
