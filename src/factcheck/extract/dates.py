"""Candidate date mentions: one pass of compiled patterns over the whole text.

Each pattern family is declared once, with ``@family(name, pattern)`` on the
function that reads its match into the parts the text states — calendar parts
(year, month, day, weekday) or a relation to an anchor ("last month": unit
month, shift -1). The builder returns ``None`` when the context shows the
match is not a date. Where candidates overlap, the longest real date wins;
families declared first win ties. Turning a ``DateMention`` into a TIMEX3
value against an anchor is ``factcheck.normalize.dates``' job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from factcheck.extract._near import finditer_near, literal_words, windows
from factcheck.extract.mentions import DateMention
from factcheck.extract.patterns import (
    DAY,
    DAY_WORD,
    MONTH,
    NUMBER,
    WEEKDAY,
    WEEKDAY_FULL,
    YEAR,
    day_word_value,
    number_value,
)
from factcheck.extract.tense import tense_at
from factcheck.lexicon.months import SEASONS, month_number
from factcheck.lexicon.weekdays import weekday_name

__all__ = ["scan_dates"]


Parts = dict[str, Any]
Builder = Callable[[re.Match[str], str], Parts | None]
_FAMILIES: list[tuple[str, re.Pattern[str], re.Pattern[str], Builder]] = []
_I = re.IGNORECASE


def family(name: str, pattern: str, flags: int = 0, *, near: str) -> Callable[[Builder], Builder]:
    """Declare a pattern family; its builder reads a match into ``DateMention`` fields.

    ``near`` is the family's trigger: literal words that every match contains
    (see ``_near``); the pattern runs only around them. A builder may put
    ``"start"`` in its parts to trim words the pattern needed as context ("in
    May": the mention is "May").
    """

    def register(build: Builder) -> Builder:
        _FAMILIES.append((name, re.compile(pattern, flags), re.compile(near), build))
        return build

    return register


_T_MONTH = literal_words(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
_T_WEEKDAY = literal_words(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
_T_UNIT = literal_words(["day", "week", "month", "year", "decade", "century", "quarter", "spring", "summer", "fall",
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
_HOLIDAYS = (
    "christmas eve", "christmas day", "christmas", "new year's eve", "new year's day", "independence day",
    "halloween", "valentine's day", "thanksgiving day", "thanksgiving", "election day",
)  # fmt: skip
"""Holidays the normalizer can date (``factcheck.normalize.dates``)."""
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
    r"|students|cases|deaths|[ap]\.?m\.?\b|hours|hrs|points|units|barrels|acres|square|cubic)\b",
    re.IGNORECASE,
)


_MONTH_ALONE_LOWER = r"(?:january|february|april|june|july|august|september|october|november|december)"
# Alone, a month must be spelled out or abbreviated with a period: "Jan Kavan" is a name.
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
    re.escape(h.title()).replace("'S", "'s").replace("Day", "[Dd]ay") for h in sorted(_HOLIDAYS, key=len, reverse=True)
)
_NOW_NOT_TIME = re.compile(r"\s+that\b|-", re.IGNORECASE)
""""now that ..." is a conjunction, not a time."""
_TEXT_UNITS = {"morning": "day", "afternoon": "day", "evening": "day", "night": "day"}


# -- explicit calendar dates --------------------------------------------------------------------------------------
@family(
    "weekday-paren",
    rf"\b(?P<wd>{WEEKDAY})\s*\(\s*(?:(?P<mon>{MONTH})\s+(?P<day>{DAY})|(?P<day2>{DAY})\s+(?P<mon2>{MONTH}))"
    rf"{_YEAR_TAIL}\s*\)",
    near=_T_WEEKDAY,
)
def _weekday_paren(m: re.Match[str], text: str) -> Parts | None:
    """ "Sunday (Sept 29)", "Sunday (29 September 2025)"."""
    month_word = m["mon"] or m["mon2"]
    return {"year": _int(m, "year"), "month": month_number(month_word), "day": _int(m, "day") or _int(m, "day2"),
            "weekday": weekday_name(m["wd"])}  # fmt: skip


@family(
    "month-day",
    rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})(?:\s+|[-/](?=\d))(?:(?P<day>{DAY})|(?:the\s+)?(?P<dayword>"
    rf"{DAY_WORD}))\b{_YEAR_TAIL}",
    near=_T_MONTH,
)
def _month_day(m: re.Match[str], text: str) -> Parts | None:
    """ "Wednesday, Feb. 3, 1998", "Feb. 3", "September 3rd 2025", "May twenty-first"."""
    day = _day(m)
    if day is None:
        return None
    return {"year": _int(m, "year"), "month": month_number(m["mon"]), "day": day,
            "weekday": weekday_name(m["wd"]) if m["wd"] else None}  # fmt: skip


@family(
    "day-month",
    rf"\b(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?(?:(?P<day>{DAY})\.?(?:\s+of)?|(?:the\s+)?(?P<dayword>{DAY_WORD})"
    rf"\s+of)\s+(?P<mon>{MONTH}){_YEAR_TAIL}",
    _I,
    near=_T_MONTH,
)
def _day_month(m: re.Match[str], text: str) -> Parts | None:
    """ "Sunday, 28 September 2025", "6 February", "the 3rd of May", "twenty second of June"."""
    day = _day(m)
    if day is None or (not m["mon"][0].isupper() and m["mon"].lower() in ("may", "march")):
        return None
    return {"year": _int(m, "year"), "month": month_number(m["mon"]), "day": day,
            "weekday": weekday_name(m["wd"]) if m["wd"] else None}  # fmt: skip


@family(
    "iso",
    rf"(?<![\d-])(?P<year>{YEAR})-(?:(?P<nmon>0[1-9]|1[0-2])|(?P<mon>{MONTH}))-(?P<day>0[1-9]|[12]\d|3[01]|[1-9])(?!\d)",
    _I,
    near=r"\d\d\d\d-",
)
def _iso(m: re.Match[str], text: str) -> Parts | None:
    """ "2025-09-28", "2019-sep-1"."""
    month = _int(m, "nmon") if m["nmon"] else month_number(m["mon"])
    return {"year": _int(m, "year"), "month": month, "day": _int(m, "day")}


@family(
    "named-numeric",
    rf"\b(?:(?P<mon>{MONTH})[-/](?P<day>{DAY})[-/](?P<year>{YEAR})|(?P<year2>{YEAR})[-/](?P<mon2>{MONTH})[-/]"
    rf"(?P<day2>{DAY})|(?P<mon3>{MONTH})[-/](?P<year3>{YEAR})|(?P<year4>{YEAR})\s+(?P<mon4>{_MONTH_ALONE}|"
    rf"{_MONTH_ALONE_LOWER})(?!\s*\d)|(?P<mon5>{MONTH}),\s+(?P<day5>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)))\b",
    near=_T_MONTH,
)
def _named_numeric(m: re.Match[str], text: str) -> Parts | None:
    """ "Sep-23-2020", "2020/Sep/23", "Dec-2018", "2017 april", "October, 1st": the month name makes them dates."""
    month_word = m["mon"] or m["mon2"] or m["mon3"] or m["mon4"] or m["mon5"]
    year = m["year"] or m["year2"] or m["year3"] or m["year4"]
    day = m["day"] or m["day2"] or m["day5"]
    return {"year": int(year) if year else None, "month": month_number(month_word),
            "day": int(re.sub(r"\D", "", day)) if day else None}  # fmt: skip


@family(
    "numeric",
    r"(?<![\d/.,-])(?P<numeric>(?P<p1>\d{1,2})(?P<sep>[/.-])(?P<p2>\d{1,2})(?P=sep)(?P<p3>\d{4}|\d{2}))(?!\d|[/.-]\d)",
    near=r"\d[/.-]\d",
)
def _numeric(m: re.Match[str], text: str) -> Parts | None:
    """ "3/12/99", "12-03-1999": month first as in US news, day first when the first part is over 12."""
    return {"numeric": m["numeric"].replace(m["sep"], "/"), "date_order": "DMY" if int(m["p1"]) > 12 else "MDY"}


@family(
    "numeric-short",
    r"\b(?:on|by|until|till|since|from|before|after|back)\s+(?P<p1>\d{1,2})/(?P<p2>\d{1,2})(?![\d/.]|,\d)",
    near=r"\d/\d",
)
def _numeric_short(m: re.Match[str], text: str) -> Parts | None:
    """ "on 4/22": a year-less numeric date only after a preposition (else a ratio or a score)."""
    first, second = int(m["p1"]), int(m["p2"])
    month, day = (second, first) if first > 12 else (first, second)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return {"month": month, "day": day, "start": m.start("p1")}


@family("year-quarter", rf"(?<![\d-])(?P<year>{YEAR})[- ]?[qQ](?P<q>[1-4])\b", near=r"\d[- ]?[qQ]")
def _year_quarter(m: re.Match[str], text: str) -> Parts | None:
    """ "2019 q1", "2019-Q3"."""
    return {"year": _int(m, "year"), "quarter": int(m["q"])}


@family(
    "weekday-dom",
    rf"\b(?P<wd>{WEEKDAY_FULL}),?\s+the\s+(?:(?P<day>{DAY})|(?P<dayword>{DAY_WORD}))\b",
    _I,
    near=_T_WEEKDAY,
)
def _weekday_dom(m: re.Match[str], text: str) -> Parts | None:
    """ "Friday the fifteenth", "tuesday the 11th"."""
    day = _day(m)
    return {"day": day, "weekday": weekday_name(m["wd"])} if day else None


@family(
    "dom-month-rel",
    rf"\b(?:the\s+)?(?:(?P<day>{DAY})|(?P<dayword>{DAY_WORD}))(?:\s+day)?\s+of\s+(?:the\s+)?"
    r"(?P<mrel>this|next|last|previous|following)\s+month\b",
    _I,
    near=literal_words(["month"]),
)
def _dom_month_rel(m: re.Match[str], text: str) -> Parts | None:
    """ "the 20th of next month", "the 15th day of next month"."""
    day = _day(m)
    return {"day": day, "month_shift": _shift(m["mrel"])} if day else None


@family(
    "week-of",
    rf"\b(?:the\s+)?(?P<nth>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week\s+of\s+(?:(?P<mon>{MONTH})"
    rf"(?:\s*,?\s+(?P<year>{YEAR}))?|(?P<wyear>{YEAR}))\b",
    _I,
    near=literal_words(["week of"]),
)
def _week_of(m: re.Match[str], text: str) -> Parts | None:
    """ "the first week of July", "the last week of 2016"."""
    return {"year": _int(m, "year") or _int(m, "wyear"), "month": month_number(m["mon"]) if m["mon"] else None,
            "week_of": _nth(m["nth"])}  # fmt: skip


@family(
    "nth-weekday",
    rf"\b(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<wd>{WEEKDAY_FULL})"
    rf"(?:\s+(?:of|in)\s+(?:(?P<mon>{MONTH})(?:\s*,?\s+(?P<year>{YEAR})\b)?|(?:the\s+)?(?P<mrel>this|next|last|previous"
    r"|following)\s+month))?",
    _I,
    near=_T_WEEKDAY,
)
def _nth_weekday(m: re.Match[str], text: str) -> Parts | None:
    """ "the first Friday of July", "the third Wednesday of next month", "first Sunday"."""
    if m["nth"].lower() == "last" and not (m["mon"] or m["mrel"]):
        return None  # "last Tuesday" is a weekday before the anchor ("rel-named")
    month_shift = _shift(m["mrel"]) if m["mrel"] else (None if m["mon"] else 0)
    return {"weekday": weekday_name(m["wd"]), "month": month_number(m["mon"]) if m["mon"] else None,
            "year": _int(m, "year"), "nth": _nth(m["nth"]), "month_shift": month_shift}  # fmt: skip


@family(
    "weekday-week",
    rf"\b(?:(?P<wd>{WEEKDAY_FULL})\s+(?:of\s+)?(?:the\s+)?(?P<wrel>next|last|this|following|previous)\s+week"
    rf"|(?P<wrel2>next|last|this)\s+week(?:'s)?\s+(?:on\s+)?(?P<wd2>{WEEKDAY}))\b",
    _I,
    near=literal_words(["week"]),
)
def _weekday_week(m: re.Match[str], text: str) -> Parts | None:
    """ "Tuesday next week", "next week on Tuesday", "Monday of the following week"."""
    return {"weekday": weekday_name(m["wd"] or m["wd2"]), "week_shift": _shift(m["wrel"] or m["wrel2"])}


@family(
    "day-alone", r"\bthe\s+(?P<dom>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?=\s*[,.;!?)]|\s*$)", near=r"\d(?:st|nd|rd|th)"
)
def _day_alone(m: re.Match[str], text: str) -> Parts | None:
    """ "the 27th" at the end of a clause: a day of the anchor's month or a neighbour."""
    return {"day": int(m["dom"])}


# -- counted from the anchor ---------------------------------------------------------------------------------------
@family(
    "from-now",
    r"\b(?:the\s+day\s+(?P<dayrel>after\s+tomorrow|before\s+yesterday)"
    rf"|(?P<fn>{NUMBER})\s+(?P<funit>minutes?|hours?|days?|weeks?|months?|years?)\s+(?P<fdir>from|after|before)"
    r"\s+(?P<fbase>now|today|tomorrow|yesterday)"
    rf"|in\s+(?P<in>{NUMBER})\s+(?P<inunit>minutes?|hours?|days?|weeks?|months?|years?))\b",
    _I,
    near=literal_words(["tomorrow", "yesterday", "today", "now", "minute", "hour", "day", "week", "month", "year"]),
)
def _from_now(m: re.Match[str], text: str) -> Parts | None:
    """ "the day after tomorrow" (+2 days), "two weeks from now", "in 3 days" (future tense only)."""
    if m["dayrel"]:
        return {"unit": "day", "shift": 2 if m["dayrel"].lower().startswith("after") else -2}
    if m["in"] and tense_at(text, m.start(), m.end()) != "future":
        return None  # "done in three weeks" is a duration; "will leave in three weeks" a date
    count = number_value(m["fn"] or m["in"] or "")
    if count is None or count != int(count):
        return None
    unit = (m["funit"] or m["inunit"] or "").lower().rstrip("s")
    base_shift = {"now": 0, "today": 0, "tomorrow": 1, "yesterday": -1}[(m["fbase"] or "now").lower()]
    sign = -1 if (m["fdir"] or "").lower() == "before" else 1
    if unit in ("minute", "hour"):
        return {"unit": "day", "shift": base_shift}
    days = {"day": 1, "week": 7}.get(unit)
    if days is not None:
        return {"unit": "day", "shift": base_shift + sign * int(count) * days}
    return {"unit": unit, "shift": sign * int(count)}


# -- months, years and their parts ---------------------------------------------------------------------------------
@family("mod-month", rf"\b(?:the\s+)?{_MOD}(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR})\b)?(?!\s+\d)", _I, near=_T_MONTH)
def _mod_month(m: re.Match[str], text: str) -> Parts | None:
    """ "late November", "mid-September 1999", "the end of March"."""
    if not m["mon"][0].isupper():  # "the late march", "in early may": not month names
        return None
    return {"month": month_number(m["mon"]), "year": _int(m, "year"), "mod": _mod(m["mod"])}


@family("mod-year", rf"\b(?:the\s+)?{_MOD}(?P<year>{YEAR})\b(?!\s*s\b)", _I, near=_T_YEAR)
def _mod_year(m: re.Match[str], text: str) -> Parts | None:
    """ "early 1998"."""
    return {"year": _int(m, "year"), "mod": _mod(m["mod"])}


@family(
    "month-rel-year",
    rf"\b(?:{_MOD})?(?P<mon>{MONTH})\s+(?:of\s+)?(?P<yrel>this|next|last|the\s+following|the\s+previous)\s+year\b",
    _I,
    near=literal_words(["year"]),
)
def _month_rel_year(m: re.Match[str], text: str) -> Parts | None:
    """ "February this year", "early October next year"."""
    if not m["mon"][0].isupper():
        return None
    return {"month": month_number(m["mon"]), "mod": _mod(m["mod"]), "year_shift": _shift(m["yrel"].split()[-1])}


@family("month-year", rf"\b(?:(?:in|of)\s+)?(?P<mon>{MONTH})(?:,?\s+|\s+of\s+)(?P<year>{YEAR})\b", near=_T_YEAR)
def _month_year(m: re.Match[str], text: str) -> Parts | None:
    """ "June 2022", "Sept., 1998", "june of 1992"."""
    return {"month": month_number(m["mon"]), "year": _int(m, "year"), "start": m.start("mon")}


@family(
    "decade", rf"\b(?:the\s+)?{_MOD}?(?:(?P<cent>1[0-9]|20)(?P<dec>\d)0'?s|'(?P<dec2>\d)0s)\b", _I, near=r"0'?[sS]|'\d0"
)
def _decade(m: re.Match[str], text: str) -> Parts | None:
    """ "the 1990s", "the early '90s"."""
    if m["cent"]:
        decade = int(m["cent"]) * 10 + int(m["dec"])
    else:
        decade = 190 + int(m["dec2"]) if int(m["dec2"]) > 1 else 200 + int(m["dec2"])
    return {"decade": decade, "mod": _mod(m["mod"])}


@family(
    "quarter",
    r"\b(?:the\s+)?(?:(?P<qrel>last|this|next|previous|current)\s+|(?P<qord>first|second|third|fourth|1st|2nd|3rd"
    r"|4th)\s+)(?P<qunit>quarter|half)(?:\s+of\s+(?:(?P<year>" + YEAR + r")|(?P<qrel2>last|this|next)\s+year))?",
    _I,
    near=literal_words(["quarter", "half"]),
)
def _quarter(m: re.Match[str], text: str) -> Parts | None:
    """ "the third quarter (of 1998)", "the first half", "last quarter"."""
    key = "quarter" if m["qunit"].lower() == "quarter" else "half"
    if not m["qord"]:
        return {"unit": key, "shift": _shift(m["qrel"])}
    number = _nth(m["qord"])
    if key == "half" and number > 2:
        return None
    return {key: number, "year": _int(m, "year"), "shift": _shift(m["qrel2"]) if m["qrel2"] else None}


@family("fiscal", rf"\b(?:fiscal(?:\s+year)?|FY)\s*(?P<year>{YEAR})\b", _I, near=literal_words(["fiscal", "fy"]))
def _fiscal(m: re.Match[str], text: str) -> Parts | None:
    """ "fiscal 1999": a fiscal year, not the calendar year (``FY1999``)."""
    return {"year": _int(m, "year"), "fiscal": True}


@family(
    "season",
    rf"\b(?:(?:the\s+)?{_MOD}?(?:{_REL}\s+)(?P<season>spring|summer|fall|autumn|winter)\b"
    rf"|(?:the\s+)?{_MOD2}?(?P<season2>spring|summer|fall|autumn|winter)(?:\s+of)?\s+(?P<year>{YEAR})\b)",
    _I,
    near=literal_words(["spring", "summer", "fall", "autumn", "winter"]),
)
def _season(m: re.Match[str], text: str) -> Parts | None:
    """ "last fall", "the summer of 1998", "this spring"; "fall" alone is a verb."""
    word = (m["season"] or m["season2"]).lower()
    if word == "fall" and not (m["rel"] or m["year"]):
        return None
    return {"season": SEASONS[word], "year": _int(m, "year"), "mod": _mod(m["mod"] or m["mod2"]),
            "shift": _shift(m["rel"]) if m["rel"] else None}  # fmt: skip


@family(
    "holiday",
    rf"\b(?:{_REL}\s+)?(?P<holiday>{_HOLIDAY})\b{_YEAR_TAIL}",
    near=literal_words(["christmas", "new year", "independence", "halloween", "valentine", "thanksgiving", "election"]),
)
def _holiday(m: re.Match[str], text: str) -> Parts | None:
    """ "Thanksgiving", "last Christmas", "Christmas Day 1998"."""
    return {"holiday": m["holiday"].lower(), "year": _int(m, "year"), "shift": _shift(m["rel"]) if m["rel"] else None}


@family(
    "period-edge",
    r"\b(?:(?:the\s+)?(?P<edge>end|beginning|start|middle)\s+of\s+(?:the\s+)?|(?P<edge2>earlier|later)\s+in\s+the\s+)"
    r"(?P<eunit>day|week|month|year)\b(?!\s+(?:of|before|after)\b)",
    _I,
    near=_T_UNIT,
)
def _period_edge(m: re.Match[str], text: str) -> Parts | None:
    """ "the end of the year", "earlier in the week": the current period, with a modifier."""
    return {"unit": m["eunit"].lower(), "shift": 0, "mod": _mod(m["edge"] or m["edge2"])}


@family("relative", rf"\b(?:the\s+)?{_MOD}?{_REL}\s+{_UNIT}\b(?!-)", _I, near=_T_UNIT)
def _relative(m: re.Match[str], text: str) -> Parts | None:
    """ "last week", "this year", "next month", "earlier this year", "late last year"."""
    unit, rel = m["unit"].lower(), m["rel"].lower()
    if rel == "same":
        return None
    if unit in SEASONS:
        return {"season": SEASONS[unit], "shift": _shift(rel), "mod": _mod(m["mod"])}
    if rel == "past" and m.group().lower().startswith("the past") and unit != "weekend":
        return None  # "the past year" is a duration (see durations.py)
    return {"unit": unit, "shift": _shift(rel), "mod": _mod(m["mod"])}


@family(
    "rel-named",
    rf"\b(?P<rel2>last|this|next|past|coming|previous|following)\s+(?:(?P<mon>{MONTH})|(?P<wd>{WEEKDAY_FULL}))",
    _I,
    near=f"{_T_MONTH}|{_T_WEEKDAY}",
)
def _rel_named(m: re.Match[str], text: str) -> Parts | None:
    """ "last November", "next Tuesday", "this April"."""
    if not (m["mon"] or m["wd"])[0].isupper():
        return None
    if m["mon"]:
        return {"month": month_number(m["mon"]), "shift": _shift(m["rel2"])}
    return {"weekday": weekday_name(m["wd"]), "shift": _shift(m["rel2"])}


@family(
    "ago",
    rf"\b(?:(?:about|almost|nearly|some|roughly|more\s+than|less\s+than|over|just|only)\s+)?(?P<n>{NUMBER})\s+"
    r"(?P<agounit>days?|weeks?|months?|years?|decades?|centuries|century)\s+(?:ago|earlier|before)\b",
    _I,
    near=literal_words(["ago", "earlier", "before"]),
)
def _ago(m: re.Match[str], text: str) -> Parts | None:
    """ "two years ago", "a decade ago", "almost four years ago"."""
    count = number_value(m["n"])
    if count is None or count != int(count):
        return None
    unit = m["agounit"].lower().rstrip("s")
    return {"unit": "century" if unit.startswith("centur") else unit, "shift": -int(count), "ago": True}


# -- days and times around the anchor --------------------------------------------------------------------------------
@family(
    "time",
    rf"\b(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*{_AMPM}{_TZ}"
    rf"(?:(?:\s+on)?\s+(?P<wd>{WEEKDAY_FULL})|\s+(?P<tword>today|yesterday|tomorrow))?",
    _I,
    near=r"\d(?::\d\d)?\s*[aApP]",
)
def _time(m: re.Match[str], text: str) -> Parts | None:
    """ "10:35 a.m.", "9 a.m. Tuesday", "4 a.m. EDT Thursday"."""
    hour = int(m["hour"]) % 12 + (12 if m["ampm"].lower() == "p" else 0)
    parts: Parts = {"time": f"{hour:02d}:{m['minute'] or '00'}"}
    if m["wd"]:
        return parts | {"weekday": weekday_name(m["wd"])}
    unit, shift = _ANCHOR_WORDS[m["tword"].lower()] if m["tword"] else ("day", 0)
    return parts | {"unit": unit, "shift": shift}


@family(
    "time-word",
    r"(?<!high )\b(?P<timeword>midday|noon|midnight)\b(?!\s*(?:prayers?|meal|news))",
    _I,
    near=literal_words(["midday", "noon", "midnight"]),
)
def _time_word(m: re.Match[str], text: str) -> Parts | None:
    """ "midday", "noon": the anchor's day."""
    return {"unit": "day", "shift": 0, "time": {"midday": "12:00", "noon": "12:00"}.get(m["timeword"].lower())}


@family(
    "anchor",
    r"\b(?P<anchorword>" + "|".join(map(re.escape, _ANCHOR_WORDS)) + r")\b",
    _I,
    near=literal_words(["today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night"]),
)
def _anchor(m: re.Match[str], text: str) -> Parts | None:
    """ "today", "yesterday", "tonight", "last night"."""
    unit, shift = _ANCHOR_WORDS[m["anchorword"].lower()]
    return {"unit": unit, "shift": shift}


@family(
    "ref",
    r"\b(?P<refword>" + "|".join(sorted(map(re.escape, _REFS), key=len, reverse=True)) + r")\b",
    _I,
    near=literal_words(["now", "currently", "present", "nowadays", "days", "recently", "lately", "past", "future"]),
)
def _ref(m: re.Match[str], text: str) -> Parts | None:
    """ "now", "currently", "recently", "the future"."""
    word = m["refword"].lower()
    if word == "now" and _NOW_NOT_TIME.match(text, m.end()):
        return None
    return {"ref": _REFS[word]}


@family(
    "text-relative",
    r"\b(?:the\s+(?P<trel>next|following|previous|preceding)\s+(?P<tunit>day|morning|afternoon|evening|night|week"
    r"|month|year)|(?P<tn>" + NUMBER + r")\s+(?P<tunit2>days?|weeks?|months?|years?)\s+later"
    r"|(?:that|the)\s+same\s+(?P<tunit3>day|morning|night|week|month|year)"
    r"|(?P<tmod>earlier|later)\s+that\s+(?P<tunit4>day|morning|night|week|month|year)"
    r"|the\s+day\s+(?P<tdir>before|after)(?=\s*[,.;:)]|\s*$))\b",
    _I,
    near=literal_words(["next", "following", "previous", "preceding", "later", "same", "earlier", "day"]),
)
def _text_relative(m: re.Match[str], text: str) -> Parts | None:
    """ "the next day" (+1 day), "two weeks later", "that same day", "the day before": from the previous date."""
    if m["trel"]:
        unit, shift = m["tunit"], 1 if m["trel"].lower() in ("next", "following") else -1
    elif m["tunit2"]:
        unit, shift = m["tunit2"].rstrip("s"), int(number_value(m["tn"]) or 0)
    elif m["tunit3"] or m["tunit4"]:
        unit, shift = m["tunit3"] or m["tunit4"], 0
    else:
        unit, shift = "day", -1 if m["tdir"].lower() == "before" else 1
    unit = _TEXT_UNITS.get(unit.lower(), unit.lower())
    return {"unit": unit, "shift": shift, "mod": _mod(m["tmod"]), "text_anchor": True}


@family(
    "month",
    rf"(?:\b(?:in|by|of|to|on|for|until|since|from|through|during|before|after|early|late)\s+(?P<may>May)\b"
    rf"|\b(?!May\b)(?P<mon>{_MONTH_ALONE}))(?!\s*\d)(?!\s+(?:for|of\s+the|on)\b)",
    near=_T_MONTH,
)
def _month(m: re.Match[str], text: str) -> Parts | None:
    """ "in April", "March": a month name alone ("May" only after a preposition; "March for Life" is not)."""
    if m["may"]:
        return {"month": 5, "start": m.start("may")}
    return {"month": month_number(m["mon"])}


@family("weekday", rf"\b(?P<wd>{WEEKDAY_FULL})", near=_T_WEEKDAY)
def _weekday(m: re.Match[str], text: str) -> Parts | None:
    """ "Sunday": resolved against the anchor and the tense."""
    return {"weekday": weekday_name(m["wd"])}


@family("year", r"(?<![\w$£€¥#./,-])(?P<year>1[6-9]\d\d|2[01]\d\d)(?![\w%]|[.,]\d|-\d|/\d|')", near=_T_YEAR)
def _year(m: re.Match[str], text: str) -> Parts | None:
    """ "in 2023", "1997": a year alone, unless a count or an amount ("2000 people", "No. 1998")."""
    if _NOT_YEAR_BEFORE.search(text, max(0, m.start() - 14), m.start()) or _NOT_YEAR_AFTER.match(text, m.end()):
        return None
    return {"year": _int(m, "year")}


def _mention(name: str, m: re.Match[str], text: str, build: Builder) -> DateMention | None:
    parts = build(m, text)
    if parts is None:
        return None
    start = parts.pop("start", m.start())
    fields = {key: value for key, value in parts.items() if value is not None}
    return DateMention(start=start, end=m.end(), text=text[start : m.end()], family=name, **fields)


def scan_dates(text: str) -> list[DateMention]:
    """Every date mention in ``text``, in text order, never overlapping.

    Where candidates overlap, the longest that is really a date wins ("last
    Tuesday" when "the last Tuesday of" finds no month); the tense is then
    read for the winners only.
    """
    spans: dict[re.Pattern[str], list[tuple[int, int]]] = {}
    candidates = []
    for name, pattern, trigger, build in _FAMILIES:
        if trigger not in spans:
            spans[trigger] = windows(trigger, text)
        for match in finditer_near(pattern, text, spans[trigger]):
            if (mention := _mention(name, match, text, build)) is not None:
                candidates.append(mention)
    order = {name: index for index, (name, _, _, _) in enumerate(_FAMILIES)}
    candidates.sort(key=lambda c: (c.start, c.start - c.end, order[c.family]))
    kept: list[DateMention] = []
    for mention in candidates:
        if not kept or mention.start >= kept[-1].end:
            kept.append(replace(mention, tense=tense_at(text, mention.start, mention.end)))
    return kept
