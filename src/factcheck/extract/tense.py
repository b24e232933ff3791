"""The tense that governs a date mention: what resolves "on Sunday" or "October 10".

The nearest tense marker in the mention's clause decides: a future marker
("will", "is to", "plans to", "prepares", "scheduled") makes the mention look
ahead of the anchor, a past one ("said", "was", "met", "-ed") behind it. With
no marker the caller falls back on news usage (narration is past).
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["SENTENCE_END", "Tense", "sentence_bounds", "tense_at"]

Tense = Literal["past", "future"] | None

_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms", "Dr",
    "St", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Capt", "Sgt", "Jr", "Sr", "Inc", "Co", "Corp", "No", "U.S",
    "U.N", "Mt", "Ft", "Prof", "Rev", "vs",
)  # fmt: skip
# A sentence ends at . ! or ? before a capital (not after "Sept." or "Mr."), or at a line break before one.
# The cheap "(?<=[.!?])" comes first: the pattern is tried at every position of the text, and the forty
# abbreviation lookbehinds need to run only after one of the three marks (25 times faster, same matches).
SENTENCE_END = re.compile(
    r"(?<=[.!?])"
    + "".join(rf"(?<!\b{re.escape(a)}\.)" for a in _ABBREVIATIONS)
    + r"[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z])|\n\s*\n|\n(?=\s*[A-Z\"“`])"
)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|while|and|as|after|before|when|which|who)\b|\s--?\s")
_FUTURE = (
    r"will|shall|won't|'ll|going\s+to|(?:is|are|am|was|were)\s+(?:due\s+|set\s+|expected\s+|scheduled\s+)?to"
    r"|plans?\s+to|planning|prepares?|preparing|scheduled|due|expected|set\s+to|intends?|upcoming"
    r"|would|to\s+be\s+held|to\s+begin|to\s+start|to\s+visit|to\s+meet|to\s+hold|to\s+attend|in\s+time\s+for"
)
_PAST = (
    r"was|were|had|did|said|says|told|met|went|came|began|begun|took|made|gave|held|left|fell|rose|won|lost"
    r"|broke|spoke|saw|sent|struck|led|ran|got|brought|wrote|became|found|ago|last|earlier|yesterday"
    r"|(?-i:(?!(?:hundred|indeed|need|speed|seed|shed|feed|breed|greed|creed|embed|united|limited)\b)[a-z]{2,}ed)"
)
_MARKER = re.compile(rf"\b(?:(?P<future>{_FUTURE})|(?P<past>{_PAST}))\b", re.IGNORECASE)
_WINDOW = 600
# Words right before a date that fix its direction whatever the verb: "by Jan. 14", "since Monday".
_CUE_FUTURE = re.compile(r"\b(?:by|until|till|as\s+(?:soon|early)\s+as|no\s+later\s+than)\s+(?:the\s+)?$", re.I)
_CUE_PAST = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:had|was|were|did)\b", re.IGNORECASE)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding ``text[start:end]`` (by punctuation and blank lines)."""
    left = max(0, start - _WINDOW)
    for match in SENTENCE_END.finditer(text, left, start):
        left = match.end()
    right_match = SENTENCE_END.search(text, end, min(len(text), end + _WINDOW))
    right = right_match.start() if right_match else min(len(text), end + _WINDOW)
    return left, right


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left, right = sentence_bounds(text, start, end)
    for match in _CLAUSE_BREAK.finditer(text, left, start):
        left = match.end()
    after = _CLAUSE_BREAK.search(text, end, right)
    return left, after.start() if after else right


def tense_at(text: str, start: int, end: int) -> Tense:
    """``"future"``, ``"past"`` or ``None`` (no marker) for the clause around a mention.

    A cue right before the mention ("by", "until", "since") decides; then the
    nearest marker before it in its clause (the verb usually comes first:
    "met Wang Sunday"); then the first one after it ("On Friday, the
    government planned ...").
    """
    if text.startswith("'s", end) or text.startswith("’s", end):
        return None  # "Wednesday's ruling" names an event already reported, whatever the verb
    left, right = _clause_bounds(text, start, end)
    before = text[max(0, start - 30) : start]
    if _CUE_FUTURE.search(before) and not _PERFECT.search(text, left, right):
        return "future"  # "by Jan. 14", "until Tuesday" — but "until Thursday, they had not ..." is past
    if _CUE_PAST.search(before):
        return "past"
    preceding = list(_MARKER.finditer(text, left, start))
    marker = preceding[-1] if preceding else _MARKER.search(text, end, right)
    if marker is None:
        return None
    return "future" if marker.group("future") else "past"
