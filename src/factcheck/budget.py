"""The work one document may cost: past its budget, the rest is not checked, and FC404 says where it stopped.

Two things grow with a document. Reading it costs time in proportion to its
characters (the scanners run only near trigger words; the overlap policy and
the event scan are sweeps, never all pairs). Checking it costs up to the
square of its facts: a story pairs each fact of one report with the facts of
another that share its context, and a pathological article ("on Monday"
10,000 times, in two reports of one story) shares it everywhere. So a
document is read up to ``MAX_CHARS`` characters and checked on its first
``MAX_FACTS`` facts, in text order; the rest is reported, never dropped
silently (rule FC404 ``document-too-large``).

Both limits are far above real news: the longest article of the evaluation
corpora has 8,448 characters and 46 facts, and dense news states about 110
facts per 10,000 characters.

A story has a budget too (rule FC405 ``story-too-large``): its story rules
compare each document with every other, fact by fact, so a story of a
hundred reports of one event (or a hundred copies of one feed item) costs the
square of the whole. A story is compared on its first documents, in input
order, up to ``MAX_STORY_DOCUMENTS`` documents and ``MAX_STORY_PAIRS`` fact
pairs (each fact of one document against each fact of another); the
documents after the cut are still checked on their own, but compared with no
other. The largest story of the evaluation corpora (DUC 2004 clusters, and
the stories inferred from silver-dev's day and lead names) has 10 documents
and 60,142 fact pairs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from factcheck.model import Document, Fact

__all__ = [
    "MAX_CHARS",
    "MAX_FACTS",
    "MAX_STORY_DOCUMENTS",
    "MAX_STORY_PAIRS",
    "Overrun",
    "StoryOverrun",
    "reading_end",
    "story_within",
    "within",
]

MAX_CHARS = 200_000
"""Characters of one document that are read (about 35,000 words)."""
MAX_FACTS = 1_000
"""Facts of one document that the rules see: a story rule may then compare 1,000 × 1,000 pairs (at worst a
few seconds and some 250 MB, measured on two reports of "on Monday" repeated)."""
MAX_STORY_DOCUMENTS = 50
"""Documents of one story compared with each other (5 times the largest story of the evaluation corpora)."""
MAX_STORY_PAIRS = 1_000_000
"""Fact pairs of one story: the sum, over each two documents compared, of their facts multiplied (16 times the
largest story of the evaluation corpora, and what two documents at the ``MAX_FACTS`` budget give)."""
_BACK = 100
"""How far before ``MAX_CHARS`` the cut may move to fall between two words rather than inside one."""


@dataclass(frozen=True)
class Overrun:
    """Where checking stopped in a document over its budget."""

    at: int
    """The first character that was not checked."""
    by: Literal["characters", "facts"]
    """Which limit was reached."""


def reading_end(text: str) -> int:
    """How much of ``text`` is read: all of it, or up to a space at most ``_BACK`` characters before ``MAX_CHARS``.

    Cutting between words never splits a word or a number ("19|98" would be read as 19); a text with no
    space there ("a" a million times) is cut at ``MAX_CHARS`` itself.
    """
    if len(text) <= MAX_CHARS:
        return len(text)
    return next((i + 1 for i in range(MAX_CHARS - 1, MAX_CHARS - _BACK, -1) if text[i].isspace()), MAX_CHARS)


def within(facts: Sequence[Fact], text: str) -> tuple[list[Fact], Overrun | None]:
    """The facts the rules may see (in text order) and where checking stopped, if it did.

    ``facts`` are a document's facts in text order, read from ``text[:reading_end(text)]``; past
    ``MAX_FACTS``, checking stops where the first fact left out begins (and so do the facts that begin
    there too).
    """
    if len(facts) > MAX_FACTS:
        at = facts[MAX_FACTS].start
        return [f for f in facts[:MAX_FACTS] if f.start < at], Overrun(at=at, by="facts")
    end = reading_end(text)
    if text[end:].strip():
        return list(facts), Overrun(at=end, by="characters")
    return list(facts), None


@dataclass(frozen=True)
class StoryOverrun:
    """Where comparing stopped in a story over its budget."""

    size: int
    """The documents of the story."""
    kept: int
    """The first ``kept`` documents were compared with each other; the others with none."""
    by: Literal["documents", "pairs"]
    """Which limit was reached."""
    left_out: Document | None = None
    """The first document not compared (set by the story's check, for FC405's evidence)."""


def story_within(fact_counts: Sequence[int], size: int | None = None) -> tuple[int, StoryOverrun | None]:
    """How many of a story's first documents are compared, given each one's facts, and where comparing stopped.

    ``size`` is the story's number of documents when ``fact_counts`` covers only its first ones (a driver
    that reads a story back from disk reads at most ``MAX_STORY_DOCUMENTS + 1``).
    """
    size = len(fact_counts) if size is None else size
    facts = pairs = 0
    for kept, count in enumerate(fact_counts):
        if kept == MAX_STORY_DOCUMENTS:
            return kept, StoryOverrun(size=size, kept=kept, by="documents")
        if pairs + facts * count > MAX_STORY_PAIRS:
            return kept, StoryOverrun(size=size, kept=kept, by="pairs")
        pairs += facts * count
        facts += count
    return len(fact_counts), None
