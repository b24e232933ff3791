"""The date families of time said in words: "nineteen ninety-six", "the year two thousand", "the 20th century",
"the nineties".

Declared between the calendar and the relative families (``extract.dates``).
Each needs the shape of a date around it, since the same words are counts
far more often: a year in words after a word that introduces a year ("in",
"since", "the year"), a decade word after "the" and not in a temperature.
"""

from __future__ import annotations

import re

from factcheck.extract._date_words import _MOD, _mod
from factcheck.extract._families import Families, Parts
from factcheck.extract._near import word_starts
from factcheck.extract.numerals import sole_numeral
from factcheck.extract.patterns import day_word_value
from factcheck.lexicon.numbers import NUMBER_WORDS, ORDINALS

__all__ = ["SPOKEN"]

SPOKEN = Families(re.IGNORECASE)
"""The spoken-time families, in order of precedence."""
family = SPOKEN.family

_TEENS = [w for w, v in NUMBER_WORDS.items() if w.isalpha() and 10 <= v <= 19]
_TENS = [w for w, v in NUMBER_WORDS.items() if w.isalpha() and v in (20, 30, 40, 50, 60, 70, 80, 90)]
_UNITS = [w for w, v in NUMBER_WORDS.items() if w.isalpha() and 1 <= v <= 9 and w not in ("a", "an")]
_HIGH = "|".join(sorted([*_TEENS, "twenty"], key=len, reverse=True))
_LOW = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_UNITS)}))?|{'|'.join(sorted(_TEENS, key=len, reverse=True))}"
    rf"|hundred|(?:oh|o)[-\s](?:{'|'.join(_UNITS)}))"
)
_INTRO = r"(?:in|of|since|until|till|by|from|before|after|during|year|the\s+year|circa)"


@family(
    "year-words",
    rf"\b{_INTRO}\s+(?P<high>{_HIGH})[-\s](?P<low>{_LOW})\b(?![-\s](?:{'|'.join(_UNITS)}|hundred|thousand)\b)"
    r"(?!\s+(?!was\b|has\b|is\b|as\b)[a-z]+s\b)",
    near=word_starts([*_TEENS, "twenty"]),
)
def _year_words(m: re.Match[str], text: str) -> Parts | None:
    """ "in nineteen ninety-six", "since nineteen hundred", "by twenty twenty-five", "in nineteen oh five"; not
    before a plural noun ("in nineteen ninety-six cases")."""
    high = NUMBER_WORDS[m["high"].lower()]
    low_text = m["low"].lower()
    if low_text == "hundred":
        low = 0
    elif low_text.startswith(("oh", "o-", "o ")):
        low = NUMBER_WORDS[re.split(r"[-\s]", low_text)[-1]]
    else:
        numeral = sole_numeral(low_text)
        if numeral is None:
            return None
        low = int(numeral.value)
    return {"year": high * 100 + low, "start": m.start("high")}


@family(
    "year-thousand",
    rf"\b(?:the\s+year\s+(?P<n>two\s+thousand(?:\s+(?:and\s+)?(?:{_LOW}|{'|'.join(_UNITS)}))?)\b"
    rf"|{_INTRO}\s+(?P<n2>two\s+thousand\s+(?:and\s+)?(?:{_LOW}|{'|'.join(_UNITS)}))\b(?=\s*(?:[,.;:!?)]|\Z)))",
    near=word_starts(["thousand"]),
)
def _year_thousand(m: re.Match[str], text: str) -> Parts | None:
    """ "the year two thousand", "the year two thousand and five"; "in two thousand and twenty" only at the end of
    its clause (else a count: "in two thousand and five cases")."""
    numeral = sole_numeral(m["n"] or m["n2"])
    if numeral is None or not 2000 <= numeral.value < 2100:
        return None
    return {"year": int(numeral.value), "start": m.start() if m["n"] else m.start("n2")}


_ORDINAL_CENTURY = "|".join(sorted((w for w, v in ORDINALS.items() if 1 <= v <= 21), key=len, reverse=True))


@family(
    "century",
    rf"\b(?:the\s+)?{_MOD}?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|(?:twenty[-\s])?(?:{_ORDINAL_CENTURY}))[-\s]century\b",
    near=word_starts(["century"]),
)
def _century(m: re.Match[str], text: str) -> Parts | None:
    """ "the 20th century", "the twenty-first century", "the late 19th century": TIMEX3 ``19`` for the 1900s."""
    word = m["n"].lower()
    number = int(word[:-2]) if word[0].isdigit() else day_word_value(word.replace("twenty", "twenty "))
    if not number or number > 21:
        return None
    return {"century": number, "mod": _mod(m["mod"])}


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}  # fmt: skip
_WEATHER_BEFORE = re.compile(
    r"\b(?:temperatures?|degrees?|highs?|lows?|fahrenheit|celsius|their|his|her)\b[^.;]*\Z", re.I
)


@family(
    "decade-words",
    rf"\bthe\s+{_MOD}?'?(?P<dec>{'|'.join(_DECADE_WORDS)})\b",
    near=word_starts(_DECADE_WORDS),
)
def _decade_words(m: re.Match[str], text: str) -> Parts | None:
    """ "the nineties", "the early eighties": the latest such decade begun by the anchor; never a temperature
    ("temperatures in the nineties") or an age ("in their twenties")."""
    if _WEATHER_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return None
    return {"decade_word": _DECADE_WORDS[m["dec"].lower()], "mod": _mod(m["mod"])}
