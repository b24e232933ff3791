"""Candidate counts, cardinals, ordinals, percentages and factors: "12 people", "seventy-six", "80th", "12.5%",
"doubled", "three-fold", "2.5 times".

The numerals come from the shared grammar (``factcheck.extract.numerals``),
read once per document; this scanner decides which of them are numbers worth
reporting and what goes with them: a percent sign or word, the noun counted
("three ministers"), the bound phrase before ("more than 80 percent"). It
keeps every numeral that may be a number; the engine's overlap policy then
drops those inside a date, duration, amount or quantity ("2022" in "June
2022", "76" in "76 years", "2" in "$2 billion").

It stays silent on numerals that are rarely numbers at all: "one" used as a
pronoun ("the one you mentioned", "one of the"), numbers in a clock time or
score ("3:30"), and capitalized number words inside a name ("Formula One",
"the Group of Seven", "Third World").
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.mentions import NumberMention
from factcheck.extract.numerals import Numeral, scan_numerals
from factcheck.extract.patterns import AFTER_BETWEEN, RANGE_JOIN, bound_before
from factcheck.lexicon.numbers import NUMBER_WORDS
from factcheck.text import opens_sentence

__all__ = ["scan_numbers"]


_PERCENT = re.compile(
    r"\s?%|\s*(?:(?P<points>percentage[- ]points?)|percent|per\s+cent|pct)\b",
    re.IGNORECASE,
)
_OF = re.compile(r"\s+of(?=\s)", re.IGNORECASE)
_CLOCK = re.compile(r"\d:|:\d")
_WORD_AFTER = re.compile(r"\s+([A-Za-z][a-z]+(?:-[a-z]+)*)(?:\s+([a-z]+))?\b")
_IRREGULAR_PLURALS = {"people", "men", "women", "children", "police", "personnel", "staff", "cattle", "sheep", "fish",
                      "deer", "aircraft", "crew", "livestock", "militia", "clergy", "youth", "offspring"}  # fmt: skip
_NOT_NOUNS = {"was", "has", "does", "its", "hers", "ours", "yours", "theirs", "as", "yes", "always", "perhaps",
              "towards", "besides", "afterwards", "sometimes", "whereas", "news", "less", "unless", "percent",
              "says", "seems", "goes", "means", "remains", "becomes", "makes", "takes", "gets", "comes", "includes",
              "involves", "marks", "plus", "minus", "thus", "nevertheless"}  # fmt: skip
_DETERMINERS = re.compile(
    r"\b(?:the|that|this|which|each|every|any|no|some|another|only|last|next|big|new|little|right|wrong|other|such"
    r"|same|favorite|favourite|younger|older|good|bad|last)\s+\Z",
    re.IGNORECASE,
)
_ONE_PRONOUN_AFTER = re.compile(r"(?:\s+(?:of|another|by|who|that|which)\b|'s\b|-)", re.IGNORECASE)
_NAME_BEFORE = re.compile(
    r"(?<![.!?:;\"“‘(`\n]\s)(?<!^)(?<![.!?:;\"“‘(`])\b"
    r"(?!(?:The|A|An|With|In|On|At|By|For|From|Of|To|About|Around|Some|All|Only|And|But|Or|Nearly|Almost|Over|Under"
    r"|Just|Another|Those|These|Its|Their|His|Her|Our|Your|My|When|After|Before|Since|Every|Each)\s)"
    r"[A-Z][\w'’.-]*(?<![a-z]{2}\.)\s\Z"
)
""""Fokker 100", "Flight 417", "the Bureau's 20 Most Sought": digits right after a capitalized word inside a sentence.
Not a sentence's first word ("The 3 fires", "``With 4 members", "... Norwegians. 9 people"), nor a
capitalized function word."""
_POSSESSIVE_BEFORE = re.compile(r"\b[A-Z][\w.-]*['’]s\s\Z")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
""""Arden's 37 districts", "Mara's 5 cousins": after a possessive name, digits before a common noun count it."""
_PREFIXED = re.compile(r"\b(?:(?i:pre|post|mid|anti|non|circa)|[A-Z][A-Za-z]*)-\Z")
""""post-1975" is a year; "COVID-19", "F-16", "MiG-29" are names."""
_PHONE = re.compile(r"\(\+?\d{1,5}(?:-\d{1,4})?\)\s*\d{2,4}(?:[-\s]\d{2,5})+|\b\d{3}-\d{3}-\d{4}\b")
"""Telephone numbers: "(381-4) 902-377", "212-555-0100"."""


def _plural_noun(word: str | None) -> bool:
    if not word:
        return False
    if word in _IRREGULAR_PLURALS:
        return True
    return (
        word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")) and word not in _NOT_NOUNS and len(word) > 3
    )


def _noun_after(text: str, end: int, value: float, vague: bool = False) -> str | None:
    """The plural noun a count counts: "12 people", "three senior officials" (one adjective may come between).

    A vague magnitude counts what follows its "of": "hundreds of protesters".
    """
    if vague:
        m_of = _OF.match(text, end)
        if m_of is None:
            return None
        end = m_of.end()
    m = _WORD_AFTER.match(text, end)
    if m is None or value == 1:
        return None
    first, second = m.group(1), m.group(2)
    if first[0].isupper():
        return None  # "2 Corinthians", "three North Korean ..." : a name, or a noun too far to tell
    if _plural_noun(first):
        return first
    if second and not first.endswith("s") and first not in ("of", "to", "and", "or", "in", "on", "at", "for", "by"):
        return second if _plural_noun(second) and second not in ("years", "days", "weeks", "months") else None
    return None


def _silent(numeral: Numeral, text: str) -> bool:
    """Numerals that are not numbers: "one" as a pronoun, clock times and scores, names ("Formula One")."""
    if numeral.glued:
        return True  # "5G", "1990s", "29km": a name, a decade, a unit
    before = text[max(0, numeral.start - 40) : numeral.start]
    if _CLOCK.match(text, numeral.end) or (numeral.start and _CLOCK.match(text, numeral.start - 2)):
        return True
    if numeral.words and numeral.text[:1].isupper() and not opens_sentence(text, numeral.start):
        return True  # a capitalized number word inside a sentence names something
    if not numeral.words and (_NAME_BEFORE.search(before) or _PREFIXED.search(before)):
        return not (_POSSESSIVE_BEFORE.search(before) and _LOWER_WORD_AFTER.match(text, numeral.end))  # "Fokker 100"
    if numeral.text.lower() == "one":
        return bool(_DETERMINERS.search(before) or _ONE_PRONOUN_AFTER.match(text, numeral.end))
    return False


_FOLD = re.compile(r"\s?[-‐‑–]?\s?fold\b", re.IGNORECASE)
_TIMES = re.compile(r"\s+times\b", re.IGNORECASE)
_COMPARED = re.compile(
    r"\s+(?:as|more|less|fewer|larger|higher|bigger|greater|smaller|lower|faster|slower|longer|shorter|cheaper"
    r"|wider|heavier|stronger|what|than|the\s+(?:size|number|amount|rate|level|average|price|cost|value|figure"
    r"|total|area|population))\b",
    re.IGNORECASE,
)
"""What follows a factor's "times" ("three times as many", "2.5 times higher"); "visited three times" counts visits."""
_FACTOR_WORDS: dict[str, float] = {
    **{w: float(v) for w, v in NUMBER_WORDS.items() if w not in ("a", "an", "dozen")},
    "thousand": 1e3, "million": 1e6, "doubl": 2, "tripl": 3, "quadrupl": 4, "quintupl": 5, "halv": 0.5,
}  # fmt: skip
_FACTOR = re.compile(
    r"(?<![\w-])(?:(?P<fold>" + "|".join(w for w in _FACTOR_WORDS if not w.endswith(("l", "v"))) + r")fold"
    r"|(?P<verb>doubl|tripl|quadrupl|quintupl|halv)(?:ed|ing))\b",
    re.IGNORECASE,
)
""""threefold", "tenfold"; "doubled", "tripling", "halved": factors written as one word."""


