"""The date families that state a calendar date: "Wednesday, Feb. 3, 1998", "2025-09-28", "the third Tuesday".

Declared before the relative families (``extract.dates``): of two equally long
matches, the first declared wins.
"""

from __future__ import annotations

import re

from factcheck.extract._date_words import (
    _MONTH_ALONE,
    _MONTH_ALONE_LOWER,
    _T_MONTH,
    _T_WEEKDAY,
    _YEAR_TAIL,
    _day,
    _int,
    _nth,
    _shift,
)
from factcheck.extract._families import Families, Parts
from factcheck.extract._near import literal_words, word_starts
from factcheck.extract.patterns import DAY, DAY_WORD, MONTH, WEEKDAY, WEEKDAY_FULL, YEAR, day_word_value
from factcheck.lexicon.months import month_number
from factcheck.lexicon.numbers import ORDINALS
from factcheck.lexicon.weekdays import weekday_name

__all__ = ["CALENDAR"]

CALENDAR = Families()
"""The calendar families, in order of precedence."""
family = CALENDAR.family
_I = re.IGNORECASE


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
    rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})(?:\s+(?:(?P<day>{DAY})|(?:the\s+)?(?P<dayword>{DAY_WORD}))"
    rf"|[-/.]?(?P<glued>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:]|[.,]\d))\b{_YEAR_TAIL}",
    near=_T_MONTH,
)
def _month_day(m: re.Match[str], text: str) -> Parts | None:
    """ "Wednesday, Feb. 3, 1998", "Feb. 3", "September 3rd 2025", "May twenty-first"; the day glued to the month
    as wire copy and forms write it: "Dec.30", "Oct/7", "Sept-11", "Dec30"."""
    if m["glued"] and m["mon"].isupper():
        return None  # "OCT2", "MAY31X": a code, not a date
    day = _int(m, "glued") if m["glued"] else _day(m)
    if day is None:
        return None
    return {"year": _int(m, "year"), "month": month_number(m["mon"]), "day": day,
            "weekday": weekday_name(m["wd"]) if m["wd"] else None}  # fmt: skip


_ORDINAL_DAY = (
    r"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)|(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth)|" + "|".join(w for w in sorted(ORDINALS, key=len, reverse=True)
                                          if ORDINALS[w] <= 31 and w not in ("first", "second")) + ")"
)  # fmt: skip
"""A day of the month as an ordinal, except "first" and "second", adverbs after "may" ("you may first ask")."""


@family(
    "month-day-lower",
    rf"(?:\b(?P<mon>march|may)\s+(?:the\s+)?(?P<dayword>{_ORDINAL_DAY})\b(?!-)|(?<![\w./-])(?P<gmon>jan|feb|mar|apr|may|jun"
    rf"|jul|aug|sept?|oct|nov|dec)(?P<glued>3[01]|[12]\d|0?[1-9])(?![\w/-]|\.\w)){_YEAR_TAIL}",
    near=_T_MONTH,
)
def _month_day_lower(m: re.Match[str], text: str) -> Parts | None:
    """ "march twenty-third", "may 3rd", "mar7": "march" and "may" in lower case are verbs, except before an ordinal
    day; an abbreviation in lower case is a month when the day is glued to it."""
    if m["glued"]:
        return {"year": _int(m, "year"), "month": month_number(m["gmon"]), "day": _int(m, "glued")}
    word = m["dayword"]
    day = int(word[:-2]) if word[0].isdigit() else day_word_value(word)
    return {"year": _int(m, "year"), "month": month_number(m["mon"]), "day": day} if day else None


_CLAUSE_WORDS = (
    r"(?:in|at|on|and|or|but|for|with|when|while|as|after|before|to|was|were|is|are|will|would|has|have|had|that"
    r"|which|the|this|next|last|during|under|from|by)"
)
"""Words that may follow the last day of a date range: a range ends its noun phrase ("Nov. 4-5 in Lima"), a count
does not ("March 2 to 10 visitors", "Oct. 5 - 20 years after")."""


