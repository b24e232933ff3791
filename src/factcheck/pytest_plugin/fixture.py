"""Hand-written tests: the ``factcheck`` fixture and ``assert_consistent``.

A test that builds its own documents gets the engine with the session's KB and
rule selection through the fixture, or calls ``assert_consistent`` directly;
either fails with the quoted findings, as a fixture article would.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from factcheck.pytest_plugin.session import knowledge_base, settings

if TYPE_CHECKING:
    from factcheck.config import Config
    from factcheck.model import Document, ExtractReport, Finding, KnowledgeBase, Report

__all__ = ["Checker", "assert_consistent", "factcheck"]

SEVERITIES = ("error", "warning", "info")

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

    if fail_on not in SEVERITIES:
        raise ValueError(f"fail_on must be one of {', '.join(SEVERITIES)}, not {fail_on!r}")
    checked = run_check(_as_inputs(documents, published), kb=kb, config=config)
    report = checked.report
    lines: list[str] = []
    for error in report.errors:
        lines.append(f"{error.code} {error.where}: {error.message}")
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
        select = ", ".join(settings(self._config).select) or "all rules"
        return f"<factcheck fixture: {select}>"

    @property
    def kb(self) -> KnowledgeBase:
        """The knowledge base of ``factcheck_kb`` (read once per session)."""
        return knowledge_base(self._config)

    @property
    def settings(self) -> Config:
        """A ``Config`` with the session's rule selection and ``[tool.factcheck]``'s ``ignore`` and ``severity``."""
        return settings(self._config).rule_config()

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
