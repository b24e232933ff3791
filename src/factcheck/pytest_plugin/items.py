"""The collected tests: an article (or a JSON Lines record) against its ``expect:``, a story against its case.

A file that cannot be read becomes a failing ``UnreadableItem`` rather than a
collection error, because pytest stops the whole session after a collection
error. Under ``--factcheck-update`` an item whose findings differ rewrites its
``expect:`` (``rewriter``), writes the file atomically and fails, so that an
update run is never mistaken for a green one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from factcheck.pytest_plugin.expectations import (
    CaseError,
    Expectation,
    StoryExpectation,
    entry_for,
    match_findings,
    pair,
    parse_expectations,
    parse_story_expectations,
    story_entry,
)
from factcheck.pytest_plugin.outcomes import ExpectationsUpdated, FindingMismatch, StoryMismatch, describe_article
from factcheck.pytest_plugin.session import (
    ARTICLE_SUFFIXES,
    UPDATED,
    compared,
    knowledge_base,
    settings,
    shown,
)
from factcheck.pytest_plugin.stories import seen_from, story_check, story_members

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from _pytest._code.code import TerminalRepr, TracebackStyle

    from factcheck.errors import InputError
    from factcheck.model import Document, Finding, KnowledgeBase, Report

__all__ = ["ArticleFile", "ArticleItem", "StoryFile", "StoryItem", "UnreadableItem"]


def _expect_line(source: str, *, front_matter: bool) -> int | None:
    """The 1-based file line of the top-level ``expect`` key, from the YAML parser's marks."""
    import yaml

    from factcheck.errors import InputError
    from factcheck.io.markdown import split_front_matter

    text = source.replace("\r\n", "\n").replace("\r", "\n")
    first = 1
    if front_matter:
        try:
            front, _, _ = split_front_matter(text)
        except InputError:  # an unclosed front matter has no expect line to name
            return None
        if front is None:
            return None
        text, first = front, 2
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    for key, _value in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value == "expect":
            return first + key.start_mark.line
    return None


def _write_update(item: pytest.Item, entries: Sequence[Mapping[str, Any]], where: str, *, yaml_file: bool) -> None:
    """Rewrite ``item.path``'s ``expect:`` atomically, check what landed on disk, then fail the item."""
    from factcheck.io.atomic import write_atomic
    from factcheck.pytest_plugin.rewriter import rewrite_expect_block

    original = item.path.read_bytes()
    source = original.decode("utf-8")
    rewritten = rewrite_expect_block(source, entries, where, yaml_file=yaml_file).encode("utf-8")
    if rewritten == original:
        return
    write_atomic(item.path, rewritten)
    if item.path.read_bytes() != rewritten:
        write_atomic(item.path, original)
        raise CaseError(f"{where}: the rewritten file did not read back as written; restored it")
    path = shown(item.path, item.config)
    item.user_properties.append((UPDATED, path))
    raise ExpectationsUpdated(path, len(entries))


def _engine_errors(report: Report, path: str | None = None) -> None:
    """A bad ignore comment, say: the case cannot be trusted (with ``path``: in that file, a story's other
    articles answer for their own)."""
    errors = [e for e in report.errors if path is None or e.path == path]
    if errors:
        raise CaseError("\n".join(f"{e.code} {e.path}:{e.line or 1}: {e.message}" for e in errors))


def _plain_failure(item: pytest.Item, excinfo: pytest.ExceptionInfo[BaseException]) -> str | None:
    """A bad case, an input error or an update as plain text; ``None`` when a traceback is due."""
    from factcheck.errors import FactcheckError, InputError

    if isinstance(excinfo.value, ExpectationsUpdated | InputError | CaseError):
        return str(excinfo.value)  # already "E001 path:line: detail" or "path:line: detail"
    if isinstance(excinfo.value, FactcheckError):  # a bad factcheck_select, say
        return f"{excinfo.value.code} {excinfo.value}"
    return None


class ArticleFile(pytest.File):
    """A Markdown article or a JSON Lines file of them."""

    def collect(self) -> Iterator[pytest.Item]:
        """One item per document, sorted by id, then one failing item per unreadable record."""
        from factcheck.errors import InputError
        from factcheck.io import iter_documents

        path = shown(self.path, self.config)
        documents: list[Document] = []
        errors: list[InputError] = []
        for result in iter_documents([self.path]):
            if isinstance(result, InputError):
                errors.append(InputError(path, result.detail, result.line))
            else:
                documents.append(result.model_copy(update={"path": path}))
        is_markdown = self.path.suffix == ".md" and documents
        source = self.path.read_text(encoding="utf-8-sig") if is_markdown else ""
        expect_line = _expect_line(source, front_matter=True) if is_markdown else None
        for document in sorted(documents, key=lambda d: d.id):
            line = document.line if self.path.suffix == ".jsonl" else expect_line
            yield ArticleItem.from_parent(self, name=document.id, document=document, expect_line=line)
        for error in sorted(errors, key=lambda e: e.line or 0):
            name = f"unreadable-line-{error.line}" if error.line else "unreadable"
            yield UnreadableItem.from_parent(self, name=name, error=error)


