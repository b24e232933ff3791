"""``factcheck check -``: where standard input joins the paths, and the options that describe it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.errors import ConfigError, InputError
from factcheck.io.stdin import STDIN_FORMATS

if TYPE_CHECKING:
    from factcheck.pipeline import DocumentInput

__all__ = ["STDIN", "STDIN_FORMATS", "documents_and_paths"]

STDIN = "-"
"""The path that means standard input (INTERFACE section 3)."""


def documents_and_paths(
    paths: Sequence[str], filename: str | None, fmt: str | None
) -> tuple[list[DocumentInput], list[InputError]]:
    """``paths`` with ``-`` replaced by the documents read from standard input, and what could not be read there.

    ``--stdin-filename`` and ``--stdin-format`` without ``-`` are usage errors: they would describe nothing.
    """
    count = sum(path == STDIN for path in paths)
    if count > 1:
        raise ConfigError("`-` (standard input) is given more than once")
    if not count:
        if filename is not None or fmt is not None:
            raise ConfigError("--stdin-filename and --stdin-format describe `-`, which is not among the paths")
        return list(paths), []
    from factcheck.io.stdin import read_stdin

    read = read_stdin(name=filename, fmt=fmt)
    documents: list[DocumentInput] = [item for item in read if not isinstance(item, InputError)]
    errors = [item for item in read if isinstance(item, InputError)]
    return [*documents, *(path for path in paths if path != STDIN)], errors
