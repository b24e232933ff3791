"""Dates: a ``DateMention`` plus an anchor → a ``DateFact`` with a TIMEX3 value.

Pure functions: the anchor (publication day) is passed in, never read from a
clock. The value keeps the precision the text states ("June 2022" is
``2022-06``; "last week" is ``2025-W38``). Without an anchor, what the text
does not state stays unknown (``XXXX-10-10``, ``XXXX-WXX``) rather than guessed.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from dateutil.easter import easter

from factcheck.extract.mentions import DateMention, Tense
from factcheck.lexicon.holidays import AFTER_HOLIDAYS, EASTER_HOLIDAYS, FIXED_HOLIDAYS, NTH_WEEKDAY_HOLIDAYS
from factcheck.model import DateFact
from factcheck.model.facts import Granularity
from factcheck.normalize._anaphora import anaphoric_fact, is_period
from factcheck.normalize._dateparser import parse_numeric_date

__all__ = ["holiday_on", "resolve_month", "resolve_month_day", "resolve_weekday", "to_date_fact", "to_date_facts"]

_WEEKDAY_INDEX = {name: index for index, name in enumerate(calendar.day_name)}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_UNANCHORED: dict[str, tuple[str, Granularity]] = {
    "day": ("XXXX-XX-XX", "day"),
    "week": ("XXXX-WXX", "week"),
    "weekend": ("XXXX-WXX-WE", "weekend"),
    "month": ("XXXX-XX", "month"),
    "quarter": ("XXXX-QX", "quarter"),
    "half": ("XXXX-HX", "half"),
    "year": ("XXXX", "year"),
    "decade": ("XXX", "decade"),
    "century": ("XX", "century"),
}


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_NEAR = timedelta(days=120)


def _pick(candidates: list[date], anchor: date, tense: Tense, shift: int | None = None) -> date | None:
    """Choose among dates of neighbouring years the one the wording and tense mean.

    ``shift`` -1 ("last"): the latest before the anchor; +1 ("next"): the first
    after it. Otherwise a date within four months of the anchor is the one meant
    (news speaks of the weeks around its day: "by Jan. 14" in early January);
    past the nearest, future tense takes the first on or after the anchor, past
    tense or no marker the last on or before it (a day of slack for time zones).
    """
    if not candidates:
        return None
    nearest = min(candidates, key=lambda d: (abs((d - anchor).days), d))
    if shift is not None and shift < 0:
        behind = [d for d in candidates if d < anchor]
        return behind[-1] if behind else None
    if shift is not None and shift > 0:
        ahead = [d for d in candidates if d > anchor]
        return ahead[0] if ahead else None
    if abs(nearest - anchor) <= _NEAR:
        return nearest
    if tense == "future":
        ahead = [d for d in candidates if d >= anchor]
        return ahead[0] if ahead else None
    behind = [d for d in candidates if d <= anchor + timedelta(days=1)]
    return behind[-1] if behind else None


def resolve_weekday(weekday: str, anchor: date, tense: Tense, shift: int | None = None) -> date:
    """The day a weekday names, seen from ``anchor``.

    The anchor's own weekday is the anchor itself ("on Sunday" in a Sunday
    paper) unless the text says "last" or "next". Future tense looks ahead (the
    anchor included), anything else looks back: news narrates the past.
    """
    target = _WEEKDAY_INDEX[weekday]
    back = (anchor.weekday() - target) % 7
    ahead = (target - anchor.weekday()) % 7
    if shift is not None and shift < 0:
        return anchor - timedelta(days=(back or 7) + 7 * (-shift - 1))  # "Monday before last": -2
    if shift is not None and shift > 0:
        return anchor + timedelta(days=(ahead or 7) + 7 * (shift - 1))  # "Friday after next": +2
    if tense == "future":
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


def resolve_month_day(month: int, day: int, anchor: date, tense: Tense, shift: int | None = None) -> date | None:
    """The year of a year-less "October 10", from the anchor and the tense (``None``: no such day)."""
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    return _pick([d for y in years if (d := _valid(y, month, day))], anchor, tense, shift)


def resolve_month(month: int, anchor: date, tense: Tense, shift: int | None = None) -> tuple[int, int]:
    """(year, month) of a year-less month name: "last November", "in April"."""
    first_days = [date(y, month, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    this_month = anchor.replace(day=1)
    if shift is None and tense is None:
        return anchor.year, month
    if shift is not None and shift < 0:
        picked = [d for d in first_days if d < this_month][-1]
    elif shift is not None and shift > 0:
        picked = next(d for d in first_days if d > this_month)
    elif shift == 0:
        picked = date(anchor.year, month, 1)
    elif tense == "future":
        picked = next(d for d in first_days if d >= this_month)
    else:
        picked = [d for d in first_days if d <= this_month][-1]
    return picked.year, month


def _nth_weekday_of(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (``-1``: the last) ``weekday`` (Monday 0) of a month."""
    if nth < 0:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def holiday_on(name: str, year: int) -> date:
    """The day a holiday of ``lexicon.holidays`` falls on in ``year``."""
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return date(year, month, day)
    if name in EASTER_HOLIDAYS:
        return easter(year) + timedelta(days=EASTER_HOLIDAYS[name])
    if name in NTH_WEEKDAY_HOLIDAYS:
        return _nth_weekday_of(year, *NTH_WEEKDAY_HOLIDAYS[name])
    base, days = AFTER_HOLIDAYS[name]
    start = _nth_weekday_of(year, 11, 0, 1) if base == "first monday of november" else holiday_on(base, year)
    return start + timedelta(days=days)


