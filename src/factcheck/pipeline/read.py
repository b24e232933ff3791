"""The read step: documents from any mix of models, mappings and paths; what cannot be read becomes an error."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from factcheck.errors import InputError
from factcheck.io import iter_documents
from factcheck.io._records import document_from_record
from factcheck.model import Document, ReadError

__all__ = ["DocumentInput", "gather_documents", "iter_inputs", "read_error", "record_document"]

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


def iter_inputs(inputs: Iterable[DocumentInput]) -> Iterator[Document | ReadError]:
    """Documents from any mix of models, mappings and paths, lazily: models and mappings as they come,
    then the documents of the paths (JSON Lines read a line at a time); what cannot be read becomes an error."""
    paths: list[str | Path] = []
    for index, item in enumerate(inputs):
        if isinstance(item, Document):
            yield item
        elif isinstance(item, Mapping):
            yield record_document(item, index + 1)
        else:
            paths.append(item)
    for result in iter_documents(paths):
        yield read_error(result) if isinstance(result, InputError) else result


def gather_documents(inputs: Iterable[DocumentInput]) -> tuple[list[Document], list[ReadError]]:
    """Documents from any mix of models, mappings and paths; what cannot be read becomes an error."""
    documents: list[Document] = []
    errors: list[ReadError] = []
    for item in iter_inputs(inputs):
        if isinstance(item, ReadError):
            errors.append(item)
        else:
            documents.append(item)
    return documents, errors
