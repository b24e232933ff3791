"""The number grammar shared by the money, number and quantity scanners.

A numeral is a number as the text writes it: digits with separators
("1,234,567", "40 000", "1.5"), a magnitude ("2 million", "$2.3bn", "100k",
"35 lakh"), words ("seventy-six", "one hundred and three", "a dozen"), a
fraction ("two thirds", "5 1/2", "one over three"), a decimal in words ("nine
point nought four"), an ordinal ("80th", "twenty-first") or a vague magnitude
("hundreds of"). Reading one is a two-step affair: a compiled pattern finds a
*run* of number tokens, then a small grammar splits the run into numerals and
computes each value, so that "4000 3 hundred and 21" is two numbers, 4000 and
321, and "three-nought-four" is three.

Values are computed here, next to the grammar that decides the spans, as
``patterns.number_value`` does for durations: the span of "one hundred and
three quarters" depends on the value (100.75) being readable at all.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract._near import REACH, merge_hits, word_hits
from factcheck.lexicon.numbers import MAGNITUDE_SUFFIXES, NUMBER_WORDS, ORDINALS, SCALES, VAGUE_MAGNITUDES, ZEROS

__all__ = [
    "DIGITS",
    "MAX_TOKEN_CHARS",
    "NUMERAL_RUN",
    "TRIGGER_WORDS",
    "Numeral",
    "read_numerals",
    "scan_numerals",
    "sole_numeral",
]

_UNITS: dict[str, int] = {
    **{w: v for w, v in NUMBER_WORDS.items() if v < 20 and w not in ("a", "an")},
    **dict.fromkeys(ZEROS, 0),
}  # fmt: skip
_TENS: dict[str, int] = {w: v for w, v in NUMBER_WORDS.items() if v >= 20 and w != "hundred" and w != "dozen"}
_WORD_KINDS: dict[str, str] = {
    **dict.fromkeys(_UNITS, "unit"), **dict.fromkeys(_TENS, "ten"), "hundred": "hundred",
    **dict.fromkeys(SCALES, "scale"), **{s + "s": "scale" for s in ("lakh", "crore")},
    "dozen": "dozen", "dz": "dozen", "dzs": "dozen", **dict.fromkeys(VAGUE_MAGNITUDES, "vague"),
    **dict.fromkeys(ORDINALS, "ord"), **{o + "s": "ords" for o in ORDINALS if o != "second"},
    "half": "half", "halves": "half", "quarter": "quarter", "quarters": "quarter",
    "a": "a", "an": "a", "and": "and", "point": "point", "over": "over", "out of": "over", "of": "of",
    "minus": "minus", "negative": "minus", "to": "to",
}  # fmt: skip
"""Every word the grammar reads, by the part it plays."""
TRIGGER_WORDS = frozenset(
    w for w, k in _WORD_KINDS.items() if k not in ("a", "and", "point", "over", "of", "to", "minus")
)
"""Words every numeral written in words contains (see ``_near``): "one" ... "trillion", "half", "dozens"."""

_SIGN = r"(?:(?<![\w.,)\]−-])[-−](?=\.?\d))?"
_INT = (
    r"(?:\d{1,3}(?:,\d{3})+(?!,?\d)"  # 1,234,567
    r"|\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})+(?!\d)"  # 1 234 567 with (narrow) no-break spaces
    r"|\d{1,3}(?: \d{3}){2,}(?![\d-])|[1-9]\d{1,2} \d{3}(?![\d-])"  # 1 234 567 and 40 000 with plain spaces
    r"|\d{1,3},\d{1,2}(?![\d,])"  # a decimal comma: 1,3 and 5,00
    r"|\d+)"
)
DIGITS = (
    rf"{_SIGN}(?<![\d.A-Za-z])(?<!\d,)(?:{_INT}(?:\.\d+)?|\.\d+)"
    r"(?:[eE][-+]?\d+|\^[-+]*\d+|\s+[1-9]\d*/[1-9]\d*|/(?:2|3|4|8|16|32|64)(?!\d))?"
    r"(?-i:(?:\s?(?:bn|bln|mln|mn|tn|tln|trn|MM|[kKMG])|mil|[bB])(?![A-Za-z]))?"
)
"""A number in digits, with its sign, separators, exponent, fraction and abbreviated magnitude."""
_ORDINAL_DIGITS = r"\d+(?:st|nd|rd|th)"
_WORD = "|".join(re.escape(w) for w in sorted(_WORD_KINDS, key=lambda w: (-len(w), w))).replace(r"\ ", r"\s+")
_TOKEN = re.compile(
    r"(?P<dotted>(?<![\w.])\d+(?:\.\d+){2,})(?![\w.])"
    rf"|(?P<ord>(?<![\w.,]){_ORDINAL_DIGITS})(?!\w)|(?P<num>{DIGITS})(?![.,]?\d)(?P<glued>(?=[^\W\d_]))?"
    r"|(?P<word>\bout\s+of\b|\b[^\W\d_]+\b)",
    re.IGNORECASE,
)
_GAP = re.compile(r"\s*(?:[-‐‑–]\s*)?")
"""What may stand between two tokens of one run: a space or a hyphen ("seventy-six", "fifty - two")."""
_SLASHED = re.compile(r"/\d")
MAX_TOKEN_CHARS = 300
"""A longer token (a digit run of a thousand characters) is no number a text states, and is not read: float's
range ends near 1.8e308, int() refuses strings of over 4,300 digits and spends quadratic time below that."""
NUMERAL_RUN = rf"(?:{DIGITS}|{_ORDINAL_DIGITS}|\b(?:{_WORD})\b)(?:(?:\s+|\s*[-–]\s*)(?:{DIGITS}|\b(?:{_WORD})\b))*"
"""A run of number tokens, for use inside the money and quantity patterns; ``sole_numeral`` reads it."""


@dataclass(frozen=True, slots=True)
class Numeral:
    """A number as the text writes it, with its value."""

    start: int
    end: int
    text: str
    value: float
    ordinal: bool = False
    """"80th", "twenty-first"."""
    approx: bool = False
    """A vague magnitude: "hundreds of", "dozens of"."""
    words: bool = False
    """Written (at least partly) in words."""
    scaled: bool = False
    """Carries a magnitude ("2 million", "$2.3bn"): a range's first end may borrow it ("2-3 billion")."""
    glued: bool = False
    """Letters follow with no space ("29km", "5G", "1990s"): a unit may, but no count can."""


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    """``num``, ``ordnum`` or a ``_WORD_KINDS`` kind."""
    value: float
    start: int
    end: int
    word: str
    integer: bool = True
    scaled: bool = False
    glued: bool = False
    """Letters follow with no space ("29km", "5G", "1990s"): a unit, a name or a decade, never a count alone."""


