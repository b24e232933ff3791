"""The pytest plugin: every fixture article is a test of its own ``expect:`` list.

Registered as the ``pytest11`` entry point ``factcheck``, so pytest imports this
module at the start of every run, whether or not it checks any article. It
therefore imports only pytest and the standard library at module level; the
engine, the readers and the rules are imported inside the hooks that need them.

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
real articles, which should all be clean).

``pytest --factcheck-update`` rewrites the ``expect:`` block of each Markdown
article whose findings differ from it (snapshot style, like syrupy's
``--snapshot-update``): entries that still match are kept as written, the rest
of the front matter and the body are untouched, each rewritten item fails so
the run is never mistaken for a green one, and the terminal summary lists the
files. Each article is its own file, so ``pytest -n auto`` never has two
workers writing one file; a JSON Lines record is never rewritten.

For hand-written tests, the ``factcheck`` fixture checks documents with the
session's KB and rule selection, and ``assert_consistent(...)`` fails with the
quoted findings when any document holds one.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from _pytest._code.code import TerminalRepr, TracebackStyle

    from factcheck.config import Config
    from factcheck.errors import InputError
    from factcheck.model import Document, ExtractReport, Finding, KnowledgeBase, Report

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

ARTICLE_SUFFIXES = (".md", ".jsonl")
"""Files the plugin claims under ``factcheck_paths``: one article, or one per JSON line."""
STORY_CASE = "case.yaml"
"""The file that makes a folder of articles one story case (cross-source fixtures)."""

_EXPECT_KEYS = ("rule", "text", "occurrence", "severity", "message")
_STORY_KEYS = ("rule", "document", "text", "occurrence", "evidence", "severity", "message")
_SPAN_KEYS = ("document", "text", "occurrence")
_SEVERITIES = ("error", "warning", "info")
_EXPECT_LINE = re.compile(r"expect\s*:")
_TOP_LEVEL_KEY = re.compile(r"[A-Za-z_][\w-]*\s*:")
_MISSING_EXPECT = ("error", "clean")
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
"""Codes and severities, written unquoted (``rule: FC101``); quoted texts stay quoted."""
_UPDATED = "factcheck_updated"
"""The ``user_properties`` key an updated item reports its file under (it reaches the xdist controller)."""


@dataclass(frozen=True)
class _Settings:
    """The ini options, resolved once per session."""

    paths: tuple[Path, ...]
    kb: tuple[Path, ...]
    select: tuple[str, ...]
    fail_on: str
    update: bool = False
    missing_expect: str = "error"


_SETTINGS = pytest.StashKey[_Settings]()
_KB = pytest.StashKey["KnowledgeBase | InputError"]()


def pytest_addoption(parser: pytest.Parser) -> None:
    # pytest lists ini options under [pytest] ini-options in --help, whatever the group;
    # the group holds the command-line options.
    group = parser.getgroup("factcheck", "factcheck: articles as tests")
    group.addoption(
        "--factcheck-update",
        action="store_true",
        default=False,
        help="rewrite the expect: block of each article whose findings differ (the item still fails)",
    )
    parser.addini(
        "factcheck_missing_expect",
        "an article without expect: is an 'error' (default) or taken as 'clean' (expect: [])",
        "string",
        "error",
    )
    parser.addini("factcheck_paths", "folders or files (relative to rootdir) whose articles are tests", "linelist", [])
    parser.addini(
        "factcheck_kb", "knowledge-base files (relative to rootdir) the articles are checked against", "linelist", []
    )
    parser.addini(
        "factcheck_fail_on",
        "the lowest severity an article's expect: is compared at (info: every finding; error: errors only)",
        "string",
        "info",
    )
    parser.addini("factcheck_select", "rule codes, code prefixes or names to run (default: all)", "linelist", [])


_RANKS = {"info": 1, "warning": 2, "error": 3}


def _compared(findings: Sequence[Finding], fail_on: str) -> list[Finding]:
    """The findings an expectation list is compared with: not suppressed, at or above ``factcheck_fail_on``."""
    return [f for f in findings if not f.suppressed and _RANKS[f.severity.value] >= _RANKS[fail_on]]


def _project_paths(config: pytest.Config, name: str) -> tuple[Path, ...]:
    """The ini option ``name``'s paths, resolved against the rootdir, which they may not leave.

    The ini options travel with a repository: ``factcheck_kb = /etc/passwd`` or ``../../secrets.yaml`` would
    read the files of whoever runs its tests. Refused before anything is read, naming the option.
    """
    root = config.rootpath.resolve()
    paths = []
    for value in config.getini(name):
        path = (root / value).resolve()
        if Path(value).is_absolute() or not path.is_relative_to(root):
            raise pytest.UsageError(
                f"{name}: {value!r} is not inside the rootdir {root}; name files and folders of the project, "
                "relative to it"
            )
        paths.append(path)
    return tuple(paths)


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_SETTINGS] = _Settings(
        paths=_project_paths(config, "factcheck_paths"),
        kb=_project_paths(config, "factcheck_kb"),
        # One selector per line, or several on a line separated by commas or spaces.
        select=tuple(s for line in config.getini("factcheck_select") for s in re.split(r"[\s,]+", line) if s),
        fail_on=_fail_on(config),
        update=bool(config.getoption("factcheck_update")),
        missing_expect=_missing_expect(config),
    )
    if config.stash[_SETTINGS].update:
        config.pluginmanager.register(_UpdateLog(config), "factcheck-update-log")


def _fail_on(config: pytest.Config) -> str:
    value = str(config.getini("factcheck_fail_on")).strip().lower()
    if value not in _RANKS:
        raise pytest.UsageError(f"factcheck_fail_on must be one of {', '.join(_RANKS)}, not {value!r}")
    return value


def _missing_expect(config: pytest.Config) -> str:
    value = str(config.getini("factcheck_missing_expect")).strip().lower()
    if value not in _MISSING_EXPECT:
        raise pytest.UsageError(f"factcheck_missing_expect must be one of {', '.join(_MISSING_EXPECT)}, not {value!r}")
    return value


class _UpdateLog:
    """Collects the files ``--factcheck-update`` rewrote, from this process or from xdist workers."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.updated: dict[str, str] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        for key, value in report.user_properties:
            if key == _UPDATED:
                self.updated[report.nodeid] = str(value)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if not self.updated:
            return
        terminalreporter.section("factcheck --factcheck-update")
        count = len(self.updated)
        terminalreporter.write_line(f"rewrote expect: in {count} article{'s' if count != 1 else ''}:")
        for nodeid, where in sorted(self.updated.items()):
            terminalreporter.write_line(f"  {where}  ({nodeid})")
        terminalreporter.write_line("review the diff, then run pytest again without --factcheck-update")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> ArticleFile | StoryFile | None:
    """Claim articles and story cases below the configured paths only: fixtures/malformed and docs stay out.

    A folder with a ``case.yaml`` is one story: its articles are not tests of their own.
    """
    is_story = file_path.name == STORY_CASE
    if file_path.suffix not in ARTICLE_SUFFIXES and not is_story:
        return None
    resolved = file_path.resolve()
    if not any(resolved.is_relative_to(path) for path in parent.config.stash[_SETTINGS].paths):
        return None
    if is_story:
        return StoryFile.from_parent(parent, path=file_path)
    if (file_path.parent / STORY_CASE).is_file():
        return None
    return ArticleFile.from_parent(parent, path=file_path)


