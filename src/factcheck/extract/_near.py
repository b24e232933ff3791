"""Running a pattern only near its trigger words: the scanners' fast path.

Python's ``re`` skips quickly to the places where a pattern can start only
when the pattern starts with literal text; a family pattern such as
``\\b(?:Sunday,\\s+)?(?P<day>\\d+) (?P<mon>June)`` must instead be tried at
every position of the article. So each family names a *trigger* — words that
every match contains ("June", "week", a digit before "a.m.") — written as
plain literals, which ``re`` finds at ``memchr`` speed; the family pattern then
runs only in the windows around the triggers' hits. A window reaches far
enough on both sides to hold any match that contains the trigger.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["REACH", "finditer_near", "literal_words", "merge_hits", "windows", "word_hits", "word_windows"]

REACH = 64
"""How far a match may extend on either side of its trigger word."""


def literal_words(words: Iterable[str]) -> str:
    """An alternation of the words as literals, lower, capitalized and upper case, longest first."""
    forms = {form for word in words for form in (word.lower(), word[:1].upper() + word[1:].lower(), word.upper())}
    return "|".join(re.escape(form) for form in sorted(forms, key=lambda f: (-len(f), f)))


def windows(trigger: re.Pattern[str], text: str, reach: int = REACH) -> list[tuple[int, int]]:
    """The merged stretches of ``text`` within ``reach`` of a trigger hit."""
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
    """The spans of the whole words of ``text`` that are in ``words`` (compared in lower case)."""
    return ((m.start(), m.end()) for m in _WORD.finditer(text) if m.group().lower() in words)


def finditer_near(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` restricted to ``spans``; lookbehinds and ``\\b`` still see the text before a span."""
    for start, end in spans:
        yield from pattern.finditer(text, start, end)
