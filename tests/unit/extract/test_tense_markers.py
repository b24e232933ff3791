"""The tense markers found at candidate words are the markers a scan of the whole text finds."""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

tense = importlib.import_module("factcheck.extract.tense")

WORDS = [
    "will", "Will", "WILL", "shall", "won't", "we'll", "going", "to", "is", "due", "set", "expected", "scheduled",
    "was", "were", "plans", "planning", "prepares", "intends", "upcoming", "would", "be", "held", "begin", "in",
    "time", "for", "said", "met", "ago", "last", "earlier", "yesterday", "hundred", "indeed", "United", "talked",
    "Talked", "opened", "wasn't", "naïved", "2was", "was_", "seed", "embedded", "Monday", "the", "talks", "ed",
]  # fmt: skip
SEPARATORS = [" ", "  ", ", ", ". ", "\n", "-", "'", "(", ")", ""]


@settings(max_examples=400)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=40))
def test_the_markers_are_those_a_whole_text_scan_finds(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + separator for word, separator in pieces)
    tense._markers.cache_clear()

    found = tense._markers(text)

    scanned = list(tense._MARKER.finditer(text))
    assert found.starts == tuple(m.start() for m in scanned)
    assert found.ends == tuple(m.end() for m in scanned)
    assert found.future == tuple(bool(m.group("future")) for m in scanned)