def _shown(path: str | Path, config: pytest.Config) -> str:
    """A path as the user would type it: relative to where pytest was invoked."""
    try:
        return os.path.relpath(path, config.invocation_params.dir)
    except ValueError:  # another drive on Windows
        return str(path)


def _expect_line(text: str) -> int | None:
    """The 1-based line of the top-level ``expect:`` key of a Markdown file's front matter."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None
    for number, line in enumerate(lines[1:], start=2):
        if line.rstrip() in ("---", "..."):
            return None
        if _EXPECT_LINE.match(line):
            return number
    return None


def _knowledge_base(config: pytest.Config) -> KnowledgeBase:
    """The KB, read once per session; an unreadable KB fails each article, never the session."""
    from factcheck.errors import InputError
    from factcheck.io import load_kbs

    if _KB not in config.stash:
        try:
            config.stash[_KB] = load_kbs(config.stash[_SETTINGS].kb)
        except InputError as err:
            config.stash[_KB] = InputError(_shown(err.path, config) if err.path else None, err.detail, err.line)
    loaded = config.stash[_KB]
    if isinstance(loaded, InputError):
        raise InputError(loaded.path, loaded.detail, loaded.line)  # a fresh exception: no shared traceback
    return loaded


class ArticleFile(pytest.File):
    """A Markdown article or a JSON Lines file of them."""

    def collect(self) -> Iterator[pytest.Item]:
        """One item per document, sorted by id, then one failing item per unreadable record.

        A file that cannot be read becomes a failing item rather than a collection
        error, because pytest stops the whole session after a collection error.
        """
        from factcheck.errors import InputError
        from factcheck.io import iter_documents

        shown = _shown(self.path, self.config)
        documents: list[Document] = []
        errors: list[InputError] = []
        for result in iter_documents([self.path]):
            if isinstance(result, InputError):
                errors.append(InputError(shown, result.detail, result.line))
            else:
                documents.append(result.model_copy(update={"path": shown}))
        is_markdown = self.path.suffix == ".md" and documents
        expect_line = _expect_line(self.path.read_text(encoding="utf-8-sig")) if is_markdown else None
        for document in sorted(documents, key=lambda d: d.id):
            line = document.line if self.path.suffix == ".jsonl" else expect_line
            yield ArticleItem.from_parent(self, name=document.id, document=document, expect_line=line)
        for error in sorted(errors, key=lambda e: e.line or 0):
            name = f"unreadable-line-{error.line}" if error.line else "unreadable"
            yield UnreadableItem.from_parent(self, name=name, error=error)


class CaseError(Exception):
    """The article's ``expect:`` list itself is wrong (missing, misspelt, text not in the body)."""