def _digits_value(text: str) -> tuple[float, bool, bool] | None:
    """``"1,234.5"`` → 1234.5; also "5 1/2", "1e10", "1.1^23", "2.3bn", "1,3" (a decimal comma).

    Returns (value, integer-looking, has-a-magnitude) or ``None`` for a form that is not one number.
    """
    body = text.replace("−", "-").strip()
    negative = body.startswith("-")
    body = body.lstrip("-").strip()
    scale, scaled = 1.0, False
    suffix = re.search(r"\s?([A-Za-z]+)$", body)
    if suffix:
        word = suffix.group(1)
        if word.lower() not in MAGNITUDE_SUFFIXES or (word in ("m", "b") and word != suffix.group(0)):
            return None
        if word.upper() == "G" and re.fullmatch(r"[2-6]G", body):
            return None  # "5G" is a mobile-network generation, not five billion
        scale, scaled, body = MAGNITUDE_SUFFIXES[word.lower()], True, body[: suffix.start()]
    value: float
    if "^" in body:
        base, exponent = body.split("^")
        power = int(exponent.lstrip("+-") or 0) * (-1 if exponent.count("-") % 2 else 1)
        try:
            value = float(base) ** power
        except (OverflowError, ZeroDivisionError):
            return None
    elif "/" in body:
        # "5 1/2", "3/4"; any blank may stand before the fraction ("5\n1/2") and the whole may be grouped
        # ("1,000 1/2"), but only whole numbers make a fraction: "1.5 1/2" and "1.5/2" are none (issue 9: int()
        # raised on each).
        whole, _, fraction = re.sub(r"\s+", " ", body).rpartition(" ")
        whole = re.sub(r"[,\s]", "", whole)
        top, _, bottom = fraction.partition("/")
        if not (top.isdecimal() and bottom.isdecimal() and (whole.isdecimal() or not whole)):
            return None
        numerator, denominator = int(top), int(bottom)
        if not denominator or numerator >= denominator:
            return None
        value = (int(whole) if whole else 0) + numerator / denominator
    elif re.fullmatch(r"\d{1,3},\d{1,2}", body):
        value = float(body.replace(",", "."))
    else:
        try:
            value = float(re.sub(r"[,\s\u00a0\u2009\u202f]", "", body))
        except ValueError:
            return None
    if not math.isfinite(value * scale):
        return None
    integer = "." not in body and "/" not in body and "e" not in body.lower() and "^" not in body
    return (-value if negative else value) * scale, integer, scaled


