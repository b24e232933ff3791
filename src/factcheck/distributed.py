"""Beyond one machine: the same check on Dask (``pip install "factcheck-news[dask]"``).

``check`` maps ``pipeline.check_document`` — the very function one process and
``--jobs`` run — over a Dask bag of documents, and does the story grouping as
the shuffle: the documents' story keys (a story, or a day and a few lead names
each; ``link.stories.StoryKey``) are gathered and grouped exactly as
``link.stories`` groups them, then the documents of each story meet, with
their facts, in one place through ``Bag.groupby``, where
``pipeline.check_story`` runs. The report is the one ``factcheck.check``
returns for the same documents, byte for byte::

    from dask.distributed import Client, LocalCluster
    import factcheck.distributed

    with Client(LocalCluster(n_workers=2, processes=True)):
        report = factcheck.distributed.check(["archive/"], kb=kb)

It runs on the scheduler in use: a ``distributed.Client`` you have started
(a ``LocalCluster``, or a cluster's scheduler address), else Dask's default.
Documents given as models, mappings or paths are read here and scattered; a
``dask.bag.Bag`` of documents (models or mappings, e.g.
``db.read_text("s3://archive/*.jsonl").map(json.loads)``) is read where it lies,
and only the findings and the story keys come back to this process.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factcheck.config import Config
from factcheck.link.stories import StoryKey, group_keys, story_key
from factcheck.model import Document, DocumentRef, Fact, KnowledgeBase, ReadError, Report
from factcheck.model.baseline import Baseline
from factcheck.pipeline import (
    DocumentInput,
    DocumentResult,
    Ids,
    Plan,
    StoryResult,
    Unsettled,
    check_document,
    check_story,
    iter_inputs,
    prepare,
    record_document,
    tool_info,
)

if TYPE_CHECKING:
    import dask.bag

__all__ = ["check"]

Index = tuple[int, int]
"""Where a document is in the input: (partition, position), which sorts in input order."""


@dataclass(frozen=True)
class _Checked:
    """One input, checked: a document's result, or the error that kept it from being read."""

    index: Index
    ref: DocumentRef | None = None
    error: ReadError | None = None
    result: DocumentResult | None = None
    key: StoryKey | None = None
    document: Document | None = None
    """Kept only for a document that may join a story (its facts are in ``result``)."""
    record: Mapping[str, Any] | None = None
    """A mapping that is not a valid document: the client numbers it among all inputs (``_renumbered``)."""
    line: int | None = None

    def light(self) -> _Checked:
        """What the client needs: no text, no facts."""
        result = self.result and DocumentResult(self.result.findings, self.result.errors, pending=self.result.pending)
        return _Checked(self.index, self.ref, self.error, result, self.key, record=self.record, line=self.line)


def _numbered(partition: Iterable[Any], number: int) -> list[tuple[Index, Any]]:
    return [((number, position), item) for position, item in enumerate(partition)]


def _check_item(numbered: tuple[Index, Any], plan: Plan) -> _Checked:
    index, item = numbered
    if isinstance(item, ReadError):
        return _Checked(index, error=item)
    if isinstance(item, Mapping):
        read = record_document(item, index[1] + 1)  # numbered within its partition: the client numbers it again
        if isinstance(read, ReadError):
            return _Checked(index, record=item)
        item = read
    document: Document = item
    result = check_document(document, plan)
    ref = DocumentRef(id=document.id, path=document.path)
    if result.facts is None:
        return _Checked(index, ref, result=result, line=document.line)
    return _Checked(index, ref, result=result, key=story_key(document), document=document, line=document.line)


