"""Finding KB names and aliases in text, and resolving claim subjects to entities."""

import pytest

from factcheck.link.entities import entity_index
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
    assert [m.entity.name for m in entity_index(KB).find(text)] == [found]


def test_a_form_inside_a_longer_word_is_not_found():
    assert entity_index(KB).find("the WPKs and CHINAtown") == []


def test_relation_is_found_through_both_parties_named_in_the_document():
    document = "China and North Korea agreed on Sunday. This year marks 76 years since ..."
    subject = "the two countries established diplomatic relations"
    assert [e.name for e in entity_index(KB).resolve(subject, document)] == ["China–North Korea diplomatic relations"]


def test_relation_is_found_through_members_in_the_phrase():
    assert [e.name for e in entity_index(KB).resolve("ties between Beijing and Pyongyang", "")] == [
        "China–North Korea diplomatic relations"
    ]


def test_the_two_countries_without_their_names_in_the_document_is_nothing():
    assert entity_index(KB).resolve("the two countries established diplomatic relations", "Two nations met.") == []


def test_the_index_is_built_once_per_kb():
    assert entity_index(KB) is entity_index(KB)


def test_an_empty_kb_finds_nothing():
    assert entity_index(KnowledgeBase()).find("Anything at all") == []
