"""A story rule for the plugin's story tests only: two reports that name different first weekdays."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from factcheck.model import Finding, Severity
from factcheck.rules import StoryContext, registry, rule

WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


@rule("XX903", "weekday-differs", severity=Severity.ERROR, scope="story")
def weekday_differs(ctx: StoryContext) -> Iterator[Finding]:
    """Two reports name different first weekdays (a rule for the plugin tests only).

    ## Why it matters
    It gives a cross-source finding with a span in each document.

    ## Stays silent when
    - either report names no weekday.
    """
    first, second = ctx.documents[0], ctx.documents[1]
    a, b = WEEKDAY.search(first.document.text), WEEKDAY.search(second.document.text)
    if a and b and a[0] != b[0]:
        yield ctx.finding(
            evidence=[first.evidence_at(a.start(), a.end()), second.evidence_at(b.start(), b.end())],
            message=f"{a[0]} in {first.document.id}, {b[0]} in {second.document.id}",
        )


@pytest.fixture(autouse=True)
def story_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule in the registry for the length of one test."""
    spec = weekday_differs.__factcheck_rule__  # type: ignore[attr-defined]
    assert spec.scope == "story"
    monkeypatch.setitem(registry.rules, spec.code, spec)