def _tokens(text: str, start: int, end: int) -> Iterator[list[_Token]]:
    """The runs of number tokens in ``text[start:end]``: tokens separated by no more than a gap."""
    run: list[_Token] = []
    last_end = -1
    for m in _TOKEN.finditer(text, start, end):
        if m.end() - m.start() > MAX_TOKEN_CHARS:
            continue  # like any other word that is no number: the gap to the next token then breaks the run
        if m["dotted"]:  # "192.168.1.2", "3.1.4": integers in a row, never a decimal
            if run:
                yield run
            for part in re.finditer(r"\d+", m["dotted"]):
                at = m.start() + part.start()
                yield [_Token("num", float(part.group()), at, at + len(part.group()), part.group())]
            run, last_end = [], -1
            continue
        if m["ord"]:
            token = _Token("ordnum", float(m["ord"][:-2]), m.start(), m.end(), m["ord"])
        elif m["num"]:
            read = _digits_value(m["num"])
            if read is None or _SLASHED.match(text, m.end()) or text[m.start() - 1 : m.start()] == "/":
                continue  # "9/11", "24/7": a slash between numbers that is not a fraction makes a name or a date
            token = _Token("num", read[0], m.start(), m.end(), m["num"], read[1], read[2], m["glued"] is not None)
        else:
            word = " ".join(m["word"].lower().split())
            kind = _WORD_KINDS.get(word, "")
            if not kind:
                continue  # any other word: the gap to the next token then breaks the run
            value = _UNITS.get(word, _TENS.get(word, SCALES.get(word.rstrip("s"), 0)))
            if kind in ("ord", "ords"):
                value = ORDINALS[word[:-1] if kind == "ords" else word]
            elif kind == "vague":
                value = VAGUE_MAGNITUDES[word]
            token = _Token(kind, float(value), m.start(), m.end(), word)
        if run and not _GAP.fullmatch(text, last_end, token.start):
            yield run
            run = []
        run.append(token)
        last_end = token.end
    if run:
        yield run


@dataclass
class _Reading:
    """A numeral read from a run: value, the index past its last token, and how it was built."""

    value: float
    end: int
    ordinal: bool = False
    approx: bool = False
    scaled: bool = False
    and_tail: float = 0.0
    """The part after the last "and" ("hundred and three"): "three quarters" may then be its own fraction."""
    scale: float = math.inf
    """The smallest magnitude word read ("one million" → 1e6)."""