@dataclass(frozen=True)
class Expectation:
    """One entry of ``expect:``, with the offsets its quoted text was found at."""

    rule: str
    text: str
    start: int
    end: int
    occurrence: int = 1
    severity: str | None = None
    message: str | None = None

    def matches(self, finding: Finding) -> bool:
        first = finding.evidence[0]
        return (
            finding.rule == self.rule
            and (first.start, first.end, first.text) == (self.start, self.end, self.text)
            and (self.severity is None or finding.severity.value == self.severity)
            and (self.message is None or self.message in finding.message)
        )

    @property
    def specificity(self) -> int:
        return (self.severity is not None) + (self.message is not None)


def _occurrences(text: str, needle: str) -> list[int]:
    """Every start of ``needle`` in ``text``, overlapping ones included."""
    starts: list[int] = []
    index = text.find(needle)
    while index != -1:
        starts.append(index)
        index = text.find(needle, index + 1)
    return starts


def parse_expectations(document: Document, where: str) -> list[Expectation]:
    """The ``expect:`` list of a document, each anchored in its text; ``CaseError`` says what is wrong.

    ``where`` (``path:line``) starts every message, so the editor can jump to it.
    """
    if "expect" not in document.meta:
        raise CaseError(
            f"{where}: no `expect:` key; list the findings this article must give (add expect: [] for a clean article)"
        )
    raw = document.meta["expect"]
    if not isinstance(raw, list):
        raise CaseError(f"{where}: `expect:` must be a list of {{rule, text}} entries (expect: [] for a clean article)")
    expectations = []
    for number, entry in enumerate(raw, start=1):
        label = f"{where}: expect #{number}"
        if not isinstance(entry, dict):
            raise CaseError(f"{label} is a {type(entry).__name__}, not a mapping with `rule` and `text`")
        unknown = sorted(set(entry) - set(_EXPECT_KEYS))
        if unknown:
            raise CaseError(
                f"{label}: unknown key(s) {', '.join(map(repr, unknown))} (allowed: {', '.join(_EXPECT_KEYS)})"
            )
        rule, text, occurrence = entry.get("rule"), entry.get("text"), entry.get("occurrence", 1)
        severity, message = entry.get("severity"), entry.get("message")
        if not isinstance(rule, str) or not rule or not isinstance(text, str) or not text:
            raise CaseError(f"{label}: `rule` and `text` must both be non-empty strings")
        if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
            raise CaseError(f"{label}: `occurrence` must be a whole number from 1, not {occurrence!r}")
        if severity is not None and severity not in _SEVERITIES:
            raise CaseError(f"{label}: `severity` must be one of {', '.join(_SEVERITIES)}, not {severity!r}")
        if message is not None and not isinstance(message, str):
            raise CaseError(f"{label}: `message` must be a string (a part of the finding's message)")
        starts = _occurrences(document.text, text)
        if len(starts) < occurrence:
            found = f"occurs {len(starts)} time(s)" if starts else "does not occur"
            quoted = json.dumps(text, ensure_ascii=False)
            raise CaseError(f"{label}: {quoted} {found} in the body; cannot take occurrence {occurrence}")
        start = starts[occurrence - 1]
        end = start + len(text)
        assert document.text[start:end] == text
        expectations.append(Expectation(rule, text, start, end, occurrence, severity, message))
    return expectations


def match_findings(
    expectations: Sequence[Expectation], findings: Sequence[Finding]
) -> tuple[list[Expectation], list[Finding]]:
    """Pair each expectation with a distinct finding; return (missing, unexpected).

    The most specific expectations (with ``severity`` or ``message``) choose first,
    so that a looser one does not take the only finding a stricter one fits.
    """
    pairs = _pair(expectations, findings)
    missing = [e for index, e in enumerate(expectations) if index not in pairs.values()]
    unused = [f for index, f in enumerate(findings) if index not in pairs]
    return sorted(missing, key=lambda e: (e.start, e.end, e.rule)), unused


def _pair(expectations: Sequence[Expectation | StoryExpectation], findings: Sequence[Finding]) -> dict[int, int]:
    """Finding index → the index of the expectation it satisfies (see ``match_findings``)."""
    pairs: dict[int, int] = {}
    order = sorted(range(len(expectations)), key=lambda index: -expectations[index].specificity)
    for index in order:
        found = next((k for k, f in enumerate(findings) if k not in pairs and expectations[index].matches(f)), None)
        if found is not None:
            pairs[found] = index
    return pairs


def _entry_for(finding: Finding, document: Document) -> dict[str, Any]:
    """The ``expect:`` entry that anchors a finding by its first evidence's quoted text."""
    first = finding.evidence[0]
    entry: dict[str, Any] = {"rule": finding.rule, "text": first.text}
    starts = _occurrences(document.text, first.text)
    if first.start in starts and starts.index(first.start) > 0:
        entry["occurrence"] = starts.index(first.start) + 1
    return entry


def _scalar(key: str, value: Any) -> str:
    plain = key in ("rule", "severity", "document") and isinstance(value, str) and _PLAIN.fullmatch(value)
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) and not plain else str(value)


def _flow(span: Mapping[str, Any]) -> str:
    """One evidence span as a YAML flow mapping: ``{document: afp, text: "Saturday"}``."""
    return "{" + ", ".join(f"{key}: {_scalar(key, span[key])}" for key in _SPAN_KEYS if key in span) + "}"


def _expect_yaml(entries: Sequence[Mapping[str, Any]]) -> list[str]:
    """An ``expect:`` block in the house layout; texts double-quoted (a JSON string is a YAML one)."""
    if not entries:
        return ["expect: []"]
    lines = ["expect:"]
    for entry in entries:
        keys = [key for key in (*_STORY_KEYS, *_EXPECT_KEYS) if key in entry]
        keys = list(dict.fromkeys(keys))
        for number, key in enumerate(keys):
            value = entry[key]
            if key == "evidence" and isinstance(value, list):
                lines.append(f"{'  - ' if number == 0 else '    '}evidence:")
                lines.extend(f"      - {_flow(span)}" for span in value)
                continue
            lines.append(f"{'  - ' if number == 0 else '    '}{key}: {_scalar(key, value)}")
    return lines


def rewrite_expect_block(
    source: str, entries: Sequence[Mapping[str, Any]], where: str = "<article>", *, yaml_file: bool = False
) -> str:
    """``source`` (a Markdown article, or a ``case.yaml``) with its ``expect:`` block replaced by ``entries``.

    Only the block changes: from the ``expect:`` line to the next top-level key
    or the closing ``---``, less the blank and comment lines that introduce what
    follows. Without an ``expect:`` key, the block goes last in the front matter
    (in a YAML file: last in the file).
    """
    newline = "\r\n" if "\r\n" in source else "\n"
    lines = source.split(newline)
    if yaml_file:
        first = 0
        close = len(lines) - 1 if lines[-1] == "" else len(lines)
    else:
        if not lines or lines[0].lstrip("\ufeff").rstrip() != "---":
            raise CaseError(f"{where}: no front matter to write `expect:` into")
        first = 1
        found = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
        if found is None:
            raise CaseError(f"{where}: the front matter is never closed")
        close = found
    start = next((i for i in range(first, close) if _EXPECT_LINE.match(lines[i])), None)
    block = _expect_yaml(entries)
    if start is None:
        lines[close:close] = block
    else:
        end = start + 1
        while end < close and not _TOP_LEVEL_KEY.match(lines[end]):
            end += 1
        while end - 1 > start and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
            end -= 1
        lines[start:end] = block
    return newline.join(lines)


class FindingMismatch(Exception):  # noqa: N818 - a test outcome, not an error of the tool
    """The findings differ from ``expect:``: some expected are missing, some found are unexpected."""

    def __init__(self, missing: list[Expectation], unexpected: list[Finding]) -> None:
        super().__init__(f"{len(missing)} missing, {len(unexpected)} unexpected finding(s)")
        self.missing = missing
        self.unexpected = unexpected


class ExpectationsUpdated(Exception):  # noqa: N818 - a test outcome, not an error of the tool
    """``--factcheck-update`` rewrote the article's ``expect:`` block; the item fails so the run is not green."""

    def __init__(self, path: str, entries: int) -> None:
        plural = "entry" if entries == 1 else "entries"
        super().__init__(
            f"{path}: rewrote expect: from the current findings ({entries} {plural}); "
            "review the change and run pytest again without --factcheck-update"
        )
        self.path = path


