"""Text geometry, in one place: sentences, clauses, and line/column positions.

Every step that needs to know where a sentence or a clause ends asks here
(the tense of a date, a claim's subject, an event's names, FC102's pairs, the
cross-source aligner), so that they all cut a text the same way; the reports
and the inline ignores turn offsets into lines and columns here too.

A sentence ends at ``.``, ``!`` or ``?`` before a capital, except after an
abbreviation ("Nov.", "Mr.", "U.S."), or at a line break before a capital, or
at a blank line. The ends of a document are found once (``sentence_ends``,
memoized on the text) and looked up by bisection: a scanner asks for the
sentence around each of its mentions, and scanning 600 characters each side
per mention was the slowest part of reading a run-on text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from factcheck.model import Document

__all__ = [
    "ABBREVIATIONS",
    "CLAUSE_BREAK",
    "LONGEST_SENTENCE",
    "REACH",
    "SENTENCE_END",
    "FileRegion",
    "Matches",
    "SentenceEnds",
    "clause_bounds",
    "file_location",
    "file_region",
    "line_starts",
    "matches_in",
    "opens_sentence",
    "position",
    "sentence_at",
    "sentence_bounds",
    "sentence_ends",
    "sentence_spans",
    "stop",
]

ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms", "Dr",
    "St", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Capt", "Sgt", "Jr", "Sr", "Inc", "Co", "Corp", "No", "U.S",
    "U.N", "Mt", "Ft", "Prof", "Rev", "vs",
)  # fmt: skip
"""Words whose period ends no sentence ("Sept. 29", "Mr. Wang", "U.S. officials")."""
# The cheap "(?<=[.!?])" comes first: the pattern is tried at every position of the text, and the forty
# abbreviation lookbehinds need to run only after one of the three marks (25 times faster, same matches).
# An initial ("Nora W. Falk", "P.J. Varga") ends no sentence, nor does "a.m." before a weekday or a time
# zone ("10 a.m. Friday"). The closing quotes belong to the sentence they close (``close``); the look-aheads
# are captured so that a match says how far past its end it looked (``SentenceEnds``).
_END = (
    r"(?<=[.!?])(?<!\b[A-Z]\.)"
    + "".join(rf"(?<!\b{re.escape(a)}\.)" for a in ABBREVIATIONS)
    + r"(?!(?<=[ap]\.m\.)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[ECMP][SD]T|GMT|UTC)\b)"
    + r"(?P<close>[\"'”’)]*)\s+(?=(?P<capital>[\"'“‘(]*[A-Z]))|\n\s*\n|\n(?=(?P<line>\s*[A-Z\"“`]))"
)
SENTENCE_END = re.compile(_END)
"""The gap between two sentences: the spaces after the mark and its closing quotes, a line break or a blank line."""
REACH = 600
"""How far ``sentence_bounds`` looks on either side of a mention for the sentence's ends (characters)."""
LONGEST_SENTENCE = 1_200
"""A longer stretch without a sentence end (a transcript, a list, a text with no full stops) is read as
sentences of at most this many characters, cut at a space: what one sentence relates is then bounded (every
event of a sentence carries all its names, and FC102 pairs its dates with its durations). Twice ``REACH``; the
longest sentence in the evaluation corpora is under 500 characters."""
CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|while|and|as|after|before|when|which|who)\b|\s--?\s")
"""Where a clause ends inside a sentence: a semicolon or colon, a comma before a conjunction, a dash."""


@dataclass(frozen=True, slots=True)
class SentenceEnds:
    """The sentence ends of one text, in order: where each gap starts and ends, and how far its look-ahead read.

    ``reads`` is what makes a look-up by bisection give the same answer as a
    search in a window: a gap whose look-ahead reads past the window's edge
    (the capital that starts the next sentence) is not seen from inside it.
    """

    starts: tuple[int, ...]
    stops: tuple[int, ...]
    """Where each sentence stops: after its mark and closing quotes."""
    ends: tuple[int, ...]
    """Where the next sentence starts."""
    reads: tuple[int, ...]