class _Grammar:
    """A recursive-descent reader over one run of tokens; each method returns ``None`` when nothing fits."""

    def __init__(self, text: str, tokens: list[_Token]) -> None:
        self.text = text
        self.tokens = tokens

    def kind(self, i: int) -> str:
        return self.tokens[i].kind if i < len(self.tokens) else ""

    def hyphenated(self, i: int) -> bool:
        """Whether token ``i`` is joined to the one before by a hyphen ("one-eighth")."""
        return i > 0 and "-" in self.text[self.tokens[i - 1].end : self.tokens[i].start]

    def next_word(self, i: int) -> str:
        """The word after token ``i - 1`` (lower case), or ``""`` at punctuation or the end of the text."""
        m = re.match(r"\s*([A-Za-z]+)", self.text[self.tokens[i - 1].end : self.tokens[i - 1].end + 30])
        return m.group(1).lower() if m else ""

    def cardinal(self, i: int, a_prefix: bool = False) -> _Reading | None:
        """The longest whole number from ``i``: "two hundred and two thousand", "4 thousand 3 hundred and 21"."""
        total, group, low = 0.0, 0.0, 0.0
        last_scale, prev, and_tail, scaled = math.inf, "a" if a_prefix else "", 0.0, False
        j = i
        while j < len(self.tokens):
            token, kind = self.tokens[j], self.kind(j)
            if (kind == "unit" and ((low == 0 and prev != "unit") or (prev == "ten" and token.value < 10))) or (
                kind == "ten" and low == 0 and prev not in ("unit", "ten")
            ):
                low += token.value
            elif kind == "num" and low == 0 and prev in ("", "scale", "hundred", "and"):
                if prev and (not token.integer or token.scaled or (group and token.value >= 100)):
                    break
                low, scaled = token.value, token.scaled
            elif kind == "hundred" and (0 < low < 100 or prev == "a") and group == 0 and prev != "scale":
                group, low = (low or 1) * 100, 0
            elif (kind == "dozen" or token.word == "dozens") and (low > 0 or prev == "a") and prev != "scale":
                low = (low or 1) * 12
            elif kind == "scale" and (group + low > 0 or prev == "a") and prev != "scale":
                if token.value < last_scale:
                    total += (group + low or 1) * token.value
                else:
                    total = (total + group + low) * token.value
                group = low = 0
                last_scale, scaled = min(last_scale, token.value), True
            elif kind == "scale" and prev == "scale" and token.value > last_scale:  # "three lakh crore"
                total *= token.value
                last_scale = token.value
            elif (
                kind == "and"
                and total + group > 0
                and low == 0
                and self.kind(j + 1) in ("unit", "ten", "num")
                and not self.fraction_follows(j + 1)
            ):
                prev, j = "and", j + 1
                and_tail = -1.0
                continue
            else:
                if prev == "and":  # "one hundred and" + something else: the "and" is not part of the number
                    j -= 1
                break
            if and_tail < 0 or (and_tail > 0 and kind in ("unit", "ten", "num")):
                and_tail = low
            prev = kind if kind != "num" else "unit"
            j += 1
        if j == i or (prev == "a" and j == i):
            return None
        if and_tail and (group or total == 0):
            and_tail = 0.0
        value = total + group + low
        return _Reading(value, j, scaled=scaled, and_tail=max(and_tail, 0.0), scale=last_scale)

    def fraction_follows(self, i: int) -> bool:
        """Whether a proper fraction starts at ``i`` ("and three fifths"), to be read as a fraction, not a whole."""
        numerator = self.cardinal(i)
        if numerator is None:
            return False
        denominator = self.denominator(numerator.end, numerator.value)
        return denominator is not None and numerator.value < denominator[0]

    def denominator(self, i: int, numerator: float) -> tuple[float, int] | None:
        """An ordinal read as a denominator ("fifths", "twenty-first", "half"), with the index past it.

        A plural always divides ("two thirds"); a singular only after "one"/"a"
        ("one eighth"), and then only before "of" or the end of the clause: "a
        third term" is an ordinal, "a third of the votes" a fraction. "Quarters"
        must be followed by "of" or nothing: "three quarters in a row" are
        periods.
        """
        kind = self.kind(i)
        if kind == "ten" and self.kind(i + 1) in ("ord", "ords") and self.tokens[i + 1].value < 10:
            value, plural, j = self.tokens[i].value + self.tokens[i + 1].value, self.kind(i + 1) == "ords", i + 2
        elif kind in ("ord", "ords") and self.tokens[i].word not in ("first", "second"):
            value, plural, j = self.tokens[i].value, kind == "ords", i + 1
        elif kind in ("half", "quarter"):
            value, plural, j = (2.0 if kind == "half" else 4.0), self.tokens[i].word.endswith("s"), i + 1
        else:
            return None
        follower = "" if self.kind(j) == "scale" else self.next_word(j)
        if kind == "quarter" and follower not in ("", "of"):
            return None
        if not plural and (numerator != 1 or follower not in ("", "of")) and not self.hyphenated(i):
            return None
        return value, j

    def ordinal(self, i: int) -> _Reading | None:
        """ "80th", "third", "twenty-first"; never "first" or "second" alone (adverbs and units more often)."""
        kind = self.kind(i)
        if kind == "ordnum":
            return _Reading(self.tokens[i].value, i + 1, ordinal=True)
        if kind == "ten" and self.kind(i + 1) == "ord" and self.tokens[i + 1].value < 10:
            return _Reading(self.tokens[i].value + self.tokens[i + 1].value, i + 2, ordinal=True)
        if kind == "ord" and self.tokens[i].word not in ("first", "second") and self.tokens[i].value < 1000:
            return _Reading(self.tokens[i].value, i + 1, ordinal=True)
        return None

    def decimal_words(self, i: int) -> tuple[float, int] | None:
        """After "point": digits in words ("nought four" → .04) or one number read as digits ("seventy-one")."""
        digits: list[str] = []
        j = i
        while self.kind(j) == "unit" and self.tokens[j].value < 10:
            digits.append(str(int(self.tokens[j].value)))
            j += 1
        if len(digits) <= 1:
            small = self.cardinal(i)
            if small is not None and small.value < 100 and self.kind(i) != "num":
                digits, j = [str(int(small.value))], small.end
        return (float("0." + "".join(digits)), j) if digits else None

    def scale_after(self, i: int) -> float | None:
        """A magnitude word at ``i``, as in "half a million", "two thirds of a million"."""
        j = i + 1 if self.kind(i) == "a" else i
        return self.tokens[j].value if self.kind(j) == "scale" else None

    def number(self, i: int) -> _Reading | None:
        """The numeral starting at token ``i``, or ``None``."""
        kind = self.kind(i)
        if kind == "minus":
            inner = self.number(i + 1)
            if inner is None or inner.ordinal or inner.approx:
                return None
            inner.value = -inner.value
            return inner
        if kind == "vague" and self.next_word(i + 1) == "of":
            return self.vague(i)
        if kind in ("half", "quarter") and not self.tokens[i].word.endswith("s"):
            return self.part_of(i, 0.5 if kind == "half" else 0.25)
        if kind == "a":
            return self.after_article(i)
        if kind in ("ordnum", "ord") or (kind == "ten" and self.kind(i + 1) == "ord"):
            return self.ordinal(i)
        reading = self.cardinal(i)
        return None if reading is None else self.extend(reading)

    def vague(self, i: int) -> _Reading:
        """ "hundreds of", "tens of thousands of": an approximate magnitude."""
        value, j = self.tokens[i].value, i + 1
        while self.kind(j) == "of" and self.kind(j + 1) == "vague" and self.tokens[j + 1].value > value:
            value, j = value * self.tokens[j + 1].value, j + 2
        return _Reading(value, j, approx=True)

    def part_of(self, i: int, part: float) -> _Reading | None:
        """ "half a dozen", "half a million", "quarter million"."""
        j = i + 1
        if self.kind(j) == "a":
            j += 1
        if self.kind(j) == "dozen":
            return _Reading(part * 12, j + 1)
        if self.kind(j) == "scale":
            return _Reading(part * self.tokens[j].value, j + 1, scaled=True)
        return None

    def after_article(self, i: int) -> _Reading | None:
        """ "a dozen", "a hundred thousand", "a half", "a fifth", "a quarter million"; never "a" alone."""
        kind = self.kind(i + 1)
        if kind in ("hundred", "scale", "dozen"):
            reading = self.cardinal(i + 1, a_prefix=True)
            return None if reading is None else self.extend(reading)
        if kind in ("half", "quarter") and not self.tokens[i + 1].word.endswith("s"):
            part = 0.5 if kind == "half" else 0.25
            scale = self.scale_after(i + 2)
            if scale:
                return _Reading(part * scale, i + 3, scaled=True)
            if kind == "quarter" and self.next_word(i + 2) not in ("", "of"):
                return None
            return _Reading(part, i + 2)
        denominator = self.denominator(i + 1, 1)
        if denominator is not None:
            return _Reading(1 / denominator[0], denominator[1])
        return None

    def extend(self, reading: _Reading) -> _Reading:
        """What may follow a whole number: a denominator, "and a half", "point five", "over three"."""
        j = reading.end
        denominator = self.denominator(j, reading.value)
        if denominator is not None:
            den, j = denominator
            tail = reading.and_tail
            value = (reading.value - tail) + tail / den if 0 < tail < den else reading.value / den
            if self.kind(j) == "of" and (scale := self.scale_after(j + 1)):
                return _Reading(value * scale, j + 3 if self.kind(j + 1) == "a" else j + 2, scaled=True)
            return _Reading(value, j)
        if self.kind(j) == "and" and (fraction := self.proper_fraction(j + 1)) is not None:
            part, k = fraction
            value = reading.value + part
            if reading.scale < math.inf and reading.value % reading.scale == 0:
                value = reading.value + part * reading.scale  # "one million and a half", "six million and two thirds"
            if self.kind(k) == "scale":
                scale = self.tokens[k].value
                small = reading.scale == math.inf
                value = (reading.value + part) * scale if small else reading.value + part * scale
                return _Reading(value, k + 1, scaled=True)
            return _Reading(value, k, scaled=reading.scaled)
        if self.kind(j) == "point" and reading.scale == math.inf and (decimals := self.decimal_words(j + 1)):
            digits, k = decimals
            return _Reading(reading.value + math.copysign(digits, reading.value or 1), k)
        below = self.cardinal(j + 1) if self.kind(j) == "over" else None
        if below is not None and below.value and self.next_word(below.end) == "":
            return _Reading(reading.value / below.value, below.end)  # "over 3 years" is a span of time: no division
        return reading

    def proper_fraction(self, i: int) -> tuple[float, int] | None:
        """After "and": "a half", "a quarter", "three fifths", "a thirtieth"."""
        if self.kind(i) == "a":
            if self.kind(i + 1) in ("half", "quarter") and not self.tokens[i + 1].word.endswith("s"):
                return (0.5 if self.kind(i + 1) == "half" else 0.25), i + 2
            denominator = self.denominator(i + 1, 1)
            return (1 / denominator[0], denominator[1]) if denominator else None
        numerator = self.cardinal(i)
        if numerator is None:
            return None
        denominator = self.denominator(numerator.end, numerator.value)
        if denominator is None or numerator.value >= denominator[0]:
            return None
        return numerator.value / denominator[0], denominator[1]


