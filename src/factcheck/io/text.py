"""Plain-text articles: the whole file is the body, ``id`` is the file stem, no metadata."""

from __future__ import annotations

from pathlib import Path

from factcheck.io._records import read_text_file
from factcheck.model import Document

__all__ = ["read_text"]


def read_text(path: Path) -> Document:
    return Document(id=path.stem, text=read_text_file(path), path=str(path), line=1)
