"""Which reference figure an amount or count of an article is about (FC206).

A figure (INTERFACE section 2) is compared with an amount or count only when
the sentence clearly speaks of the same thing: every entity the figure is
about is named in the sentence (by a form that names it alone), the measured
thing is named ("trade", or an alias such as "bilateral trade", "residents"),
the unit is the same (the currency, or the counted noun), and the date
nearest the amount in the sentence is the figure's period ("in 2023", "last
year", "the 2020 census"). Anything less, or two figures that could be meant
with different values, is silence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.link.entities import EntityIndex, EntityMention
from factcheck.model import DateFact, Entity, Fact, Figure, MoneyFact, NumberFact
from factcheck.text import sentence_bounds

__all__ = ["FigureIndex", "FigureStatement"]


@dataclass(frozen=True, slots=True)
class FigureStatement:
    """An amount or count of the text linked to the one reference figure it states."""

    fact: MoneyFact | NumberFact
    figure: Figure
    about: tuple[Entity, ...]
    """The entities of the figure, as the KB names them."""
    period: DateFact
    """The date that places the amount in the figure's period."""


@dataclass(frozen=True)
class _Usable:
    figure: Figure
    about: tuple[Entity, ...]
    names: re.Pattern[str]
    """The measured thing and its aliases, as whole words."""


def _singular(noun: str) -> str:
    noun = noun.strip().lower()
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


class FigureIndex:
    """The KB's figures that can be compared with anything: a period, a unit, and entities that link."""

    def __init__(self, figures: Sequence[Figure], entities: EntityIndex) -> None:
        usable = []
        for figure in figures:
            about = [entities.entity_named(name) for name in figure.about]
            if figure.period is None or figure.unit is None or None in about:
                continue
            words = "|".join(re.escape(n.strip()).replace(r"\ ", r"\s+") for n in figure.names if n.strip())
            pattern = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
            usable.append(_Usable(figure, tuple(e for e in about if e is not None), pattern))
        self._usable = tuple(usable)

    def __bool__(self) -> bool:
        return bool(self._usable)

    def _unit_of(self, fact: MoneyFact | NumberFact) -> str | None:
        if isinstance(fact, MoneyFact):
            return fact.currency.upper() if fact.currency else None
        return _singular(fact.unit) if fact.unit and not fact.ordinal and fact.unit != "multiplier" else None

    def statements(self, text: str, facts: Sequence[Fact], mentions: Sequence[EntityMention]) -> list[FigureStatement]:
        """Each amount or count of ``facts`` with the one figure it states (``mentions``: the document's)."""
        if not self._usable:
            return []
        dates = [f for f in facts if isinstance(f, DateFact)]
        found = []
        for fact in facts:
            if not isinstance(fact, (MoneyFact, NumberFact)):
                continue
            unit = self._unit_of(fact)
            if unit is None:
                continue
            start, end = sentence_bounds(text, fact.start, fact.end)
            named = {m.entity.name for m in mentions if start <= m.start and m.end <= end}
            near = [d for d in dates if start <= d.start and d.end <= end]
            if not near:
                continue
            period = min(near, key=lambda d: max(d.start - fact.end, fact.start - d.end, 0))
            matches = [
                u for u in self._usable
                if (u.figure.unit or "").upper() == unit.upper() or _singular(u.figure.unit or "") == unit
                if u.figure.period == period.value and {e.name for e in u.about} <= named
                and u.names.search(text, start, end)
            ]  # fmt: skip
            if matches and len({u.figure.value for u in matches}) == 1:
                found.append(FigureStatement(fact, matches[0].figure, matches[0].about, period))
        return found
