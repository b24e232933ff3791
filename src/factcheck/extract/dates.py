"""Candidate date mentions: one pass of compiled patterns over the whole text.

Each ``DateMention`` keeps the exact offsets and what the text states —
calendar parts (year, month, day, weekday), or a relation to the anchor
("last month": unit month, shift -1) — and the tense of its clause. Turning
it into a TIMEX3 value is ``factcheck.normalize.dates``' job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from factcheck.extract.patterns import (
    DAY,
    MONTH,
    NUMBER,
    SEASONS,
    WEEKDAY,
    WEEKDAY_FULL,
    YEAR,
    month_number,
    number_value,
    weekday_name,
)
from factcheck.extract.tense import Tense, tense_at

__all__ = ["DateMention", "scan_dates"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as the text states it, before any anchor is applied."""

    start: int
    end: int
    text: str
    family: str
    """Which pattern found it (``month-day``, ``relative``, ``ago``, ``year``, ...)."""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None
    """The weekday the text names, full English name."""
    decade: int | None = None
    """``199`` for "the 1990s"."""
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    unit: str | None = None
    """For relative mentions: ``day``, ``week``, ``weekend``, ``month``, ``year``, ``decade``."""
    shift: int | None = None
    """For relative mentions: -1 "last", 0 "this", +1 "next", -N "N ... ago"."""
    ref: str | None = None
    """``PRESENT_REF``, ``PAST_REF`` or ``FUTURE_REF``."""
    mod: str | None = None
    """``start``, ``mid`` or ``end`` ("early", "mid-", "late")."""
    time: str | None = None
    """``HH:MM`` when the text gives a time of day."""
    holiday: str | None = None
    tense: Tense = None
    extra: dict[str, str] = field(default_factory=dict)


# -- the pattern families ---------------------------------------------------------------------------------------
_YEAR_TAIL = rf"(?:,?\s+(?P<year>{YEAR})\b)?"
_MOD_WORDS = r"early|earlier|mid|middle|late|later|end|beginning|start"
_MOD = rf"(?:(?P<mod>{_MOD_WORDS})(?:-|\s+of\s+(?:the\s+)?|\s+))"
_MOD2 = _MOD.replace("<mod>", "<mod2>")
_REL = r"(?P<rel>last|this|next|past|previous|coming|current|following|same)"
_UNIT = r"(?P<unit>week|weekend|month|year|decade|century|quarter|spring|summer|fall|autumn|winter)"
_AMPM = r"(?P<ampm>[aApP])(?:\.\s?[mM]\.?|[mM]\b)"
_TZ = r"(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time))?"
_HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "thanksgiving day": (11, 0),
    "thanksgiving": (11, 0),
    "election day": (11, 0),
}
_HOLIDAY = "|".join(
    re.escape(h.title()).replace("'S", "'s").replace("Day", "[Dd]ay") for h in sorted(_HOLIDAYS, key=len, reverse=True)
)
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
    r"|channel|box|suite|unit|rule|item|bill|h\.r|s|paragraph)\.?|[#$£€¥]|\d[,.]?)\s*$",
    re.IGNORECASE,
)
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent|people|persons|men|women|children|troops|soldiers|workers|votes|times|feet|foot"
    r"|meters|metres|miles|kilometers|km|tons|tonnes|pounds|dollars|yuan|euros|cars|homes|houses|jobs|members"
    r"|students|cases|deaths|[ap]\.?m\.?\b|hours|hrs|points|units|barrels|acres|square|cubic)\b",
    re.IGNORECASE,
)