def _factor_end(numeral: Numeral, text: str) -> int | None:
    """Where a factor ends when ``numeral`` is one ("three-fold", "10fold", "2.5 times", "three times as many")."""
    if numeral.ordinal or numeral.approx or numeral.value <= 0:
        return None
    if m := _FOLD.match(text, numeral.end):
        return m.end()
    m = _TIMES.match(text, numeral.end)
    if m and not numeral.glued and (numeral.value != int(numeral.value) or _COMPARED.match(text, m.end())):
        return m.end()
    return None


def _factors(text: str) -> list[NumberMention]:
    """The factors written as one word: "doubled" (2), "halved" (0.5), "threefold" (3)."""
    found = []
    for m in _FACTOR.finditer(text):
        value = _FACTOR_WORDS[(m["fold"] or m["verb"]).lower()]
        found.append(NumberMention(m.start(), m.end(), m.group(), value, multiplier=True,
                                   bound=bound_before(text, m.start())))  # fmt: skip
    return found


def scan_numbers(text: str) -> list[NumberMention]:
    """Every number mention in ``text``, in text order; factors ("doubled", "three-fold") as ``multiplier``."""
    found: list[NumberMention] = _factors(text)
    phones = [m.span() for m in _PHONE.finditer(text)] if "-" in text else []
    for numeral in scan_numerals(text):
        if any(start <= numeral.start < end for start, end in phones):
            continue
        if (factor := _factor_end(numeral, text)) is not None:
            found.append(NumberMention(numeral.start, factor, text[numeral.start : factor], numeral.value,
                                       multiplier=True, bound=bound_before(text, numeral.start)))  # fmt: skip
            continue
        if _silent(numeral, text):
            continue
        end, percent = numeral.end, None
        if not numeral.ordinal and (m := _PERCENT.match(text, numeral.end)):
            end, percent = m.end(), ("percentage point" if m["points"] else "percent")
        noun = None if percent or numeral.ordinal else _noun_after(text, end, numeral.value, numeral.approx)
        found.append(
            NumberMention(numeral.start, end, text[numeral.start : end], numeral.value, ordinal=numeral.ordinal,
                          approx=numeral.approx, percent=percent, noun=noun, bound=bound_before(text, numeral.start))
        )  # fmt: skip
    return _count_ranges(sorted(found, key=lambda m: (m.start, m.end)), text)


