"""Candidate amounts of money: "$2 billion", "US$ 150 million", "2 trillion won", "50 cents", "£8.10m".

Each pattern family is declared once, with ``@family(name, pattern,
near=TRIGGER)`` on the function that reads its match, and scanned as the
dates are (``factcheck.extract._families``: the longest match wins); the amount inside a match is read by the shared
number grammar (``factcheck.extract.numerals``). A ``MoneyMention`` keeps the
currency *marker* as written ("$", "c$", "canadian dollars", "¥", "pence");
turning it into an ISO 4217 code — and deciding what "¥" or "francs" mean in
context — is ``factcheck.normalize.money``'s job. The bound phrase before the
amount ("exceeded", "about") is kept; the span is the amount alone, as in
INTERFACE section 5 (``"$2 billion"``, bound ``lower``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract._families import Families, Parts, longest
from factcheck.extract._near import literal_words
from factcheck.extract.mentions import MoneyMention
from factcheck.extract.numerals import NUMERAL_RUN, Numeral, read_numerals
from factcheck.extract.patterns import AFTER_BETWEEN, RANGE_JOIN, bound_before
from factcheck.lexicon.currencies import CODES, CURRENCY_NAMES, LOWER_CODES, SUBUNITS
from factcheck.lexicon.numbers import MAGNITUDE_SUFFIXES, SCALES

__all__ = ["currency_key", "pound_sense", "scan_money"]


# -- the families -------------------------------------------------------------------------------------------------
_FAMILIES = Families(re.IGNORECASE)
"""``near`` is a regex of literal triggers, or a set of whole words (lower case) when there are many of them: a
set is looked up word by word (``_near.word_windows``), faster than a long alternation."""
family = _FAMILIES.family


def _alternation(words: list[str]) -> str:
    """Phrases as a regex alternation, longest first, any run of spaces between words, optional periods."""
    forms = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\.", r"\.?") for w in forms)


_SYMBOL = (
    r"(?:(?<![\w$])(?:u\.\s?s\.\s?|us\s?|c\s?|ca\s?|can\s?|hk\s?|nz\s?|nt\s?|mex\s?|au|(?-i:[ASR]))?\$"
    r"|[€£¥₩₹₽₺₱₦₪₫฿₴₸₡₾₭]|ரூ"
    r"|(?<![\w.])(?:rs\.?|dlrs?\.?|(?-i:DM|SFr|sfr))(?=\s?\d))"
)
_CODE = r"(?-i:" + "|".join(sorted({*(c.upper() for c in CODES), "RMB", *LOWER_CODES})) + r")"
_NAME = _alternation(list(CURRENCY_NAMES))
_SUBUNIT = _alternation(list(SUBUNITS))
_AMOUNT = rf"(?P<n>{NUMERAL_RUN})(?P<m>(?-i:m)(?![\w]))?"
_TAIL = r"(?![\w$€£¥])"
# The letter triggers start a word: inside one ("fi-rs-t", "ye-ars", "Europe", "de-cad-e", "fr-aud") they
# opened a window at nearly every word of an article, and a run of numeral words ("first " repeated) was then
# tried at each of its positions. Every match of these families has its code or letters at a word's start.
_NOT_AFTER_LETTER = r"(?<![^\W\d_])"
_T_SYMBOL = r"[$€£¥₩₹₽₺₱₦₪₫฿₴₸₡₾₭]|ரூ|" + _NOT_AFTER_LETTER + "(?:" + literal_words(["rs", "dlr", "dm", "sfr"]) + ")"
_T_NAME = frozenset(w.split()[-1] for w in [*CURRENCY_NAMES, *SUBUNITS])
_T_CODE = _NOT_AFTER_LETTER + "(?:" + "|".join(sorted({*(c.upper() for c in CODES), "RMB", *LOWER_CODES})) + ")"


def _amount(m: re.Match[str], text: str, *, last: bool) -> tuple[Numeral, Numeral | None] | None:
    """The amount inside a match's ``n`` group: the first numeral of the run (or the last, for names after it).

    A run may hold two numerals: a range ("2-3 billion": both ends), or a
    stray number before the amount ("20 20 dollar notes": the second).
    """
    numerals = [n for n in read_numerals(text, m.start("n"), m.end("n")) if not n.ordinal and not n.approx]
    if not numerals:
        return None
    if last:
        if numerals[-1].end != m.end("n"):
            return None
        low, high = (numerals[-2], numerals[-1]) if len(numerals) >= 2 else (numerals[-1], None)
    else:
        if numerals[0].start != m.start("n"):
            return None
        low, high = (numerals[0], numerals[1]) if len(numerals) >= 2 else (numerals[0], None)
    if (
        high is None
        or not _RANGE_GAP.fullmatch(text, low.end, high.start)
        or _FROM.search(text, max(0, low.start - 40), low.start)
    ):
        return (numerals[-1], None) if last else (numerals[0], None)
    return low, high


_RANGE_GAP = re.compile(r"\s*[-–]\s*|\s+to\s+", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+\S*\Z", re.IGNORECASE)
""""from 2 to 3 billion yuan" is a change, not a range."""


def _mention(m: re.Match[str], text: str, *, marker: str, last: bool, start: int | None = None) -> Parts | None:
    """The fields of a mention whose amount is the ``n`` group; ``start`` when a marker comes first."""
    read = _amount(m, text, last=last)
    if read is None:
        return None
    low, high = read
    scale = 1e6 if m["m"] else 1.0  # "$40m": lower-case "m" is a magnitude only right after a currency
    end = (high or low).end
    if m["m"] and end == m.end("n"):
        end = m.end("m")
    elif m["m"]:
        return None  # "$2 3m": the magnitude belongs to another number
    return {
        "start": low.start if start is None else start,
        "end": end,
        "amount": low.value * scale,
        "amount_max": high.value * scale if high is not None else None,
        "marker": currency_key(marker),
        "scaled": low.scaled or bool(m["m"]) or (low.value >= 1000 and "," in low.text),
    }


def currency_key(surface: str) -> str:
    """A marker as the tables spell it: lower case, no periods, spaces collapsed ("U.S. dollars" → "us dollars")."""
    return " ".join(surface.lower().replace(".", "").split())


def _marker(surface: str) -> str:
    """ "US $" → "us$", "U. S. $" → "us$": symbols compared without spaces."""
    return re.sub(r"[\s.]+", "", surface)


@family("symbol-before", rf"(?P<cur>{_SYMBOL})\s?{_AMOUNT}{_TAIL}", near=_T_SYMBOL)
def _symbol_before(m: re.Match[str], text: str) -> Parts | None:
    """ "$2 billion", "$ 75 million", "US$150m", "c $ 21.7 million", "£6.40 million", "$2-3 billion"."""
    if m["cur"].isalpha() and not m["n"][:1].isdigit():
        return None  # "Rs", "DM" and "dlrs" only before digits
    return _mention(m, text, marker=_marker(m["cur"]), last=False, start=m.start())


@family("code-before", rf"(?<![\w$])(?P<cur>{_CODE})\s?{_AMOUNT}{_TAIL}", near=_T_CODE)
def _code_before(m: re.Match[str], text: str) -> Parts | None:
    """ "USD 5 million", "RMB 3bn", "EUR 2m"."""
    if not m["n"][:1].isdigit():
        return None
    return _mention(m, text, marker=m["cur"].lower(), last=False, start=m.start())


_GLUED_SCALES = {**SCALES, **MAGNITUDE_SUFFIXES}


@family(
    "code-glued",
    rf"(?<![\w$])(?P<cur>{_CODE})(?P<n>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mln|mn|m|k)\b)?(?!\w|[.,]\d)",
    near=_T_CODE,
)
def _code_glued(m: re.Match[str], text: str) -> Parts | None:
    """ "USD3.5 million", "EUR2bn": a code glued to its digits, as wire copy writes it."""
    if not m["scale"] and not re.search(r"[.,]|\d{3}", m["n"]):
        return None  # "EUR2", "USD1": a name or a code more often than an amount
    amount = float(m["n"].replace(",", "")) * _GLUED_SCALES.get((m["scale"] or "").lower(), 1.0)
    return {"start": m.start(), "end": m.end(), "amount": amount, "amount_max": None, "marker": m["cur"].lower(),
            "scaled": bool(m["scale"])}  # fmt: skip


@family(
    "name-after",
    rf"{_AMOUNT}(?:\s+|-)(?P<cur>{_NAME})(?:\s+(?:and\s+)?(?P<sub>{NUMERAL_RUN})\s+(?P<subcur>cents?|pence))?\b",
    near=_T_NAME,
)
def _name_after(m: re.Match[str], text: str) -> Parts | None:
    """ "2 trillion won", "417 million euros", "360 million finnish markka", "nine dollars and ten cents"."""
    parts = _mention(m, text, marker=m["cur"], last=True)
    if parts is None:
        return None
    name = parts["marker"]
    if name in ("won", "mark", "marks", "dong", "dongs", "krone", "kroner") and not parts["scaled"]:
        return None  # "won", "marks" after a small bare number are a verb and a noun far more often
    if name in ("pound", "pounds") and pound_sense(text, m.start(), m.end("cur")) != "money":
        return None
    if m["sub"]:
        cents = read_numerals(text, m.start("sub"), m.end("sub"))
        if len(cents) != 1 or not 0 < cents[0].value < 100:
            return None
        parts["amount"] += cents[0].value / 100
        parts["end"] = m.end()
    else:
        parts["end"] = m.end("cur")
    return parts


@family("subunit-after", rf"{_AMOUNT}(?:\s+|-)(?P<cur>{_SUBUNIT})\b", near=_T_NAME)
def _subunit_after(m: re.Match[str], text: str) -> Parts | None:
    """ "50 cents", "470 pence", "one penny"."""
    parts = _mention(m, text, marker=m["cur"], last=True)
    if parts is not None:
        parts["end"] = m.end("cur")
    return parts


@family("code-after", rf"{_AMOUNT}\s*(?P<cur>{_CODE})\b", near=_T_CODE)
def _code_after(m: re.Match[str], text: str) -> Parts | None:
    """ "40 rmb", "10 USD", "2mil SEK"."""
    parts = _mention(m, text, marker=m["cur"].lower(), last=True)
    if parts is not None:
        parts["end"] = m.end("cur")
    return parts


@family("symbol-after", rf"{_AMOUNT}\s?(?P<cur>[€£¥₩₹₽₺₱₦₪₫฿₴₸₡₾₭]|ரூ)", near=_T_SYMBOL)
def _symbol_after(m: re.Match[str], text: str) -> Parts | None:
    """ "100 ₡", "100₾", "50€": the symbol after the amount, as in much of Europe."""
    parts = _mention(m, text, marker=m["cur"], last=True)
    if parts is not None:
        parts["end"] = m.end("cur")
    return parts


_MASS_BEFORE = re.compile(r"\b(?:weigh\w*|heav\w*|lifted|lost|gained|pressed)\b[^.;]*\Z", re.IGNORECASE)
_MASS_AFTER = re.compile(
    r"\s*(?:of\b|\(\s*[\d.,]+\s*(?:kilo\w*|kg|tons?|tonnes?|grams?)\b)|-|\s+(?:heavier|lighter|overweight)\b",
    re.IGNORECASE,
)
_MONEY_AFTER = re.compile(r"\s*(?:sterling\b|\(\s*(?:about\s+|some\s+)?(?:US)?\$)", re.IGNORECASE)
_MAGNITUDE_BEFORE = re.compile(r"(?:million|billion|trillion|bn|m)\s*\Z", re.IGNORECASE)


def pound_sense(text: str, start: int, end: int) -> str | None:
    """Whether "N pounds" at ``text[start:end]`` is ``money``, ``mass``, or unclear (``None``).

    Mass: "500 pounds of rice", "300 pounds (136 kilograms)", "he weighs 175
    pounds". Money: "pounds sterling", "5 million pounds ($8 million)", and a
    magnitude word ("2 million pounds") without "of" after it. Anything else
    is left undecided, and neither scanner takes it.
    """
    if _MASS_AFTER.match(text, end) or _MASS_BEFORE.search(text, max(0, start - 40), start):
        return "mass"
    if _MONEY_AFTER.match(text, end):
        return "money"
    before_unit = text[start:end].lower().rsplit("pound", 1)[0].rstrip()
    return "money" if _MAGNITUDE_BEFORE.search(before_unit) else None


_CONTEXT = 300
"""How far around a mention the normalizer may look for the country of a "¥" or a "penny"."""


def scan_money(text: str) -> list[MoneyMention]:
    """Every amount of money in ``text``, in text order, never overlapping (the longest wins)."""
    found: list[MoneyMention] = []
    for member, m in _FAMILIES.matches(text):
        parts = member.build(m, text)
        if parts is None:
            continue
        start, end = parts.pop("start"), parts.pop("end")
        parts.pop("scaled")
        context = text[max(0, start - _CONTEXT) : end + _CONTEXT]
        found.append(
            MoneyMention(start, end, text[start:end], member.name, bound=bound_before(text, start), context=context,
                         **parts)
        )  # fmt: skip
    return _ranges(longest(found, _FAMILIES.order()), text)


_SCALE_WORD = re.compile(r"(?:(?P<word>thousand|million|billion|trillion)|\d\s?(?P<suffix>bn|mln|mn|m|k|b))\b", re.I)


def _scale_of(text: str) -> float:
    """The magnitude an amount's text names ("$20 million" → 1e6), 1 when none."""
    m = _SCALE_WORD.search(text)
    if m is None:
        return 1.0
    return SCALES[m["word"].lower()] if m["word"] else MAGNITUDE_SUFFIXES[m["suffix"].lower()]


