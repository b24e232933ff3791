"""The facts of a document: extract → normalize, the overlap policy, then the facts the link step finds.

Extracting finds mentions with exact offsets; normalizing gives each its
value (``factcheck.normalize``); where two facts claim the same words, the
overlap policy keeps one (``_without_overlaps``). The claims and events
(``factcheck.link.timeline``, ``factcheck.link.events``) are found last, from
the normalized dates: they say what a date is about, which is linking.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Callable, Iterable

from factcheck.budget import MAX_CHARS, reading_end
from factcheck.extract.dates import scan_dates
from factcheck.extract.durations import scan_durations
from factcheck.extract.money import scan_money
from factcheck.extract.numbers import scan_numbers
from factcheck.extract.quantities import scan_quantities
from factcheck.link.events import scan_events
from factcheck.link.timeline import scan_claims
from factcheck.model import DateFact, Document, Fact
from factcheck.normalize.dates import to_date_facts
from factcheck.normalize.durations import to_duration_fact
from factcheck.normalize.money import to_money_fact
from factcheck.normalize.numbers import to_number_fact
from factcheck.normalize.quantities import to_quantity_fact

__all__ = ["EXTRACTORS", "LINKERS", "facts_of"]

Memo = dict[str, list[Fact]]
"""What the steps of one ``facts_of`` call share: the date facts, which dates, events and claims all read,
are scanned once per call, not once per step (the date scan is the costliest step)."""


def _dates(document: Document, memo: Memo) -> list[Fact]:
    if "date" not in memo:
        memo["date"] = list(to_date_facts(scan_dates(document.text), document.anchor))
    return memo["date"]


def _durations(document: Document, memo: Memo) -> list[Fact]:
    return [to_duration_fact(m) for m in scan_durations(document.text)]


def _money(document: Document, memo: Memo) -> list[Fact]:
    return [to_money_fact(m, document.anchor) for m in scan_money(document.text)]


def _numbers(document: Document, memo: Memo) -> list[Fact]:
    """Counts, ordinals, percentages (quantities in ``percent``) and measured quantities: one numeral scan."""
    quantities = [f for f in map(to_quantity_fact, scan_quantities(document.text)) if f is not None]
    return [*map(to_number_fact, scan_numbers(document.text)), *quantities]


def _claims(document: Document, memo: Memo) -> list[Fact]:
    """Claims about a named thing's time line, which read the normalized dates ("founded in 1945")."""
    anchor = document.anchor
    dates = [f for f in _dates(document, memo) if isinstance(f, DateFact)]
    return list(scan_claims(document.text, dates, anchor.year if anchor else None))


def _events(document: Document, memo: Memo) -> list[Fact]:
    """Dated events: a trigger word and the normalized date nearest to it in its sentence."""
    dates = [f for f in _dates(document, memo) if isinstance(f, DateFact)]
    return list(scan_events(document.text, dates))


Step = Callable[[Document, Memo], list[Fact]]
EXTRACTORS: dict[str, Step] = {
    "date": _dates,
    "duration": _durations,
    "money": _money,
    "number": _numbers,
    "quantity": _numbers,
}
"""Fact kind → the extract-and-normalize step that produces it (one step may produce several kinds)."""
LINKERS: dict[str, Step] = {
    "elapsed": _claims,
    "anniversary": _claims,
    "age": _claims,
    "dated-event": _claims,
    "event": _events,
}
"""Fact kind → the link step that finds it from the document's normalized dates. These facts never overlap
another away: a claim or an event quotes its words, whatever else they hold."""


_TEMPORAL = ("date", "duration")
_INSIDE: dict[str, tuple[str, ...]] = {
    "number": ("date", "duration", "money", "quantity"),
    "quantity": ("date", "duration", "money"),
}
"""Kinds never taken from inside a fact of the listed kinds: "2022" in "June 2022" is part of a date, "76" in
"76 years" of a duration, "2" in "$2 billion" of an amount, "700" in "700 km" of a quantity."""
_CONTAINERS = {kind for inside in _INSIDE.values() for kind in inside}


def _without_overlaps(facts: list[Fact]) -> list[Fact]:
    """The overlap policy, in one place.

    Where a date and a duration overlap ("the past" in "the past four years"),
    the longer is kept; a number or a quantity that overlaps a fact of a kind
    that contains it (``_INSIDE``) is dropped, unless it holds that fact
    whole ("50 miles an hour" holds the duration "an hour").

    Both passes are sweeps over facts sorted by offset, never all pairs: an article of
    10,000 dates costs 10,000 steps, not 10**8 (issue 9).
    """
    kept: list[Fact] = []
    temporal_end = -1  # the furthest end of a kept date or duration; every kept fact starts at or before this one
    for fact in sorted(facts, key=lambda f: (f.start, -(f.end - f.start), f.kind)):
        if fact.kind in _TEMPORAL:
            if temporal_end > fact.start:
                continue
            temporal_end = fact.end
        kept.append(fact)
    covers = {kinds: _Covers([f for f in kept if f.kind in kinds]) for kinds in set(_INSIDE.values())}
    return [f for f in kept if f.kind not in _INSIDE or not covers[_INSIDE[f.kind]].overlap(f)]


class _Covers:
    """Facts sorted by start, asked whether one of them overlaps a fact without being held whole by it."""

    def __init__(self, facts: list[Fact]) -> None:
        facts = sorted(facts, key=lambda f: (f.start, f.end))
        self.starts = [f.start for f in facts]
        self.ends = [f.end for f in facts]
        self.reach = list(itertools.accumulate(self.ends, max))  # the furthest end among the facts up to each index

    def overlap(self, fact: Fact) -> bool:
        first = bisect_left(self.starts, fact.start)
        if first and self.reach[first - 1] > fact.start:
            return True  # one starts before the fact and reaches into it
        # One starts inside the fact: it overlaps unless the fact holds it whole and is longer.
        last = bisect_left(self.starts, fact.end, first)
        return any(
            self.ends[i] > fact.end or (self.starts[i] == fact.start and self.ends[i] == fact.end)
            for i in range(first, last)
        )


def facts_of(document: Document, kinds: Iterable[str] | None = None) -> list[Fact]:
    """The facts of one document, of the given kinds (all when ``None``), in text order.

    The kinds that may contain a wanted kind are extracted as well (``_INSIDE``), so that a number
    inside a date is dropped even when only numbers are asked for. A document over ``budget.MAX_CHARS``
    is read up to ``budget.reading_end`` only (its offsets are unchanged: the text read is a prefix).
    """
    if len(document.text) > MAX_CHARS:
        document = document.model_copy(update={"text": document.text[: reading_end(document.text)]})
    wanted = _KINDS if kinds is None else set(kinds) & _KINDS
    needed = wanted | {kind for want in wanted for kind in _INSIDE.get(want, ())}
    memo: Memo = {}
    facts = [fact for step in _steps(EXTRACTORS, needed) for fact in step(document, memo) if fact.kind in needed]
    linked = [fact for step in _steps(LINKERS, needed) for fact in step(document, memo) if fact.kind in needed]
    kept = (f for f in [*_without_overlaps(facts), *linked] if f.kind in wanted)
    return sorted(kept, key=lambda f: (f.start, f.end, f.kind))


_KINDS = {*EXTRACTORS, *LINKERS}


def _steps(table: dict[str, Step], kinds: set[str]) -> list[Step]:
    """The steps of ``table`` that produce ``kinds``, each once, in a fixed order."""
    return list(dict.fromkeys(table[kind] for kind in sorted(kinds) if kind in table))
