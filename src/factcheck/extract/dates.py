"""Candidate date mentions: one pass of compiled patterns over the whole text.

Each pattern family is declared once, with ``@family(name, pattern,
near=TRIGGER)`` on the function that reads its match into the parts the text
states — calendar parts (year, month, day, weekday; ``_calendar_dates``) or a
relation to an anchor ("last month": unit month, shift -1; here). The builder
returns ``None`` when the context shows the match is not a date. Where
candidates overlap, the longest real date wins; families declared first win
ties (``_families``). A builder may put ``"start"`` in its parts to trim words
the pattern needed as context ("in May": the mention is "May"). Turning a ``DateMention`` into a TIMEX3
value against an anchor is ``factcheck.normalize.dates``' job.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract._anaphoric_dates import ANAPHORIC
from factcheck.extract._calendar_dates import CALENDAR
from factcheck.extract._clock import join_clock_times
from factcheck.extract._date_words import (
    _AMPM,
    _ANCHOR_WORDS,
    _HOLIDAY,
    _MOD,
    _MOD2,
    _MONTH_ALONE,
    _MONTH_ALONE_LOWER,
    _NOT_YEAR_AFTER,
    _NOT_YEAR_BEFORE,
    _NOW_NOT_TIME,
    _REFS,
    _REL,
    _T_MONTH,
    _T_UNIT,
    _T_WEEKDAY,
    _T_YEAR,
    _TEXT_UNITS,
    _TZ,
    _UNIT,
    _YEAR_TAIL,
    _int,
    _mod,
    _nth,
    _shift,
)
from factcheck.extract._day_offsets import join_day_offsets
from factcheck.extract._families import Builder, Families, Parts, longest
from factcheck.extract._near import literal_words, word_starts
from factcheck.extract._spoken_dates import SPOKEN
from factcheck.extract.mentions import DateMention
from factcheck.extract.numerals import count_value
from factcheck.extract.patterns import DAY_WORD, MONTH, NUMBER, WEEKDAY_FULL, YEAR
from factcheck.extract.tense import tense_at
from factcheck.lexicon.holidays import HOLIDAYS, WEEKDAY_NAMES
from factcheck.lexicon.months import SEASONS, month_number
from factcheck.lexicon.weekdays import weekday_name

__all__ = ["scan_dates"]

_RELATIVE = Families()
family = _RELATIVE.family
_I = re.IGNORECASE
_HOLIDAY_WORDS = frozenset(re.split(r"[^a-z]", name, maxsplit=1)[0] for name in HOLIDAYS)
"""The first word of each holiday name as the word index reads it ("father" of "father's day"): the trigger."""


# -- counted from the anchor ---------------------------------------------------------------------------------------
@family(
    "from-now",
    r"\b(?:the\s+day\s+(?P<dayrel>after\s+tomorrow|before\s+yesterday)"
    rf"|(?:in\s+)?(?P<fn>{NUMBER})\s+(?P<funit>minutes?|hours?|days?|weeks?|months?|years?)\s+(?P<fdir>from|after|before)"
    r"\s+(?P<fbase>now|today|tomorrow|yesterday)"
    rf"|in\s+(?P<in>{NUMBER})\s+(?P<inunit>minutes?|hours?|days?|weeks?|months?|years?))\b",
    _I,
    near=word_starts(["tomorrow", "yesterday", "today", "now", "minute", "hour", "day", "week", "month", "year"]),
)
def _from_now(m: re.Match[str], text: str) -> Parts | None:
    """ "the day after tomorrow" (+2 days), "(in) two weeks from now", "in 3 days" (future tense only)."""
    if m["dayrel"]:
        return {"unit": "day", "shift": 2 if m["dayrel"].lower().startswith("after") else -2}
    if m["in"] and tense_at(text, m.start(), m.end()) != "future":
        return None  # "done in three weeks" is a duration; "will leave in three weeks" a date
    count = count_value(m["fn"] or m["in"] or "")
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
    near=word_starts(["year"]),
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
    r"|4th)(?:\s+|-))(?P<qunit>quarter|half)(?:(?:\s+of|,)?\s+(?:(?P<year>" + YEAR + r")\b|(?P<qrel2>last|this|next)"
    r"\s+year))?",
    _I,
    near=word_starts(["quarter", "half"]),
)
def _quarter(m: re.Match[str], text: str) -> Parts | None:
    """ "the third quarter (of 1998)", "the fourth quarter 2018", "third-quarter profit", "the first half", "last
    quarter"."""
    key = "quarter" if m["qunit"].lower() == "quarter" else "half"
    if not m["qord"]:
        return {"unit": key, "shift": _shift(m["qrel"])}
    number = _nth(m["qord"])
    if key == "half" and number > 2:
        return None
    return {key: number, "year": _int(m, "year"), "shift": _shift(m["qrel2"]) if m["qrel2"] else None}


