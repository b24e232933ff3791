"""Turning a parsed record into a ``Document``, with errors that name the file and line."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck.errors import InputError
from factcheck.model import Document

__all__ = [
    "decode_text",
    "describe_validation_error",
    "document_from_record",
    "first_invalid_field",
    "read_text_file",
]


def describe_validation_error(err: ValidationError) -> str:
    """Pydantic's errors as one line, one message per field: ``published: Input should be ...``."""
    parts: dict[str, str] = {}
    for item in err.errors():
        field = str(item["loc"][0]) if item["loc"] else "record"
        # A validator's own message needs no "Value error, " in front of it.
        parts.setdefault(field, item["msg"].removeprefix("Value error, "))
    return "; ".join(f"{field}: {message}" for field, message in parts.items())


def first_invalid_field(err: ValidationError) -> str | None:
    """The top-level field of the first validation error, if any."""
    for item in err.errors():
        if item["loc"]:
            return str(item["loc"][0])
    return None


def document_from_record(
    record: Any,
    *,
    path: str | None,
    line: int | None,
    what: str = "record",
    field_lines: Mapping[str, int] | None = None,
) -> Document:
    """Validate a mapping of INTERFACE fields as a document, or raise ``InputError``.

    ``field_lines`` maps a field to its line in the file (front matter), so that
    the error points at the bad field rather than at the record.
    """
    if not isinstance(record, Mapping):
        raise InputError(path, f"{what} is a {type(record).__name__}, not a mapping of fields", line)
    try:
        return Document.from_record(dict(record), path=path, line=line)
    except ValidationError as err:
        field = first_invalid_field(err)
        where = (field_lines or {}).get(field or "", line)
        raise InputError(path, f"invalid {what}: {describe_validation_error(err)}", where) from None


def read_text_file(path: Path) -> str:
    """A file's text as UTF-8 (a BOM is dropped; line ends become ``\\n``)."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot read file: {err.strerror or err}") from None
    return decode_text(data, path)


def decode_text(data: bytes, path: str | Path) -> str:
    """Bytes read from ``path`` (a file, or standard input) as ``read_text_file`` gives a file's text."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputError(path, f"not valid UTF-8 (byte {err.start}: {err.reason})", line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
