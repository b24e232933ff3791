"""FC105 restated-value-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.link.predication import PREDICATE_CLASSES, Predication, same_name
from factcheck.model import DateFact, DurationFact, FactBase, Finding, MoneyFact, NumberFact, Severity
from factcheck.rules._rule import DocumentContext, rule
from factcheck.rules.cross_source._compare import amounts_agree, counts_agree, duration_days, durations_agree
from factcheck.text import sentence_bounds

_NEAR = 400
"""How far apart (characters) two statements may stand and still be a restatement rather than another case."""
_KNOWN = frozenset(PREDICATE_CLASSES) - {"say"}
"""Predicate classes a restatement is recognised by; a reporting verb ("62 deputies told him") says who
speaks, and two sources an article quotes side by side may disagree on purpose."""
_CHANGE = re.compile(
    r"\b(?:rose|risen|rising|increased|climbed|grew|jumped|gained|gaining|fell|falling|dropped|lost|losing|"
    r"revised|up|down|from|by)\s+(?:to\s+)?\Z"
)
_BREAKDOWN = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:others|other|more)\b")
"""A sentence that splits a total ("four died at the scene and three others in hospital") restates no figure."""
_RATIO = 2.0
"""Two values more than this many times apart are two statements, not one misstated."""


def _agree(ctx: DocumentContext, a: Predication, b: Predication) -> bool | None:
    first, second = a.fact, b.fact
    if isinstance(first, DurationFact) and isinstance(second, DurationFact):
        return durations_agree(first, second)
    if isinstance(first, MoneyFact) and isinstance(second, MoneyFact):
        return amounts_agree(first, second)
    if isinstance(first, NumberFact) and isinstance(second, NumberFact):
        text = ctx.document.text
        return counts_agree(first, second, text, text) if a.measured and a.measured == b.measured else None
    return None


def _restated(ctx: DocumentContext, a: Predication, b: Predication) -> bool:
    """The same statement twice: one predicate class, one measured thing, in two sentences whose participants
    are one's within the other's, with no other day named for either."""
    text = ctx.document.text
    return (
        a.predicate in _KNOWN
        and a.predicate == b.predicate
        and a.measured == b.measured
        and (a.measured is not None or isinstance(a.fact, DurationFact))
        and sentence_bounds(text, a.fact.start, a.fact.end) != sentence_bounds(text, b.fact.start, b.fact.end)
        and _within(a.participants, b.participants)
        and _close_values(a, b)
        and not _other_days(ctx, a, b)
        and not any(_BREAKDOWN.search(text, *sentence_bounds(text, p.fact.start, p.fact.end)) for p in (a, b))
        and not any(_CHANGE.search(text, max(0, p.fact.start - 30), p.fact.start) for p in (a, b))
    )


def _within(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether the names of one clause are all among the other's (spellings one letter apart count as one)."""
    smaller, larger = sorted((first, second), key=len)
    return bool(smaller) and all(any(same_name(name, other) for other in larger) for name in smaller)


def _value(fact: FactBase) -> float | None:
    if isinstance(fact, NumberFact):
        return fact.value
    if isinstance(fact, MoneyFact):
        return fact.amount
    if isinstance(fact, DurationFact):
        return duration_days(fact.value)
    return None


def _close_values(a: Predication, b: Predication) -> bool:
    first, second = _value(a.fact), _value(b.fact)
    if first is None or second is None or first <= 0 or second <= 0:
        return False
    return max(first, second) / min(first, second) <= _RATIO


def _other_days(ctx: DocumentContext, a: Predication, b: Predication) -> bool:
    """Whether the two sentences name different days: "closed at 2,261 on Thursday ... on Wednesday, ended at
    2,254" are two days' figures."""
    text = ctx.document.text
    days = []
    for p in (a, b):
        start, end = sentence_bounds(text, p.fact.start, p.fact.end)
        days.append({d.value[:10] for d in ctx.facts(DateFact) if start <= d.start < end and d.day is not None})
    return bool(days[0] and days[1] and not days[0] & days[1])


@rule(
    "FC105",
    "restated-value-mismatch",
    severity=Severity.WARNING,
    requires=("date", "number", "duration", "money"),
)
def restated_value_mismatch(ctx: DocumentContext) -> Iterator[Finding]:
    """One article states the same thing twice with values that cannot both hold.

    ## Why it matters
    "The court gave her eight years" and, a sentence later, "she was sentenced
    to nine years": the reader cannot tell which is right, and an editor can fix it
    before publication.

    ## How sure
    - **warning**: two statements close together (a few sentences) fill
      the same predication: predicates of one class ("received",
      "sentenced"), the same measured thing, and clauses that name the same
      participants (a name in common, spellings one letter apart counted as
      one). It is not an error: an article may quote two sources that
      disagree.

    ## Stays silent when
    - the two values are of different participants ("A was sentenced to 13
      years, B received 11 years");
    - either value is worded as a change ("rose to 20", "up from 19");
    - bounds make them agree: "at least 15" and "at least 14" are both true;
    - a vague plural ("thousands of people") is no count: only numbers are
      compared;
    - the predicate is of no known class, or either clause names nobody, or
      one clause names people the other does not;
    - the two values are in one sentence (a list: "113 voted for, four
      against"), or their sentences name different days (two days' figures),
      or either sentence splits a total ("five died at the scene and two
      others in hospital");
    - one value is more than twice the other: two statements, not one
      misstated ("36 wounded" in one attack, "350 injured" in the offensive).
    """
    kinds = (DurationFact, NumberFact, MoneyFact)
    statements = [p for p in ctx.predications if isinstance(p.fact, kinds) and p.predicate in _KNOWN]
    statements.sort(key=lambda p: p.fact.start)
    for index, a in enumerate(statements):
        for b in statements[index + 1 :]:
            if b.fact.start - a.fact.end > _NEAR:
                break
            if type(a.fact) is not type(b.fact) or not _restated(ctx, a, b) or _agree(ctx, a, b) is not False:
                continue
            yield ctx.finding(
                evidence=[a.fact, b.fact],
                expected=a.fact.text,
                actual=b.fact.text,
                message=f'"{a.fact.text}" and then "{b.fact.text}" for the same {a.predicate} of the same people',
            )