@lru_cache(maxsize=64)
def sentence_ends(text: str) -> SentenceEnds:
    """Every sentence end of ``text``, found in one pass (memoized: each scanner of a document asks)."""
    starts, stops, ends, reads = [], [], [], []
    for m in SENTENCE_END.finditer(text):
        starts.append(m.start())
        stops.append(stop(m))
        ends.append(m.end())
        reads.append(max(m.end(), m.end("capital"), m.end("line")))
    return SentenceEnds(tuple(starts), tuple(stops), tuple(ends), tuple(reads))


def stop(end: re.Match[str]) -> int:
    """Where the sentence before a ``SENTENCE_END`` match stops: after the closing quotes."""
    return end.end("close") if end["close"] is not None else end.start()


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding ``text[start:end]``, at most ``REACH`` characters past either end.

    The same span as searching ``SENTENCE_END`` in the ``REACH`` windows on
    either side (what the scanners did before), found by bisection in the
    document's ends: a gap whose look-ahead reads past a window's edge is
    searched again inside the window, where a shorter gap may still end it.
    """
    found = sentence_ends(text)
    return _left(text, found, start), _right(text, found, end)


def _left(text: str, found: SentenceEnds, start: int) -> int:
    floor = max(0, start - REACH)
    index = bisect_right(found.starts, start) - 1
    if index < 0:
        return floor
    if found.starts[index] >= floor and found.reads[index] <= start:
        return found.ends[index]
    last = None
    for last in SENTENCE_END.finditer(text, max(floor, found.starts[index]), start):  # noqa: B007
        pass
    if last is not None:
        return last.end()
    return found.ends[index - 1] if index >= 1 and found.starts[index - 1] >= floor else floor


def _right(text: str, found: SentenceEnds, end: int) -> int:
    limit = min(len(text), end + REACH)
    index = bisect_left(found.starts, end)
    if index and found.ends[index - 1] > end:
        after = SENTENCE_END.search(text, end, limit)  # a gap that straddles the mention's end
    elif index < len(found.starts) and found.reads[index] <= limit:
        return found.stops[index]
    elif index < len(found.starts) and found.starts[index] < limit:
        after = SENTENCE_END.search(text, found.starts[index], limit)
    else:
        return limit
    return stop(after) if after else limit


@dataclass(frozen=True, slots=True)
class Matches:
    """Every match of one pattern in one text, in order: where each starts and ends, and its text."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    texts: tuple[str, ...]

    def within(self, start: int, end: int) -> range:
        """The indices of the matches that lie inside ``[start, end)``, in text order."""
        first = bisect_left(self.starts, start)
        last = bisect_right(self.ends, end)  # the matches do not overlap: their ends are in order too
        return range(first, max(first, last))


@lru_cache(maxsize=16)
def matches_in(pattern: re.Pattern[str], text: str) -> Matches:
    """The matches of ``pattern`` in ``text``, found in one pass (memoized: each mention of a document asks).

    A look-up per mention is then a bisection rather than a search of the mention's sentence or clause,
    which on run-on text ("June 2022" repeated) made reading quadratic. A match that straddles a window's
    edge is not in the window (a search of the window alone would see only its part inside).
    """
    found = list(pattern.finditer(text))
    return Matches(tuple(m.start() for m in found), tuple(m.end() for m in found), tuple(m.group() for m in found))


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause holding ``text[start:end]``: its sentence, cut at ``CLAUSE_BREAK``."""
    left, right = sentence_bounds(text, start, end)
    breaks = matches_in(CLAUSE_BREAK, text)
    before = breaks.within(left, start)
    if before:
        left = breaks.ends[before[-1]]
    after = breaks.within(end, right)
    return left, breaks.starts[after[0]] if after else right


_OPENING = re.compile(r"(?:^|[.!?:;\"“‘(\n]\s*|\n\s*)\Z")


def opens_sentence(text: str, offset: int) -> bool:
    """Whether ``text[offset:]`` begins a sentence, a line, a quotation or a clause after a colon.

    Only the marks before ``offset`` are read, not the ``SENTENCE_END`` gaps: a
    word after "said:" or an opening quote is capitalized for its position, and
    a capitalized word anywhere else names something ("Formula One").
    """
    return _OPENING.search(text, max(0, offset - 40), offset) is not None


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most ``LONGEST_SENTENCE`` characters, cut after a space when there is one."""
    while end - start > LONGEST_SENTENCE:
        limit = start + LONGEST_SENTENCE
        cut = next((i + 1 for i in range(limit - 1, start, -1) if text[i].isspace()), limit)
        yield start, cut
        start = cut
    yield start, end