def _f(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_I = re.IGNORECASE
# Alone, a month must be spelled out or abbreviated with a period: "Jan Kavan" is a name.
_MONTH_ALONE = (
    r"(?:January|February|March|April|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
)
_FAMILIES: list[tuple[str, re.Pattern[str]]] = [
    # "Sunday (Sept 29)", "Sunday (29 September 2025)"
    ("weekday-paren", _f(
        rf"\b(?P<wd>{WEEKDAY})\s*\(\s*(?:(?P<mon>{MONTH})\s+(?P<day>{DAY})|(?P<day2>{DAY})\s+(?P<mon2>{MONTH}))"
        rf"{_YEAR_TAIL}\s*\)")),
    # "Wednesday, Feb. 3, 1998", "Feb. 3", "September 3rd 2025", "early on Feb. 3"
    ("month-day", _f(rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<day>{DAY})\b{_YEAR_TAIL}")),
    # "Sunday, 28 September 2025", "6 February", "the 3rd of May"
    ("day-month", _f(
        rf"\b(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?(?P<day>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH}){_YEAR_TAIL}")),
    # "2025-09-28"
    ("iso", _f(rf"(?<![\d-])(?P<year>{YEAR})-(?P<nmon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)")),
    # "3/12/99", "12/03/1999": month first, as in US news; dateparser reads them
    ("numeric", _f(r"(?<![\d/.])(?P<numeric>(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])/(?:\d{4}|\d{2}))(?![\d/])")),
    # "late November", "early 1998", "mid-September 1999", "the end of March"
    ("mod-month", _f(rf"\b(?:the\s+)?{_MOD}(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR})\b)?", _I)),
    ("mod-year", _f(rf"\b(?:the\s+)?{_MOD}(?P<year>{YEAR})\b(?!\s*s\b)", _I)),
    # "February this year", "early October next year"
    ("month-rel-year", _f(
        rf"\b(?:{_MOD})?(?P<mon>{MONTH})\s+(?:of\s+)?(?P<yrel>this|next|last|the\s+following|the\s+previous)\s+year\b",
        _I)),
    # "June 2022", "Sept., 1998"
    ("month-year", _f(rf"\b(?:(?:in|of)\s+)?(?P<mon>{MONTH}),?\s+(?P<year>{YEAR})\b")),
    # "the 1990s", "the early '90s", "1980s"
    ("decade", _f(rf"\b(?:the\s+)?{_MOD}?(?:(?P<cent>1[0-9]|20)(?P<dec>\d)0'?s|'(?P<dec2>\d)0s)\b", _I)),
    # "the third quarter (of 1998)", "the first half", "fiscal 1999"
    ("quarter", _f(
        r"\b(?:the\s+)?(?:(?P<qrel>last|this|next|previous|current)\s+|(?P<qord>first|second|third|fourth|1st|2nd|3rd"
        r"|4th)\s+)(?P<qunit>quarter|half)(?:\s+of\s+(?:(?P<year>" + YEAR + r")|(?P<qrel2>last|this|next)\s+year))?",
        _I)),
    ("fiscal", _f(rf"\b(?:fiscal(?:\s+year)?|FY)\s*(?P<year>{YEAR})\b", _I)),
    # "last fall", "the summer of 1998", "this spring"
    ("season", _f(
        rf"\b(?:(?:the\s+)?{_MOD}?(?:{_REL}\s+)(?P<season>spring|summer|fall|autumn|winter)\b"
        rf"|(?:the\s+)?{_MOD2}?(?P<season2>spring|summer|fall|autumn|winter)(?:\s+of)?\s+(?P<year>{YEAR})\b)",
        _I)),
    # "Thanksgiving", "last Christmas", "Christmas Day 1998"
    ("holiday", _f(rf"\b(?:{_REL}\s+)?(?P<holiday>{_HOLIDAY})\b{_YEAR_TAIL}")),
    # "last week", "this year", "next month", "earlier this year", "late last year", "the past week"
    ("relative", _f(rf"\b(?:the\s+)?{_MOD}?{_REL}\s+{_UNIT}\b(?!-)(?!\s*'s\b)", _I)),
    # "last November", "next Tuesday", "this April"
    ("rel-named", _f(rf"\b(?P<rel2>last|this|next|past|coming)\s+(?:(?P<mon>{MONTH})|(?P<wd>{WEEKDAY_FULL}))", _I)),
    # "two years ago", "a decade ago", "almost four years ago"
    ("ago", _f(
        rf"\b(?:(?:about|almost|nearly|some|roughly|more\s+than|less\s+than|over|just|only)\s+)?(?P<n>{NUMBER})\s+"
        r"(?P<agounit>days?|weeks?|months?|years?|decades?|centuries|century)\s+(?:ago|earlier|before)\b", _I)),
    # "10:35 a.m.", "9 a.m. Tuesday", "4 a.m. EDT Thursday", "midday"
    ("time", _f(
        rf"\b(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*{_AMPM}{_TZ}"
        rf"(?:(?:\s+on)?\s+(?P<wd>{WEEKDAY_FULL})|\s+(?P<tword>today|yesterday|tomorrow))?", _I)),
    ("time-word", _f(r"(?<!high )\b(?P<timeword>midday|noon|midnight)\b(?!\s*(?:prayers?|meal|news))", _I)),
    # "today", "yesterday", "tonight", "last night"
    ("anchor", _f(r"\b(?P<anchorword>" + "|".join(map(re.escape, _ANCHOR_WORDS)) + r")\b", _I)),
    # "now", "currently", "recently", "the future"
    ("ref", _f(r"\b(?P<refword>" + "|".join(sorted(map(re.escape, _REFS), key=len, reverse=True)) + r")\b", _I)),
    # "the next day", "two days later", "that same day", "later that year": anchored on the previous date
    ("text-relative", _f(
        r"\b(?:the\s+(?P<trel>next|following|previous|preceding)\s+(?P<tunit>day|morning|afternoon|evening|night|week"
        r"|month|year)|(?P<tn>" + NUMBER + r")\s+(?P<tunit2>days?|weeks?|months?|years?)\s+later"
        r"|(?:that|the)\s+same\s+(?P<tunit3>day|morning|night|week|month|year)"
        r"|(?P<tmod>earlier|later)\s+that\s+(?P<tunit4>day|morning|night|week|month|year)"
        r"|the\s+day\s+(?P<tdir>before|after)(?=\s*[,.;:)]|\s*$))\b", _I)),
    # "in April", "last December", "March": a month name alone ("May" only after a preposition)
    ("month", _f(
        rf"(?:\b(?:in|by|of|to|on|for|until|since|from|through|during|before|after|early|late)\s+(?P<may>May)\b"
        rf"|\b(?!May\b)(?P<mon>{_MONTH_ALONE}))(?!\s*\d)(?!\s+(?:for|of\s+the|on|to)\b)")),
    # "Sunday", "Sunday night": resolved against the anchor and the tense
    ("weekday", _f(rf"\b(?P<wd>{WEEKDAY_FULL})")),
    # "in 2023", "1997": a year alone, not a count or an amount
    ("year", _f(r"(?<![\w$£€¥#./-])(?P<year>1[6-9]\d\d|20\d\d)(?![\w%]|[.,]\d|-\d|/\d|')")),
]  # fmt: skip

# "now that ..." is a conjunction, not a time.
_NOW_NOT_TIME = re.compile(r"\s+that\b|-", re.IGNORECASE)


def _int(match: re.Match[str], group: str) -> int | None:
    value = match.groupdict().get(group)
    return int(re.sub(r"\D", "", value)) if value else None


def _mod(word: str | None) -> str | None:
    if not word:
        return None
    word = word.lower()
    if word in ("early", "earlier", "beginning", "start"):
        return "start"
    if word in ("mid", "middle"):
        return "mid"
    return "end"


def _shift(rel: str | None) -> int:
    return {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(
        (rel or "this").lower(), 0
    )


_TEXT_UNITS = {"morning": "day", "afternoon": "day", "evening": "day", "night": "day"}


def _text_relative(g: dict[str, str | None]) -> dict[str, object]:
    """ "the next day" (+1 day), "two weeks later" (+2 weeks), "the day before" (-1 day), relative to the text."""
    if g["trel"]:
        unit, shift = g["tunit"] or "day", 1 if g["trel"].lower() in ("next", "following") else -1
    elif g["tunit2"]:
        unit, shift = g["tunit2"].rstrip("s"), int(number_value(g["tn"] or "") or 0)
    elif g["tunit3"] or g["tunit4"]:
        unit, shift = g["tunit3"] or g["tunit4"] or "day", 0
    else:
        unit, shift = "day", -1 if (g["tdir"] or "").lower() == "before" else 1
    unit = _TEXT_UNITS.get(unit.lower(), unit.lower())
    return {"unit": unit, "shift": shift, "mod": _mod(g["tmod"]), "extra": {"text_anchor": "yes"}}


def _build(family: str, m: re.Match[str], text: str) -> DateMention | None:
    """The mention a match states, or ``None`` when the context shows it is not a date."""
    g = m.groupdict()
    start, end = m.span()
    base: dict[str, object] = {}
    if family == "weekday-paren":
        if g["day2"]:
            base = {"month": month_number(g["mon2"]), "day": _int(m, "day2")}
        else:
            base = {"month": month_number(g["mon"]), "day": _int(m, "day")}
        base |= {"year": _int(m, "year"), "weekday": weekday_name(g["wd"])}
    elif family in ("month-day", "day-month"):
        base = {"year": _int(m, "year"), "month": month_number(g["mon"]), "day": _int(m, "day")}
        if g.get("wd"):
            base["weekday"] = weekday_name(g["wd"])
    elif family == "iso":
        base = {"year": _int(m, "year"), "month": _int(m, "nmon"), "day": _int(m, "day")}
    elif family == "numeric":
        base = {"extra": {"numeric": g["numeric"]}}
    elif family == "mod-month":
        if not g["mon"][0].isupper():  # "the late march", "in early may": not month names
            return None
        base = {"month": month_number(g["mon"]), "year": _int(m, "year"), "mod": _mod(g["mod"])}
    elif family == "mod-year":
        base = {"year": _int(m, "year"), "mod": _mod(g["mod"])}
    elif family == "month-rel-year":
        if not g["mon"][0].isupper():
            return None
        base = {
            "month": month_number(g["mon"]),
            "mod": _mod(g["mod"]),
            "shift": 0,
            "extra": {"year_shift": str(_shift(g["yrel"].split()[-1]))},
        }
    elif family == "month-year":
        base = {"month": month_number(g["mon"]), "year": _int(m, "year")}
        start = m.start("mon")
    elif family == "decade":
        if g["cent"]:
            decade = int(g["cent"]) * 10 + int(g["dec"])
        else:
            decade = 190 + int(g["dec2"]) if int(g["dec2"]) > 1 else 200 + int(g["dec2"])
        base = {"decade": decade, "mod": _mod(g["mod"])}
    elif family == "quarter":
        ordinal = (g["qord"] or "").lower()[:3]
        number = {"fir": 1, "1st": 1, "sec": 2, "2nd": 2, "thi": 3, "3rd": 3, "fou": 4, "4th": 4}.get(ordinal)
        key = "quarter" if g["qunit"].lower() == "quarter" else "half"
        if number is None:
            base = {"unit": key, "shift": _shift(g["qrel"])}
        else:
            if key == "half" and number > 2:
                return None
            base = {key: number, "year": _int(m, "year"), "shift": _shift(g["qrel2"]) if g["qrel2"] else None}
    elif family == "fiscal":
        base = {"year": _int(m, "year"), "extra": {"fiscal": "yes"}}
    elif family == "season":
        word = (g["season"] or g["season2"]).lower()
        if word == "fall" and not (g["rel"] or g["year"]):
            return None
        base = {"season": SEASONS[word], "year": _int(m, "year"), "mod": _mod(g["mod"] or g["mod2"])}
        if g["rel"]:
            base["shift"] = _shift(g["rel"])
    elif family == "holiday":
        base = {"holiday": g["holiday"].lower(), "year": _int(m, "year")}
        if g["rel"]:
            base["shift"] = _shift(g["rel"])
    elif family == "relative":
        unit, rel = g["unit"].lower(), g["rel"].lower()
        if rel == "same":
            return None
        if unit in SEASONS:
            base = {"season": SEASONS[unit], "shift": _shift(rel), "mod": _mod(g["mod"])}
        elif rel == "past" and m.group().lower().startswith("the past") and unit not in ("weekend",):
            return None  # "the past year" is a duration (see durations.py)
        else:
            base = {"unit": unit, "shift": _shift(rel), "mod": _mod(g["mod"])}
    elif family == "rel-named":
        rel = g["rel2"].lower()
        if not (g["mon"] or g["wd"])[0].isupper():
            return None
        if g["mon"]:
            base = {"month": month_number(g["mon"]), "shift": _shift(rel)}
        else:
            base = {"weekday": weekday_name(g["wd"]), "shift": _shift(rel)}
    elif family == "ago":
        count = number_value(g["n"])
        if count is None or count != int(count):
            return None
        unit = g["agounit"].lower().rstrip("s")
        unit = "century" if unit.startswith("centur") else unit
        base = {"unit": unit, "shift": -int(count), "extra": {"ago": "yes"}}
    elif family == "time":
        hour = int(g["hour"]) % 12 + (12 if g["ampm"].lower() == "p" else 0)
        base = {"time": f"{hour:02d}:{g['minute'] or '00'}"}
        if g.get("wd"):
            base["weekday"] = weekday_name(g["wd"])
        elif g.get("tword"):
            base["unit"], base["shift"] = _ANCHOR_WORDS[g["tword"].lower()]
        else:
            base |= {"unit": "day", "shift": 0}
    elif family == "time-word":
        base = {"unit": "day", "shift": 0, "time": {"midday": "12:00", "noon": "12:00"}.get(g["timeword"].lower())}
    elif family == "anchor":
        base["unit"], base["shift"] = _ANCHOR_WORDS[g["anchorword"].lower()]
    elif family == "ref":
        word = g["refword"].lower()
        if word == "now" and _NOW_NOT_TIME.match(text, end):
            return None
        base = {"ref": _REFS[word]}
    elif family == "weekday":
        base = {"weekday": weekday_name(g["wd"])}
    elif family == "month":
        base = {"month": month_number(g["mon"] or "May")}
        if g["may"]:
            start = m.start("may")
    elif family == "text-relative":
        base = _text_relative(g)
    elif family == "year":
        if _NOT_YEAR_BEFORE.search(text, max(0, start - 14), start) or _NOT_YEAR_AFTER.match(text, end):
            return None
        base = {"year": _int(m, "year")}
    extra = base.pop("extra", {})
    return DateMention(
        start=start,
        end=end,
        text=text[start:end],
        family=family,
        tense=tense_at(text, start, end),
        extra=extra,  # type: ignore[arg-type]
        **base,  # type: ignore[arg-type]
    )


def _longest_first(found: list[tuple[int, int, int, re.Match[str]]]) -> Iterator[tuple[int, re.Match[str]]]:
    """Non-overlapping matches: at each place the longest, then the earliest family."""
    taken_until = -1
    for start, _neg_len, family_index, match in sorted(found, key=lambda f: (f[0], f[1], f[2])):
        if start >= taken_until:
            taken_until = match.end()
            yield family_index, match


def scan_dates(text: str) -> list[DateMention]:
    """Every date mention in ``text``, in text order, never overlapping."""
    found = [
        (m.start(), -(m.end() - m.start()), index, m)
        for index, (_, pattern) in enumerate(_FAMILIES)
        for m in pattern.finditer(text)
    ]
    mentions = (_build(_FAMILIES[index][0], match, text) for index, match in _longest_first(found))
    return [m for m in mentions if m is not None]
