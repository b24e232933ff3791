"""A rule's ``cases.yaml`` (sqlfluff's rule-case files): a table of small texts, each one test of that rule alone.

Where a ``fail-``/``pass-`` fixture is one article worth showing on the rule's
page, a ``cases.yaml`` holds the many short texts that pin a rule's edges
("this text gives this finding", "this one does not"). Each case is checked
with its file's rule only and compared like an article; ``--factcheck-update``
leaves the file alone (as it does JSON Lines), so the table stays as written.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from factcheck.pytest_plugin.items import ArticleItem, UnreadableItem
from factcheck.pytest_plugin.session import shown

__all__ = ["RuleCasesFile"]


class RuleCasesFile(pytest.File):
    """A ``cases.yaml``: one ``ArticleItem`` per case, in file order; an unreadable file or case fails alone."""

    def collect(self) -> Iterator[pytest.Item]:
        from pydantic import ValidationError

        from factcheck.errors import InputError
        from factcheck.io._records import describe_validation_error, document_from_record
        from factcheck.io.cases import load_rule_cases
        from factcheck.model import KnowledgeBase

        path = shown(self.path, self.config)
        try:
            table, lines = load_rule_cases(self.path, path)
            kb = None if table.kb is None else KnowledgeBase.model_validate(table.kb)
        except InputError as err:
            yield UnreadableItem.from_parent(self, name="unreadable", error=err)
            return
        except ValidationError as err:
            error = InputError(path, f"invalid kb: {describe_validation_error(err)}", 1)
            yield UnreadableItem.from_parent(self, name="unreadable", error=error)
            return
        for case, line in zip(table.cases, lines, strict=True):
            try:
                document = document_from_record(case.record(table.rule), path=path, line=line, what="case")
            except InputError as err:
                yield UnreadableItem.from_parent(self, name=case.name, error=err)
                continue
            yield ArticleItem.from_parent(
                self, name=case.name, document=document, expect_line=line, select=(table.rule,), kb=kb
            )
