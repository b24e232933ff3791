"""Properties of factor extraction: any factor in any supported style reads back as its value, unit ``multiplier``."""

from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import facts_of
from factcheck.model import Document, NumberFact
from tests.properties.test_money_properties import spelled

VERBS = {"doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "quadrupled": 4, "quintupled": 5, "halved": 0.5,
         "halving": 0.5}  # fmt: skip
ONE_WORD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "twelve": 12, "twenty": 20, "fifty": 50, "hundred": 100, "thousand": 1000}  # fmt: skip
BOUNDS = {"": "exact", "more than ": "lower", "nearly ": "approx", "almost ": "approx", "about ": "approx",
          "less than ": "upper"}  # fmt: skip
COMPARED = ["as many", "as much", "higher than", "larger than", "more than", "the size of", "greater than"]


@st.composite
def factors(draw: st.DrawFn) -> tuple[str, str, float]:
    """(sentence, factor as written, value): a factor in one of the styles news uses."""
    style = draw(st.sampled_from(["digits-fold", "words-fold", "one-word-fold", "times", "decimal-times", "verb"]))
    if style == "verb":
        word = draw(st.sampled_from(sorted(VERBS)))
        return f"Exports {{bound}}{word} last year.", word, VERBS[word]
    if style == "one-word-fold":
        word = draw(st.sampled_from(sorted(ONE_WORD)))
        written = draw(st.sampled_from([word, word.capitalize()])) + "fold"
        return f"They saw a {{bound}}{written} rise.", written, ONE_WORD[word]
    if style == "decimal-times":
        value = draw(st.integers(11, 999).filter(lambda n: n % 10).map(lambda n: n / 10))
        written = f"{value:g} times"
        return f"Output was {{bound}}{written} {draw(st.sampled_from(COMPARED))} in 1990.", written, value
    value = draw(st.integers(2, 99 if style == "words-fold" else 5000))
    number = spelled(value) if style == "words-fold" else draw(st.sampled_from([str(value), f"{value:,}"]))
    if style == "times":
        written = f"{number} times"
        return f"Output was {{bound}}{written} {draw(st.sampled_from(COMPARED))} in 1990.", written, value
    glued = [] if style == "words-fold" else ["fold"]  # "twenty-onefold" is no style; "21fold" is
    written = number + draw(st.sampled_from(["-fold", " fold", *glued]))
    return f"They saw a {{bound}}{written} rise.", written, value


@given(factors(), st.sampled_from(sorted(BOUNDS)))
def test_any_factor_reads_back(case: tuple[str, str, float], bound: str) -> None:
    template, written, value = case
    text = template.format(bound=bound)
    found = [f for f in facts_of(Document(id="t", text=text), ["number"]) if isinstance(f, NumberFact)]
    factors_found = [f for f in found if f.unit == "multiplier"]
    assert [(f.text, f.value, f.bound) for f in factors_found] == [(written, value, BOUNDS[bound])], text
    (fact,) = factors_found
    assert text[fact.start : fact.end] == written


@given(st.text(alphabet=st.sampled_from(list("0123456789 .,-foldtimesdubhavrpq2")), max_size=60))
def test_factor_scanning_never_crashes_and_spans_are_exact(text: str) -> None:
    for fact in facts_of(Document(id="t", text=text), ["number"]):
        assert text[fact.start : fact.end] == fact.text
