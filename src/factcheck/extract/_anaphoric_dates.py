"""Dates that point at another period: "the weekend", "the quarter", "the year-ago quarter", "the current fiscal
year", "soon".

None of them names its period: "the weekend" is the nearest one in the
direction of the tense, "the quarter" the quarter the article reports on.
The scanner records what the phrase points at (``DateMention.anaphor``); the
normalizer resolves it from the publication day or from the period stated
before it in the text, and leaves it unresolved when neither makes it clear
(``factcheck.normalize._anaphora``). Declared after every other family: on a
tie, a phrase that names its period wins.
"""

from __future__ import annotations

import re

from factcheck.extract._families import Families, Parts
from factcheck.extract._near import word_starts
from factcheck.extract.tense import tense_at

__all__ = ["ANAPHORIC"]

ANAPHORIC = Families()
"""The families of dates that point at another period, in order of precedence."""
family = ANAPHORIC.family
_I = re.IGNORECASE


@family(
    "the-weekend",
    r"\b[Tt]he\s+weekend\b(?!-|\s+(?:of|after|before|following|preceding|when|that\s+(?:the|he|she|they))\b)",
    near=word_starts(["weekend"]),
)
def _the_weekend(m: re.Match[str], text: str) -> Parts | None:
    """ "over the weekend", "at the weekend": the nearest weekend in the direction of the tense. Not a part of a
    longer phrase ("the weekend of the vote", "the weekend after the flood"), which is never resolved alone, nor
    a name ("The Weekend")."""
    return {"anaphor": "weekend"}


_QUARTER_ENDS = re.compile(
    r"\s*(?:[,.;:!?)]|\Z)|\s+(?:ended|ending|ends|to|through|that|was|were|is|rose|fell|grew|dropped|compared|from"
    r"|versus|vs\.?|a\s+year|and|but|in|on|as|when|while|by|with|amid|after|before)\b",
    _I,
)
"""What may follow a reporting quarter ("for the quarter ended June 30", "in the quarter, sales rose"); not a noun
("the quarter mile", "the quarter century")."""


@family(
    "reporting-period",
    r"\b[Tt]he\s+(?:(?P<latest>latest|most\s+recent|just-ended|just\s+ended)\s+(?P<lunit>quarter)"
    r"|(?P<earlier>year-earlier|year-ago|prior-year|year-before|previous-year)\s+(?P<eunit>quarter|period)"
    r"|same\s+(?P<sunit>quarter|period)\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+year"
    r"|of\s+(?:the\s+)?(?:previous|prior|last)\s+year)"
    r"|(?P<bare>quarter))\b(?!-)",
    near=word_starts(["quarter", "period"]),
)
def _reporting_period(m: re.Match[str], text: str) -> Parts | None:
    """ "the quarter", "the latest quarter": the quarter the article reports on; "the year-ago quarter", "the
    year-earlier period", "the same period last year": that period a year before. "the quarter" alone must end
    its phrase ("the quarter mile" is none) and is a date only when the text has stated a quarter before."""
    if m["bare"] or m["latest"]:
        if not _QUARTER_ENDS.match(text, m.end()):
            return None
        return {"anaphor": "quarter" if m["bare"] else "latest-quarter", "shift": 0}
    unit = (m["eunit"] or m["sunit"]).lower()
    return {"anaphor": "same-period", "unit": unit if unit != "period" else None, "shift": -1}


@family(
    "fiscal-anaphor",
    r"\bthe\s+(?P<frel>current|next|coming|previous|prior|last|past|new)\s+fiscal\s+year\b",
    _I,
    near=word_starts(["fiscal", "fy"]),
)
def _fiscal_anaphor(m: re.Match[str], text: str) -> Parts | None:
    """ "the current fiscal year", "the next fiscal year": a fiscal year, but which one the text does not say
    (fiscal years start in any month), so it stays unresolved (``FYXXXX``)."""
    return {"anaphor": "fiscal-year"}


@family(
    "soon",
    r"(?<!\bas\s)\bsoon\b(?!\s+(?:after|afterwards?|thereafter|before|as)\b|-)",
    _I,
    near=word_starts(["soon"]),
)
def _soon(m: re.Match[str], text: str) -> Parts | None:
    """ "will soon", "is to open soon": the future (``FUTURE_REF``), in a clause that looks ahead only. "soon
    after", "as soon as" and a past "soon" ("the talks soon collapsed") are relative to another event."""
    return {"ref": "FUTURE_REF"} if tense_at(text, m.start(), m.end()) == "future" else None
