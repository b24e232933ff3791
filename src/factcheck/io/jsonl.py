"""JSON Lines: one document object per line (INTERFACE section 1)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from factcheck.errors import InputError
from factcheck.io._records import document_from_record
from factcheck.model import Document

__all__ = ["iter_jsonl", "parse_jsonl"]


def _record(line: str, number: int, path: str | Path) -> Document | InputError:
    """One line as a document, or as the error that line has."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return InputError(path, f"not valid JSON: {err.msg} (column {err.colno})", number)
    except RecursionError:
        return InputError(path, "not valid JSON: nested too deeply", number)
    try:
        return document_from_record(record, path=str(path), line=number)
    except InputError as err:
        return err


def parse_jsonl(text: str, path: str | Path) -> Iterator[Document | InputError]:
    """Each non-blank line as a document, or as the error that line has.

    Errors are yielded, not raised, so that one bad line never loses the
    other documents of the stream.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield _record(line, number, path)


def _lines(handle: BinaryIO, path: Path) -> Iterator[tuple[int, str | InputError]]:
    """The numbered text lines of a file read as ``read_text_file`` reads it (UTF-8, BOM dropped, CR, LF or
    CRLF line ends), one at a time; a line that is not UTF-8 is an error of its own."""
    number, offset = 0, 0
    for raw in handle:
        data = raw[:-1] if raw.endswith(b"\n") else raw
        data = data[:-1] if data.endswith(b"\r") else data
        try:
            text = data.decode("utf-8-sig" if offset == 0 else "utf-8")
        except UnicodeDecodeError as err:
            number += 1
            yield number, InputError(path, f"not valid UTF-8 (byte {offset + err.start}: {err.reason})", number)
            number += data.count(b"\r")
        else:
            for line in text.split("\r"):
                number += 1
                yield number, line
        offset += len(raw)


def iter_jsonl(path: Path) -> Iterator[Document | InputError]:
    """``parse_jsonl`` on a file, read lazily: a feed of any length is never held in memory whole."""
    try:
        handle = path.open("rb")
    except OSError as err:
        raise InputError(path, f"cannot read file: {err.strerror or err}") from None
    with handle:
        for number, line in _lines(handle, path):
            if isinstance(line, InputError):
                yield line
            elif line.strip():
                yield _record(line, number, path)
