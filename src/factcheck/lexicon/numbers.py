"""Number words: cardinals, ordinals, magnitudes."""

from __future__ import annotations

__all__ = [
    "CONTEXT_NUMBER_WORDS",
    "MAGNITUDE_SUFFIXES",
    "NUMBER_WORDS",
    "ORDINALS",
    "ORDINAL_WORDS",
    "SCALES",
    "VAGUE_MAGNITUDES",
    "ZEROS",
]

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12,
}  # fmt: skip
"""Cardinal words, with the articles ("a year") and "dozen"."""
ZEROS = ("zero", "nought", "naught")

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "last": -1, "final": -1,
}  # fmt: skip
"""Ordinals that count things in a row ("the third quarter"), with "last" and "final" as -1."""
ORDINALS: dict[str, float] = {
    **{w: v for w, v in ORDINAL_WORDS.items() if v > 0},
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}  # fmt: skip
"""Every ordinal word the number grammar reads (also as denominators: "two thirds")."""

SCALES: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7,
}  # fmt: skip
"""Magnitude words; Indian English "lakh" and "crore" are ordinary in South Asian news."""
MAGNITUDE_SUFFIXES: dict[str, float] = {
    "k": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "g": 1e9, "b": 1e9, "bn": 1e9, "bln": 1e9,
    "tn": 1e12, "tln": 1e12, "trn": 1e12,
}  # fmt: skip
"""Abbreviated magnitudes glued to digits ("100k", "$2.3bn", "10 bln"); lower-case "m" only for money."""
VAGUE_MAGNITUDES: dict[str, float] = {
    "dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
}  # fmt: skip
"""Plural magnitudes: "hundreds of" is about a hundred, vaguely (an ``approx`` value of 100)."""

CONTEXT_NUMBER_WORDS = frozenset(
    {*(w for w in NUMBER_WORDS if w not in ("a", "an")), "zero", *(s for s in SCALES if s not in ("lakh", "crore")),
     "bn", "m", "mln"}
)  # fmt: skip
"""The words of a number that a second report may write its own way ("200" / "two hundred", "$2bn"): the
cross-source aligner leaves them out of a fact's context words."""
