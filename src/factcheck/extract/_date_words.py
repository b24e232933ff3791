"""The date scanner's vocabulary: trigger words, pattern pieces and the small readers the families share."""

from __future__ import annotations

import re

from factcheck.extract._near import word_starts
from factcheck.extract.patterns import YEAR, day_word_value
from factcheck.lexicon.holidays import HOLIDAYS

_T_MONTH = word_starts(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
_T_WEEKDAY = word_starts(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
_T_UNIT = word_starts(["day", "week", "month", "year", "decade", "century", "quarter", "spring", "summer", "fall",
                         "autumn", "winter"])  # fmt: skip
_T_YEAR = r"\d\d\d\d"


# -- vocabularies ---------------------------------------------------------------------------------------
_YEAR_TAIL = rf"(?:(?:\s*,?\s+|\s+(?:of|in)\s+)(?P<year>{YEAR})\b)?"
_MOD_WORDS = r"early|earlier|mid|middle|late|later|end|beginning|start"
_MOD = rf"(?:(?P<mod>{_MOD_WORDS})(?:-|\s+of\s+(?:the\s+)?|\s+))"
_MOD2 = _MOD.replace("<mod>", "<mod2>")
_REL = r"(?P<rel>last|this|next|past|previous|coming|current|following|same)"
_UNIT = r"(?P<unit>week|weekend|month|year|decade|century|quarter|spring|summer|fall|autumn|winter)"
_AMPM = r"(?P<ampm>[aApP])(?:\.\s?[mM]\.?|[mM]\b)"
_TZ = r"(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time))?"
_ANCHOR_WORDS = {
    "today": ("day", 0),
    "tonight": ("day", 0),
    "yesterday": ("day", -1),
    "tomorrow": ("day", 1),
    "this morning": ("day", 0),
    "this afternoon": ("day", 0),
    "this evening": ("day", 0),
    "last night": ("day", -1),
}
_REFS = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "the future": "FUTURE_REF",
    "future": "FUTURE_REF",
}
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\b(?:no|nos|number|flight|route|highway|interstate|room|resolution|article|section|chapter|page|model"
    r"|channel|box|suite|unit|rule|item|bill|h\.r|s|paragraph)\.?|[#$£€¥]|\d\.)\s*$",
    re.IGNORECASE,
)
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent|people|persons|men|women|children|troops|soldiers|workers|votes|times|feet|foot"
    r"|meters|metres|miles|kilometers|km|tons|tonnes|pounds|dollars|yuan|euros|cars|homes|houses|jobs|members"
    r"|students|cases|deaths|[ap]\.?m\.?\b|hours|hrs|gmt|utc|points|units|barrels|acres|square|cubic)\b",
    re.IGNORECASE,
)


_MONTH_ALONE_LOWER = r"(?:january|february|april|june|july|august|september|october|november|december)"
# Alone, a month must be spelled out or abbreviated with a period: "Jan Verhoef" is a name.
_MONTH_ALONE = (
    r"(?:January|February|March|April|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
)


def _int(m: re.Match[str], group: str) -> int | None:
    value = m.groupdict().get(group)
    return int(re.sub(r"\D", "", value)) if value else None


def _day(m: re.Match[str], digits: str = "day", words: str = "dayword") -> int | None:
    """A day of the month given in digits ("3rd") or in words ("twenty-first")."""
    if m.groupdict().get(digits):
        return _int(m, digits)
    return day_word_value(m.groupdict().get(words) or "")


def _mod(word: str | None) -> str | None:
    if not word:
        return None
    word = word.lower()
    if word in ("early", "earlier", "beginning", "start"):
        return "start"
    return "mid" if word in ("mid", "middle") else "end"


def _shift(rel: str | None) -> int:
    return {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(
        (rel or "this").lower(), 0
    )


_NTH = {"fir": 1, "1st": 1, "sec": 2, "2nd": 2, "thi": 3, "3rd": 3, "fou": 4, "4th": 4, "fif": 5, "5th": 5}


def _nth(word: str) -> int:
    """ "third" → 3, "last" → -1."""
    return _NTH.get(word.lower()[:3], -1)


_HOLIDAY = "|".join(
    re.escape(h.title()).replace("'S", "'s").replace("Day", "[Dd]ay") for h in sorted(HOLIDAYS, key=len, reverse=True)
)
_NOW_NOT_TIME = re.compile(r"\s+that\b|-", re.IGNORECASE)
""""now that ..." is a conjunction, not a time."""
_TEXT_UNITS = {"morning": "day", "afternoon": "day", "evening": "day", "night": "day"}
