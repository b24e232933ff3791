"""Reference knowledge: entities, their dates (YYYY, YYYY-MM, YYYY-MM-DD) and merging."""

from datetime import date

import pytest
from pydantic import ValidationError

from factcheck import Entity, KnowledgeBase
from factcheck.model import parse_kb_date


@pytest.mark.parametrize("value", ["1945", "1945-10", "1945-10-10", "2024-02-29", "0001-01-01"])
def test_kb_date_shapes_accepted(value):
    assert parse_kb_date(value) == value


@pytest.mark.parametrize(
    "value",
    [
        "2025-02-30",
        "2023-02-29",
        "1945-13",
        "1945-00",
        "1945/10/10",
        "10/10/1945",
        "1945-1-1",
        "45",
        "",
        "1945-10-10T00:00",
        "October 1945",
        " 1945",
    ],
)
def test_kb_date_shapes_rejected(value):
    with pytest.raises(ValueError, match="date"):
        parse_kb_date(value)


def test_entity_dates_accept_the_three_precisions():
    entity = Entity(name="WPK", dates={"founded": "1945-10-10", "renamed": "1949-06", "split": "1946"})

    assert entity.dates == {"founded": "1945-10-10", "renamed": "1949-06", "split": "1946"}


def test_entity_dates_from_yaml_scalars_become_text():
    # YAML reads `founded: 1945-10-10` as a date and `founded: 1945` as an int.
    entity = Entity(name="WPK", dates={"founded": date(1945, 10, 10), "split": 1946})

    assert entity.dates == {"founded": "1945-10-10", "split": "1946"}


@pytest.mark.parametrize("bad", ["2025-02-30", "1945/10/10"])
def test_entity_with_an_impossible_or_misshapen_date_is_rejected(bad):
    with pytest.raises(ValidationError, match=bad):
        Entity(name="X", dates={"founded": bad})


def test_entity_type_is_a_closed_vocabulary():
    with pytest.raises(ValidationError, match="type"):
        Entity(name="X", type="planet")


def test_entity_name_is_required_and_non_empty():
    with pytest.raises(ValidationError, match="name"):
        Entity(name="")


def test_unknown_entity_field_is_rejected():
    with pytest.raises(ValidationError, match="founded"):
        Entity(name="X", founded="1945")


def test_surface_forms_are_name_then_aliases():
    entity = Entity(name="Workers' Party of Korea", aliases=["WPK", "Korean Workers' Party"])

    assert entity.surface_forms == ["Workers' Party of Korea", "WPK", "Korean Workers' Party"]


def test_knowledge_base_round_trip():
    kb = KnowledgeBase(
        entities=[
            Entity(
                name="China–North Korea diplomatic relations",
                aliases=["diplomatic relations between China and North Korea"],
                type="relation",
                members=["China", "North Korea"],
                dates={"established": "1949-10-06"},
            ),
            Entity(name="Workers' Party of Korea", type="organization", dates={"founded": "1945-10-10"}),
        ]
    )

    assert KnowledgeBase.model_validate_json(kb.model_dump_json()) == kb


def test_merged_keeps_order():
    first = KnowledgeBase(entities=[Entity(name="A"), Entity(name="B")])
    second = KnowledgeBase(entities=[Entity(name="C")])

    assert [e.name for e in first.merged(second).entities] == ["A", "B", "C"]


@pytest.mark.parametrize("value", ["１９４５-10-10", "١٩٤٥", "1945-١٠", "1945-10-1٠", "߁߉߄߅", "𝟏𝟗𝟒𝟓"])
def test_issue17_kb_date_in_non_ascii_digits_is_refused(value):
    with pytest.raises(ValueError, match="ASCII digits"):
        parse_kb_date(value)
