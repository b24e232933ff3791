"""Finding KB names and aliases in text, and resolving claim subjects to entities."""

import pickle

import pytest

from factcheck.link.entities import EntityIndex
from factcheck.model import Entity, KnowledgeBase

KB = KnowledgeBase(
    entities=[
        Entity(name="Workers' Party of Korea", aliases=["WPK", "Korean Workers' Party"], type="organization",
               dates={"founded": "1945-10-10"}),
        Entity(name="Kim Jong Un", aliases=["Kim Jong-un"], type="person"),
        Entity(name="China", aliases=["Beijing", "PRC"], type="country"),
        Entity(name="North Korea", aliases=["DPRK", "Pyongyang"], type="country"),
        Entity(name="China–North Korea diplomatic relations", type="relation", members=["China", "North Korea"],
               dates={"established": "1949-10-06"}),
    ]
)  # fmt: skip
INDEX = EntityIndex(KB)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the ruling Workers' Party of Korea", "Workers' Party of Korea"),
        ("the ruling Workers’ Party of Korea", "Workers' Party of Korea"),  # curly apostrophe
        ("the WPK's congress", "Workers' Party of Korea"),  # possessive
        ("KIM JONG UN", "Kim Jong Un"),  # case
        ("Kim Jong-un", "Kim Jong Un"),  # hyphen for space
        ("Kim Jong Un", "Kim Jong Un"),
        ("talks in Pyongyang", "North Korea"),
    ],
)
def test_surface_forms_are_found(text, found):
    assert [m.entity.name for m in INDEX.find(text)] == [found]


def test_a_form_inside_a_longer_word_is_not_found():
    assert INDEX.find("the WPKs and CHINAtown") == []


def test_relation_is_found_through_both_parties_named_in_the_document():
    document = "China and North Korea agreed on Sunday. This year marks 76 years since ..."
    subject = "the two countries established diplomatic relations"
    assert [e.name for e in INDEX.resolve(subject, INDEX.find(document))] == ["China–North Korea diplomatic relations"]


def test_relation_is_found_through_members_in_the_phrase():
    assert [e.name for e in INDEX.resolve("ties between Beijing and Pyongyang", [])] == [
        "China–North Korea diplomatic relations"
    ]


def test_the_two_countries_without_their_names_in_the_document_is_nothing():
    subject = "the two countries established diplomatic relations"
    assert INDEX.resolve(subject, INDEX.find("Two nations met.")) == []


def test_the_index_pickles_and_finds_the_same_after():
    index = pickle.loads(pickle.dumps(INDEX))

    assert index.find("Kim Jong-un met DPRK officials") == INDEX.find("Kim Jong-un met DPRK officials") != []


def test_known_names_are_the_one_word_forms_by_initial():
    names = INDEX.names

    assert names.by_initial["B"] == ("Beijing",)
    assert "Pyongyang" in names.one_word
    assert "WPK" not in names.one_word  # too short to be misspelt one letter away
    assert names.named("PYONGYANG")
    assert names.named("Wpk")
    assert not names.named("Beijiing")


def test_an_empty_kb_finds_nothing():
    assert EntityIndex(KnowledgeBase()).find("Anything at all") == []


SHARED = KnowledgeBase(
    entities=[
        Entity(name="Retail Merchants Association", aliases=["RMA"], type="organization", dates={"founded": "1893"}),
        Entity(name="Regional Mining Authority", aliases=["RMA"], type="organization", dates={"founded": "1961"}),
        Entity(name="Norvania", type="country"),
        Entity(name="Tessary", aliases=["RMA"], type="country"),
        Entity(name="Norvania–Tessary relations", type="relation", members=["Norvania", "RMA"],
               dates={"established": "1990"}),
    ]
)  # fmt: skip


def test_a_form_that_names_several_entities_links_to_none_of_them():
    index = EntityIndex(SHARED)

    assert index.find("The RMA met.") == []
    assert index.entity_named("RMA") is None
    [ambiguous] = index.find_ambiguous("The RMA met.")
    assert ambiguous.text == "RMA"
    assert [e.name for e in ambiguous.entities] == ["Retail Merchants Association", "Regional Mining Authority",
                                                     "Tessary"]  # fmt: skip


def test_the_names_of_an_ambiguous_form_still_link():
    index = EntityIndex(SHARED)

    assert [m.entity.name for m in index.find("the Retail Merchants Association and the RMA")] == [
        "Retail Merchants Association"
    ]


def test_a_relation_whose_member_is_ambiguous_is_never_found():
    index = EntityIndex(SHARED)

    assert index.relations_of({"Norvania", "Tessary"}) == []


def test_a_form_with_a_leading_the_is_found_without_it_but_a_one_word_one_keeps_it():
    index = EntityIndex(
        KnowledgeBase(entities=[Entity(name="Varnel Accord", aliases=["the Varnel pact"]), Entity(name="The Times")])
    )

    assert [m.text for m in index.find("the anniversary of the Varnel pact")] == ["Varnel pact"]
    assert index.find("three times a day") == []
