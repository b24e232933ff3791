"""A streaming check: a corpus of any size in flat memory, findings out as documents complete.

``stream_check`` reads its inputs lazily (JSON Lines a line at a time),
checks each document (in ``jobs`` processes when asked: ``processes``) and
yields its findings as soon as it is checked, in input order; the story
findings follow once every document has been read, one story at a time.
``factcheck check --format jsonl`` writes them one per line.

What stays in memory while a stream runs:

- the documents in flight: ``processes.WINDOW`` chunks of ``processes.CHUNK``
  documents per worker;
- the id of every document read, to reject a repeated id (``io.iter_documents``);
- for each document that may join a story (one with a ``story``, or with a
  publication date and a source), its ``StoryKey``: story, day and its lead's
  salient names, interned, so a name is held once however many documents use it,
  and the offset of its document and facts in a temporary file, where they wait
  until the stories are known; then each story's documents are read back, one
  story at a time (no more than the story budget compares: ``budget``);
- the baseline's counts;
- the ``FC406`` findings that wait for the stories: one for each ignore of a
  cross-source rule that no document finding used.

The order is deterministic whatever ``jobs`` is: each document's findings
sorted by offset and rule, documents in input order (models and mappings
first, then paths, as ``check`` reads them), then each story's findings in the
order of its first document, then the unused ignores of cross-source rules
(``FC406``, which wait for the stories: ``pipeline.ignores``). A baseline marks
findings in that order.
"""

from __future__ import annotations

import pickle
import tempfile
from array import array
from collections import deque
from collections.abc import Iterable, Iterator
from typing import IO

from factcheck import budget
from factcheck.config import Config
from factcheck.link.stories import StoryKey, group_keys, story_key
from factcheck.model import Document, Fact, Finding, KnowledgeBase, ReadError
from factcheck.model.baseline import Baseline
from factcheck.pipeline import DocumentInput, Unsettled, check_story, iter_inputs, prepare
from factcheck.processes import check_documents

__all__ = ["stream_check"]


class _Waiting:
    """The documents that may join a story, with their facts, in a temporary file until the stories are known."""

    def __init__(self, file: IO[bytes]) -> None:
        self.keys: list[StoryKey] = []
        self.offsets = array("q")  # 8 bytes a document
        self.file = file

    def add(self, document: Document, facts: tuple[Fact, ...]) -> None:
        self.keys.append(story_key(document))
        self.offsets.append(self.file.tell())
        pickle.dump((document, facts), self.file, protocol=pickle.HIGHEST_PROTOCOL)

    def stories(self) -> Iterator[tuple[list[tuple[Document, tuple[Fact, ...]]], int]]:
        """Each story of two or more documents and its size, its documents read back in input order.

        At most ``budget.MAX_STORY_DOCUMENTS`` + 1 are read back (no more are compared): a story of any
        size costs the memory of a story at the budget.
        """
        self.file.flush()
        for members in group_keys(self.keys):
            story = []
            for index in members[: budget.MAX_STORY_DOCUMENTS + 1]:
                self.file.seek(self.offsets[index])
                story.append(pickle.load(self.file))  # our own file, written above: trusted
            yield story, len(members)


def stream_check(
    inputs: Iterable[DocumentInput],
    *,
    kb: KnowledgeBase | None = None,
    config: Config | None = None,
    baseline: Baseline | None = None,
    jobs: int = 1,
) -> Iterator[Finding | ReadError]:
    """Check documents as they are read: each document's findings as soon as it is checked, then the stories'.

    Inputs that cannot be read, and inline ignores that name no rule, come as
    ``ReadError`` in their place. Findings are those ``engine.check`` reports
    (severities, ignores and baseline applied), in stream order (see the module).
    """
    prepared = prepare(config, kb, baseline)
    plan, remaining = prepared.plan, prepared.counts()

    def marked(findings: list[Finding]) -> list[Finding]:
        return prepared.baselined(findings, remaining)

    errors: list[ReadError] = []
    errors_before: deque[list[ReadError]] = deque()  # read errors met before each document still in flight

    def documents() -> Iterator[Document]:
        for item in iter_inputs(inputs, prepared.exclude):
            if isinstance(item, ReadError):
                errors.append(item)
            else:
                errors_before.append(errors[:])
                errors.clear()
                yield item

    with tempfile.TemporaryFile(prefix="factcheck-stories-") as spill:
        waiting = _Waiting(spill)
        unsettled = Unsettled()
        for document, result in check_documents(documents(), plan, jobs):
            yield from errors_before.popleft()  # in their place, however far ahead the workers read
            yield from marked(result.findings)
            yield from result.errors
            unsettled.add(result)
            if result.facts is not None:
                waiting.add(document, result.facts)
        yield from errors
        for story, size in waiting.stories():
            checked = check_story(story, plan, size=size)
            yield from marked(checked.findings)
            yield from checked.errors
            unsettled.story(checked)
        yield from marked(unsettled.findings())
