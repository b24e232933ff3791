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
from collections import defaultdict
from collections.abc import Sequence

from factcheck.model import Document

__all__ = ["COMMON", "DAYS", "SHARED", "group_stories", "salient_names"]

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


def group_stories(documents: Sequence[Document]) -> list[list[int]]:
    """Indices of the documents of each story with two or more documents, in input order."""
    union = _Union(len(documents))
    by_story: dict[str, int] = {}
    loose: list[int] = []
    for index, document in enumerate(documents):
        if document.story is not None:
            if document.story in by_story:
                union.join(index, by_story[document.story])
            else:
                by_story[document.story] = index
        else:
            loose.append(index)
    # Blocking: a document is compared only with those that share a name and a publication day
    # within DAYS, so a name's bucket holds one news cycle's documents, not the whole archive's.
    buckets: dict[tuple[str, int], list[int]] = defaultdict(list)
    names: dict[int, frozenset[str]] = {}
    for index in loose:
        anchor = documents[index].anchor
        if anchor is None or documents[index].source is None:
            continue  # without a date or an outlet, a guess could only compare a report with itself
        names[index] = salient_names(documents[index])
        for name in names[index]:
            buckets[(name, anchor.toordinal())].append(index)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for index, own in names.items():
        day = documents[index].anchor.toordinal()  # type: ignore[union-attr]
        for name in own:
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
    for index in range(len(documents)):
        groups[union.find(index)].append(index)
    return [members for members in groups.values() if len(members) > 1]