class ArticleItem(pytest.Item):
    """One document checked against its ``expect:`` list."""

    def __init__(
        self,
        *,
        document: Document,
        expect_line: int | None,
        select: tuple[str, ...] = (),
        kb: KnowledgeBase | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.document = document
        self.expect_line = expect_line
        """1-based line of ``expect:`` (Markdown), of the record (JSON Lines) or of the case (``cases.yaml``)."""
        self.select = select
        """The rules to run, when not the session's ``factcheck_select`` (a ``cases.yaml`` runs its own rule)."""
        self.kb = kb
        """The knowledge base, when not the session's ``factcheck_kb`` (a ``cases.yaml`` may hold its own)."""

    @property
    def where(self) -> str:
        return f"{self.document.path}:{self.expect_line}" if self.expect_line else str(self.document.path)

    def runtest(self) -> None:
        from factcheck.config import Config
        from factcheck.engine import run_check
        from factcheck.pipeline import internal_errors_raised

        options = settings(self.config)
        updating = options.update and self.path.suffix == ".md"
        try:
            expectations: list[Expectation] | None = self._expectations(options.missing_expect)
        except CaseError:
            if not updating:
                raise
            expectations = None
        from factcheck.io.kb import inline_kb

        kb = self.kb
        if kb is None:  # a fixture's own kb: in its front matter, else the session's
            kb = inline_kb(self.document.meta, self.where) or knowledge_base(self.config)
        # A cases.yaml runs its one rule as written; an article runs with the project's configuration.
        rules = Config(select=list(self.select)) if self.select else options.rule_config()
        story = self._story()
        if story:
            assert self.document.story is not None
            with internal_errors_raised():  # a crashing rule fails the test with its traceback, not as E005
                checked = story_check(self.config, self.document.story, story, kb, rules)
            report = checked.report
            _engine_errors(report, self.document.path)
            findings = seen_from(compared(report.findings, options.fail_on), self.document.id)
        else:
            with internal_errors_raised():
                report = run_check([self.document], kb=kb, config=rules).report
            _engine_errors(report)
            findings = compared(report.findings, options.fail_on)  # suppressed ones: the article ignores those
        missing, unexpected = match_findings(expectations or [], findings)
        if updating and (expectations is None or missing or unexpected):
            self._update(expectations or [], findings)
        if expectations is None:  # updating found nothing to change
            self._expectations(options.missing_expect)
        if missing or unexpected:
            raise FindingMismatch(missing, unexpected, {d.id: d for d in story})

    def _story(self) -> list[Document]:
        """The loose articles of this article's ``story:`` (itself included) when there are others; else ``[]``."""
        if self.document.story is None or not isinstance(self.parent, ArticleFile):
            return []
        members = story_members(self.config, self.document)
        ids = {member.id for member in members}
        return members if len(members) > 1 and self.document.id in ids else []

    def _expectations(self, missing_expect: str) -> list[Expectation]:
        if "expect" not in self.document.meta and missing_expect == "clean":
            return []
        return parse_expectations(self.document, self.where)

    def _update(self, expectations: list[Expectation], findings: list[Finding]) -> None:
        """Rewrite the article's ``expect:`` from ``findings``, keeping the entries that still match; then fail."""
        raw = self.document.meta.get("expect")
        raw_entries = raw if isinstance(raw, list) and len(raw) == len(expectations) else []
        pairs = pair(expectations, findings) if raw_entries else {}
        entries = [
            dict(raw_entries[pairs[index]]) if index in pairs else entry_for(finding, self.document)
            for index, finding in enumerate(findings)
        ]
        _write_update(self, entries, str(self.document.path), yaml_file=False)

    def repr_failure(
        self, excinfo: pytest.ExceptionInfo[BaseException], style: TracebackStyle | None = None
    ) -> str | TerminalRepr:
        """A mismatch or a bad case as plain text; a traceback only when the engine itself crashed."""
        if isinstance(excinfo.value, FindingMismatch):
            return describe_article(self.document, self.where, excinfo.value)
        plain = _plain_failure(self, excinfo)
        if plain is not None:
            return plain
        excinfo.traceback = excinfo.traceback.cut(path=__file__)  # the crash, from runtest down, not pytest's frames
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Path, int, str]:
        # pytest counts lines from 0 here; 0 is also the answer when the line is unknown.
        return self.path, (self.expect_line or 1) - 1, f"factcheck: {self.document.id}"