@family(
    "quarter-code",
    rf"(?<![\w-])(?:Q(?P<q>[1-4])|H(?P<h>[12])|(?P<q2>[1-4])Q|(?P<h2>[12])H|q(?P<q3>[1-4])(?=\s+{YEAR}\b))"
    rf"(?:\s*(?:of\s+)?(?P<year>{YEAR})\b|\s*'(?P<yy>\d\d))?(?![\w-])",
    near=r"[Qq][1-4]|H[12]|[1-4]Q|[12]H",
)
def _quarter_code(m: re.Match[str], text: str) -> Parts | None:
    """ "Q4 2018", "2Q 2018", "Q3", "H1 2019", "Q4 '18", "q3 2019": "2Q", "H1", "1H" and lower-case "q3" only with
    a year (else a name)."""
    year = _int(m, "year")
    if m["yy"]:
        year = (1900 if int(m["yy"]) > 50 else 2000) + int(m["yy"])
    if year is None and not m["q"]:
        return None
    if m["q"] or m["q2"] or m["q3"]:
        return {"quarter": int(m["q"] or m["q2"] or m["q3"]), "year": year}
    return {"half": int(m["h"] or m["h2"]), "year": year}


_QUARTER_MONTHS = {(1, 3): 1, (4, 6): 2, (7, 9): 3, (10, 12): 4}


@family(
    "month-span-quarter",
    rf"\b(?:the\s+)?(?P<mon>{MONTH})\s*(?:[-–/]|\s+to\s+)\s*(?P<mon2>{MONTH})\s+(?:quarter|period)\b"
    rf"(?:(?:\s+of|,)?\s+(?P<year>{YEAR})\b)?",
    near=word_starts(["quarter", "period"]),
)
def _month_span_quarter(m: re.Match[str], text: str) -> Parts | None:
    """ "the July-September quarter": the calendar quarter those months make; any other span is no quarter."""
    quarter = _QUARTER_MONTHS.get((month_number(m["mon"]), month_number(m["mon2"])))
    return {"quarter": quarter, "year": _int(m, "year")} if quarter else None


@family("fiscal", rf"\b(?:fiscal(?:\s+year)?|FY)\s*(?P<year>{YEAR})\b", _I, near=word_starts(["fiscal", "fy"]))
def _fiscal(m: re.Match[str], text: str) -> Parts | None:
    """ "fiscal 1999": a fiscal year, not the calendar year (``FY1999``)."""
    return {"year": _int(m, "year"), "fiscal": True}


@family(
    "season",
    rf"\b(?:(?:the\s+)?{_MOD}?(?:{_REL}\s+)(?P<season>spring|summer|fall|autumn|winter)\b"
    rf"|(?:the\s+)?{_MOD2}?(?P<season2>spring|summer|fall|autumn|winter)(?:\s+of)?\s+(?P<year>{YEAR})\b)",
    _I,
    near=word_starts(["spring", "summer", "fall", "autumn", "winter"]),
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
    near=_HOLIDAY_WORDS,
)
def _holiday(m: re.Match[str], text: str) -> Parts | None:
    """ "Thanksgiving", "last Christmas", "Christmas Day 1998", "Good Friday", "Black Friday", "Memorial Day"."""
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
    if m.group().lower().startswith("the") and _PART_OF.match(text, m.end()):
        return None  # "the last weekend of October 2017", "the last year of the war": a part of another period
    return {"unit": unit, "shift": _shift(rel), "mod": _mod(m["mod"])}