def _range_scale(grammar: _Grammar, readings: list[tuple[int, _Reading]]) -> list[tuple[int, _Reading]]:
    """ "2-3 billion", "2 to 3 million": the first end of a range borrows the second's magnitude."""
    for (_, first), (k, second) in itertools.pairwise(readings):
        if first.end != k - (grammar.kind(first.end) == "to") or first.scaled or first.ordinal or first.approx:
            continue
        if not second.scaled or second.scale == math.inf or first.value <= 0:
            continue
        gap = grammar.text[grammar.tokens[first.end - 1].end : grammar.tokens[k].start]
        if re.fullmatch(r"\s*[-–]\s*|\s+to\s+", gap) and first.value * second.scale < second.value:
            first.value *= second.scale
            first.scaled = True
    return readings


def read_numerals(text: str, start: int = 0, end: int | None = None) -> list[Numeral]:
    """Every numeral in ``text[start:end]``, in text order."""
    found: list[Numeral] = []
    for run in _tokens(text, start, len(text) if end is None else end):
        grammar = _Grammar(text, run)
        readings: list[tuple[int, _Reading]] = []
        i = 0
        while i < len(run):
            reading = grammar.number(i)
            if reading is None or reading.end <= i:
                i += 1
                continue
            readings.append((i, reading))
            i = reading.end
        for i, reading in _range_scale(grammar, readings):
            if not math.isfinite(reading.value):
                continue  # "1e300 trillion": past float's range, no number at all
            first, last = run[i], run[reading.end - 1]
            words = any(t.kind not in ("num", "ordnum") for t in run[i : reading.end])
            found.append(
                Numeral(
                    first.start, last.end, text[first.start : last.end], reading.value,
                    ordinal=reading.ordinal, approx=reading.approx, words=words,
                    scaled=reading.scaled or first.scaled, glued=last.glued,
                )
            )  # fmt: skip
    return found


def sole_numeral(text: str) -> Numeral | None:
    """The numeral ``text`` consists of, or ``None`` when it is not exactly one ("50 50")."""
    found = read_numerals(text)
    return found[0] if len(found) == 1 and found[0].start == 0 and found[0].end == len(text.rstrip()) else None


_DIGITS_HIT = re.compile(r"\d+")


@lru_cache(maxsize=8)
def scan_numerals(text: str) -> tuple[Numeral, ...]:
    """Every numeral of a document, read once: the money, number and quantity scanners all start here.

    The grammar runs only near a digit or a number word (``_near``).
    """
    digits = ((m.start(), m.end()) for m in _DIGITS_HIT.finditer(text))
    spans = merge_hits(heapq.merge(digits, word_hits(TRIGGER_WORDS, text)), len(text), REACH)
    return tuple(n for start, end in spans for n in read_numerals(text, start, end))
