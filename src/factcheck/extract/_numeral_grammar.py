"""The number grammar proper: a recursive-descent reader over one run of number tokens (``extract.numerals``).

``numerals`` finds the runs ("5000 6 hundred and 34", "three quarters of a
million") and hands each to ``Grammar``, which splits it into numerals and
computes each value: what a whole number is, what may follow it (a
denominator, "and a half", "point five", "over three"), and the ranges whose
first end borrows the second's magnitude ("2-3 billion").
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

__all__ = ["Grammar", "Reading", "Token", "range_scale"]


@dataclass(frozen=True, slots=True)
class Token:
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


@dataclass
class Reading:
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


class Grammar:
    """A recursive-descent reader over one run of tokens; each method returns ``None`` when nothing fits."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
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

    def cardinal(self, i: int, a_prefix: bool = False, *, and_ok: bool = True) -> Reading | None:
        """The longest whole number from ``i``: "three hundred and five thousand", "6 thousand 7 hundred and 45".

        ``and_ok=False`` stops at the first "and": the look-ahead for a fraction after an "and" reads its
        numerator so, and the look-ahead never nests (issue 17, item 7: "one hundred and" repeated 500 times
        nested one call per "and" and raised ``RecursionError``).
        """
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
                and and_ok
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
        return Reading(value, j, scaled=scaled, and_tail=max(and_tail, 0.0), scale=last_scale)

    def fraction_follows(self, i: int) -> bool:
        """Whether a proper fraction starts at ``i`` ("and three fifths"), to be read as a fraction, not a whole."""
        numerator = self.cardinal(i, and_ok=False)
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

    def ordinal(self, i: int) -> Reading | None:
        """ "80th", "third", "twenty-first"; never "first" or "second" alone (adverbs and units more often)."""
        kind = self.kind(i)
        if kind == "ordnum":
            return Reading(self.tokens[i].value, i + 1, ordinal=True)
        if kind == "ten" and self.kind(i + 1) == "ord" and self.tokens[i + 1].value < 10:
            return Reading(self.tokens[i].value + self.tokens[i + 1].value, i + 2, ordinal=True)
        if kind == "ord" and self.tokens[i].word not in ("first", "second") and self.tokens[i].value < 1000:
            return Reading(self.tokens[i].value, i + 1, ordinal=True)
        return None

    def decimal_words(self, i: int) -> tuple[float, int] | None:
        """After "point": digits in words ("nought seven" → .07) or one number read as digits ("seventy-one")."""
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
        """A magnitude word at ``i``, as in "half a million", "three quarters of a million"."""
        j = i + 1 if self.kind(i) == "a" else i
        return self.tokens[j].value if self.kind(j) == "scale" else None

    def number(self, i: int) -> Reading | None:
        """The numeral starting at token ``i``, or ``None``."""
        kind = self.kind(i)
        if kind == "minus":
            if self.kind(i + 1) == "minus":
                return None  # "minus minus five" is no number; reading it would nest one call per "minus"
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

    def vague(self, i: int) -> Reading:
        """ "hundreds of", "tens of thousands of": an approximate magnitude."""
        value, j = self.tokens[i].value, i + 1
        while self.kind(j) == "of" and self.kind(j + 1) == "vague" and self.tokens[j + 1].value > value:
            value, j = value * self.tokens[j + 1].value, j + 2
        return Reading(value, j, approx=True)

    def part_of(self, i: int, part: float) -> Reading | None:
        """ "half a dozen", "half a million", "quarter million"."""
        j = i + 1
        if self.kind(j) == "a":
            j += 1
        if self.kind(j) == "dozen":
            return Reading(part * 12, j + 1)
        if self.kind(j) == "scale":
            return Reading(part * self.tokens[j].value, j + 1, scaled=True)
        return None

    def after_article(self, i: int) -> Reading | None:
        """ "a dozen", "a hundred thousand", "a half", "a fifth", "a quarter million"; never "a" alone."""
        kind = self.kind(i + 1)
        if kind in ("hundred", "scale", "dozen"):
            reading = self.cardinal(i + 1, a_prefix=True)
            return None if reading is None else self.extend(reading)
        if kind in ("half", "quarter") and not self.tokens[i + 1].word.endswith("s"):
            part = 0.5 if kind == "half" else 0.25
            scale = self.scale_after(i + 2)
            if scale:
                return Reading(part * scale, i + 3, scaled=True)
            if kind == "quarter" and self.next_word(i + 2) not in ("", "of"):
                return None
            return Reading(part, i + 2)
        denominator = self.denominator(i + 1, 1)
        if denominator is not None:
            return Reading(1 / denominator[0], denominator[1])
        return None

    def extend(self, reading: Reading) -> Reading:
        """What may follow a whole number: a denominator, "and a half", "point five", "over three"."""
        j = reading.end
        denominator = self.denominator(j, reading.value)
        if denominator is not None:
            den, j = denominator
            tail = reading.and_tail
            value = (reading.value - tail) + tail / den if 0 < tail < den else reading.value / den
            if self.kind(j) == "of" and (scale := self.scale_after(j + 1)):
                return Reading(value * scale, j + 3 if self.kind(j + 1) == "a" else j + 2, scaled=True)
            return Reading(value, j)
        if self.kind(j) == "and" and (fraction := self.proper_fraction(j + 1)) is not None:
            part, k = fraction
            value = reading.value + part
            if reading.scale < math.inf and reading.value % reading.scale == 0:
                value = reading.value + part * reading.scale  # "one million and a half", "six million and two thirds"
            if self.kind(k) == "scale":
                scale = self.tokens[k].value
                small = reading.scale == math.inf
                value = (reading.value + part) * scale if small else reading.value + part * scale
                return Reading(value, k + 1, scaled=True)
            return Reading(value, k, scaled=reading.scaled)
        if self.kind(j) == "point" and reading.scale == math.inf and (decimals := self.decimal_words(j + 1)):
            digits, k = decimals
            value = reading.value + math.copysign(digits, reading.value or 1)
            if self.kind(k) == "scale":  # "two point two million"
                return Reading(value * self.tokens[k].value, k + 1, scaled=True, scale=self.tokens[k].value)
            return Reading(value, k)
        below = self.cardinal(j + 1) if self.kind(j) == "over" else None
        if below is not None and below.value and self.next_word(below.end) == "":
            return Reading(reading.value / below.value, below.end)  # "over 3 years" is a span of time: no division
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


def range_scale(grammar: Grammar, readings: list[tuple[int, Reading]]) -> list[tuple[int, Reading]]:
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
