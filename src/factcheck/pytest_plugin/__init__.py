"""The pytest plugin: every fixture article is a test of its own ``expect:`` list.

Registered as the ``pytest11`` entry point ``factcheck``, so pytest imports this
package at the start of every run, whether or not it checks any article. This
module holds the hooks only; it imports ``session`` and ``fixture`` (pytest and
the standard library), and the rest on first use: ``items`` when a file is
collected, the engine, the readers and the rules when an item runs.

An article under one of the ``factcheck_paths`` is a test: the engine checks it
and the findings must equal, as a set, what its front matter lists::

    expect:
      - rule: FC101
        text: "Wednesday, Feb. 3, 1998"   # the first evidence span, quoted
        occurrence: 1                     # which occurrence of text (optional)
        severity: error                   # optional
        message: "is a Tuesday"           # optional substring of the message

Quoted text, not offsets, anchors an expectation, so it survives edits elsewhere
in the article; ``expect: []`` says the article is clean. A folder holding a
``case.yaml`` is one story: its articles are checked together, and the
``expect:`` of ``case.yaml`` lists the story's findings, each by its evidence
spans (``{document: afp, text: "Saturday"}``). An article without
``expect:`` fails, unless ``factcheck_missing_expect = clean`` (for archives of
real articles, which should all be clean). Loose articles (outside such a
folder) that share a ``story:`` are checked together, and each lists a
cross-source finding by its own evidence text (``stories``). The project's
``[tool.factcheck]`` applies, the ini options overriding it (``session``).

``pytest --factcheck-update`` rewrites the ``expect:`` value of each Markdown
article whose findings differ from it (snapshot style, like syrupy's
``--snapshot-update``): entries that still match are kept as written, the rest
of the file stays byte for byte (``rewriter``), the file is replaced atomically,
each rewritten item fails so the run is never mistaken for a green one, and the
terminal summary lists the files. Each article is its own file, so ``pytest -n
auto`` never has two workers writing one file; a JSON Lines record is never
rewritten.

The modules, in syrupy's shape: ``session`` (options, KB, update log),
``expectations`` (the validated entries of ``factcheck.io.cases``, anchored and
matched), ``rewriter``, ``items`` (and ``outcomes``, how they fail), ``fixture``.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from factcheck.pytest_plugin import session
from factcheck.pytest_plugin.fixture import Checker, assert_consistent, factcheck

if TYPE_CHECKING:
    from factcheck.pytest_plugin.expectations import (
        CaseError,
        Expectation,
        StoryExpectation,
        match_findings,
        parse_expectations,
        parse_story_expectations,
    )
    from factcheck.pytest_plugin.items import ArticleFile, ArticleItem, StoryFile, StoryItem, UnreadableItem
    from factcheck.pytest_plugin.outcomes import ExpectationsUpdated, FindingMismatch, StoryMismatch
    from factcheck.pytest_plugin.rewriter import rewrite_expect_block

__all__ = [
    "ArticleFile",
    "ArticleItem",
    "CaseError",
    "Checker",
    "Expectation",
    "ExpectationsUpdated",
    "FindingMismatch",
    "StoryExpectation",
    "StoryFile",
    "StoryItem",
    "StoryMismatch",
    "UnreadableItem",
    "assert_consistent",
    "factcheck",
    "match_findings",
    "parse_expectations",
    "parse_story_expectations",
    "rewrite_expect_block",
]

_LAZY = {
    "CaseError": "expectations",
    "Expectation": "expectations",
    "StoryExpectation": "expectations",
    "match_findings": "expectations",
    "parse_expectations": "expectations",
    "parse_story_expectations": "expectations",
    "ArticleFile": "items",
    "ArticleItem": "items",
    "StoryFile": "items",
    "StoryItem": "items",
    "UnreadableItem": "items",
    "ExpectationsUpdated": "outcomes",
    "FindingMismatch": "outcomes",
    "StoryMismatch": "outcomes",
    "rewrite_expect_block": "rewriter",
}
"""Public names imported on first use, so that a run without articles never loads them."""


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def pytest_addoption(parser: pytest.Parser) -> None:
    session.add_options(parser)


def pytest_configure(config: pytest.Config) -> None:
    session.configure(config)


def pytest_report_header(config: pytest.Config) -> list[str]:
    return session.report_header(config)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.File | None:
    """Claim articles and story cases below the configured paths only: fixtures/malformed and docs stay out.

    A folder with a ``case.yaml`` is one story: its articles are not tests of their own. A ``cases.yaml`` is
    one rule's table of cases (``rule_cases``).
    """
    is_story = file_path.name == session.STORY_CASE
    is_table = file_path.name == session.RULE_CASES
    if file_path.suffix not in session.ARTICLE_SUFFIXES and not is_story and not is_table:
        return None
    resolved = file_path.resolve()
    if not any(resolved.is_relative_to(path) for path in session.settings(parent.config).paths):
        return None
    from factcheck.pytest_plugin.items import ArticleFile, StoryFile

    if is_table:
        from factcheck.pytest_plugin.rule_cases import RuleCasesFile

        return RuleCasesFile.from_parent(parent, path=file_path)
    if is_story:
        return StoryFile.from_parent(parent, path=file_path)
    if (file_path.parent / session.STORY_CASE).is_file():
        return None
    return ArticleFile.from_parent(parent, path=file_path)