def _ranges(found: list[MoneyMention], text: str) -> list[MoneyMention]:
    """Two amounts in one currency joined as a range become one mention with ``amount_max``: "$10-$20 million",
    "between $10 and $20", "$10 million to $20 million". "from $10 to $20" is a change, not a range, and "and"
    joins a range only after "between"; the first end borrows the second's magnitude ("$10-$20 million")."""
    merged: list[MoneyMention] = []
    for mention in found:
        first = merged[-1] if merged else None
        join = RANGE_JOIN.fullmatch(text, first.end, mention.start) if first is not None else None
        if (
            first is None
            or join is None
            or first.amount_max is not None
            or mention.amount_max is not None
            or first.marker != mention.marker
            or (
                (join["word"] or "").lower() == "and"
                and not AFTER_BETWEEN.search(text, max(0, first.start - 16), first.start)
            )
            or ((join["word"] or "").lower() == "to" and _FROM.search(text, max(0, first.start - 40), first.start + 1))
        ):
            merged.append(mention)
            continue
        low, high = first.amount, mention.amount
        scale = _scale_of(mention.text)
        if _scale_of(first.text) == 1.0 and scale > 1.0 and low * scale <= high:
            low *= scale
        if low >= high:
            merged.append(mention)
            continue
        merged[-1] = replace(first, end=mention.end, text=text[first.start : mention.end], amount=low, amount_max=high)
    return merged
