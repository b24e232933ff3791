"""Weekday look-ups."""

import pytest

from factcheck.lexicon.weekdays import WEEKDAY_NAMES, WEEKDAYS, weekday_name


@pytest.mark.parametrize(("word", "name"), [("Wed.", "Wednesday"), ("thurs", "Thursday"), ("SUNDAY", "Sunday")])
def test_weekday_name(word, name):
    assert weekday_name(word) == name


def test_every_weekday_word_starts_its_full_name():
    assert all(WEEKDAY_NAMES[index].lower().startswith(word) for word, index in WEEKDAYS.items())
