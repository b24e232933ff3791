"""Aligning the facts of two reports: the same statement about the same thing.

Two facts of the same kind are aligned when the words around them agree: a
second report that rewrites "Feb. 6" as "February 6", or moves a sentence,
keeps the words around it. Each fact's context is the words within
``WIDTH`` words on either side, kept apart by side; a pair aligns when the
Jaccard similarity of the contexts reaches ``THRESHOLD``, best pairs first,
each fact at most once. An inverted index over context words keeps the work
near the number of facts, never their product.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from factcheck.lexicon.months import full_month
from factcheck.lexicon.numbers import CONTEXT_NUMBER_WORDS
from factcheck.model import EventFact, FactBase
from factcheck.text import sentence_at, sentence_bounds

__all__ = ["MIN_SHARED_NAMES", "THRESHOLD", "WIDTH", "Aligned", "align", "align_events", "shared_names"]

WIDTH = 6
THRESHOLD = 0.6
_WORD = re.compile(r"[A-Za-z]+|\d+")
F = TypeVar("F", bound=FactBase)


@dataclass(frozen=True)
class Aligned(Generic[F]):
    first: F
    second: F
    similarity: float


_MEMO = 4_096
"""Facts whose context words, sentence words and years are kept (``functools.lru_cache``): a story aligns each
report with every other, so a fact's words are asked for once per other report, and reading them again was
most of the time of a 50-report story. The cap holds the facts of the largest story the budget compares
(``budget.MAX_STORY_PAIRS``: some 2,000 facts) and bounds the memory of a run of any length (a few KB a fact)."""


def _context(text: str, fact: FactBase) -> frozenset[str]:
    """The words around a fact within its sentence: a moved sentence keeps them, its neighbours do not."""
    return _context_at(text, fact.start, fact.end)


@lru_cache(maxsize=_MEMO)
def _context_at(text: str, start: int, end: int) -> frozenset[str]:
    sentence_start, sentence_end = sentence_bounds(text, start, end)
    left_start = max(sentence_start, start - 12 * WIDTH)
    right_end = min(sentence_end, end + 12 * WIDTH)
    left = _plain(_WORD.findall(text, left_start, start))[-WIDTH:]
    right = _plain(_WORD.findall(text, end, right_end))[:WIDTH]
    return frozenset([*(f"<{w}" for w in left), *(f">{w}" for w in right)])


def _plain(words: list[str]) -> list[str]:
    """Context words as a second report may keep them: lower case, month names in full, numbers left out.

    The numbers around a fact are facts themselves, and a second report writes them its own way ("more than
    300 families" and "more than three hundred families"); four-digit years stay, they tell statements apart.
    """
    found = []
    for word in words:
        word = word.lower()
        if (word.isdigit() and len(word) != 4) or word in CONTEXT_NUMBER_WORDS:
            continue
        found.append(full_month(word))
    return found


_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "but",
        "by",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "that",
        "this",
        "s",
        "said",
        "says",
    ]
)
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
SENTENCE_THRESHOLD = 0.5


def _sentence_of(text: str, fact: FactBase) -> tuple[int, int]:
    """The fact's sentence, the same span for every fact of it (a run-on text's facts share its pieces)."""
    return sentence_at(text, fact.start)


def _sentence_words(text: str, span: tuple[int, int], fact: FactBase) -> frozenset[str]:
    return _sentence_words_at(text, span, fact.start, fact.end)


@lru_cache(maxsize=_MEMO)
def _sentence_words_at(text: str, span: tuple[int, int], start: int, end: int) -> frozenset[str]:
    words = _plain(_WORD.findall(text[span[0] : start] + " " + text[end : span[1]]))
    return frozenset(w for w in words if w not in _STOPWORDS)


def _by_sentence(
    first: Sequence[F], first_text: str, second: Sequence[F], second_text: str, taken: list[Aligned[F]]
) -> list[Aligned[F]]:
    """Pairs of the facts left over: the only such fact of two sentences about the same thing.

    "In 2023, trade exceeded $2 billion." and "In 2023, trade reached $2.3
    billion, customs data show." share their measure, subject and period; the
    sentences must share half their words and name the same years.
    """
    used_first = {id(p.first) for p in taken}
    used_second = {id(p.second) for p in taken}

    def alone(facts: Sequence[F], text: str) -> dict[int, tuple[F, frozenset[str], frozenset[str]]]:
        spans = [_sentence_of(text, f) for f in facts]
        facts_in = Counter(spans)
        found = {}
        for index, fact in enumerate(facts):
            if facts_in[spans[index]] == 1:
                words = _sentence_words(text, spans[index], fact)
                found[index] = (fact, words, _years_in(text, spans[index]))
        return found

    left = {i: v for i, v in alone(first, first_text).items() if id(v[0]) not in used_first}
    right = {j: v for j, v in alone(second, second_text).items() if id(v[0]) not in used_second}
    index: dict[str, list[int]] = defaultdict(list)  # the sentences that share no word are never compared
    for j, (_fact_b, words_b, _years_b) in right.items():
        for word in words_b:
            index[word].append(j)
    scored = []
    for i, (_fact_a, words_a, years_a) in left.items():
        counts: Counter[int] = Counter(j for word in words_a for j in index.get(word, ()))
        for j, common in counts.items():
            words_b, years_b = right[j][1], right[j][2]
            similarity = common / (len(words_a) + len(words_b) - common)
            if years_a == years_b and similarity >= SENTENCE_THRESHOLD:
                scored.append((similarity, i, j))
    scored.sort(key=lambda c: (-c[0], c[1], c[2]))
    pairs: list[Aligned[F]] = []
    seen_i: set[int] = set()
    seen_j: set[int] = set()
    for similarity, i, j in scored:
        if i not in seen_i and j not in seen_j:
            seen_i.add(i)
            seen_j.add(j)
            pairs.append(Aligned(left[i][0], right[j][0], similarity))
    return pairs


@lru_cache(maxsize=_MEMO)
def _years_in(text: str, span: tuple[int, int]) -> frozenset[str]:
    return frozenset(_YEAR.findall(text, *span))


def _years_around(text: str, fact: FactBase) -> frozenset[str]:
    return _years_at(text, fact.start, fact.end)


@lru_cache(maxsize=_MEMO)
def _years_at(text: str, start: int, end: int) -> frozenset[str]:
    sentence_start, sentence_end = sentence_bounds(text, start, end)
    return frozenset(_YEAR.findall(text[sentence_start:start] + " " + text[end:sentence_end]))


def _other_years(years_first: frozenset[str], years_second: frozenset[str]) -> bool:
    """Whether two sentences are about other years: "In 2023, trade reached $2 billion" and "In 2022, trade
    reached $1.5 billion" share their words but not their period (``_years_around``: the facts' own years do
    not count)."""
    return bool(years_first and years_second and not years_first & years_second)


@lru_cache(maxsize=256)
def _contexts_index(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[list[frozenset[str]], dict[str, list[int]]]:
    """The context words of the facts at ``spans`` and the inverted index over them (word -> positions): a
    report of a story is the second of a pair once per other report. Callers must not change them."""
    contexts = [_context_at(text, start, end) for start, end in spans]
    index: dict[str, list[int]] = defaultdict(list)
    for position, words in enumerate(contexts):
        for word in words:
            index[word].append(position)
    return contexts, index


def align(
    first: Sequence[F], first_text: str, second: Sequence[F], second_text: str, *, sentences: bool = False
) -> list[Aligned[F]]:
    """One-to-one pairs of facts whose contexts agree, most similar first.

    With ``sentences``, facts left over are also paired by their sentences (see ``_by_sentence``).
    """
    contexts, index = _contexts_index(second_text, tuple((fact.start, fact.end) for fact in second))
    candidates: list[tuple[float, int, int]] = []  # (-similarity, i, j): the most similar first, then in order
    shared: dict[frozenset[str], Counter[int]] = {}  # facts in the same words share their candidates
    for i, fact in enumerate(first):
        words = _context(first_text, fact)
        years_first = _years_around(first_text, fact)
        counts = shared.get(words)
        if counts is None:
            counts = shared[words] = Counter()
            for word in words:
                counts.update(index.get(word, ()))
        for j, common in counts.items():
            similarity = common / (len(words) + len(contexts[j]) - common)  # Jaccard: shared over all
            if similarity >= THRESHOLD and not (
                years_first and _other_years(years_first, _years_around(second_text, second[j]))
            ):
                candidates.append((-similarity, i, j))
    candidates.sort()
    used_first: set[int] = set()
    used_second: set[int] = set()
    pairs: list[Aligned[F]] = []
    for negated, i, j in candidates:
        if i not in used_first and j not in used_second:
            used_first.add(i)
            used_second.add(j)
            pairs.append(Aligned(first[i], second[j], -negated))
    if sentences:
        pairs.extend(_by_sentence(first, first_text, second, second_text, pairs))
    return pairs


# Capitalized words that name no participant: titles and institutions' generic words.
_GENERIC_NAMES = frozenset({
    "President", "Minister", "Foreign", "Prime", "Secretary", "Chairman", "Leader", "General", "Mr", "Mrs", "Ms",
    "Dr", "Ministry", "Government", "Party", "Republic", "United", "States", "International", "Capital", "Airport",
    "National", "Office", "Department", "Agency", "News", "Committee", "Council", "Army", "Police", "State",
    "Federal", "Court", "House", "Senate", "Congress",
})  # fmt: skip
MIN_SHARED_NAMES = 2


def shared_names(first: EventFact, second: EventFact) -> frozenset[str]:
    """The participant names two events share, titles and generic words left out."""
    return (frozenset(first.names) & frozenset(second.names)) - _GENERIC_NAMES


def align_events(first: Sequence[EventFact], second: Sequence[EventFact]) -> list[Aligned[EventFact]]:
    """Pairs of events of the same type that are each other's best match by shared participant names.

    "Wang Yi and Choe Son-hui ... meeting" and "Choe Son-hui met Wang" share
    Choe, Son-hui and Wang; an event that shares fewer than
    ``MIN_SHARED_NAMES`` names with every other, or prefers another, is left alone.
    """

    def names(event: EventFact) -> frozenset[str]:
        return frozenset(event.names) - _GENERIC_NAMES

    def score(a: EventFact, b: EventFact) -> int:
        return len(shared_names(a, b)) if a.event == b.event else 0

    best_second = {
        i: max(range(len(second)), key=lambda j: score(a, second[j]), default=-1) for i, a in enumerate(first)
    }
    best_first = {j: max(range(len(first)), key=lambda i: score(first[i], b), default=-1) for j, b in enumerate(second)}
    pairs = []
    for i, j in best_second.items():
        if j >= 0 and best_first.get(j) == i and score(first[i], second[j]) >= MIN_SHARED_NAMES:
            shared = names(first[i]) & names(second[j])
            pairs.append(Aligned(first[i], second[j], len(shared) / len(names(first[i]) | names(second[j]))))
    return pairs