class ArticleItem(pytest.Item):
    """One document checked against its ``expect:`` list."""

    def __init__(self, *, document: Document, expect_line: int | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.document = document
        self.expect_line = expect_line
        """1-based line of ``expect:`` (Markdown) or of the record (JSON Lines), when known."""

    @property
    def where(self) -> str:
        return f"{self.document.path}:{self.expect_line}" if self.expect_line else str(self.document.path)

    def runtest(self) -> None:
        from factcheck.config import Config
        from factcheck.engine import run_check

        settings = self.config.stash[_SETTINGS]
        updating = settings.update and self.path.suffix == ".md"
        try:
            expectations = self._expectations(settings.missing_expect)
        except CaseError:
            if not updating:
                raise
            expectations = None
        kb = _knowledge_base(self.config)
        report = run_check([self.document], kb=kb, config=Config(select=list(settings.select))).report
        if report.errors:  # a bad ignore comment, say: the case cannot be trusted
            raise CaseError("\n".join(f"{e.code} {e.path}:{e.line or 1}: {e.message}" for e in report.errors))
        findings = _compared(report.findings, settings.fail_on)  # suppressed ones: the article itself ignores those
        missing, unexpected = match_findings(expectations or [], findings)
        if updating and (expectations is None or missing or unexpected):
            self._update(expectations or [], findings)
        if expectations is None:  # updating found nothing to change
            self._expectations(settings.missing_expect)
        if missing or unexpected:
            raise FindingMismatch(missing, unexpected)

    def _expectations(self, missing_expect: str) -> list[Expectation]:
        if "expect" not in self.document.meta and missing_expect == "clean":
            return []
        return parse_expectations(self.document, self.where)

    def _update(self, expectations: list[Expectation], findings: list[Finding]) -> None:
        """Rewrite the article's ``expect:`` from ``findings``, keeping the entries that still match; then fail."""
        raw = self.document.meta.get("expect")
        raw_entries = raw if isinstance(raw, list) and len(raw) == len(expectations) else []
        pairs = _pair(expectations, findings) if raw_entries else {}
        entries = [
            dict(raw_entries[pairs[index]]) if index in pairs else _entry_for(finding, self.document)
            for index, finding in enumerate(findings)
        ]
        source = self.path.read_bytes().decode("utf-8")
        rewritten = rewrite_expect_block(source, entries, str(self.document.path))
        if rewritten == source:
            return
        self.path.write_bytes(rewritten.encode("utf-8"))
        self.user_properties.append((_UPDATED, str(self.document.path)))
        raise ExpectationsUpdated(str(self.document.path), len(entries))

    def repr_failure(
        self, excinfo: pytest.ExceptionInfo[BaseException], style: TracebackStyle | None = None
    ) -> str | TerminalRepr:
        """A mismatch or a bad case as plain text; a traceback only when the engine itself crashed."""
        from factcheck.errors import FactcheckError, InputError

        if isinstance(excinfo.value, FindingMismatch):
            return self._describe(excinfo.value)
        if isinstance(excinfo.value, ExpectationsUpdated):
            return str(excinfo.value)
        if isinstance(excinfo.value, InputError | CaseError):
            return str(excinfo.value)  # already "E001 path:line: detail" or "path:line: detail"
        if isinstance(excinfo.value, FactcheckError):  # a bad factcheck_select, say
            return f"{excinfo.value.code} {excinfo.value}"
        excinfo.traceback = excinfo.traceback.cut(path=__file__)  # the crash, from runtest down, not pytest's frames
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Path, int, str]:
        # pytest counts lines from 0 here; 0 is also the answer when the line is unknown.
        return self.path, (self.expect_line or 1) - 1, f"factcheck: {self.document.id}"

    def _describe(self, mismatch: FindingMismatch) -> str:
        """Each missing and unexpected finding as ``path:line:col  CODE name``, its message and quoted line."""
        from factcheck.model import Evidence
        from factcheck.report.text import _excerpt
        from factcheck.rules import registry
        from factcheck.text import file_location

        document = self.document
        counts = f"{len(mismatch.missing)} missing, {len(mismatch.unexpected)} unexpected"
        lines = [f"findings differ from expect: in {self.where} ({document.id}): {counts}"]
        if mismatch.missing:
            lines.append("missing (expected but not found):")
        for exp in mismatch.missing:
            spec = registry.rules.get(exp.rule)
            name = spec.name if spec else "(unknown rule)"
            lines.append(f"  {file_location(document, document.id, exp.start)}  {exp.rule} {name}")
            wanted = [f"occurrence {exp.occurrence}"] if exp.occurrence > 1 else []
            wanted += [f"severity {exp.severity}"] if exp.severity else []
            wanted += [f"message containing {json.dumps(exp.message, ensure_ascii=False)}"] if exp.message else []
            lines.append(
                f"    expected {json.dumps(exp.text, ensure_ascii=False)}"
                + (f" ({', '.join(wanted)})" if wanted else "")
            )
            evidence = Evidence(document=document.id, start=exp.start, end=exp.end, text=exp.text)
            lines.extend(f"  {line}" for line in _excerpt(document, evidence))
        if mismatch.unexpected:
            lines.append("unexpected (found but not expected):")
        for finding in mismatch.unexpected:
            first = finding.evidence[0]
            where = file_location(document, document.id, first.start)
            lines.append(f"  {where}  {finding.rule} {finding.name} [{finding.severity.value}]")
            lines.append(f"    {finding.message}")
            lines.extend(f"  {line}" for line in _excerpt(document, first))
        if mismatch.unexpected:
            lines.append("if they are right, add to expect:")
            for finding in mismatch.unexpected:
                first = finding.evidence[0]
                lines.append(f"  - rule: {finding.rule}")
                lines.append(f"    text: {json.dumps(first.text, ensure_ascii=False)}")
                starts = _occurrences(document.text, first.text)
                if first.start in starts and starts.index(first.start) > 0:
                    lines.append(f"    occurrence: {starts.index(first.start) + 1}")
        return "\n".join(lines)


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


@dataclass(frozen=True)
class StoryExpectation:
    """One entry of a story's ``expect:``: a rule and its evidence spans, each anchored by quoted text.

    With ``evidence:`` the finding's spans must be exactly these (in any order);
    with ``document:`` and ``text:`` only its first span is compared, as in an article.
    """

    rule: str
    spans: tuple[tuple[str, int, int], ...]
    first_only: bool
    severity: str | None = None
    message: str | None = None
    texts: tuple[str, ...] = ()

    def matches(self, finding: Finding) -> bool:
        found = [(e.document, e.start, e.end) for e in finding.evidence]
        same = found[:1] == list(self.spans) if self.first_only else sorted(found) == sorted(self.spans)
        return (
            finding.rule == self.rule
            and same
            and (self.severity is None or finding.severity.value == self.severity)
            and (self.message is None or self.message in finding.message)
        )

    @property
    def specificity(self) -> int:
        return (self.severity is not None) + (self.message is not None)


