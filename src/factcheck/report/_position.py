"""Offsets inside, line:column at the edge: turning a ``str`` index into a position."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from factcheck.model import Document

__all__ = ["line_starts", "position"]


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
