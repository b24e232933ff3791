"""Choosing the KB date a claim's verb names: one date takes any beginning verb; several need a clear match."""

import pytest

from factcheck.link.claims import date_key
from factcheck.model import Entity

ONE = Entity(name="WPK", dates={"founded": "1945-10-10"})
END = Entity(name="World War II", dates={"ended": "1945-09-02"})
MANY = Entity(name="Union", dates={"founded": "1901", "dissolved": "1990", "took office as chair": "1950"})


@pytest.mark.parametrize(
    ("entity", "verb", "key"),
    [
        (ONE, None, "founded"),
        (ONE, "established", "founded"),  # any beginning verb for the only date
        (ONE, "took office", "founded"),
        (ONE, "ended", None),  # an end verb is not a beginning
        (END, "end", "ended"),
        (END, None, "ended"),
        (MANY, "founding", "founded"),
        (MANY, "established", "founded"),
        (MANY, "dissolved", "dissolved"),
        (MANY, "taking office", "took office as chair"),
        (MANY, None, None),  # several dates and no verb: unclear, so silence
        (MANY, "signed", None),
    ],
)
def test_date_key(entity, verb, key):
    assert date_key(entity, verb) == key


def test_an_entity_without_dates_has_no_key():
    assert date_key(Entity(name="China"), "founded") is None
