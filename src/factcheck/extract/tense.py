"""The tense of the sentence around a mention: what resolves "on Sunday" or "October 10".

A news sentence with no future marker narrates the past; a future marker
("will", "is to", "plans", "prepares", "next") anywhere in the sentence makes
it about what is to come.
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["Tense", "sentence_bounds", "tense_at"]

Tense = Literal["past", "future"] | None

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z\"“])")
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|'ll|going to|is to|are to|was to|were to|plans?\b|planned|planning"
    r"|prepares?|preparing|scheduled|due to|set to|expected to|intends? to|upcoming|next|coming"
    r"|to be held|would)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|ago|last|earlier|yesterday|previous|previously)\b|\b[a-z]{3,}ed\b",
    re.IGNORECASE,
)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding ``text[start:end]`` (by punctuation and blank lines)."""
    left = 0
    for match in _SENTENCE_END.finditer(text, max(0, start - 600), start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end, min(len(text), end + 600))
    right = right_match.start() if right_match else min(len(text), end + 600)
    return left, right


def tense_at(text: str, start: int, end: int) -> Tense:
    """``"future"``, ``"past"`` or ``None`` (no marker) for the sentence around a mention."""
    left, right = sentence_bounds(text, start, end)
    sentence = text[left:start] + " " + text[end:right]
    if _FUTURE.search(sentence):
        return "future"
    if _PAST.search(sentence):
        return "past"
    return None