def _holiday(mention: DateMention, anchor: date | None) -> str | None:
    name = mention.holiday or ""

    def on(year: int) -> date | None:
        return holiday_on(name, year)

    if mention.year is not None:
        found = on(mention.year)
        return found.isoformat() if found else None
    if anchor is None:
        return None
    candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := on(y))]
    picked = _pick(candidates, anchor, mention.tense, mention.shift)
    return picked.isoformat() if picked else None


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _relative(mention: DateMention, anchor: date) -> tuple[str, Granularity] | None:
    """The value of "last week", "this year", "two months ago", "yesterday", "next quarter"."""
    unit, shift = mention.unit, mention.shift or 0
    if unit == "day":
        return (anchor + timedelta(days=shift)).isoformat(), "day"
    if unit in ("week", "weekend"):
        year, week, _ = (anchor + timedelta(weeks=shift)).isocalendar()
        return (f"{year}-W{week:02d}", "week") if unit == "week" else (f"{year}-W{week:02d}-WE", "weekend")
    if unit == "month":
        year, month = _add_months(anchor.year, anchor.month, shift)
        return f"{year:04d}-{month:02d}", "month"
    if unit == "quarter":
        year, month = _add_months(anchor.year, anchor.month, 3 * shift)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}", "quarter"
    if unit == "half":
        year, month = _add_months(anchor.year, anchor.month, 6 * shift)
        return f"{year:04d}-H{(month - 1) // 6 + 1}", "half"
    if unit == "year" or (mention.ago and unit in ("decade", "century")):
        # "a decade ago" is a year: ten years before the anchor's.
        years = shift * {"year": 1, "decade": 10, "century": 100}[unit]
        return f"{anchor.year + years:04d}", "year"
    if unit == "decade":
        return f"{anchor.year // 10 + shift:03d}X", "decade"
    if unit == "century":
        return f"{anchor.year // 100 + shift:02d}", "century"
    return None


