"""Standard input as a document source (``factcheck check -``): an article, plain text or a JSON Lines feed.

An editor or a hook pipes the buffer it holds, as it does to ``ruff check
--stdin-filename NAME -``: ``NAME`` names the document in findings and errors
(``<stdin>`` without it), gives its default id (the stem) and, by its suffix,
the format. Without either, a stream whose first non-blank character is ``{``
is JSON Lines (INTERFACE section 3), anything else a Markdown article with
optional front matter.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from factcheck.errors import InputError
from factcheck.io._records import decode_text
from factcheck.io.jsonl import parse_jsonl
from factcheck.io.markdown import parse_markdown
from factcheck.model import Document

__all__ = ["STDIN_FORMATS", "STDIN_NAME", "parse_stdin", "read_stdin", "stdin_format"]

STDIN_NAME = "<stdin>"
"""How findings and errors name standard input when no ``--stdin-filename`` is given."""

STDIN_FORMATS = ("auto", "md", "jsonl", "txt")
_BY_SUFFIX = {".md": "md", ".markdown": "md", ".jsonl": "jsonl", ".txt": "txt"}


def stdin_format(name: str | None, fmt: str | None, text: str) -> str:
    """``md``, ``jsonl`` or ``txt``: as given, else by the suffix of ``name``, else by the first character."""
    chosen = fmt if fmt and fmt != "auto" else _BY_SUFFIX.get(Path(name).suffix.lower()) if name else None
    if chosen:
        return chosen
    return "jsonl" if text.lstrip().startswith("{") else "md"


def parse_stdin(data: bytes, *, name: str | None = None, fmt: str | None = None) -> list[Document | InputError]:
    """The documents of what was read from standard input, an error in place of what cannot be read."""
    where = name or STDIN_NAME
    try:
        text = decode_text(data, where)
    except InputError as err:
        return [err]
    kind = stdin_format(name, fmt, text)
    if kind == "jsonl":
        return list(parse_jsonl(text, where))
    default_id = Path(name).stem if name else "stdin"
    if kind == "txt":
        return [Document(id=default_id, text=text, path=where, line=1)]
    try:
        return [parse_markdown(text, where, default_id)]
    except InputError as err:
        return [err]


def read_stdin(
    *, name: str | None = None, fmt: str | None = None, stream: BinaryIO | None = None
) -> list[Document | InputError]:
    """``parse_stdin`` of the whole of standard input (or ``stream``)."""
    source = stream if stream is not None else sys.stdin.buffer
    try:
        data = source.read()
    except OSError as err:
        return [InputError(name or STDIN_NAME, f"cannot read standard input: {err.strerror or err}")]
    return parse_stdin(data, name=name, fmt=fmt)
