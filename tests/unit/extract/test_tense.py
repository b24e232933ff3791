"""The tense of a mention's clause: the nearest marker before it, else the first after it."""

import pytest

from factcheck.extract.tense import tense_at


def tense(sentence: str, mention: str):
    start = sentence.index(mention)
    return tense_at(sentence, start, start + len(mention))


@pytest.mark.parametrize(
    ("sentence", "mention", "expected"),
    [
        ("Choe Son-hui met Wang Sunday in the Chinese capital.", "Sunday", "past"),
        ("KCNA said Monday the ministers agreed.", "Monday", "past"),
        ("North Korea prepares a parade on October 10.", "October 10", "future"),
        ("The minister will visit Beijing on Friday.", "Friday", "future"),
        ("The father would be traveling to the United States Thursday.", "Thursday", "future"),
        ("The boy must be returned to his father by Jan. 14.", "Jan. 14", "future"),
        ("They have been searching since Monday.", "Monday", "past"),
        ("On Friday, the government plans to pay the families.", "Friday", "future"),
        ("On Friday, the government planned to pay the families.", "Friday", "past"),  # the planning is past
        ("Until Thursday, they had not called Kopp a suspect.", "Thursday", "past"),
        ("They said they would look for ways around Wednesday's ruling.", "Wednesday", None),
        ("Talks on Friday.", "Friday", None),
    ],
)
def test_tense(sentence, mention, expected):
    assert tense(sentence, mention) == expected


def test_united_is_not_a_past_tense_verb():
    assert tense("The father would be traveling to the United States Thursday.", "Thursday") == "future"
