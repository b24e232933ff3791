"""Documents checked in worker processes: ``factcheck check --jobs N``.

Each worker gets the run's ``Plan`` once, when it starts, then chunks of
documents, and sends back each document's ``DocumentResult``
(``pipeline.check_document``, the same function one process runs). Results
come back in input order, so any number of processes reports exactly what
one process reports; story rules run afterwards, in the parent, on the
gathered facts. Only a bounded window of chunks is in flight at a time, so a
stream of any length never piles up in the task queue (``Executor.map``
would submit every chunk at once).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing.context import BaseContext

from factcheck.model import Document
from factcheck.pipeline import DocumentResult, Plan, check_document

__all__ = ["CHUNK", "WINDOW", "check_documents", "workers"]

CHUNK = 8
"""Documents per task: enough to amortize the round trip, few enough to keep every worker busy."""
WINDOW = 4
"""Tasks in flight per worker."""

_plan: Plan | None = None


def _start(plan: Plan) -> None:
    global _plan  # the worker's one run, set once when the process starts
    _plan = plan


def _check_chunk(documents: list[Document]) -> list[DocumentResult]:
    assert _plan is not None, "worker started without a plan"
    return [check_document(document, _plan) for document in documents]


def workers(jobs: int) -> int:
    """The number of processes ``jobs`` asks for: 0 or less means one per CPU."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def _context() -> BaseContext:
    # On Linux a forked worker inherits the loaded rules and parsers (dateparser and quantulum3 take seconds
    # to load); forking a process that runs threads can deadlock, and elsewhere fork is unsafe: spawn there.
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while chunk := list(islice(iterator, size)):
        yield chunk


def check_documents(
    documents: Iterable[Document], plan: Plan, jobs: int = 1, *, chunk: int = CHUNK
) -> Iterator[tuple[Document, DocumentResult]]:
    """Each document with its result, in input order, checked in ``workers(jobs)`` processes.

    With one worker the documents are checked in this process. ``documents`` is
    read lazily: at most ``WINDOW`` chunks per worker are held at a time.
    """
    count = workers(jobs)
    if count == 1:
        for document in documents:
            yield document, check_document(document, plan)
        return
    with ProcessPoolExecutor(count, mp_context=_context(), initializer=_start, initargs=(plan,)) as pool:
        pending: deque[tuple[list[Document], Future[list[DocumentResult]]]] = deque()
        for batch in _chunks(documents, chunk):
            pending.append((batch, pool.submit(_check_chunk, batch)))
            if len(pending) >= WINDOW * count:
                done, future = pending.popleft()
                yield from zip(done, future.result(), strict=True)
        while pending:
            done, future = pending.popleft()
            yield from zip(done, future.result(), strict=True)
