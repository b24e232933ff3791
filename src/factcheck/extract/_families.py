"""Pattern families and the one scan over them: "longest match wins".

A scanner declares each of its families once, with ``@families.family(name,
pattern, near=TRIGGER)`` on the function that reads a match into the parts the
text states (or ``None`` when the context shows the match is none). The scan
runs each family's pattern near its trigger words only (``_near``), and the
scanner turns each match into a mention; ``longest`` then keeps, where
mentions overlap, the longest, and of equally long ones the family declared
first. The date and money scanners share this; so do their tie rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from factcheck.extract._near import finditer_near, windows, word_windows

__all__ = ["Builder", "Families", "Family", "Parts", "Trigger", "longest"]

Parts = dict[str, Any]
Builder = Callable[[re.Match[str], str], Parts | None]
Trigger = re.Pattern[str] | frozenset[str]
"""A regex of literal trigger words, or a set of whole words (lower case) looked up word by word."""


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    pattern: re.Pattern[str]
    trigger: Trigger
    build: Builder


class Families:
    """An ordered list of pattern families: declaration order breaks ties between equally long matches."""

    def __init__(self, flags: int = 0, members: Sequence[Family] = ()) -> None:
        self.flags = flags
        """The flags of a family that gives none."""
        self.members: list[Family] = list(members)

    def __add__(self, other: Families) -> Families:
        """The families of ``self`` then those of ``other``, in that order of precedence."""
        return Families(self.flags, [*self.members, *other.members])

    def family(
        self, name: str, pattern: str, flags: int | None = None, *, near: str | frozenset[str]
    ) -> Callable[[Builder], Builder]:
        """Declare a family; ``near`` is its trigger: literal words (a regex) or whole words (a set)."""

        def register(build: Builder) -> Builder:
            trigger = near if isinstance(near, frozenset) else re.compile(near)
            compiled = re.compile(pattern, self.flags if flags is None else flags)
            self.members.append(Family(name, compiled, trigger, build))
            return build

        return register

    def matches(self, text: str) -> Iterator[tuple[Family, re.Match[str]]]:
        """Every match of every family in ``text``, family by family; each trigger's windows found once."""
        spans: dict[Trigger, list[tuple[int, int]]] = {}
        for member in self.members:
            trigger = member.trigger
            if trigger not in spans:
                spans[trigger] = (
                    word_windows(trigger, text) if isinstance(trigger, frozenset) else windows(trigger, text)
                )
            for match in finditer_near(member.pattern, text, spans[trigger]):
                yield member, match

    def order(self) -> dict[str, int]:
        """Each family's rank: the first declared first."""
        return {member.name: index for index, member in enumerate(self.members)}


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def family(self) -> str: ...


M = TypeVar("M", bound=_Spanned)


def longest(mentions: list[M], order: dict[str, int]) -> list[M]:
    """The mentions that win, in text order, never overlapping: where they overlap, the longest, then the
    family ranked first by ``order``."""
    mentions.sort(key=lambda c: (c.start, c.start - c.end, order[c.family]))
    kept: list[M] = []
    for mention in mentions:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept
