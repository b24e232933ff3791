"""The tense that governs a date mention: what resolves "on Sunday" or "October 10".

The nearest tense marker in the mention's clause decides: a future marker
("will", "is to", "plans to", "prepares", "scheduled") makes the mention look
ahead of the anchor, a past one ("said", "was", "met", "-ed") behind it. With
no marker the caller falls back on news usage (narration is past).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract._near import word_index
from factcheck.extract.mentions import Tense
from factcheck.text import clause_bounds

__all__ = ["tense_at"]

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
# Words right before a date that fix its direction whatever the verb: "by Jan. 14", "since Monday".
_CUE_FUTURE = re.compile(r"\b(?:by|until|till|as\s+(?:soon|early)\s+as|no\s+later\s+than)\s+(?:the\s+)?$", re.I)
_CUE_PAST = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:had|was|were|did)\b", re.IGNORECASE)


_FIRST_WORDS = frozenset({
    "will", "shall", "won", "going", "is", "are", "am", "was", "were", "plan", "plans", "planning", "prepare",
    "prepares", "preparing", "scheduled", "due", "expected", "set", "intend", "intends", "upcoming", "would", "to",
    "in", "had", "did", "said", "says", "told", "met", "went", "came", "began", "begun", "took", "made", "gave",
    "held", "left", "fell", "rose", "lost", "broke", "spoke", "saw", "sent", "struck", "led", "ran", "got",
    "brought", "wrote", "became", "found", "ago", "last", "earlier", "yesterday",
})  # fmt: skip
"""The first word of every marker but the ``-ed`` verbs ("will", "going", "was", "plans"...)."""


def _candidates(text: str) -> list[int]:
    """Where a marker may start, in text order: the words a marker begins with, the words ending in "-ed", and
    "'ll". ``_MARKER`` is tried there only (its word boundaries and look-aheads decide), as ``finditer`` finds
    them: a case-insensitive alternation tried at every word of an article was a tenth of a check's time."""
    index = word_index(text)
    starts = [
        start for word, spans in index.items() if word in _FIRST_WORDS or word.endswith("ed") for start, _ in spans
    ]
    starts += [m.start() for m in _APOSTROPHE_LL.finditer(text)]
    return sorted(starts)


_APOSTROPHE_LL = re.compile(r"'ll\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Markers:
    """Every tense marker of a text, in text order: where each starts and ends, and whether it is future."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    future: tuple[bool, ...]


@lru_cache(maxsize=8)
def _markers(text: str) -> _Markers:
    """The tense markers of ``text``, found in one pass (memoized: every date of a document asks), so that a
    mention's look-up is a bisection, not a search of its clause (quadratic on run-on text: "Monday " repeated)."""
    found = []
    reached = 0
    for start in _candidates(text):
        if start >= reached and (match := _MARKER.match(text, start)) is not None:
            found.append(match)
            reached = match.end()
    return _Markers(
        tuple(m.start() for m in found), tuple(m.end() for m in found), tuple(bool(m.group("future")) for m in found)
    )


def tense_at(text: str, start: int, end: int) -> Tense:
    """``"future"``, ``"past"`` or ``None`` (no marker) for the clause around a mention.

    A cue right before the mention ("by", "until", "since") decides; then the
    nearest marker before it in its clause (the verb usually comes first:
    "met Wang Sunday"); then the first one after it ("On Friday, the
    government planned ...").
    """
    if text.startswith("'s", end) or text.startswith("’s", end):
        return None  # "Wednesday's ruling" names an event already reported, whatever the verb
    left, right = clause_bounds(text, start, end)
    before = text[max(0, start - 30) : start]
    if _CUE_FUTURE.search(before) and not _PERFECT.search(text, left, right):
        return "future"  # "by Feb. 12", "until Tuesday" — but "until Thursday, they had not ..." is past
    if _CUE_PAST.search(before):
        return "past"
    markers = _markers(text)
    before_start = bisect_left(markers.starts, start) - 1  # the last marker that starts before the mention
    while before_start >= 0 and markers.ends[before_start] > start:
        before_start -= 1  # one that runs into the mention is no marker of it
    if before_start >= 0 and markers.starts[before_start] >= left:
        return "future" if markers.future[before_start] else "past"
    after = bisect_left(markers.starts, end)  # else the first one after it, within its clause
    if after < len(markers.starts) and markers.ends[after] <= right:
        return "future" if markers.future[after] else "past"
    return None
