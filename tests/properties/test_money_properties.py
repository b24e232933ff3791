"""Properties of money and number extraction: any amount in any supported style reads back; no text crashes it."""

import math

from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import facts_of
from factcheck.model import Document, MoneyFact, NumberFact

_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spelled(n: int) -> str:
    """1..999 in words, as news writes them: "seventy-six", "three hundred and two"."""
    hundreds, rest = divmod(n, 100)
    head = f"{_UNITS[hundreds]} hundred" if hundreds else ""
    tail = _UNITS[rest] if rest < 20 else _TENS[rest // 10] + (f"-{_UNITS[rest % 10]}" if rest % 10 else "")
    return " and ".join(part for part in (head, tail) if part)


def grouped(n: int) -> str:
    return f"{n:,}"


MAGNITUDES = {"": 1, " thousand": 1e3, " million": 1e6, " billion": 1e9, " trillion": 1e12}
ABBREVIATED = {"m": 1e6, "bn": 1e9, " mln": 1e6, "k": 1e3, " bln": 1e9}
PREFIXES = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "$ ": "USD", "€ ": "EUR", "USD ": "USD", "EUR ": "EUR"}
SUFFIXES = {"dollars": "USD", "euros": "EUR", "yuan": "CNY", "yen": "JPY", "U.S. dollars": "USD", "rupees": "INR"}
BOUNDS = {"": "exact", "more than ": "lower", "exceeded ": "lower", "at least ": "lower", "topped ": "lower",
          "less than ": "upper", "up to ": "upper", "at most ": "upper", "about ": "approx", "around ": "approx",
          "roughly ": "approx", "some ": "approx", "nearly ": "approx", "almost ": "approx",
          "an estimated ": "approx"}  # fmt: skip


@st.composite
def amounts(draw: st.DrawFn) -> tuple[str, float, str, str]:
    """(written amount, amount, currency, bound phrase): one of the styles news uses for money."""
    whole = draw(st.integers(1, 999))
    style = draw(st.sampled_from(["digits", "grouped", "magnitude", "decimal", "abbreviated", "words"]))
    if style == "digits":
        number, value = str(whole * 1000 + draw(st.integers(0, 999))), float(whole * 1000)
        value = float(number)
    elif style == "grouped":
        value = float(whole * 1000 + draw(st.integers(0, 999)))
        number = grouped(int(value))
    elif style == "magnitude":
        word = draw(st.sampled_from(list(MAGNITUDES)))
        number, value = f"{grouped(whole)}{word}", whole * MAGNITUDES[word]
    elif style == "decimal":
        cents = draw(st.integers(1, 99))
        word = draw(st.sampled_from([" million", " billion"]))
        number, value = f"{whole}.{cents:02d}{word}", (whole + cents / 100) * MAGNITUDES[word]
    elif style == "abbreviated":
        word = draw(st.sampled_from(list(ABBREVIATED)))
        number, value = f"{whole}{word}", whole * ABBREVIATED[word]
    else:
        word = draw(st.sampled_from(["", " million", " billion"]))
        number, value = f"{spelled(whole)}{word}", whole * MAGNITUDES[word]
    words_only = style == "words"
    if not words_only and draw(st.booleans()):
        prefix = draw(st.sampled_from(list(PREFIXES)))
        if prefix.strip().isalpha() and style == "abbreviated" and number.endswith("m"):
            prefix = "$"
        written, currency = f"{prefix}{number}", PREFIXES[prefix]
    else:
        if style == "abbreviated" and number.endswith("m"):
            number, value = f"{whole} million", whole * 1e6  # a lower-case "m" is a magnitude only after a symbol
        suffix = draw(st.sampled_from(list(SUFFIXES)))
        written, currency = f"{number} {suffix}", SUFFIXES[suffix]
    return written, value, currency, draw(st.sampled_from(list(BOUNDS)))


@given(amounts())
def test_any_amount_in_any_style_extracts_back(amount):
    written, value, currency, bound = amount
    text = f"Officials said the project cost {bound}{written}, according to the report."
    found = list(facts_of(Document(id="p", text=text, published="2020-01-01"), ["money"]))
    assert len(found) == 1, found
    fact = found[0]
    assert isinstance(fact, MoneyFact)
    assert fact.text == written
    assert text[fact.start : fact.end] == fact.text
    assert math.isclose(fact.amount, value, rel_tol=1e-9)
    assert (fact.currency, fact.bound) == (currency, BOUNDS[bound])


@given(st.integers(2, 999), st.sampled_from(["people", "ministers", "delegates", "soldiers"]))
def test_any_count_in_words_or_digits_reads_back(count, noun):
    for written in (str(count), spelled(count)):
        text = f"Reports said {written} {noun} were there."
        [fact] = [f for f in facts_of(Document(id="p", text=text), ["number"]) if isinstance(f, NumberFact)]
        assert (fact.text, fact.value, fact.unit) == (written, count, noun)


_TOKENS = ["$", "€", "£", "¥", "US$", "c $", "1", "2", "12", "1,000", "3.5", ".5", "-", "—", "/", ":", "%", "one",
           "seventy-six", "hundred", "thousand", "million", "bn", "m", "k", "and", "a", "half", "third", "quarters",
           "of", "over", "point", "dollars", "yuan", "won", "pounds", "cents", "km", "miles", "per", "hour",
           "square", "80th", "June", "2022", "years", "more than", "about", "(", ")", ",", ".", " ", "\n"]  # fmt: skip


@given(st.lists(st.sampled_from(_TOKENS), max_size=40).map(" ".join) | st.text(max_size=200))
def test_no_text_crashes_it_and_offsets_are_exact(text):
    document = Document(id="p", text=text, published="2020-01-01")
    for fact in facts_of(document, ["money", "number", "quantity"]):
        assert text[fact.start : fact.end] == fact.text
        assert fact.start < fact.end