_PART_OF = re.compile(r"\s+of\b(?!\s+(?:the\s+)?(?:year|month|week)\b)", re.IGNORECASE)
"""After "the last weekend": "of" + what the period is a part of; never resolved alone (issue 14, point 9)."""


@family(
    "rel-named",
    rf"\b(?P<rel2>last|this|next|past|coming|previous|following)\s+(?:(?P<mon>{MONTH})|(?P<wd>{WEEKDAY_FULL}))",
    _I,
    near=_T_MONTH | _T_WEEKDAY,
)
def _rel_named(m: re.Match[str], text: str) -> Parts | None:
    """ "last November", "next Tuesday", "this April"."""
    if m["mon"] and not m["mon"][0].isupper():
        return None  # "next march", "this may": verbs; a weekday in lower case is still a weekday
    if m["mon"]:
        return {"month": month_number(m["mon"]), "shift": _shift(m["rel2"])}
    return {"weekday": weekday_name(m["wd"]), "shift": _shift(m["rel2"])}


@family(
    "weekday-after-next",
    rf"\b(?P<wd>{WEEKDAY_FULL})\s+(?P<dir>after\s+next|before\s+last)\b",
    _I,
    near=literal_words(["after next", "before last"]),
)
def _weekday_after_next(m: re.Match[str], text: str) -> Parts | None:
    """ "Friday after next" (a week after "next Friday"), "Monday before last"."""
    return {"weekday": weekday_name(m["wd"]), "shift": 2 if m["dir"].lower().startswith("after") else -2}


@family(
    "ago",
    rf"\b(?:(?:about|almost|nearly|some|roughly|more\s+than|less\s+than|over|just|only)\s+)?(?P<n>{NUMBER})\s+"
    r"(?P<agounit>days?|weeks?|months?|years?|decades?|centuries|century)\s+(?:ago|earlier|before)\b",
    _I,
    near=word_starts(["ago", "earlier", "before"]),
)
def _ago(m: re.Match[str], text: str) -> Parts | None:
    """ "two years ago", "a decade ago", "almost four years ago"."""
    count = count_value(m["n"])
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
    near=word_starts(["midday", "noon", "midnight"]),
)
def _time_word(m: re.Match[str], text: str) -> Parts | None:
    """ "midday", "noon": the anchor's day, unless a day stands right before ("Friday at noon"): the time is then
    a part of that day, never resolved alone to the anchor's."""
    if _DAY_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return None
    return {"unit": "day", "shift": 0, "time": {"midday": "12:00", "noon": "12:00"}.get(m["timeword"].lower())}


_DAY_BEFORE = re.compile(
    rf"(?:{WEEKDAY_FULL}|\d(?:st|nd|rd|th)?\b|{DAY_WORD}|today|tomorrow|yesterday)"
    r"\s*,?\s+(?:at\s+|around\s+|about\s+|before\s+|after\s+|by\s+)?\Z",
    re.IGNORECASE,
)


@family(
    "anchor",
    r"\b(?P<anchorword>" + "|".join(map(re.escape, _ANCHOR_WORDS)) + r")\b",
    _I,
    near=word_starts(["today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night"]),
)
def _anchor(m: re.Match[str], text: str) -> Parts | None:
    """ "today", "yesterday", "tonight", "last night"."""
    unit, shift = _ANCHOR_WORDS[m["anchorword"].lower()]
    return {"unit": unit, "shift": shift}


