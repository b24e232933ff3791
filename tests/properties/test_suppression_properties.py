"""Properties of block suppression: nothing inside a region turned off is ever reported as active.

``HYPOTHESIS_PROFILE=fuzz`` runs each property 100,000 times (tests/conftest.py).
"""

from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.model import Document

SENTENCES = [
    "The talks, held on Wednesday, Feb. 3, 1998, ended.",
    "The vote, on Friday, March 13, 1998, was close.",
    "The mayor spoke on Tuesday, Feb. 3, 1998.",
    "The strike lasted three weeks, from May 1 to May 5.",
    "Twenty years after the 1990 accord, signed in 1991, the region is calm.",
    "Nothing else happened.",
]
OFF = ["<!-- factcheck: off -->", "<!-- FACTCHECK: OFF FC101 -->", "<!-- factcheck: off FC101, FC102, FC103 -->"]
ON = {OFF[0]: "<!-- factcheck: on -->", OFF[1]: "<!-- factcheck: on fc101 -->", OFF[2]: "<!-- factcheck: on -->"}
NAMED = {OFF[0]: None, OFF[1]: {"FC101"}, OFF[2]: {"FC101", "FC102", "FC103"}}


@st.composite
def documents(draw):
    """A text of sentences (LF or CRLF lines), a region of it turned off, and whether the region is closed."""
    body = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8))
    first = draw(st.integers(0, len(body) - 1))
    last = draw(st.integers(first, len(body) - 1))
    off = draw(st.sampled_from(OFF))
    closed = draw(st.booleans())
    newline = draw(st.sampled_from(["\n", "\r\n", " "]))
    parts = [*body[:first], off, *body[first : last + 1], *([ON[off]] if closed else []), *body[last + 1 :]]
    text = newline.join(parts)
    start = text.index(off)
    end = text.index(ON[off], start) + len(ON[off]) if closed else len(text)
    return text, start, end, NAMED[off]


@given(documents())
def test_no_active_finding_inside_a_region_turned_off(case):
    text, start, end, named = case

    report = factcheck.check([Document(id="a", text=text, published="1998-02-10")])

    assert not report.errors
    for finding in report.findings:
        inside = any(start <= e.start <= end for e in finding.evidence)
        if inside and finding.rule != "FC406" and (named is None or finding.rule in named):
            assert finding.suppressed, finding