@family(
    "month-day-range",
    rf"\b(?:from\s+)?(?:(?P<wd>{WEEKDAY})(?:\s*(?:-|–|and|to|through)\s*(?P<wd2>{WEEKDAY}))?,?\s+)?(?P<mon>{MONTH})"
    rf"\s+(?P<day>{DAY})\s*(?:[-–]|\s(?:to|through|until|till)\s)\s*(?P<day2>{DAY})\b"
    rf"(?!\s*(?:[.,:]\d|[ap]\.?m\b)){_YEAR_TAIL}(?=\s*(?:[,.;:!?)\]\"'”]|\Z)|\s+{_CLAUSE_WORDS}\b)",
    near=_T_MONTH,
)
def _month_day_range(m: re.Match[str], text: str) -> Parts | None:
    """ "Nov. 4-5", "from Dec. 3 to 9", "Tuesday and Wednesday, Nov. 4-5": one fact, a range with its first and
    last day (an end before its start is no range: "Nov. 9-3"). Where both ends name their month ("Nov. 28 to
    Dec. 2") each end is a whole date of its own, and stays one."""
    month, day = month_number(m["mon"]), _int(m, "day")
    month_end, day_end = month, _int(m, "day2")
    if day is None or day_end is None or day_end <= day:
        return None
    return {"year": _int(m, "year"), "month": month, "day": day, "month_end": month_end, "day_end": day_end,
            "weekday": weekday_name(m["wd"]) if m["wd"] and not m["wd2"] else None,
            "start": m.start("wd") if m["wd"] else m.start("mon")}  # fmt: skip


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
    rf"(?P<day2>3[01]|[12]\d|0?[1-9])(?!\d)|(?P<mon3>{MONTH})[-/](?P<year3>{YEAR})|(?P<year4>{YEAR})\s+(?P<mon4>{_MONTH_ALONE}|"
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
    rf"\b(?:on|by|until|till|since|from|before|after|back|(?P<wd>{WEEKDAY_FULL}),?)\s+(?P<p1>\d{{1,2}})/(?P<p2>\d{{1,2}})"
    r"(?![\d/]|[.,]\d|\s+of\b)",
    _I,
    near=r"\d/\d",
)
def _numeric_short(m: re.Match[str], text: str) -> Parts | None:
    """ "on 4/22", "Friday, 6/13": a year-less numeric date only after a preposition or a weekday (else a ratio
    or a score)."""
    first, second = int(m["p1"]), int(m["p2"])
    month, day = (second, first) if first > 12 else (first, second)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if m["wd"]:  # after a weekday the date must end its phrase: "Friday 2/3 majorities" is a fraction
        return (
            {"month": month, "day": day, "weekday": weekday_name(m["wd"])}
            if _AFTER_DIGIT_DAY.match(text, m.end())
            else None
        )
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
    """ "Friday the fifteenth", "tuesday the 11th".

    After a weekday, "the" + number is an appositive far more often than a day
    of the month ("On Friday, the 19-year-old", "Monday, the first day after",
    "Wednesday the first two cases"): the day needs the shape of a date, an
    ordinal ("19th", "fifteenth") that ends the phrase (a clause mark or a word
    that cannot continue a noun phrase: "the 19th at noon", "the 19th was").
    A digit ordinal may also be followed by a preposition ("the 19th in Paris");
    an ordinal word may not ("the first in a decade").
    """
    day = _day(m)
    word = m["day"] or m["dayword"].split()[-1].split("-")[-1]
    if not day:
        return None
    if word[-2:].lower() not in ("st", "nd", "rd", "th"):
        after = _CLAUSE_END  # "Friday the fifteen." but "Tuesday, the two sides"
    else:
        after = _AFTER_DIGIT_DAY if m["day"] else _AFTER_WORD_DAY
    return {"day": day, "weekday": weekday_name(m["wd"])} if after.match(text, m.end()) else None


@family(
    "weekday-ordinal",
    rf"\b(?P<wd>{WEEKDAY}),?\s+(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))\b",
    near=_T_WEEKDAY,
)
def _weekday_ordinal(m: re.Match[str], text: str) -> Parts | None:
    """ "Tue 13th", "Friday 14th": a digit ordinal right after a weekday, under the same rule as "Tuesday the
    13th" (it must end its phrase: "Sunday 3rd round" is none)."""
    if not _AFTER_DIGIT_DAY.match(text, m.end()):
        return None
    return {"day": _int(m, "day"), "weekday": weekday_name(m["wd"])}


_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)\]\"'”]|\Z)")
_AFTER_WORD_DAY = re.compile(_CLAUSE_END.pattern + r"|\s+(?:at|around|about|when|was|is|will|would)\b", _I)
"""What may follow a day of the month in words after a weekday ("Friday the thirteenth, ...")."""
_AFTER_DIGIT_DAY = re.compile(
    _AFTER_WORD_DAY.pattern + r"|\s+(?:in|on|and|or|but|as|after|before|for|with|by|from|until|till|that)\b", _I
)
"""What may follow a day of the month in digits after a weekday ("Tuesday the 19th in Paris")."""


@family(
    "week-containing",
    rf"\bthe\s+week\s+of\s+(?P<mon>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?\b",
    near=literal_words(["week of"]),
)
def _week_containing(m: re.Match[str], text: str) -> Parts | None:
    """ "the week of Oct. 6": the week that holds the day, not the day."""
    return {"year": _int(m, "year"), "month": month_number(m["mon"]), "day": _int(m, "day"), "week": True}


@family(
    "dom-month-rel",
    rf"\b(?:the\s+)?(?:(?P<day>{DAY})|(?P<dayword>{DAY_WORD}))(?:\s+day)?\s+of\s+(?:the\s+)?"
    r"(?P<mrel>this|next|last|previous|following)\s+month\b",
    _I,
    near=word_starts(["month"]),
)
def _dom_month_rel(m: re.Match[str], text: str) -> Parts | None:
    """ "the 20th of next month", "the 9th day of last month"."""
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
    near=word_starts(["week"]),
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
