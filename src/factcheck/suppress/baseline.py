"""Baselines: the findings a team has already seen, recorded so that only new ones fail a run.

``factcheck baseline`` records how often each fingerprint occurs today;
``check --baseline FILE`` marks that many occurrences as baselined, in report
order, and any further occurrence is new (bandit's ``candidates``).
Fingerprints leave offsets out, so edits elsewhere in an article keep its old
findings baselined.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import Any, TextIO

from factcheck.model import Finding
from factcheck.model.baseline import Baseline, BaselineEntry

__all__ = ["apply_baseline", "baseline_of", "write_baseline"]


def baseline_of(findings: Iterable[Finding]) -> Baseline:
    """Today's findings as a baseline: suppressed findings are left out (the article already ignores them)."""
    counts: Counter[str] = Counter()
    first: dict[str, Finding] = {}
    for finding in findings:
        if finding.suppressed:
            continue
        counts[finding.fingerprint] += 1
        first.setdefault(finding.fingerprint, finding)
    entries = [
        BaselineEntry(
            fingerprint=fp,
            count=counts[fp],
            rule=first[fp].rule,
            document=first[fp].evidence[0].document,
            text=first[fp].evidence[0].text,
        )
        for fp in counts
    ]
    return Baseline(findings=sorted(entries, key=lambda e: (e.document, e.rule, e.text, e.fingerprint)))


def apply_baseline(
    findings: Iterable[Finding], baseline: Baseline, *, remaining: Counter[str] | None = None
) -> list[Finding]:
    """Mark as ``baselined`` as many findings of each fingerprint as the baseline counts, in the given order.

    ``remaining`` (``baseline.counts()`` to start with) carries the unclaimed counts from one call to the
    next, so that a stream can mark its findings a document at a time.
    """
    remaining = baseline.counts() if remaining is None else remaining
    marked = []
    for finding in findings:
        if not finding.suppressed and remaining[finding.fingerprint] > 0:
            remaining[finding.fingerprint] -= 1
            finding = finding.model_copy(update={"baselined": True})
        marked.append(finding)
    return marked


def write_baseline(baseline: Baseline, out: TextIO) -> None:
    """Write a baseline as JSON (stable order, no timestamps: it is committed and diffed)."""
    data: dict[str, Any] = baseline.model_dump(mode="json", by_alias=True)
    out.write(json.dumps(data, indent=2, ensure_ascii=False))
    out.write("\n")
