"""The tense that governs a date mention: what resolves "on Sunday" or "October 10".

The nearest tense marker in the mention's clause decides: a future marker
("will", "is to", "plans to", "prepares", "scheduled") makes the mention look
ahead of the anchor, a past one ("said", "was", "met", "-ed") behind it. With
no marker the caller falls back on news usage (narration is past).
"""

from __future__ import annotations

import re

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
        return "future"  # "by Jan. 14", "until Tuesday" — but "until Thursday, they had not ..." is past
    if _CUE_PAST.search(before):
        return "past"
    preceding = list(_MARKER.finditer(text, left, start))
    marker = preceding[-1] if preceding else _MARKER.search(text, end, right)
    if marker is None:
        return None
    return "future" if marker.group("future") else "past"