def _renumbered(summary: list[_Checked]) -> list[_Checked]:
    """The inputs as ``factcheck.check`` reads them: bad records numbered among all inputs, repeated ids refused.

    A worker knows only its partition; here every input is numbered in input order (partition, then
    position), a bad record's error says "document #N" with that number, and the second document with an
    id becomes an error in its place (its findings are dropped, and it joins no story).
    """
    ids = Ids()
    kept: list[_Checked] = []
    for number, item in enumerate(sorted(summary, key=lambda item: item.index), start=1):
        if item.record is not None:
            error = record_document(item.record, number)
            assert isinstance(error, ReadError), "a record that failed on a worker fails here too"
            item = _Checked(item.index, error=error)
        elif item.ref is not None and (repeated := ids.repeated(item.ref, number, item.line)):
            item = _Checked(item.index, error=repeated)
        kept.append(item)
    return kept


Member = tuple[int, Index, Document, tuple[Fact, ...]]
"""A document on its way to its story: the story's number, where the document was, the document, its facts."""


def _members(partition: Iterable[_Checked], stories: Mapping[Index, int]) -> list[Member]:
    """The partition's documents that are in a story of two or more, keyed by their story."""
    return [
        (stories[item.index], item.index, item.document, item.result.facts)
        for item in partition
        if item.index in stories and item.document is not None and item.result and item.result.facts is not None
    ]


def _story_number(member: Member) -> int:
    return member[0]


def _check_group(group: tuple[int, list[Member]], plan: Plan) -> tuple[int, StoryResult]:
    number, members = group
    ordered = sorted(members, key=lambda member: member[1])  # input order, as one process sees the story
    return number, check_story([(document, facts) for _, _, document, facts in ordered], plan)


def check(
    documents: Iterable[DocumentInput] | dask.bag.Bag,
    *,
    kb: KnowledgeBase | None = None,
    config: Config | None = None,
    baseline: Baseline | None = None,
    npartitions: int | None = None,
) -> Report:
    """Check documents on Dask and return the report ``factcheck.check`` returns for them.

    ``documents`` is what ``factcheck.check`` takes, or a Dask bag of
    ``Document`` models or mappings of INTERFACE fields. ``npartitions`` splits
    documents given here (Dask's default otherwise).
    """
    import dask.bag as db
    from dask.delayed import delayed

    prepared = prepare(config, kb, baseline)
    plan = prepared.plan
    if isinstance(documents, db.Bag):
        bag = documents
    else:
        items = list(iter_inputs(documents, prepared.exclude))
        bag = db.from_sequence(items, npartitions=max(1, min(npartitions or 100, len(items))))
    numbered = db.from_delayed([delayed(_numbered)(p, n) for n, p in enumerate(bag.to_delayed())])
    shared_plan = delayed(plan, traverse=False)
    checked = numbered.map(_check_item, shared_plan).persist()

    summary = _renumbered(checked.map(_Checked.light).compute())
    waiting = [(item.index, item.key) for item in summary if item.key is not None]
    stories = {
        waiting[i][0]: number for number, members in enumerate(group_keys([key for _, key in waiting])) for i in members
    }
    findings = [finding for item in summary if item.result for finding in item.result.findings]
    unsettled = Unsettled()
    for item in summary:
        if item.result:
            unsettled.add(item.result)
    story_errors: list[ReadError] = []
    if stories:
        # The shuffle: each document of a story, with its facts, moves to the partition of its story.
        grouped = (
            checked.map_partitions(_members, delayed(stories, traverse=False))
            .groupby(_story_number)
            .map(_check_group, shared_plan)
        )
        for _, story in sorted(grouped.compute(), key=lambda group: group[0]):
            findings += story.findings
            story_errors += story.errors
            unsettled.story(story)
    findings += unsettled.findings()
    findings.sort(key=lambda f: f.sort_key)
    return Report(
        tool=tool_info(),
        documents=[item.ref for item in summary if item.ref is not None],
        findings=prepared.baselined(findings),
        errors=[
            *(item.error for item in summary if item.error is not None),
            *(error for item in summary if item.result for error in item.result.errors),
            *story_errors,
        ],
    )
