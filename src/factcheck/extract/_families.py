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

from factcheck.extract._near import WordStarts, finditer_near, windows, word_windows

__all__ = ["MAX_REPEAT", "Builder", "Families", "Family", "Parts", "Trigger", "bounded", "longest"]

Parts = dict[str, Any]
Builder = Callable[[re.Match[str], str], Parts | None]
Trigger = re.Pattern[str] | frozenset[str] | WordStarts
"""A regex (digits, symbols, phrases), a set of whole words (lower case), or words by their beginning."""

MAX_REPEAT = 64
"""The most repetitions any ``+``, ``*`` or ``{m,}`` of a family pattern may take: as far as a trigger's window
reaches (``_near.REACH``), more than any date or amount a text writes needs (a run of spaces, of digits or of
number words)."""


def bounded(pattern: str, limit: int = MAX_REPEAT) -> str:
    """``pattern`` with every unbounded repetition bounded: ``+`` → ``{1,limit}``, ``*`` → ``{0,limit}``,
    ``{m,}`` → ``{m,limit}``; escapes, character classes and possessive or lazy modifiers are kept."""
    out: list[str] = []
    i, quantified = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i : i + 2])
            i, quantified = i + 2, False
            continue
        if c == "[":
            j = i + 1
            j += pattern[j : j + 1] == "^"
            j += pattern[j : j + 1] == "]"
            while pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i : j + 1])
            i, quantified = j + 1, False
            continue
        braces = re.match(r"\{(\d+)(,?)(\d*)\}", pattern[i:]) if c == "{" else None
        if c in "*+" and not quantified:
            out.append(f"{{{int(c == '+')},{limit}}}")
            quantified = True
        elif braces and not quantified:
            low, comma, high = braces.groups()
            out.append(f"{{{low},{max(limit, int(low))}}}" if comma and not high else braces.group())
            i += braces.end() - 1
            quantified = True
        elif c == "?" and not quantified and not (out and out[-1].endswith("(")):
            out.append(c)
            quantified = True
        else:
            out.append(c)
            quantified = False
        i += 1
    return "".join(out)


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
        self, name: str, pattern: str, flags: int | None = None, *, near: str | frozenset[str] | WordStarts
    ) -> Callable[[Builder], Builder]:
        """Declare a family; ``near`` is its trigger: a regex, whole words (a set) or words by their beginning."""

        def register(build: Builder) -> Builder:
            trigger = near if isinstance(near, frozenset | WordStarts) else re.compile(near)
            compiled = re.compile(bounded(pattern), self.flags if flags is None else flags)
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
