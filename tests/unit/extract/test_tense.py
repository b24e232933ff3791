"""The tense of a mention's clause: the nearest marker before it, else the first after it."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
        ("The coach would be returning to the United States Thursday.", "Thursday", "future"),
        ("The painting must be handed back to the museum by Feb. 12.", "Feb. 12", "future"),
        ("They have been searching since Monday.", "Monday", "past"),
        ("On Friday, the government plans to pay the families.", "Friday", "future"),
        ("On Friday, the government planned to pay the families.", "Friday", "past"),  # the planning is past
        ("Until Thursday, they had not named Varga a suspect.", "Thursday", "past"),
        ("They said they would find a way around Wednesday's verdict.", "Wednesday", None),
        ("Talks on Friday.", "Friday", None),
    ],
)
def test_tense(sentence, mention, expected):
    assert tense(sentence, mention) == expected


def test_united_is_not_a_past_tense_verb():
    assert tense("The coach would be returning to the United States Thursday.", "Thursday") == "future"


def _tense_by_search(text, start, end):
    """The clause search that the per-document markers replace: the reference they must agree with."""
    from factcheck.extract import tense
    from factcheck.text import clause_bounds

    left, right = clause_bounds(text, start, end)
    preceding = list(tense._MARKER.finditer(text, left, start))
    marker = preceding[-1] if preceding else tense._MARKER.search(text, end, right)
    if marker is None:
        return None
    return "future" if marker.group("future") else "past"


_WORDS = ["Monday", "met", "will", "said", "the", "talks", "scheduled", "to", "meet", ",", ".", "and", "visited"]


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40), st.data())
def test_markers_found_once_agree_with_searching_the_clause(words, data):
    text = " ".join(words)
    starts = [i for i in range(len(text)) if text.startswith("Monday", i)]
    if not starts:
        return
    start = data.draw(st.sampled_from(starts))
    if text.startswith("'s", start + 6):
        return

    assert tense_at(text, start, start + 6) == _tense_by_search(text, start, start + 6)


def test_issue17_tense_markers_are_found_once_per_document_not_once_per_date():
    """'Monday ' repeated over a run-on text: every date used to search its whole clause (quadratic)."""
    from factcheck.extract import tense
    from factcheck.model import Document
    from factcheck.pipeline.facts import facts_of

    text = "They met on Monday " * 2000
    tense._markers.cache_clear()

    facts_of(Document(id="a", text=text, published="2025-01-01"), ["date"])

    assert tense._markers.cache_info().misses == 1