@family(
    "ref",
    r"\b(?P<refword>" + "|".join(sorted(map(re.escape, _REFS), key=len, reverse=True)) + r")\b",
    _I,
    near=word_starts(["now", "currently", "present", "nowadays", "days", "recently", "lately", "past", "future"]),
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
    r"|the\s+day\s+(?P<tdir>before|after)(?=\s*[,.;:)]|\s*$)"
    r"|(?P<tnext>next)\s+(?P<tunit5>day|morning)(?=\s*(?:[,.;:!?)]|\Z)|\s+(?:at|in|on|and|but|when|by|with)\b))\b",
    _I,
    near=word_starts(["next", "following", "previous", "preceding", "later", "same", "earlier", "day"]),
)
def _text_relative(m: re.Match[str], text: str) -> Parts | None:
    """ "the next day" (+1 day), "two weeks later", "that same day", "the day before": from the previous date;
    "next day" without the article only where the phrase ends ("released next day."; not "next day delivery")."""
    if m["trel"] or m["tnext"]:
        unit, shift = m["tunit"] or m["tunit5"], 1 if (m["trel"] or "next").lower() in ("next", "following") else -1
    elif m["tunit2"]:
        unit, shift = m["tunit2"].rstrip("s"), int(count_value(m["tn"]) or 0)
    elif m["tunit3"] or m["tunit4"]:
        unit, shift = m["tunit3"] or m["tunit4"], 0
    else:
        unit, shift = "day", -1 if m["tdir"].lower() == "before" else 1
    unit = _TEXT_UNITS.get(unit.lower(), unit.lower())
    return {"unit": unit, "shift": shift, "mod": _mod(m["tmod"]), "text_anchor": True}


@family(
    "month",
    rf"(?:\b(?:in|by|of|to|on|for|until|since|from|through|during|before|after|early|late)\s+(?:(?P<may>May)\b"
    rf"|(?:the\s+)?(?P<low>{_MONTH_ALONE_LOWER}|may(?=\s*[.,;!?)]|\s*\Z))\b)"
    rf"|\b(?!May\b)(?P<mon>{_MONTH_ALONE})(?:(?<=\.)|\b))(?!\s*\d)(?!\s+(?:for|of\s+the|on)\b)",
    near=_T_MONTH,
)
def _month(m: re.Match[str], text: str) -> Parts | None:
    """ "in April", "March": a month name alone ("May" only after a preposition; "March for Life" is not). In
    lower case only after a preposition ("in april", "by june"), and "may" only where no verb can follow ("in
    may.")."""
    if m["may"] or m["low"]:
        word = m["may"] or m["low"]
        return {"month": month_number(word), "start": m.start("may") if m["may"] else m.start("low")}
    return {"month": month_number(m["mon"])}


@family("weekday", rf"\b(?P<wd>{WEEKDAY_FULL})", near=_T_WEEKDAY)
def _weekday(m: re.Match[str], text: str) -> Parts | None:
    """ "Sunday": resolved against the anchor and the tense; never the weekday of a name built on it ("Super
    Tuesday", "Bloody Sunday", "Black Monday"): a holiday the ``holiday`` family dates, or an event."""
    before = _NAME_BEFORE.search(text, max(0, m.start() - 16), m.start())
    if before is not None and before["word"].lower() in WEEKDAY_NAMES and m["wd"][0].isupper():
        return None
    return {"weekday": weekday_name(m["wd"])}


_NAME_BEFORE = re.compile(r"\b(?P<word>[A-Z][a-z]+)\s+\Z")


@family("year", r"(?<![\w$£€¥#./,-])(?P<year>1[6-9]\d\d|2[01]\d\d)(?![\w%]|[.,]\d|-\d|/\d|')", near=_T_YEAR)
def _year(m: re.Match[str], text: str) -> Parts | None:
    """ "in 2023", "1997": a year alone, unless a count or an amount ("2000 people", "No. 1998")."""
    if _NOT_YEAR_BEFORE.search(text, max(0, m.start() - 14), m.start()) or _NOT_YEAR_AFTER.match(text, m.end()):
        return None
    return {"year": _int(m, "year")}


_FAMILIES = CALENDAR + SPOKEN + _RELATIVE + ANAPHORIC
_ORDER = _FAMILIES.order()


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
    candidates = []
    for member, match in _FAMILIES.matches(text):
        if (mention := _mention(member.name, match, text, member.build)) is not None:
            candidates.append(mention)
    winners = join_clock_times(join_day_offsets(longest(candidates, _ORDER), text), text)
    return [replace(m, tense=tense_at(text, m.start, m.end)) for m in winners]
