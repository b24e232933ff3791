"""The pre-commit gate's inputs: the staged articles with the other reports of their stories, and its verdict's scope.

A commit stages some articles of a story; the cross-source rules need the
others, which are already in the repository. ``story_mates`` reads the staged
articles and every article of the repository (``io.repository_articles``),
groups them exactly as a run over the whole repository would
(``link.stories.group_stories``: a shared ``story``, or an outlet, a day and
lead names), and keeps the staged articles and the members of their stories,
in the order a folder walk reads them, so a story is compared as ``check`` of
the whole repository compares it. ``Gate.restrict`` then keeps what concerns
the commit: a finding with evidence in a staged article; a conflict among
articles already committed is not this commit's to fix, so it never blocks it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import InputError, InternalError
from factcheck.io import iter_documents, read_file
from factcheck.io.paths import Exclude
from factcheck.io.repository import article_paths, repository_articles
from factcheck.link.stories import group_stories
from factcheck.model import Document, Finding, ReadError, Report

__all__ = ["Gate", "story_mates"]


@dataclass(frozen=True)
class Gate:
    """What the gate checks (``documents``) and whose findings count (``staged``, document ids)."""

    documents: tuple[Document, ...]
    """The staged articles and their story mates, in the folder walk's order."""
    staged: frozenset[str]
    errors: tuple[InputError, ...]
    """The staged files that could not be read; a mate that cannot be read is left out (it fails when staged)."""
    mate_paths: frozenset[str]

    @property
    def mates(self) -> int:
        """How many articles were added to the staged ones."""
        return len(self.documents) - len(self.staged)

    def involves(self, finding: Finding) -> bool:
        """Whether ``finding`` has evidence in a staged article."""
        return any(span.document in self.staged for span in finding.evidence)

    def keeps(self, error: ReadError) -> bool:
        """Whether ``error`` is the commit's: not a mate's own (an ignore in it that names no rule), or a crash."""
        return error.code == InternalError.code or error.path not in self.mate_paths

    def seen_from_staged(self, finding: Finding) -> Finding:
        """``finding`` with its spans in staged articles first: it is listed, located and annotated there.

        The fingerprint is the finding's own, so a baseline recorded over the whole repository still matches.
        """
        if finding.evidence[0].document in self.staged:
            return finding
        own = [span for span in finding.evidence if span.document in self.staged]
        others = [span for span in finding.evidence if span.document not in self.staged]
        return finding.model_copy(update={"evidence": [*own, *others]})

    def admit(self, item: Finding | ReadError) -> Finding | ReadError | None:
        """A streamed finding or error as ``restrict`` keeps it, or ``None`` when it is not the commit's."""
        if isinstance(item, ReadError):
            return item if self.keeps(item) else None
        return self.seen_from_staged(item) if self.involves(item) else None

    def restrict(self, report: Report) -> Report:
        """``report`` as it concerns the staged articles: their findings (cross-source ones too) and errors."""
        findings = [self.seen_from_staged(finding) for finding in report.findings if self.involves(finding)]
        return report.model_copy(
            update={
                "documents": [ref for ref in report.documents if ref.id in self.staged],
                "findings": sorted(findings, key=lambda finding: finding.sort_key),
                "errors": [error for error in report.errors if self.keeps(error)],
            }
        )


def _walk_order(document: Document) -> tuple[tuple[str, ...], int]:
    return Path(os.path.realpath(document.path or "")).parts, document.line or 0


def _read(paths: Iterable[Path]) -> list[Document]:
    """The documents of the repository's other articles, each file on its own; what cannot be read is left out."""
    return [item for path in paths for item in read_file(path) if isinstance(item, Document)]


def story_mates(paths: Iterable[str | Path], root: str | Path, exclude: Exclude | None = None) -> Gate:
    """The staged articles among ``paths`` (other file types left out) and their story mates below ``root``;
    ``exclude`` (the configuration's patterns) applies as in ``check``: to every mate, and to a staged file
    when it forces."""
    staged: list[Document] = []
    errors: list[InputError] = []
    files: list[Path] = []
    for found in article_paths(paths, exclude):
        if isinstance(found, InputError):
            errors.append(found)
        else:
            files.append(found)
    for item in iter_documents(files):
        if isinstance(item, InputError):
            errors.append(item)
        else:
            staged.append(item)
    named = {os.path.realpath(document.path) for document in staged if document.path}
    others = _read(path for path in repository_articles(root, exclude) if os.path.realpath(path) not in named)
    everyone = [*staged, *others]
    mates: dict[int, Document] = {}
    for members in group_stories(everyone):
        if any(index < len(staged) for index in members):
            mates.update((index, everyone[index]) for index in members if index >= len(staged))
    first = {document.id: document for document in staged}
    kept: list[Document] = []
    for mate in mates.values():
        if mate.id in first:  # one id in two files: a finding could quote the wrong one, as ``check`` refuses
            twin = first[mate.id]
            errors.append(InputError(twin.path, f"duplicate document id {mate.id!r} (also in {mate.path})", twin.line))
        else:
            kept.append(mate)
    return Gate(
        documents=tuple(sorted([*staged, *kept], key=_walk_order)),
        staged=frozenset(first),
        errors=tuple(errors),
        mate_paths=frozenset(mate.path for mate in kept if mate.path),
    )
