"""Offsets inside, line:column at the edge: turning a ``str`` index into a position."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from factcheck.model import Document

__all__ = ["FileRegion", "file_location", "file_region", "line_starts", "position"]


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
