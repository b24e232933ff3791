"""JSON Lines: one document object per line (INTERFACE section 1)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from factcheck.errors import InputError
from factcheck.io._records import document_from_record, read_text_file
from factcheck.model import Document

__all__ = ["iter_jsonl", "parse_jsonl"]


def parse_jsonl(text: str, path: str | Path) -> Iterator[Document | InputError]:
    """Each non-blank line as a document, or as the error that line has.

    Errors are yielded, not raised, so that one bad line never loses the
    other documents of the stream.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(path, f"not valid JSON: {err.msg} (column {err.colno})", number)
            continue
        except RecursionError:
            yield InputError(path, "not valid JSON: nested too deeply", number)
            continue
        try:
            yield document_from_record(record, path=str(path), line=number)
        except InputError as err:
            yield err


def iter_jsonl(path: Path) -> Iterator[Document | InputError]:
    yield from parse_jsonl(read_text_file(path), path)
