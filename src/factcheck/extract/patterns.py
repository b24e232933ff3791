"""Vocabularies and regular expressions shared by the scanners, compiled once at import."""

from __future__ import annotations

import re

__all__ = [
    "BEGIN_VERBS",
    "BOUNDS",
    "DAY",
    "DAY_WORD",
    "END_VERBS",
    "MONTH",
    "MONTHS",
    "NUMBER",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "SEASONS",
    "WEEKDAY",
    "WEEKDAYS",
    "WEEKDAY_FULL",
    "YEAR",
    "bound_before",
    "day_word_value",
    "month_number",
    "number_value",
    "weekday_name",
]

BEGIN_VERBS = (
    "founded", "founding", "foundation", "established", "establishing", "establishment", "created", "creation",
    "formed", "formation", "launched", "launch", "opened", "opening", "signed", "signing", "concluded", "adopted",
    "adoption", "began", "beginning", "started", "start", "took office", "taking office", "take office",
    "inaugurated", "inauguration", "born", "birth",
)  # fmt: skip
"""Words that date a beginning: claims read them (``extract.claims``), and the KB linker picks a date key by them
(``link.claims``, which so never loads the claim scanner's patterns: ``factcheck rules`` starts faster)."""
END_VERBS = ("ended", "end", "ending", "closed", "dissolved", "died", "death", "collapse", "fall")
"""Words that date an end."""

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
"""Season word → TIMEX3 season code."""

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12,
}  # fmt: skip

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "last": -1, "final": -1,
}  # fmt: skip

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# Lower case is accepted only where the word cannot be anything else ("january", "monday"):
# "may", "march", "sat", "sun" and "wed" are ordinary words.
_FULL_MONTHS = ("january", "february", "april", "june", "july", "august", "september", "october", "november")
_LOWER_OK = {*_FULL_MONTHS, "december", *(w for w in WEEKDAYS if len(w) > 5)}


def _alternation(words: list[str]) -> str:
    forms = {f for w in words for f in (w.capitalize(), w.upper())}
    forms |= {w for w in words if w in _LOWER_OK}
    return "|".join(map(re.escape, sorted(forms, key=lambda f: (-len(f), f))))


def _words(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w)))


MONTH = (
    rf"(?:(?:{_alternation([m for m in MONTHS if len(m) > 4 or m in ('may', 'june', 'july')])})(?![a-z])"
    rf"|(?:{_alternation([m for m in MONTHS if len(m) <= 4 and m not in ('may', 'june', 'july')])})(?![a-z])\.?)"
)
"""A month name or abbreviation, with an optional period ("Feb.", "Sept")."""
WEEKDAY_FULL = rf"(?:{_alternation([w for w in WEEKDAYS if len(w) > 4])})\b"
"""A weekday's full name: abbreviations are too ambiguous alone ("Sun", "Wed")."""
WEEKDAY = (
    rf"(?:(?:{_alternation([w for w in WEEKDAYS if len(w) > 5])})(?![a-z])"
    rf"|(?:{_alternation([w for w in WEEKDAYS if len(w) <= 5])})(?![a-z])\.?)"
)
"""A weekday name or abbreviation, allowed only right before a date."""
DAY = r"(?<![\d:.,/])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
"""A day of the month, with an optional ordinal suffix; never the hour of "3:30"."""
YEAR = r"(?:1[0-9]|2[0-2])\d\d(?![\d,.]\d)"
"""A four-digit year 1000–2299, not the start of a longer number."""
_SMALL = _words([w for w in NUMBER_WORDS if w not in ("a", "an", "hundred", "dozen")])
_FRACTION = r"(?:\s+and\s+(?:a\s+)?(?:half|quarter))"
NUMBER = (
    rf"(?:\d+(?:\.\d+)?(?:\s+\d/\d|\s*½)?|(?:{_SMALL})(?:[- ](?:{_SMALL}))?{_FRACTION}?|a\s+dozen|a\s+hundred"
    r"|an?|another|half\s+an?|half|½)"
)
"""A count as digits ("14", "5 1/2"), words ("seventy-six", "two and a half") or an article ("a year")."""

