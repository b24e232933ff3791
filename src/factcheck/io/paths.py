"""Expanding the paths a user gives into the files to read, in sorted order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from factcheck.errors import InputError

__all__ = ["DOCUMENT_SUFFIXES", "expand_paths"]

DOCUMENT_SUFFIXES = (".md", ".markdown", ".jsonl", ".txt")


def _walk(root: Path) -> Iterator[Path]:
    # os.walk does not follow symlinked directories, so a link loop cannot recurse.
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.endswith(DOCUMENT_SUFFIXES) and not name.startswith("."):
                yield Path(folder) / name


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files to read: each file as given, each directory's accepted files sorted.

    A path that does not exist is yielded as an ``InputError`` in its place,
    so that the other paths are still read.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(_walk(path))
        elif path.is_file():
            yield path
        elif path.exists():
            yield InputError(path, "not a regular file or directory")
        else:
            yield InputError(path, "no such file or directory")
