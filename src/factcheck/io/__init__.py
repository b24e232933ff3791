"""Readers: the only place factcheck reads files.

``load_documents`` never stops at a bad input: it returns the documents it
could read together with one ``InputError`` per file or record it could not.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import InputError
from factcheck.io.jsonl import iter_jsonl, parse_jsonl
from factcheck.io.kb import load_kb, load_kbs, parse_kb
from factcheck.io.markdown import parse_markdown, read_markdown, split_front_matter
from factcheck.io.paths import DOCUMENT_SUFFIXES, Exclude, expand_paths
from factcheck.io.text import read_text
from factcheck.model import Document

__all__ = [
    "DOCUMENT_SUFFIXES",
    "Exclude",
    "Loaded",
    "expand_paths",
    "iter_documents",
    "iter_jsonl",
    "load_documents",
    "load_kb",
    "load_kbs",
    "parse_jsonl",
    "parse_kb",
    "parse_markdown",
    "read_file",
    "read_markdown",
    "read_text",
    "split_front_matter",
]


def read_file(path: Path) -> Iterator[Document | InputError]:
    """The documents of one file (several for JSONL), errors in their place."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from iter_jsonl(path)
        elif suffix in (".md", ".markdown"):
            yield read_markdown(path)
        else:
            yield read_text(path)
    except InputError as err:
        yield err


def iter_documents(paths: Iterable[str | Path], exclude: Exclude | None = None) -> Iterator[Document | InputError]:
    """Every document below ``paths`` in sorted path order, but what ``exclude`` leaves out; a repeated id is an
    error."""
    seen: dict[str, str] = {}
    for item in expand_paths(paths, exclude):
        if isinstance(item, InputError):
            yield item
            continue
        for result in read_file(item):
            if isinstance(result, Document):
                where = f"{result.path}:{result.line}" if result.line else str(result.path)
                if result.id in seen:
                    yield InputError(
                        result.path,
                        f"duplicate document id {result.id!r} (first in {seen[result.id]})",
                        result.line,
                    )
                    continue
                seen[result.id] = where
            yield result


@dataclass
class Loaded:
    """What ``load_documents`` could and could not read."""

    documents: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def load_documents(paths: Iterable[str | Path]) -> Loaded:
    loaded = Loaded()
    for item in iter_documents(paths):
        if isinstance(item, InputError):
            loaded.errors.append(item)
        else:
            loaded.documents.append(item)
    return loaded
