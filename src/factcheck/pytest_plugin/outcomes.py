"""How a case fails: the mismatch exceptions and their reports (``path:line:col  CODE name`` and the quoted line).

They are test outcomes, not errors of the tool (hence the names without
``Error``); ``repr_failure`` prints them as plain text, never as a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING

from factcheck.pytest_plugin.expectations import occurrences, story_entry

if TYPE_CHECKING:
    from factcheck.model import Document, Finding
    from factcheck.pytest_plugin.expectations import Expectation, StoryExpectation

__all__ = ["ExpectationsUpdated", "FindingMismatch", "StoryMismatch", "describe_article"]


class FindingMismatch(Exception):  # noqa: N818 - a test outcome, not an error of the tool
    """The findings differ from ``expect:``: some expected are missing, some found are unexpected."""

    def __init__(
        self, missing: list[Expectation], unexpected: list[Finding], story: Mapping[str, Document] | None = None
    ) -> None:
        super().__init__(f"{len(missing)} missing, {len(unexpected)} unexpected finding(s)")
        self.missing = missing
        self.unexpected = unexpected
        self.story = story or {}
        """The articles the document was checked with (loose articles of its ``story:``), by id."""


class ExpectationsUpdated(Exception):  # noqa: N818 - a test outcome, not an error of the tool
    """``--factcheck-update`` rewrote the article's ``expect:`` block; the item fails so the run is not green."""

    def __init__(self, path: str, entries: int) -> None:
        plural = "entry" if entries == 1 else "entries"
        super().__init__(
            f"{path}: rewrote expect: from the current findings ({entries} {plural}); "
            "review the change and run pytest again without --factcheck-update"
        )
        self.path = path


def describe_article(document: Document, where: str, mismatch: FindingMismatch) -> str:
    """Each missing and unexpected finding as ``path:line:col  CODE name``, its message and quoted line."""
    from factcheck.model import Evidence
    from factcheck.report.text import _excerpt
    from factcheck.rules import registry
    from factcheck.text import file_location

    counts = f"{len(mismatch.missing)} missing, {len(mismatch.unexpected)} unexpected"
    lines = [f"findings differ from expect: in {where} ({document.id}): {counts}"]
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
            f"    expected {json.dumps(exp.text, ensure_ascii=False)}" + (f" ({', '.join(wanted)})" if wanted else "")
        )
        evidence = Evidence(document=document.id, start=exp.start, end=exp.end, text=exp.text)
        lines.extend(f"  {line}" for line in _excerpt(document, evidence))
    if mismatch.unexpected:
        lines.append("unexpected (found but not expected):")
    for finding in mismatch.unexpected:
        first = finding.evidence[0]
        location = file_location(document, document.id, first.start)
        lines.append(f"  {location}  {finding.rule} {finding.name} [{finding.severity.value}]")
        lines.append(f"    {finding.message}")
        lines.extend(f"  {line}" for line in _excerpt(document, first))
        for other in finding.evidence[1:]:
            if other.document != document.id:
                place = file_location(mismatch.story.get(other.document), other.document, other.start)
                lines.append(f"    also in {place}: {json.dumps(other.text, ensure_ascii=False)}")
    if mismatch.unexpected:
        lines.append("if they are right, add to expect:")
        for finding in mismatch.unexpected:
            first = finding.evidence[0]
            lines.append(f"  - rule: {finding.rule}")
            lines.append(f"    text: {json.dumps(first.text, ensure_ascii=False)}")
            starts = occurrences(document.text, first.text)
            if first.start in starts and starts.index(first.start) > 0:
                lines.append(f"    occurrence: {starts.index(first.start) + 1}")
    return "\n".join(lines)


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
        from factcheck.pytest_plugin.rewriter import expect_lines
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
            lines.extend(expect_lines([story_entry(f, self.documents) for f in self.unexpected])[1:])
        return "\n".join(lines)