def _story_span(entry: Any, documents: Mapping[str, Document], label: str) -> tuple[str, int, int]:
    if not isinstance(entry, dict) or set(entry) - set(_SPAN_KEYS):
        raise CaseError(f"{label}: an evidence span is {{document: <id>, text: <quoted text>, occurrence: <n>}}")
    document_id, text, occurrence = entry.get("document"), entry.get("text"), entry.get("occurrence", 1)
    if not isinstance(document_id, str) or document_id not in documents:
        known = ", ".join(sorted(documents))
        raise CaseError(f"{label}: `document` must be the id of an article of the story ({known}), not {document_id!r}")
    if not isinstance(text, str) or not text:
        raise CaseError(f"{label}: `text` must be a non-empty string")
    if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
        raise CaseError(f"{label}: `occurrence` must be a whole number from 1, not {occurrence!r}")
    starts = _occurrences(documents[document_id].text, text)
    if len(starts) < occurrence:
        found = f"occurs {len(starts)} time(s)" if starts else "does not occur"
        quoted = json.dumps(text, ensure_ascii=False)
        raise CaseError(f"{label}: {quoted} {found} in {document_id}; cannot take occurrence {occurrence}")
    start = starts[occurrence - 1]
    return document_id, start, start + len(text)


def parse_story_expectations(raw: Any, documents: Mapping[str, Document], where: str) -> list[StoryExpectation]:
    """The ``expect:`` list of a ``case.yaml``, each span anchored in its article; ``CaseError`` says what is wrong."""
    if not isinstance(raw, list):
        raise CaseError(f"{where}: `expect:` must be a list of {{rule, evidence}} entries (expect: [] for none)")
    expectations = []
    for number, entry in enumerate(raw, start=1):
        label = f"{where}: expect #{number}"
        if not isinstance(entry, dict):
            raise CaseError(f"{label} is a {type(entry).__name__}, not a mapping with `rule` and `evidence`")
        unknown = sorted(set(entry) - set(_STORY_KEYS))
        if unknown:
            allowed = ", ".join(dict.fromkeys(_STORY_KEYS))
            raise CaseError(f"{label}: unknown key(s) {', '.join(map(repr, unknown))} (allowed: {allowed})")
        rule, severity, message = entry.get("rule"), entry.get("severity"), entry.get("message")
        if not isinstance(rule, str) or not rule:
            raise CaseError(f"{label}: `rule` must be a non-empty string")
        if severity is not None and severity not in _SEVERITIES:
            raise CaseError(f"{label}: `severity` must be one of {', '.join(_SEVERITIES)}, not {severity!r}")
        if message is not None and not isinstance(message, str):
            raise CaseError(f"{label}: `message` must be a string (a part of the finding's message)")
        if "evidence" in entry:
            if any(key in entry for key in _SPAN_KEYS) or not isinstance(entry["evidence"], list):
                raise CaseError(f"{label}: give either `evidence: [...]` or `document:` and `text:`, not both")
            raw_spans = entry["evidence"]
            if not raw_spans:
                raise CaseError(f"{label}: `evidence` lists no span")
            first_only = False
        else:
            raw_spans = [{key: entry[key] for key in _SPAN_KEYS if key in entry}]
            first_only = True
        spans = tuple(_story_span(span, documents, label) for span in raw_spans)
        texts = tuple(documents[d].text[a:b] for d, a, b in spans)
        expectations.append(StoryExpectation(rule, spans, first_only, severity, message, texts))
    return expectations


def _story_entry(finding: Finding, documents: Mapping[str, Document]) -> dict[str, Any]:
    """The ``case.yaml`` entry for a finding: all its spans, or its document and text when it has one."""
    spans = []
    for evidence in finding.evidence:
        span: dict[str, Any] = {"document": evidence.document, "text": evidence.text}
        document = documents.get(evidence.document)
        starts = _occurrences(document.text, evidence.text) if document else []
        if evidence.start in starts and starts.index(evidence.start) > 0:
            span["occurrence"] = starts.index(evidence.start) + 1
        spans.append(span)
    if len(spans) == 1:
        return {"rule": finding.rule, **spans[0]}
    return {"rule": finding.rule, "evidence": spans}


class StoryFile(pytest.File):
    """A ``case.yaml``: the story made of the articles beside it."""

    def collect(self) -> Iterator[pytest.Item]:
        from factcheck.errors import InputError
        from factcheck.io import iter_documents
        from factcheck.io._records import read_text_file
        from factcheck.io._yaml import load_yaml

        shown = _shown(self.path, self.config)
        try:
            case = load_yaml(read_text_file(self.path), shown)
            if case is None:
                case = {}
            if not isinstance(case, dict):
                raise InputError(shown, "case.yaml must be a mapping with `why` and `expect`", 1)
        except InputError as err:
            yield UnreadableItem.from_parent(self, name="unreadable", error=err)
            return
        documents: list[Document] = []
        errors: list[InputError] = []
        articles = sorted(p for p in self.path.parent.iterdir() if p.suffix in ARTICLE_SUFFIXES)
        for result in iter_documents(articles):
            if isinstance(result, InputError):
                path = _shown(result.path, self.config) if result.path else shown
                errors.append(InputError(path, result.detail, result.line))
            else:
                documents.append(result.model_copy(update={"path": _shown(result.path or shown, self.config)}))
        if errors:
            for error in errors:
                yield UnreadableItem.from_parent(self, name=f"unreadable-{Path(error.path or shown).name}", error=error)
            return
        text = self.path.read_text(encoding="utf-8-sig")
        line = next((n for n, t in enumerate(text.split("\n"), start=1) if _EXPECT_LINE.match(t)), None)
        yield StoryItem.from_parent(
            self, name=self.path.parent.name, documents=tuple(documents), case=case, expect_line=line
        )


