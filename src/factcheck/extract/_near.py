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

__all__ = ["REACH", "finditer_near", "literal_words", "windows"]

REACH = 64
"""How far a match may extend on either side of its trigger word."""


def literal_words(words: Iterable[str]) -> str:
    """An alternation of the words as literals, lower, capitalized and upper case, longest first."""
    forms = {form for word in words for form in (word.lower(), word[:1].upper() + word[1:].lower(), word.upper())}
    return "|".join(re.escape(form) for form in sorted(forms, key=lambda f: (-len(f), f)))


def windows(trigger: re.Pattern[str], text: str, reach: int = REACH) -> list[tuple[int, int]]:
    """The merged stretches of ``text`` within ``reach`` of a trigger hit."""
    spans: list[tuple[int, int]] = []
    for hit in trigger.finditer(text):
        start, end = max(0, hit.start() - reach), min(len(text), hit.end() + reach)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def finditer_near(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` restricted to ``spans``; lookbehinds and ``\\b`` still see the text before a span."""
    for start, end in spans:
        yield from pattern.finditer(text, start, end)