class UnreadableItem(pytest.Item):
    """A file or JSON line that cannot be read: it fails on its own, the other articles still run."""

    def __init__(self, *, error: InputError, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.error = error

    def runtest(self) -> None:
        raise self.error

    def repr_failure(
        self, excinfo: pytest.ExceptionInfo[BaseException], style: TracebackStyle | None = None
    ) -> str | TerminalRepr:
        if excinfo.value is self.error:
            return str(self.error)
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, (self.error.line or 1) - 1, f"factcheck: cannot read {self.error.path}"


# Stories: a folder of articles with a case.yaml is one test of their cross-source findings.


class StoryFile(pytest.File):
    """A ``case.yaml``: the story made of the articles beside it."""

    def collect(self) -> Iterator[pytest.Item]:
        from factcheck.errors import InputError
        from factcheck.io import iter_documents
        from factcheck.io.cases import load_case

        path = shown(self.path, self.config)
        try:
            case = load_case(self.path, path)
        except InputError as err:
            yield UnreadableItem.from_parent(self, name="unreadable", error=err)
            return
        documents: list[Document] = []
        errors: list[InputError] = []
        articles = sorted(p for p in self.path.parent.iterdir() if p.suffix in ARTICLE_SUFFIXES)
        for result in iter_documents(articles):
            if isinstance(result, InputError):
                where = shown(result.path, self.config) if result.path else path
                errors.append(InputError(where, result.detail, result.line))
            else:
                documents.append(result.model_copy(update={"path": shown(result.path or path, self.config)}))
        if errors:
            for error in errors:
                yield UnreadableItem.from_parent(self, name=f"unreadable-{Path(error.path or path).name}", error=error)
            return
        line = _expect_line(self.path.read_text(encoding="utf-8-sig"), front_matter=False)
        yield StoryItem.from_parent(
            self,
            name=self.path.parent.name,
            documents=tuple(documents),
            expect=case.expect if case.has_expect else _NO_EXPECT,
            expect_line=line,
        )


_NO_EXPECT = object()
"""The ``expect`` of a ``case.yaml`` without the key (``None`` is ``expect:`` with no value)."""


class StoryItem(pytest.Item):
    """A story's articles checked together against its ``case.yaml`` ``expect:`` list."""

    def __init__(self, *, documents: tuple[Document, ...], expect: Any, expect_line: int | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.documents = documents
        self.expect = expect
        self.expect_line = expect_line

    @property
    def where(self) -> str:
        path = shown(self.path, self.config)
        return f"{path}:{self.expect_line}" if self.expect_line else path

    def _expectations(self, missing_expect: str) -> list[StoryExpectation]:
        if self.expect is _NO_EXPECT:
            if missing_expect == "clean":
                return []
            raise CaseError(f"{self.where}: no `expect:` key; list the story's findings (expect: [] for none)")
        return parse_story_expectations(self.expect, {d.id: d for d in self.documents}, self.where)

    def runtest(self) -> None:
        from factcheck.engine import run_check
        from factcheck.pipeline import internal_errors_raised

        options = settings(self.config)
        try:
            expectations: list[StoryExpectation] | None = self._expectations(options.missing_expect)
        except CaseError:
            if not options.update:
                raise
            expectations = None
        if not self.documents:
            raise CaseError(f"{self.where}: the story folder holds no article")
        kb = knowledge_base(self.config)
        with internal_errors_raised():
            checked = run_check(list(self.documents), kb=kb, config=options.rule_config())
        _engine_errors(checked.report)
        findings = compared(checked.report.findings, options.fail_on)
        pairs = pair(expectations or [], findings)
        missing = [e for index, e in enumerate(expectations or []) if index not in pairs.values()]
        unexpected = [f for index, f in enumerate(findings) if index not in pairs]
        if options.update and (expectations is None or missing or unexpected):
            raw = self.expect
            raw_entries = raw if isinstance(raw, list) and expectations and len(raw) == len(expectations) else []
            entries = [
                dict(raw_entries[pairs[index]]) if raw_entries and index in pairs else story_entry(f, checked.documents)
                for index, f in enumerate(findings)
            ]
            _write_update(self, entries, self.where, yaml_file=True)
        if expectations is None:
            self._expectations(options.missing_expect)
        if missing or unexpected:
            raise StoryMismatch(missing, unexpected, checked.documents)

    def repr_failure(
        self, excinfo: pytest.ExceptionInfo[BaseException], style: TracebackStyle | None = None
    ) -> str | TerminalRepr:
        if isinstance(excinfo.value, StoryMismatch):
            return excinfo.value.describe(self.where)
        plain = _plain_failure(self, excinfo)
        if plain is not None:
            return plain
        excinfo.traceback = excinfo.traceback.cut(path=__file__)
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, (self.expect_line or 1) - 1, f"factcheck story: {self.path.parent.name}"