class StoryItem(pytest.Item):
    """A story's articles checked together against its ``case.yaml`` ``expect:`` list."""

    def __init__(
        self, *, documents: tuple[Document, ...], case: dict[str, Any], expect_line: int | None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.documents = documents
        self.case = case
        self.expect_line = expect_line

    @property
    def where(self) -> str:
        shown = _shown(self.path, self.config)
        return f"{shown}:{self.expect_line}" if self.expect_line else shown

    def _expectations(self, missing_expect: str) -> list[StoryExpectation]:
        if "expect" not in self.case:
            if missing_expect == "clean":
                return []
            raise CaseError(f"{self.where}: no `expect:` key; list the story's findings (expect: [] for none)")
        return parse_story_expectations(self.case["expect"], {d.id: d for d in self.documents}, self.where)

    def runtest(self) -> None:
        from factcheck.config import Config
        from factcheck.engine import run_check

        settings = self.config.stash[_SETTINGS]
        try:
            expectations: list[StoryExpectation] | None = self._expectations(settings.missing_expect)
        except CaseError:
            if not settings.update:
                raise
            expectations = None
        if not self.documents:
            raise CaseError(f"{self.where}: the story folder holds no article")
        kb = _knowledge_base(self.config)
        checked = run_check(list(self.documents), kb=kb, config=Config(select=list(settings.select)))
        report = checked.report
        if report.errors:
            raise CaseError("\n".join(f"{e.code} {e.path}:{e.line or 1}: {e.message}" for e in report.errors))
        findings = _compared(report.findings, settings.fail_on)
        pairs = _pair(expectations or [], findings)
        missing = [e for index, e in enumerate(expectations or []) if index not in pairs.values()]
        unexpected = [f for index, f in enumerate(findings) if index not in pairs]
        if settings.update and (expectations is None or missing or unexpected):
            raw = self.case.get("expect")
            raw_entries = raw if isinstance(raw, list) and expectations and len(raw) == len(expectations) else []
            entries = [
                dict(raw_entries[pairs[index]])
                if raw_entries and index in pairs
                else _story_entry(f, checked.documents)
                for index, f in enumerate(findings)
            ]
            source = self.path.read_bytes().decode("utf-8")
            rewritten = rewrite_expect_block(source, entries, self.where, yaml_file=True)
            if rewritten != source:
                self.path.write_bytes(rewritten.encode("utf-8"))
                shown = _shown(self.path, self.config)
                self.user_properties.append((_UPDATED, shown))
                raise ExpectationsUpdated(shown, len(entries))
        if expectations is None:
            self._expectations(settings.missing_expect)
        if missing or unexpected:
            raise StoryMismatch(missing, unexpected, checked.documents)

    def repr_failure(
        self, excinfo: pytest.ExceptionInfo[BaseException], style: TracebackStyle | None = None
    ) -> str | TerminalRepr:
        from factcheck.errors import FactcheckError, InputError

        if isinstance(excinfo.value, StoryMismatch):
            return excinfo.value.describe(self.where)
        if isinstance(excinfo.value, ExpectationsUpdated | InputError | CaseError):
            return str(excinfo.value)
        if isinstance(excinfo.value, FactcheckError):
            return f"{excinfo.value.code} {excinfo.value}"
        excinfo.traceback = excinfo.traceback.cut(path=__file__)
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, (self.expect_line or 1) - 1, f"factcheck story: {self.path.parent.name}"


class StoryMismatch(Exception):  # noqa: N818 - a test outcome, not an error of the tool
    """A story's findings differ from its ``case.yaml``."""

    def __init__(
        self, missing: list[StoryExpectation], unexpected: list[Finding], documents: Mapping[str, Document]
    ) -> None:
        super().__init__(f"{len(missing)} missing, {len(unexpected)} unexpected finding(s)")
        self.missing = missing
        self.unexpected = unexpected
        self.documents = documents

    def describe(self, where: str) -> str:
        from factcheck.model import Evidence
        from factcheck.report.text import _excerpt
        from factcheck.rules import registry
        from factcheck.text import file_location

        counts = f"{len(self.missing)} missing, {len(self.unexpected)} unexpected"
        lines = [f"findings differ from expect: in {where}: {counts}"]
        if self.missing:
            lines.append("missing (expected but not found):")
        for expectation in self.missing:
            spec = registry.rules.get(expectation.rule)
            lines.append(f"  {expectation.rule} {spec.name if spec else '(unknown rule)'}")
            for (document_id, start, end), text in zip(expectation.spans, expectation.texts, strict=True):
                document = self.documents[document_id]
                lines.append(
                    f"    {file_location(document, document_id, start)}  {json.dumps(text, ensure_ascii=False)}"
                )
                evidence = Evidence(document=document_id, start=start, end=end, text=text)
                lines.extend(f"    {line}" for line in _excerpt(document, evidence))
        if self.unexpected:
            lines.append("unexpected (found but not expected):")
        for finding in self.unexpected:
            lines.append(f"  {finding.rule} {finding.name} [{finding.severity.value}] {finding.message}")
            for evidence in finding.evidence:
                holder = self.documents.get(evidence.document)
                lines.append(f"    {file_location(holder, evidence.document, evidence.start)}")
                if holder is not None:
                    lines.extend(f"    {line}" for line in _excerpt(holder, evidence))
        if self.unexpected:
            lines.append("if they are right, add to expect:")
            for line in _expect_yaml([_story_entry(f, self.documents) for f in self.unexpected])[1:]:
                lines.append(line)
        return "\n".join(lines)


# Hand-written tests: the `factcheck` fixture and `assert_consistent`.

_TEXT_ID = "text"


def _as_inputs(documents: Any, published: str | None) -> list[Any]:
    """One or many documents as the engine takes them; a ``str`` is the text of one article.

    A file is passed as a ``pathlib.Path``, never as a ``str``: a string is always text.
    """
    from factcheck.model import Document

    if isinstance(documents, str):
        record: dict[str, Any] = {"id": _TEXT_ID, "text": documents}
        if published is not None:
            record["published"] = published
        return [record]
    if published is not None:
        raise TypeError("published= applies to a str of article text only; set it in the document itself")
    if isinstance(documents, Document | Mapping | Path):
        return [documents]
    return list(documents)


def _describe_findings(findings: Sequence[Finding], documents: Mapping[str, Document]) -> list[str]:
    from factcheck.report.text import _block

    return [line for finding in findings for line in (*_block(finding, documents), "")]


def assert_consistent(
    documents: Any,
    *,
    kb: KnowledgeBase | None = None,
    config: Config | None = None,
    published: str | None = None,
    fail_on: str = "info",
) -> Report:
    """Fail the test, quoting each finding, when the documents hold any finding at or above ``fail_on``.

    ``documents`` is article text (a ``str``; ``published=`` gives its anchor), a
    ``Document``, a mapping of its fields, a ``pathlib.Path`` to read, or a list
    of these. Suppressed and baselined findings do not count; an input error
    fails too. Returns the report, for further assertions.

    >>> assert_consistent("The talks ended on Tuesday, Feb. 3, 1998.", published="1998-02-10")  # doctest: +SKIP
    """
    __tracebackhide__ = True
    from factcheck.engine import run_check
    from factcheck.model import Severity

    if fail_on not in _SEVERITIES:
        raise ValueError(f"fail_on must be one of {', '.join(_SEVERITIES)}, not {fail_on!r}")
    checked = run_check(_as_inputs(documents, published), kb=kb, config=config)
    report = checked.report
    lines: list[str] = []
    for error in report.errors:
        where = f"{error.path}:{error.line}" if error.line else (error.path or "<input>")
        lines.append(f"{error.code} {where}: {error.message}")
    failing = report.at_or_above(Severity(fail_on))
    if failing:
        count = f"{len(failing)} finding{'s' if len(failing) != 1 else ''}"
        lines.insert(0, f"expected consistent articles, found {count}:")
        lines.extend(_describe_findings(failing, checked.documents))
    if lines:
        raise AssertionError("\n".join(lines).rstrip())
    return report


class Checker:
    """What the ``factcheck`` fixture gives a test: the engine with the session's KB and ``factcheck_select``."""

    def __init__(self, config: pytest.Config) -> None:
        self._config = config

    def __repr__(self) -> str:
        select = ", ".join(self._config.stash[_SETTINGS].select) or "all rules"
        return f"<factcheck fixture: {select}>"

    @property
    def kb(self) -> KnowledgeBase:
        """The knowledge base of ``factcheck_kb`` (read once per session)."""
        return _knowledge_base(self._config)

    @property
    def settings(self) -> Config:
        """A ``Config`` with the session's rule selection."""
        from factcheck.config import Config

        return Config(select=list(self._config.stash[_SETTINGS].select))

    def check(
        self,
        documents: Any,
        *,
        kb: KnowledgeBase | None = None,
        config: Config | None = None,
        published: str | None = None,
    ) -> Report:
        """The report for ``documents`` (see ``assert_consistent`` for what they may be)."""
        from factcheck.engine import check

        return check(_as_inputs(documents, published), kb=kb or self.kb, config=config or self.settings)

    def extract(self, documents: Any, *, published: str | None = None) -> ExtractReport:
        """The normalized facts of ``documents``."""
        from factcheck.engine import extract

        return extract(_as_inputs(documents, published))

    def assert_consistent(
        self,
        documents: Any,
        *,
        kb: KnowledgeBase | None = None,
        config: Config | None = None,
        published: str | None = None,
        fail_on: str = "info",
    ) -> Report:
        """``assert_consistent`` with the session's KB and rule selection as defaults."""
        __tracebackhide__ = True
        return assert_consistent(
            documents, kb=kb or self.kb, config=config or self.settings, published=published, fail_on=fail_on
        )


@pytest.fixture
def factcheck(request: pytest.FixtureRequest) -> Checker:
    """Check documents in a hand-written test: ``factcheck.check(...)``, ``factcheck.assert_consistent(...)``."""
    return Checker(request.config)
