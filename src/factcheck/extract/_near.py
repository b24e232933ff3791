"""Running a pattern only near its trigger words: the scanners' fast path.

Python's ``re`` skips quickly to the places where a pattern can start only
when the pattern starts with literal text; a family pattern such as
``\\b(?:Sunday,\\s+)?(?P<day>\\d+) (?P<mon>June)`` must instead be tried at
every position of the article. So each family names a *trigger* — words that
every match contains ("June", "week", a digit before "a.m.") — written as
plain literals, which ``re`` finds at ``memchr`` speed; the family pattern then
runs only in the windows around the triggers' hits. A window reaches far
enough on both sides to hold any match that contains the trigger.

Most triggers are words ("June", "week", "anniversary"). Each document's
words are read once into an index (``word_index``: each word in lower case
and where it occurs), and a word trigger is a look-up in it: by the word's
beginning (``WordStarts``: "jan" for "Jan.", "January") or the whole word (a
``frozenset``). A regex alternation of literals is tried at every position
whose character could start one of them, once per trigger; twenty of them
were a third of the time of a check. A word trigger never fires inside a
word ("now" in "know", "quarter" in "headquarters"), where no match begins.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "REACH",
    "WordStarts",
    "finditer_near",
    "literal_words",
    "merge_hits",
    "windows",
    "word_hits",
    "word_index",
    "word_starts",
    "word_windows",
]

REACH = 64
"""How far a match may extend on either side of its trigger word."""


def literal_words(words: Iterable[str]) -> str:
    """An alternation of the words as literals, lower, capitalized and upper case, longest first."""
    forms = {form for word in words for form in (word.lower(), word[:1].upper() + word[1:].lower(), word.upper())}
    return "|".join(re.escape(form) for form in sorted(forms, key=lambda f: (-len(f), f)))


@dataclass(frozen=True, slots=True)
class WordStarts:
    """A trigger of words by their beginning, in any case: ``word_starts(["jan"])`` fires on "Jan.", "January"
    and "JANUARY", never on "Benjamin"."""

    prefixes: tuple[str, ...]
    """Lower case."""

    def __or__(self, other: WordStarts) -> WordStarts:
        return word_starts((*self.prefixes, *other.prefixes))


def word_starts(words: Iterable[str]) -> WordStarts:
    """The trigger of the words that begin with one of ``words``."""
    return WordStarts(tuple(sorted({word.lower() for word in words})))


def windows(trigger: re.Pattern[str] | WordStarts, text: str, reach: int = REACH) -> list[tuple[int, int]]:
    """The merged stretches of ``text`` within ``reach`` of a trigger hit."""
    if isinstance(trigger, WordStarts):
        index = word_index(text)
        words = {word for prefix in trigger.prefixes for word in _starting(_ordered(text), prefix)}
        return merge_hits(heapq.merge(*(index[word] for word in words)), len(text), reach)
    return merge_hits(((hit.start(), hit.end()) for hit in trigger.finditer(text)), len(text), reach)


def merge_hits(hits: Iterable[tuple[int, int]], length: int, reach: int = REACH) -> list[tuple[int, int]]:
    """The merged stretches within ``reach`` of the hits (in text order) of a text of ``length`` characters."""
    spans: list[tuple[int, int]] = []
    for hit_start, hit_end in hits:
        start, end = max(0, hit_start - reach), min(length, hit_end + reach)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


_WORD = re.compile(r"[^\W\d_]+")


def word_windows(words: frozenset[str], text: str, reach: int = REACH) -> list[tuple[int, int]]:
    """``windows`` for a trigger of many whole words (lower case), found by a set look-up per word.

    A regex alternation of a hundred literals is tried at every position of
    the text; reading the words once and looking each up is several times
    faster ("one"... "trillion", the currency names).
    """
    return merge_hits(word_hits(words, text), len(text), reach)


def word_hits(words: frozenset[str], text: str) -> Iterator[tuple[int, int]]:
    """The spans of the whole words of ``text`` that are in ``words`` (compared in lower case), in text order."""
    index = word_index(text)
    return heapq.merge(*(index[word] for word in words & index.keys()))


def _starting(ordered: tuple[str, ...], prefix: str) -> Iterator[str]:
    """The words of ``ordered`` (sorted) that begin with ``prefix``: a bisection, then the run after it."""
    index = bisect_left(ordered, prefix)
    while index < len(ordered) and ordered[index].startswith(prefix):
        yield ordered[index]
        index += 1


@lru_cache(maxsize=16)
def _ordered(text: str) -> tuple[str, ...]:
    """The distinct words of ``text`` (lower case), sorted: a trigger by beginning looks its prefixes up."""
    return tuple(sorted(word_index(text)))


@lru_cache(maxsize=16)
def word_index(text: str) -> dict[str, list[tuple[int, int]]]:
    """Each word of ``text`` in lower case, with the spans where it occurs in text order (read once per text:
    memoized, as every trigger of every scanner asks). Callers must not change it."""
    index: dict[str, list[tuple[int, int]]] = {}
    for match in _WORD.finditer(text):
        index.setdefault(match.group().lower(), []).append(match.span())
    return index


def finditer_near(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` restricted to ``spans``; lookbehinds and ``\\b`` still see the text before a span."""
    for start, end in spans:
        yield from pattern.finditer(text, start, end)