_FROM = re.compile(r"\bfrom\s+\Z", re.IGNORECASE)


def _count_ranges(found: list[NumberMention], text: str) -> list[NumberMention]:
    """Two counts joined as a range become one mention with ``value_max``: "40 to 50 people", "between 40 and 50",
    "40-50 people". "from 40 to 50" is a change; "and" joins a range only after "between"; a hyphen only before
    the noun counted (else a score or a name: "won 2-1", "F-16")."""
    merged: list[NumberMention] = []
    for mention in found:
        first = merged[-1] if merged else None
        join = RANGE_JOIN.fullmatch(text, first.end, mention.start) if first is not None else None
        word = (join["word"] or "").lower() if join is not None else ""
        between = first is not None and AFTER_BETWEEN.search(text, max(0, first.start - 16), first.start) is not None
        if (
            first is None
            or join is None
            or any(m.ordinal or m.multiplier or m.percent or m.approx or m.value_max for m in (first, mention))
            or first.noun is not None
            or first.value >= mention.value
            or (word == "and" and not between)
            or (word == "to" and _FROM.search(text, max(0, first.start - 16), first.start))
            or (
                not word
                and mention.noun is None
                and not AFTER_BETWEEN.search(text, max(0, first.start - 16), first.start)
            )
        ):
            merged.append(mention)
            continue
        merged[-1] = replace(first, end=mention.end, text=text[first.start : mention.end], value_max=mention.value,
                             noun=mention.noun)  # fmt: skip
    return merged
