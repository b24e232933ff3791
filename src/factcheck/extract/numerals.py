"""The number grammar shared by the money, number and quantity scanners.

A numeral is a number as the text writes it: digits with separators
("7,654,321", "65 000", "1.5"), a magnitude ("2 million", "$2.3bn", "100k",
"35 lakh"), words ("seventy-six", "one hundred and three", "a dozen"), a
fraction ("two thirds", "5 1/2", "one over three"), a decimal in words ("six
point nought seven"), an ordinal ("80th", "twenty-first") or a vague magnitude
("hundreds of"). Reading one is a two-step affair: a compiled pattern finds a
*run* of number tokens, then a small grammar splits the run into numerals and
computes each value, so that "5000 6 hundred and 34" is two numbers, 5000 and
634, and "five-nought-nine" is three.

Values are computed here, next to the grammar that decides the spans: the
span of "two hundred and three quarters" depends on the value (200.75) being
readable at all. The counts that the date and duration patterns embed
(``patterns.NUMBER``: "two weeks ago", "a decade") are read here too
(``count_value``): one grammar gives every number its value.
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract._near import REACH, merge_hits, word_hits
from factcheck.extract._numeral_grammar import Grammar, Reading, Token, range_scale
from factcheck.lexicon.numbers import MAGNITUDE_SUFFIXES, NUMBER_WORDS, ORDINALS, SCALES, VAGUE_MAGNITUDES, ZEROS

__all__ = [
    "DIGITS",
    "MAX_TOKEN_CHARS",
    "NUMERAL_RUN",
    "TRIGGER_WORDS",
    "Numeral",
    "count_value",
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


def _tokens(text: str, start: int, end: int) -> Iterator[list[Token]]:
    """The runs of number tokens in ``text[start:end]``: tokens separated by no more than a gap."""
    run: list[Token] = []
    last_end = -1
    for m in _TOKEN.finditer(text, start, end):
        if m.end() - m.start() > MAX_TOKEN_CHARS:
            continue  # like any other word that is no number: the gap to the next token then breaks the run
        if m["dotted"]:  # "192.168.1.2", "3.1.4": integers in a row, never a decimal
            if run:
                yield run
            for part in re.finditer(r"\d+", m["dotted"]):
                at = m.start() + part.start()
                yield [Token("num", float(part.group()), at, at + len(part.group()), part.group())]
            run, last_end = [], -1
            continue
        if m["ord"]:
            token = Token("ordnum", float(m["ord"][:-2]), m.start(), m.end(), m["ord"])
        elif m["num"]:
            read = _digits_value(m["num"])
            if read is None or _SLASHED.match(text, m.end()) or text[m.start() - 1 : m.start()] == "/":
                continue  # "9/11", "24/7": a slash between numbers that is not a fraction makes a name or a date
            token = Token("num", read[0], m.start(), m.end(), m["num"], read[1], read[2], m["glued"] is not None)
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
            token = Token(kind, float(value), m.start(), m.end(), word)
        if run and not _GAP.fullmatch(text, last_end, token.start):
            yield run
            run = []
        run.append(token)
        last_end = token.end
    if run:
        yield run


def read_numerals(text: str, start: int = 0, end: int | None = None) -> list[Numeral]:
    """Every numeral in ``text[start:end]``, in text order."""
    found: list[Numeral] = []
    for run in _tokens(text, start, len(text) if end is None else end):
        grammar = Grammar(text, run)
        readings: list[tuple[int, Reading]] = []
        i = 0
        while i < len(run):
            reading = grammar.number(i)
            if reading is None or reading.end <= i:
                i += 1
                continue
            readings.append((i, reading))
            i = reading.end
        for i, reading in range_scale(grammar, readings):
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


_COUNT_TAIL = re.compile(r"\s+and\s+(?:a\s+)?(?P<part>half|quarter)\Z|\s*½\Z", re.IGNORECASE)


def count_value(text: str) -> float | None:
    """The value of a ``patterns.NUMBER`` match: ``"seventy-six"`` → 76, ``"5 1/2"`` → 5.5, ``"a"`` → 1.

    The articles and "half" are counts only there ("a year", "half an
    hour"), and "one and half" is loose usage the grammar does not read;
    anything else is one numeral of the grammar, or no count: "five-thirty"
    (a time) and "Nineteen forty" (a year) are not one number.
    """
    extra = 0.0
    if tail := _COUNT_TAIL.search(text):
        extra = 0.25 if (tail["part"] or "").lower() == "quarter" else 0.5
        text = text[: tail.start()]
        if not text.strip():
            return extra
    words = text.lower().split()
    if words in (["a"], ["an"], ["another"]):
        return 1.0 + extra
    if words[:1] == ["half"]:
        return 0.5
    numeral = sole_numeral(text)
    if numeral is None or numeral.ordinal or numeral.approx:
        return None
    return numeral.value + extra
