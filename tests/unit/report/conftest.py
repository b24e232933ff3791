"""Reports to render: real ones from the fixtures, and a hand-made one with every kind of finding."""

from pathlib import Path

import pytest

from factcheck.engine import Checked, run_check
from factcheck.model import Document, DocumentRef, Evidence, Finding, ReadError, Report, Severity, ToolInfo

ROOT = Path(__file__).resolve().parents[3]

TALKS = "The talks ended.\nThey were held on Wednesday, Feb. 3, 1998, in Geneva."
WIRE = 'Officials met on Saturday.\nThe "talks" & <parade> came later.'


@pytest.fixture
def seed_variants(monkeypatch) -> Checked:
    """The bundled seeds and planted-error variants, checked as ``factcheck check`` does from the repository."""
    monkeypatch.chdir(ROOT)
    return run_check(["fixtures/seeds", "fixtures/rules", "fixtures/malformed"])


def _span(document: Document, text: str) -> Evidence:
    start = document.text.index(text)
    return Evidence(document=document.id, start=start, end=start + len(text), text=text)


@pytest.fixture
def mixed() -> Checked:
    """Two files and one in-memory document; an active, a baselined, a suppressed and a cross-source finding."""
    talks = Document(id="talks", text=TALKS, path="news/talks.md", line=5)
    wire = Document(id="wire", text=WIRE, path="news/feed.jsonl", line=3)
    memo = Document(id="memo 1", text="Sent on Friday, Feb. 6, 1998.")
    findings = [
        Finding(
            rule="FC101",
            name="weekday-date-mismatch",
            severity=Severity.ERROR,
            message='"Wednesday, Feb. 3, 1998": 1998-02-03 is a Tuesday, not a Wednesday',
            evidence=[_span(talks, "Wednesday, Feb. 3, 1998")],
            expected="Tuesday",
            actual="Wednesday",
        ),
        Finding(
            rule="FC301",
            name="event-date-conflict",
            severity=Severity.WARNING,
            message="the talks: Wednesday in talks, Saturday in wire",
            evidence=[_span(talks, "Wednesday"), _span(wire, "Saturday")],
        ),
        Finding(
            rule="FC101",
            name="weekday-date-mismatch",
            severity=Severity.ERROR,
            message='"Friday, Feb. 6, 1998": old news',
            evidence=[_span(memo, "Friday, Feb. 6, 1998")],
            baselined=True,
        ),
        Finding(
            rule="FC401",
            name="entity-name-variant",
            severity=Severity.INFO,
            message='"<parade>" & "talks"',
            evidence=[_span(wire, "<parade>")],
            suppressed=True,
        ),
    ]
    report = Report(
        tool=ToolInfo(version="1.2.3"),
        documents=[DocumentRef(id=d.id, path=d.path) for d in (talks, wire, memo)],
        findings=sorted(findings, key=lambda f: f.sort_key),
        errors=[ReadError(path="news/bad.md", line=4, message="cannot parse YAML"), ReadError(path=None, message="x")],
    )
    return Checked(report=report, documents={d.id: d for d in (talks, wire, memo)})
