"""Loose articles that share a ``story:``: checked together, each article's ``expect:`` listing its own side.

A folder with a ``case.yaml`` is one story test. An article elsewhere under
``factcheck_paths`` that names a ``story:`` is its own test, but it is checked
with every other loose article of that story (found by walking the configured
paths once per session, whatever pytest was asked to run), so the cross-source
rules see all of it. A story finding is expected in each article it has
evidence in, and is matched there by that article's own evidence text::

    # news/daily.md                         # news/wire.md
    story: wang-choe-talks                   story: wang-choe-talks
    expect:                                  expect:
      - rule: FC301                            - rule: FC301
        text: "Sunday"                           text: "Saturday"

Seen from one article, a finding's evidence in that article comes first, so
matching, the failure report and ``--factcheck-update`` treat it as one of the
article's own; the other articles' spans follow ("also in ...").
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from factcheck.io.cases import CaseError
from factcheck.pytest_plugin.session import ARTICLE_SUFFIXES, STORY_CASE, settings, shown

if TYPE_CHECKING:
    from factcheck.config import Config
    from factcheck.engine import Checked
    from factcheck.model import Document, Finding, KnowledgeBase

__all__ = ["seen_from", "story_check", "story_members"]

_INDEX = pytest.StashKey[dict[str, list["Document"]]]()
_CHECKED = pytest.StashKey[dict[str, "Checked"]]()


def _article_files(config: pytest.Config) -> Iterator[Path]:
    """The files pytest would collect as loose articles under ``factcheck_paths``, sorted."""
    skip = [str(pattern) for pattern in config.getini("norecursedirs")]
    for root in settings(config).paths:
        if root.is_file():
            if root.suffix in ARTICLE_SUFFIXES and not (root.parent / STORY_CASE).is_file():
                yield root
            continue
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not any(fnmatch.fnmatch(d, pattern) for pattern in skip))
            if STORY_CASE in files:
                continue
            yield from (Path(folder) / name for name in sorted(files) if Path(name).suffix in ARTICLE_SUFFIXES)


def _index(config: pytest.Config) -> dict[str, list[Document]]:
    """Story → its loose articles, read once per session (an unreadable file is left out: it fails on its own)."""
    if _INDEX not in config.stash:
        from factcheck.errors import InputError
        from factcheck.io import iter_documents

        stories: dict[str, list[Document]] = {}
        for path in _article_files(config):  # file by file: two ids alike are a story's problem, told in it
            for result in iter_documents([path]):
                if isinstance(result, InputError) or result.story is None:
                    continue
                document = result.model_copy(update={"path": shown(result.path or path, config)})
                stories.setdefault(result.story, []).append(document)
        config.stash[_INDEX] = stories
    return config.stash[_INDEX]


def story_members(config: pytest.Config, document: Document) -> list[Document]:
    """The loose articles of ``document``'s story, itself included; ``CaseError`` when two share an id."""
    assert document.story is not None
    members = _index(config).get(document.story, [])
    seen: dict[str, Document] = {}
    for member in members:
        if member.id in seen:
            first = seen[member.id]
            raise CaseError(
                f"story {document.story!r}: {first.path} and {member.path} both have the id {member.id!r}; "
                "the articles of one story need distinct ids"
            )
        seen[member.id] = member
    return members


def story_check(
    config: pytest.Config, story: str, members: list[Document], kb: KnowledgeBase, rules: Config
) -> Checked:
    """The story's articles checked together, once per session."""
    from factcheck.engine import run_check

    if _CHECKED not in config.stash:
        config.stash[_CHECKED] = {}
    cache = config.stash[_CHECKED]
    if story not in cache:
        cache[story] = run_check(members, kb=kb, config=rules)
    return cache[story]


def seen_from(findings: list[Finding], document_id: str) -> list[Finding]:
    """The findings with evidence in ``document_id``, that document's spans first, sorted as a report sorts."""
    seen = []
    for finding in findings:
        own = [e for e in finding.evidence if e.document == document_id]
        if not own:
            continue
        if finding.evidence[0].document != document_id:
            others = [e for e in finding.evidence if e.document != document_id]
            finding = finding.model_copy(update={"evidence": [*own, *others]})
        seen.append(finding)
    return sorted(seen, key=lambda f: f.sort_key)
