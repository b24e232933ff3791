"""Linking an amount or count to the reference figure it states, and the stated precision."""

import pytest

from factcheck.link.entities import EntityIndex
from factcheck.model import Document, Entity, Figure, KnowledgeBase
from factcheck.pipeline import facts_of
from factcheck.rules.reference.fc206_reference_figure_mismatch import _step

KB = KnowledgeBase(
    entities=[
        Entity(name="Norvania", type="country"),
        Entity(name="Tessary", aliases=["TS"], type="country"),
        Entity(name="Tessary Shipping", aliases=["TS"], type="organization"),
    ],
    figures=[
        Figure(about=["Norvania", "Tessary"], what="trade", period="2023", value=2295000000, unit="USD"),
        Figure(about=["Norvania", "TS"], what="freight", period="2023", value=5, unit="USD"),
        Figure(about=["Norvania", "Tessary"], what="exports", value=7, unit="USD"),
    ],
)


def linked(text: str) -> list[tuple[str, str]]:
    index = EntityIndex(KB)
    document = Document(id="d", text=text, published="2024-05-02")
    facts = facts_of(document, frozenset({"money", "number", "date"}))
    return [(s.fact.text, s.figure.what) for s in index.figures.statements(text, facts, index.find(text))]


def test_an_amount_about_the_entities_thing_and_period_links_to_the_figure():
    assert linked("Trade between Norvania and Tessary reached $3 billion in 2023.") == [("$3 billion", "trade")]


@pytest.mark.parametrize(
    "text",
    [
        "Norvania and TS freight reached $3 billion in 2023.",  # an entity by an ambiguous form: unusable figure
        "Exports from Norvania to Tessary reached $3 billion in 2023.",  # a figure without a period
        "Trade between Norvania and Tessary reached $3 billion in 2023 and 2022, and $1 billion in 2021.",
    ],
)
def test_no_figure_when_the_sentence_is_not_clearly_about_it(text):
    assert all(fact != "$1 billion" for fact, _ in linked(text))
    assert ("$3 billion", "freight") not in linked(text)
    assert ("$3 billion", "exports") not in linked(text)


@pytest.mark.parametrize(
    ("stated", "step"), [(48000, 1000), (2.3e9, 1e8), (2295000000, 1e6), (3e9, 1e9), (12.5, 0.1), (7, 1)]
)
def test_the_stated_precision_is_the_place_of_the_last_nonzero_digit(stated, step):
    assert _step(stated) == pytest.approx(step)