_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30}
_CARDINAL_DAYS = [w for w, v in NUMBER_WORDS.items() if w.isalpha() and 1 <= v <= 31 and w not in ("a", "an", "dozen")]
DAY_WORD = (
    r"(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|one|two|three|four"
    r"|five|six|seven|eight|nine)|" + _words([*_ORDINAL_UNITS, *_CARDINAL_DAYS]) + r")\b"
)
"""A day of the month in words: "twenty-first", "third", "thirty one"."""


def day_word_value(text: str) -> int | None:
    """``"twenty-first"`` → 21, ``"third"`` → 3; ``None`` past 31."""
    total = 0
    for word in text.lower().replace("-", " ").split():
        total += _TENS.get(word) or _ORDINAL_UNITS.get(word) or NUMBER_WORDS.get(word, 0)
    return total if 1 <= total <= 31 else None


def month_number(word: str) -> int:
    """``"Sept."`` → 9."""
    return MONTHS[word.rstrip(".").lower()]


def weekday_name(word: str) -> str:
    """``"Wed."`` → ``"Wednesday"``."""
    return _WEEKDAY_NAMES[WEEKDAYS[word.rstrip(".").lower()]]


def number_value(text: str) -> float | None:
    """The value of a ``NUMBER`` match: ``"seventy-six"`` → 76, ``"5 1/2"`` → 5.5, ``"a"`` → 1."""
    words = text.lower().replace("-", " ").replace("½", " ½").split()
    if not words:
        return None
    extra = 0.0
    if len(words) >= 3 and words[-2:] in (["a", "half"], ["a", "quarter"]) and words[-3] == "and":
        extra, words = (0.5 if words[-1] == "half" else 0.25), words[:-3]
    elif len(words) >= 2 and words[-2] == "and" and words[-1] in ("half", "quarter"):
        extra, words = (0.5 if words[-1] == "half" else 0.25), words[:-2]
    if words[-1] == "½":
        extra, words = 0.5, words[:-1]
        if not words:
            return 0.5
    if words[0] == "half":
        return 0.5
    if words[0] == "another":
        return 1.0
    if words[0][0].isdigit():
        value = float(words[0])
        if len(words) == 2 and "/" in words[1]:
            numerator, denominator = words[1].split("/")
            value += int(numerator) / int(denominator) if int(denominator) else 0
        return value + extra
    if words[0] in ("a", "an") and len(words) > 1:
        words = words[1:]
    total = 0
    for word in words:
        if word not in NUMBER_WORDS:
            return None
        total = total * 100 if word == "hundred" and total else total + NUMBER_WORDS[word]
    return float(total) + extra


BOUNDS: dict[str, str] = {
    **dict.fromkeys(("more than", "over", "exceeded", "exceeding", "exceeds", "exceed", "at least", "topped", "tops",
                     "topping", "upwards of", "in excess of", "above", "greater than", "surpassed"), "lower"),
    **dict.fromkeys(("less than", "under", "up to", "at most", "below", "no more than", "fewer than", "as much as",
                     "as many as", "not more than"), "upper"),
    **dict.fromkeys(("about", "around", "roughly", "some", "nearly", "almost", "an estimated", "estimated",
                     "approximately", "close to", "circa", "approx."), "approx"),
}  # fmt: skip
"""Words before an amount or a count and the bound they put on it ("exceeded $2 billion": at least that)."""
_BOUND_BEFORE = re.compile(
    r"(?<![\w-])(?P<bound>" + _words(list(BOUNDS)) + r")\s+(?:an?\s+)?\Z",
    re.IGNORECASE,
)


def bound_before(text: str, start: int) -> str | None:
    """The bound phrase that ends right before ``start`` ("more than", "an estimated"), lower case, or ``None``."""
    m = _BOUND_BEFORE.search(text, max(0, start - 24), start)
    return " ".join(m["bound"].lower().split()) if m else None
