"""Month look-ups: abbreviations with or without a period, any case."""

import pytest

from factcheck.lexicon.months import MONTH_NAMES, MONTHS, full_month, month_number


@pytest.mark.parametrize(("word", "number"), [("Sept.", 9), ("sep", 9), ("DECEMBER", 12), ("May", 5), ("Jan.", 1)])
def test_month_number(word, number):
    assert month_number(word) == number


@pytest.mark.parametrize(("word", "full"), [("Aug.", "august"), ("sept", "september"), ("may", "may")])
def test_full_month(word, full):
    assert full_month(word) == full


def test_full_month_leaves_other_words_alone():
    assert full_month("killed") == "killed"


def test_every_month_word_names_a_month_whose_full_name_starts_with_it():
    assert all(MONTH_NAMES[number - 1].startswith(word) for word, number in MONTHS.items())