@lru_cache(maxsize=64)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each sentence of ``text`` (none longer than ``LONGEST_SENTENCE``), in text order.

    The gaps between sentences belong to none; a stretch of blanks alone is no sentence. Memoized: the event
    scan, FC102 and the aligner each ask for the same document's.
    """
    found = sentence_ends(text)
    bounds = list(zip((0, *found.ends), (*found.stops, len(text)), strict=True))
    return tuple((a, b) for start, end in bounds for a, b in _pieces(text, start, end) if text[a:b].strip())


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The span of the sentence of ``sentence_spans`` that holds ``offset`` (empty at ``offset`` in a gap).

    Unlike ``sentence_bounds``, which reaches ``REACH`` characters either side of a mention, the span is the
    same for every mention of one sentence: a run-on text is cut in the same ``LONGEST_SENTENCE`` pieces for
    all of them.
    """
    spans = sentence_spans(text)
    index = bisect_right(spans, (offset, len(text) + 1)) - 1
    if index >= 0 and spans[index][0] <= offset < spans[index][1]:
        return spans[index]
    return offset, offset


@lru_cache(maxsize=64)
def line_starts(text: str) -> tuple[int, ...]:
    """The index at which each line of ``text`` begins."""
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return tuple(starts)


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset`` in ``text``."""
    starts = line_starts(text)
    line = bisect_right(starts, offset) - 1
    return line + 1, offset - starts[line] + 1


def file_location(document: Document | None, document_id: str, offset: int) -> str:
    """Where an offset is, as an editor or CI annotation wants it.

    Markdown and text files give ``path:line:col`` in the file; a JSON Lines
    record gives ``path:record-line`` and the position inside its ``text``.
    """
    if document is None:
        return document_id
    line, col = position(document.text, offset)
    if document.path is None:
        return f"{document_id}:{line}:{col}"
    if document.path.endswith(".jsonl"):
        return f"{document.path}:{document.line} ({document_id} {line}:{col})"
    return f"{document.path}:{(document.line or 1) + line - 1}:{col}"


@dataclass(frozen=True)
class FileRegion:
    """Where a span is in the file its document came from: 1-based lines, 1-based columns.

    ``end_column`` is exclusive (the column after the last character), as in
    SARIF and GitHub annotations. Columns count code points, like ``str``
    indices. A JSON Lines record has no useful column in the file (its text is
    an escaped JSON string), so its region is the record's line with no columns.
    """

    path: str | None
    start_line: int
    end_line: int
    start_column: int | None
    end_column: int | None


def file_region(document: Document, start: int, end: int) -> FileRegion:
    """The region of ``document.text[start:end]`` in the file the document was read from.

    A document that was not read from a file (a mapping, a model) gets positions
    in its own text, and ``path`` is ``None``.
    """
    if document.path is not None and document.path.endswith(".jsonl"):
        line = document.line or 1
        return FileRegion(document.path, line, line, None, None)
    start_line, start_column = position(document.text, start)
    end_line, end_column = position(document.text, max(start, end))
    shift = (document.line or 1) - 1 if document.path is not None else 0
    return FileRegion(document.path, start_line + shift, end_line + shift, start_column, end_column)
