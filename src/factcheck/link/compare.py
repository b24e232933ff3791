"""Which values of two reports are the same statement, and how sure that is: the pairs FC3xx compare.

Two paths lead to a pair, both through the statement model (``link.predication``):

- **certain**: the words around two values agree (``link.align``: a sentence
  reworded or moved) and both fill the same predication;
- **probable**: the values are not worded alike, but each is its report's
  only value of one predication, a current one (not background), with the
  same participants: "Choe Son-hui met Wang Sunday" and "a meeting between
  Wang Yi and Choe Son-hui on Monday"; "90 people killed" and "killed 84
  people" in two reports of one crash.

Anything else is not compared: identity in doubt means silence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.link.align import align
from factcheck.link.events import EVENT_TYPES
from factcheck.link.predication import PREDICATE_CLASSES, Predication, names_agree, same_predication
from factcheck.link.statements import Linked
from factcheck.model import DateFact, NumberFact

__all__ = ["Pair", "statement_pairs"]

_EVENTS = frozenset(EVENT_TYPES)
_COUNTED = frozenset(PREDICATE_CLASSES) - _EVENTS


@dataclass(frozen=True, slots=True)
class Pair:
    """Two values of two reports that state the same thing."""

    first: Predication
    second: Predication
    certain: bool
    """Worded alike (``True``) or matched by predication and participants only (``False``: probable)."""


def _key(p: Predication, kind: type) -> tuple[str, str | None, str | None] | None:
    """What a value must share with another to be the same statement by predication alone."""
    if p.predicate is None:
        return None
    if kind is DateFact:
        return (p.predicate, None, None) if p.predicate in _EVENTS and not p.background else None
    if kind is NumberFact:
        if p.predicate not in _COUNTED or not p.measured:
            return None
        # the count is tied to an event of the clause ("the bombings that killed 224"), or its noun names
        # what happened ("40,000 refugees"); a count of "members" or "dissidents" is of nothing in particular
        return (p.predicate, p.measured, p.event) if p.event or p.measured == p.word else None
    return None


def _alone(linked: Linked, kind: type) -> dict[tuple[str, str | None, str | None], Predication]:
    """The values that are their report's only one of a predication, by that predication."""
    found: dict[tuple[str, str | None, str | None], list[Predication]] = defaultdict(list)
    for p in linked.predications:
        if isinstance(p.fact, kind):
            key = _key(p, kind)
            if key is not None:
                found[key].append(p)
    return {key: ps[0] for key, ps in found.items() if len(ps) == 1}


def statement_pairs(first: Linked, second: Linked, kind: type) -> Iterator[Pair]:
    """The pairs of values of ``kind`` that two reports state about the same thing, certain ones first."""
    facts_a, facts_b = first.facts_of(kind), second.facts_of(kind)
    taken: set[tuple[int, int]] = set()
    for aligned in align(facts_a, first.document.text, facts_b, second.document.text, sentences=kind is not DateFact):
        a, b = first.predication(aligned.first), second.predication(aligned.second)
        if a is not None and b is not None and same_predication(a, b):
            taken.add((a.fact.start, b.fact.start))
            yield Pair(a, b, certain=True)
    alone_b = _alone(second, kind)
    least = 2 if kind is DateFact else 0
    for key, a in sorted(_alone(first, kind).items(), key=lambda item: item[1].fact.start):
        b = alone_b.get(key)
        if b is None or (a.fact.start, b.fact.start) in taken:
            continue
        if least and not names_agree(a.participants, b.participants, least):
            continue
        if not least and a.participants and b.participants and not a.participants & b.participants:
            continue  # counts of clauses that name other places or people
        yield Pair(a, b, certain=False)
