"""Markdown articles with YAML front matter (INTERFACE section 1)."""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.errors import InputError
from factcheck.io._records import document_from_record, read_text_file
from factcheck.io._yaml import load_yaml
from factcheck.model import Document

__all__ = ["parse_markdown", "read_markdown", "split_front_matter"]

_FENCE = "---"
_CLOSERS = ("---", "...")
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:", re.MULTILINE)


def split_front_matter(text: str, path: str | Path | None = None) -> tuple[str | None, str, int]:
    """Split ``text`` into (front matter, body, body's first line).

    The front matter is ``None`` when the text does not open with a ``---``
    line. Leading blank lines of the body are stripped (INTERFACE section 1).
    """
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != _FENCE:
        return None, text, 1
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _CLOSERS:
            front = "\n".join(lines[1:index])
            body_start = index + 1
            while body_start < len(lines) and not lines[body_start].strip():
                body_start += 1
            return front, "\n".join(lines[body_start:]), body_start + 1
    raise InputError(path, "front matter opened with '---' is never closed", 1)


def _key_lines(front: str) -> dict[str, int]:
    """The file line of each top-level key of the front matter (it starts on line 2)."""
    return {m[1]: front.count("\n", 0, m.start()) + 2 for m in _TOP_KEY.finditer(front)}


def parse_markdown(text: str, path: str | Path, default_id: str) -> Document:
    """A document from Markdown text; ``default_id`` is used when the front matter has no ``id``."""
    front, body, body_line = split_front_matter(text, path)
    record: dict[str, object] = {}
    if front is not None:
        parsed = load_yaml(front, path, first_line=2)
        if parsed is None:
            parsed = {}
        if not isinstance(parsed, dict):
            raise InputError(path, "front matter is not a mapping of fields", 2)
        record = {str(key): value for key, value in parsed.items()}
    key_lines = _key_lines(front or "")
    if "text" in record:
        line = key_lines.get("text", 2)
        raise InputError(path, "front matter may not set 'text': the body after '---' is the text", line)
    fields = {"id": default_id, **record, "text": body}
    return document_from_record(fields, path=str(path), line=body_line, what="front matter", field_lines=key_lines)


def read_markdown(path: Path) -> Document:
    """Read one ``.md`` file; its ``id`` defaults to the file stem."""
    return parse_markdown(read_text_file(path), path, path.stem)
