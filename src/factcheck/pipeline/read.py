"""The read step: documents from any mix of models, mappings and paths; what cannot be read becomes an error."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from factcheck.errors import InputError
from factcheck.io import Exclude, iter_documents
from factcheck.io._records import document_from_record
from factcheck.model import Document, DocumentRef, ReadError

__all__ = ["DocumentInput", "Ids", "gather_documents", "iter_inputs", "read_error", "record_document"]

DocumentInput = Document | Mapping[str, Any] | str | Path
"""A document, a mapping of its fields, or a path to read documents from."""


def read_error(err: InputError) -> ReadError:
    """The report's form of an input error: the run goes on, and the report names the file and line."""
    return ReadError(path=err.path, line=err.line, code=err.code, message=err.detail)


def record_document(record: Mapping[str, Any], number: int) -> Document | ReadError:
    """The document a mapping of INTERFACE fields describes, the ``number``-th given (1-based), or why it is not one."""
    try:
        return document_from_record(record, path=None, line=None, what=f"document #{number}")
    except InputError as err:
        return read_error(err)


class Ids:
    """The ids met so far in one run, and where each was first: the second document with an id is an error.

    One document's finding quotes its text by id, so a repeated id would let a finding quote another
    document's text; every entry point (the CLI, ``check``, ``extract``, streaming, Dask) refuses it.
    """

    def __init__(self) -> None:
        self.first: dict[str, str] = {}

    def repeated(self, document: Document | DocumentRef, number: int, line: int | None = None) -> ReadError | None:
        """The error for ``document`` (the ``number``-th input) when its id was met before; else it is noted."""
        line = document.line if isinstance(document, Document) else line
        where = f"{document.path}:{line}" if line else document.path or f"document #{number}"
        if document.id in self.first:
            detail = f"duplicate document id {document.id!r} (first in {self.first[document.id]})"
            if document.path is None:
                detail = f"{where}: {detail}"
            return ReadError(path=document.path, line=line, message=detail)
        self.first[document.id] = where
        return None


def iter_inputs(inputs: Iterable[DocumentInput], exclude: Exclude | None = None) -> Iterator[Document | ReadError]:
    """Documents from any mix of models, mappings and paths, lazily: models and mappings as they come,
    then the documents of the paths (JSON Lines read a line at a time) but those ``exclude`` leaves out; what
    cannot be read becomes an error, and so does a document whose id came before (``Ids``)."""
    paths: list[str | Path] = []
    ids = Ids()
    number = 0
    for index, item in enumerate(inputs):
        number = index + 1
        read = record_document(item, number) if isinstance(item, Mapping) else item
        if isinstance(read, ReadError):
            yield read
        elif isinstance(read, Document):
            yield ids.repeated(read, number) or read
        else:
            paths.append(read)
    for result in iter_documents(paths, exclude):
        if isinstance(result, InputError):
            yield read_error(result)
        else:
            number += 1
            yield ids.repeated(result, number) or result


def gather_documents(
    inputs: Iterable[DocumentInput], exclude: Exclude | None = None
) -> tuple[list[Document], list[ReadError]]:
    """Documents from any mix of models, mappings and paths (``exclude``: see ``iter_inputs``); what cannot be
    read becomes an error."""
    documents: list[Document] = []
    errors: list[ReadError] = []
    for item in iter_inputs(inputs, exclude):
        if isinstance(item, ReadError):
            errors.append(item)
        else:
            documents.append(item)
    return documents, errors