def _season(mention: DateMention, anchor: date | None) -> tuple[str, bool] | None:
    season = mention.season or ""
    if mention.year is not None:
        return f"{mention.year:04d}-{season}", False
    if anchor is None:
        return f"XXXX-{season}", False
    starts = [date(y, _SEASON_START[season], 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    shift = mention.shift
    if shift == 0 or (shift is None and mention.tense is None):
        return f"{anchor.year:04d}-{season}", True
    # "last fall" in October means the fall of the year before: the season must have ended (three months).
    ended = [s for s in starts if s + timedelta(days=91) <= anchor]
    if (shift is not None and shift < 0) or (shift is None and mention.tense == "past"):
        picked = ended[-1] if ended else starts[0]
    else:
        upcoming = [s for s in starts if s > anchor]
        picked = upcoming[0] if upcoming else starts[-1]
    return f"{picked.year:04d}-{season}", True


def _year_of_period(mention: DateMention, anchor: date | None) -> tuple[int | None, bool]:
    """The year of "the third quarter": stated, from "of last year", or the anchor's."""
    if mention.year is not None:
        return mention.year, False
    if anchor is None:
        return None, False
    year = anchor.year + (mention.shift or 0)
    if mention.shift is None and mention.tense != "future":
        first_month = (
            3 * (mention.quarter - 1) + 1 if mention.quarter is not None else 6 * ((mention.half or 1) - 1) + 1
        )
        if first_month > anchor.month:
            year -= 1  # "fourth-quarter profit" reported in January: the quarter that has ended, not one to come
    return year, True


_FactMaker = Callable[..., DateFact]


def _week_of(mention: DateMention, anchor: date | None, fact: _FactMaker) -> DateFact | None:
    """ "the first week of July" → the ISO week holding July's first Monday-started week; "last week of 2016"."""
    nth = mention.week_of or 1
    if mention.month is not None:
        if mention.year is not None:
            year = mention.year
        elif anchor is not None:
            year, _ = resolve_month(mention.month, anchor, mention.tense)
        else:
            return fact("XXXX-WXX", "week")
        first, last = (
            date(year, mention.month, 1),
            date(year, mention.month, calendar.monthrange(year, mention.month)[1]),
        )
    elif mention.year is not None:
        first, last = date(mention.year, 1, 1), date(mention.year, 12, 31)
    else:
        return None
    day = last - timedelta(days=3) if nth == -1 else first + timedelta(days=3 + 7 * (nth - 1))
    iso_year, week, _ = day.isocalendar()
    return fact(f"{iso_year}-W{week:02d}", "week", relative=mention.year is None)


def _nth_weekday(mention: DateMention, anchor: date | None, fact: _FactMaker) -> DateFact | None:
    """ "the first Friday of July", "the last Monday of next month"."""
    weekday = _WEEKDAY_INDEX[mention.weekday or "Monday"]
    nth = mention.nth or 1
    if mention.month is not None and mention.year is not None:
        year, month = mention.year, mention.month
    elif anchor is None:
        return fact(f"XXXX-XX-WXX-{weekday + 1}", "day")
    elif mention.month is not None:
        year, month = resolve_month(mention.month, anchor, mention.tense)
    else:
        year, month = _add_months(anchor.year, anchor.month, mention.month_shift or 0)
    days = [date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]
    matching = [d for d in days if d.weekday() == weekday]
    if nth == -1:
        return fact(matching[-1].isoformat(), "day", relative=True)
    return fact(matching[nth - 1].isoformat(), "day", relative=True) if nth <= len(matching) else None


def _day_of_month(
    day: int, anchor: date | None, tense: Tense, fact: _FactMaker, weekday: str | None = None
) -> DateFact | None:
    """ "the 27th": that day of the anchor's month, or of a neighbouring month when nearer or the tense says so.

    With a weekday ("Tuesday the 11th") the month whose day falls on that weekday wins, if one does.
    """
    if anchor is None:
        return fact(f"XXXX-XX-{day:02d}", "day")
    candidates = []
    for offset in (-1, 0, 1):
        year, month = _add_months(anchor.year, anchor.month, offset)
        if (found := _valid(year, month, day)) is not None:
            candidates.append(found)
    fitting = [d for d in candidates if weekday and calendar.day_name[d.weekday()] == weekday]
    if fitting:
        return fact(min(fitting, key=lambda d: abs((d - anchor).days)).isoformat(), "day", relative=True)
    if tense == "future":
        picked = next((d for d in candidates if d >= anchor), None)
    elif tense == "past":
        picked = next((d for d in reversed(candidates) if d <= anchor), None)
    else:
        picked = min(candidates, key=lambda d: abs((d - anchor).days)) if candidates else None
    return fact(picked.isoformat(), "day", relative=True) if picked else None


def to_date_fact(mention: DateMention, anchor: date | None) -> DateFact | None:
    """The fact a mention states, or ``None`` when it names no real date (Feb. 30).

    Counting from an anchor at the edge of the calendar (0001-01-01, 9999-12-31)
    can leave it; such a mention has no date to state.
    """
    try:
        fact = _to_date_fact(mention, anchor)
        return _with_end(fact, mention) if fact is not None and mention.day_end is not None else fact
    except (OverflowError, ValueError):
        return None


def _with_end(fact: DateFact, mention: DateMention) -> DateFact | None:
    """A range's fact with its last day: in the start's year, or the next when the months wrap ("Dec. 30 to
    Jan. 2"); ``None`` when the last day does not exist (the whole range is then no date the text can mean)."""
    month_end, day_end = mention.month_end or mention.month or 1, mention.day_end or 1
    if fact.value.startswith("X"):
        return fact.model_copy(update={"value_end": f"XXXX-{month_end:02d}-{day_end:02d}"})
    first = date.fromisoformat(fact.value[:10])
    last = _valid(first.year + (month_end < first.month), month_end, day_end)
    return fact.model_copy(update={"value_end": last.isoformat()}) if last else None


def _to_date_fact(mention: DateMention, anchor: date | None) -> DateFact | None:
    fields: dict[str, Any] = {"text": mention.text, "start": mention.start, "end": mention.end}
    if mention.weekday is not None and not mention.day_offset:  # "the day before Tuesday" is no Tuesday
        fields["weekday"] = mention.weekday
    if mention.mod in ("start", "mid", "end"):
        fields["mod"] = mention.mod

    def fact(value: str, granularity: Granularity, relative: bool = False) -> DateFact:
        if mention.day_offset and granularity == "day":  # "the day before last Friday"
            shifted = None if value.startswith("X") else date.fromisoformat(value) + timedelta(mention.day_offset)
            value = shifted.isoformat() if shifted else "XXXX-XX-XX"
        if mention.week and granularity == "day" and not value.startswith("X"):
            iso = date.fromisoformat(value).isocalendar()  # "the week of Oct. 6": the week, not the day
            value, granularity = f"{iso.year:04d}-W{iso.week:02d}", "week"
        if mention.time and granularity == "day" and not value.startswith("X"):
            value, granularity = f"{value}T{mention.time}", "time"
        return DateFact(value=value, granularity=granularity, relative=relative, **fields)

    year, month, day = mention.year, mention.month, mention.day
    if mention.ref is not None:
        return fact(mention.ref, "reference", relative=True)
    if mention.numeric is not None:
        parsed = parse_numeric_date(mention.numeric, anchor, mention.date_order)
        return fact(parsed.isoformat(), "day") if parsed else None
    if mention.nth is not None:
        return _nth_weekday(mention, anchor, fact)
    if mention.week_shift is not None and mention.weekday is not None:
        if anchor is None:
            return fact(f"XXXX-WXX-{_WEEKDAY_INDEX[mention.weekday] + 1}", "day")
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=mention.week_shift)
        return fact((monday + timedelta(days=_WEEKDAY_INDEX[mention.weekday])).isoformat(), "day", relative=True)
    if mention.week_of is not None:
        return _week_of(mention, anchor, fact)
    if day is not None and month is None:
        if mention.month_shift is not None and anchor is not None:
            shifted_year, shifted_month = _add_months(anchor.year, anchor.month, mention.month_shift)
            found = _valid(shifted_year, shifted_month, day)
            return fact(found.isoformat(), "day", relative=True) if found else None
        return _day_of_month(day, anchor, mention.tense, fact, mention.weekday)
    if mention.holiday is not None:
        value = _holiday(mention, anchor)
        return fact(value, "day", relative=mention.year is None) if value else None
    if month is not None and day is not None:
        if year is not None:
            stated = _valid(year, month, day)
            return fact(stated.isoformat(), "day") if stated else None
        if _valid(2000, month, day) is None:  # 2000 is a leap year: only impossible days fail
            return None
        resolved = resolve_month_day(month, day, anchor, mention.tense) if anchor else None
        if resolved is None:
            return fact(f"XXXX-{month:02d}-{day:02d}", "day")
        return fact(resolved.isoformat(), "day", relative=True)
    if month is not None:
        if year is not None:
            return fact(f"{year:04d}-{month:02d}", "month")
        if anchor is None:
            return fact(f"XXXX-{month:02d}", "month")
        if mention.year_shift is not None:  # "February this year", "April next year"
            return fact(f"{anchor.year + mention.year_shift:04d}-{month:02d}", "month", relative=True)
        resolved_year, _ = resolve_month(month, anchor, mention.tense, mention.shift)
        return fact(f"{resolved_year:04d}-{month:02d}", "month", relative=True)
    if mention.weekday is not None:
        if anchor is None:
            return fact(f"XXXX-WXX-{_WEEKDAY_INDEX[mention.weekday] + 1}", "day")
        resolved = resolve_weekday(mention.weekday, anchor, mention.tense, mention.shift)
        return fact(resolved.isoformat(), "day", relative=True)
    if mention.season is not None:
        season = _season(mention, anchor)
        return fact(season[0], "season", relative=season[1]) if season else None
    if mention.quarter is not None or mention.half is not None:
        period_year, relative = _year_of_period(mention, anchor)
        code = f"Q{mention.quarter}" if mention.quarter is not None else f"H{mention.half}"
        granularity: Granularity = "quarter" if mention.quarter is not None else "half"
        return fact(f"{period_year:04d}-{code}" if period_year else f"XXXX-{code}", granularity, relative)
    if mention.unit is not None:
        if anchor is None:
            value, granularity = _UNANCHORED[mention.unit]
            return fact(value, granularity)
        relative_value = _relative(mention, anchor)
        return fact(*relative_value, relative=True) if relative_value else None
    if mention.century is not None:
        return fact(f"{mention.century - 1:02d}", "century")
    if mention.decade_word is not None:
        if anchor is None:
            return fact(f"XX{mention.decade_word}X", "decade")
        century = anchor.year // 100 - (anchor.year % 100 < mention.decade_word * 10)
        return fact(f"{century:02d}{mention.decade_word}X", "decade", relative=True)
    if mention.decade is not None:
        return fact(f"{mention.decade:03d}X", "decade")
    if year is not None:
        return fact(f"FY{year:04d}" if mention.fiscal else f"{year:04d}", "year")
    return None


def _text_anchor(previous: DateFact | None, unit: str | None, anchor: date | None) -> date | None:
    """The day "the next day" counts from: the last stated day before it, else the publication day."""
    if previous is not None:
        if previous.day is not None:
            return previous.day
        if unit in ("month", "year") and previous.value[:4].isdigit():
            month = int(previous.value[5:7]) if previous.granularity == "month" else 1
            return date(int(previous.value[:4]), month, 1)
    return anchor


def to_date_facts(mentions: list[DateMention], anchor: date | None) -> list[DateFact]:
    """The facts of a document's mentions, in order; "the next day" counts from the date before it, "the
    year-ago quarter" from the reporting period before it (``_anaphora``)."""
    facts: list[DateFact] = []
    previous: DateFact | None = None
    period: DateFact | None = None
    for mention in mentions:
        if mention.anaphor is not None:
            try:
                fact = anaphoric_fact(mention, anchor, period)
            except (OverflowError, ValueError):  # counting from the calendar's edge, as in ``to_date_fact``
                fact = None
        else:
            local = _text_anchor(previous, mention.unit, anchor) if mention.text_anchor else anchor
            fact = to_date_fact(mention, local)
        if fact is None:
            continue
        facts.append(fact)
        if mention.anaphor is None and is_period(fact):
            period = fact
        if fact.granularity in ("day", "time", "month", "year") and fact.value[:4].isdigit():
            previous = fact
    return facts
