"""Story grouping: which documents report the same news, so that only they are compared.

Documents with the same ``story`` form one story. Documents without one are
grouped by the checker: two documents with a ``source`` published within
``DAYS`` of each other join when they share at least ``SHARED`` salient
names of their leads.
The work is bounded by blocking on (name, publication day): a document meets
only those of the same few days that share a name, and a name held by more
than ``COMMON`` documents of one day says nothing and is dropped, so the cost
grows with the corpus, never with the number of pairs.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.model import Document

__all__ = [
    "COMMON",
    "DAYS",
    "SHARED",
    "StoryKey",
    "group_keys",
    "group_stories",
    "may_join",
    "salient_names",
    "story_key",
]

DAYS = 2
SHARED = 3
COMMON = 50
_LEAD = 1200
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+\b|\b[A-Z]{2,6}\b")
_GENERIC = {"AP", "AFP", "UPI", "BSS", "THE", "NEW", "YORK", "TIMES"}


def salient_names(document: Document) -> frozenset[str]:
    """Multi-word capitalized names and acronyms of the article's lead ("Choe Son-hui", "NATO")."""
    return frozenset(m.group() for m in _NAME.finditer(document.text, 0, _LEAD) if m.group() not in _GENERIC)


class _Union:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, first: int, second: int) -> None:
        self.parent[self.find(first)] = self.find(second)


@dataclass(frozen=True, slots=True)
class StoryKey:
    """All that story grouping reads of a document, so that a stream keeps this, not the document.

    ``day`` is the ordinal of the publication day, ``None`` when the document
    has no anchor or no source (it then joins only the documents of its own
    ``story``); ``names`` are its lead's salient names, interned and sorted.
    """

    story: str | None
    day: int | None = None
    names: tuple[str, ...] = ()


def may_join(document: Document) -> bool:
    """True when the document can be in a story of two or more: it has a ``story``, or a date and a source."""
    return document.story is not None or (document.source is not None and document.published is not None)


def story_key(document: Document) -> StoryKey:
    """The document's story key; names are interned, so a million keys share one copy of each name."""
    if document.story is not None:
        return StoryKey(document.story)
    anchor = document.anchor
    if anchor is None or document.source is None:
        return StoryKey(None)
    return StoryKey(None, anchor.toordinal(), tuple(sorted(sys.intern(name) for name in salient_names(document))))


def group_stories(documents: Sequence[Document]) -> list[list[int]]:
    """Indices of the documents of each story with two or more documents, in input order."""
    return group_keys([story_key(document) for document in documents])


def group_keys(keys: Sequence[StoryKey]) -> list[list[int]]:
    """``group_stories`` on the documents' keys: indices of each story of two or more, in input order."""
    union = _Union(len(keys))
    by_story: dict[str, int] = {}
    loose: list[int] = []
    for index, key in enumerate(keys):
        if key.story is not None:
            if key.story in by_story:
                union.join(index, by_story[key.story])
            else:
                by_story[key.story] = index
        elif key.day is not None:
            loose.append(index)  # without a date or an outlet, a guess could only compare a report with itself
    # Blocking: a document is compared only with those that share a name and a publication day
    # within DAYS, so a name's bucket holds one news cycle's documents, not the whole archive's.
    buckets: dict[tuple[str, int], list[int]] = defaultdict(list)
    for index in loose:
        key = keys[index]
        for name in key.names:
            buckets[(name, key.day or 0)].append(index)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for index in loose:
        day = keys[index].day
        assert day is not None
        for name in keys[index].names:
            for other_day in range(day, day + DAYS + 1):
                members = buckets.get((name, other_day), ())
                if len(members) > COMMON:
                    continue
                for other in members:
                    if (other_day > day or other > index) and other != index:
                        shared[(index, other)] += 1
    for (first, second), count in shared.items():
        if count >= SHARED:
            union.join(first, second)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(keys)):
        groups[union.find(index)].append(index)
    return [members for members in groups.values() if len(members) > 1]
