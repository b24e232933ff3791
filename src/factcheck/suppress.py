"""What the reader has already dealt with: inline ignores and baselines.

The engine applies both after the rules and before any formatter, so a
formatter sees each finding already marked (``suppressed``, ``baselined``) and
never decides anything itself. Marked findings stay in the report (SARIF
keeps them with ``suppressions``); they never count for ``--fail-on``.

**Inline**, in the article (after bandit's ``nosec`` and ruff's ``noqa``)::

    The talks, held on Wednesday, Feb. 3, 1998 <!-- factcheck: ignore FC101 -->
    <!-- factcheck: ignore FC101, FC401 -->
    The talks, held on Wednesday, Feb. 3, 1998, ended.

A comment covers the line it is on and the line after it; it must name its
rules (codes or names), so that no comment silences a rule nobody meant.
Front matter (or a JSON Lines field) ``ignore: [FC402]`` covers the whole
document. A comment that names no rule, or a rule that does not exist, is an
input error (``E004``) naming the file and line, because an ignore that does
nothing would otherwise look like one that works.

**Baseline**: ``factcheck baseline`` records how often each fingerprint
occurs today; ``check --baseline FILE`` marks that many occurrences as
baselined, in report order, and any further occurrence is new (bandit's
``candidates``). Fingerprints leave offsets out, so edits elsewhere in an
article keep its old findings baselined.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TextIO

from factcheck.model import Document, Finding, ReadError
from factcheck.model.baseline import BASELINE_VERSION, Baseline, BaselineEntry
from factcheck.text import position

__all__ = [
    "BASELINE_VERSION",
    "IGNORE_COMMENT",
    "SUPPRESSION_ERROR",
    "Baseline",
    "BaselineEntry",
    "Ignore",
    "apply_baseline",
    "apply_suppressions",
    "baseline_of",
    "find_ignores",
    "known_rules",
    "write_baseline",
]

IGNORE_COMMENT = re.compile(r"<!--\s*factcheck\s*:\s*ignore\b(?P<rules>.*?)-->", re.IGNORECASE | re.DOTALL)
"""An inline ignore: ``<!-- factcheck: ignore FC101, weekday-date-mismatch -->``."""

SUPPRESSION_ERROR = "E004"
"""The code of an input error in an ignore comment or an ``ignore:`` field."""

_SEPARATORS = re.compile(r"[\s,]+")


@dataclass(frozen=True)
class Ignore:
    """One inline ignore: the codes of the rules it names and the text lines (1-based) it covers."""

    rules: frozenset[str]
    first_line: int
    last_line: int


def _file_line(document: Document, text_line: int) -> int | None:
    """The line of the file a line of ``document.text`` is on (JSON Lines: the record's line)."""
    if document.line is None:
        return None
    if document.path is not None and document.path.endswith(".jsonl"):
        return document.line
    return document.line + text_line - 1


def _error(document: Document, line: int | None, message: str) -> ReadError:
    return ReadError(path=document.path or document.id, line=line, code=SUPPRESSION_ERROR, message=message)


def _names(raw: str) -> list[str]:
    return [part for part in _SEPARATORS.split(raw.strip()) if part]


def _code(name: str, known: Mapping[str, str]) -> str | None:
    """The code a rule code, name or alias stands for, if any rule has it."""
    return known.get(name.upper()) or known.get(name.lower())


def _unknown(names: Iterable[str], known: Mapping[str, str]) -> list[str]:
    return [name for name in names if _code(name, known) is None]


def _codes(names: Iterable[str], known: Mapping[str, str]) -> frozenset[str]:
    return frozenset(code for code in (_code(name, known) for name in names) if code is not None)


def find_ignores(document: Document, known: Mapping[str, str]) -> tuple[list[Ignore], list[ReadError]]:
    """The inline ignores of a document, and an error for each that names no rule or an unknown one.

    ``known`` maps every code (upper case), name and alias (lower case) of the registered rules to its code.
    """
    ignores: list[Ignore] = []
    errors: list[ReadError] = []
    text = document.text
    for match in IGNORE_COMMENT.finditer(text):
        first, _ = position(text, match.start())
        last, _ = position(text, match.end())
        names = _names(match["rules"])
        unknown = _unknown(names, known)
        if not names:
            errors.append(
                _error(
                    document,
                    _file_line(document, first),
                    f"{match[0]!r} names no rule; write the rules it ignores: <!-- factcheck: ignore FC101 -->",
                )
            )
        elif unknown:
            errors.append(
                _error(
                    document,
                    _file_line(document, first),
                    f"{match[0]!r} names no known rule {', '.join(map(repr, unknown))} (see `factcheck rules`)",
                )
            )
        else:
            ignores.append(Ignore(_codes(names, known), first, last + 1))
    return ignores, errors


def _document_ignores(document: Document, known: Mapping[str, str]) -> tuple[frozenset[str], list[ReadError]]:
    """The rules the front matter's (or record's) ``ignore:`` field names for the whole document."""
    raw = document.meta.get("ignore")
    if raw is None:
        return frozenset(), []
    if isinstance(raw, str):
        raw = _names(raw)
    if not isinstance(raw, list) or not raw or not all(isinstance(item, str) and item.strip() for item in raw):
        message = "`ignore:` must be a list of rule codes or names, e.g. ignore: [FC402]"
        return frozenset(), [_error(document, None, message)]
    unknown = _unknown(raw, known)
    if unknown:
        message = f"`ignore:` names no known rule {', '.join(map(repr, unknown))} (see `factcheck rules`)"
        return frozenset(), [_error(document, None, message)]
    return _codes((item.strip() for item in raw), known), []


def known_rules() -> dict[str, str]:
    """Every code, name and alias of the registered rules → its code."""
    from factcheck.rules import registry

    known: dict[str, str] = {}
    for spec in registry:
        known.update(
            {spec.code.upper(): spec.code, spec.name: spec.code, **{a.lower(): spec.code for a in spec.aliases}}
        )
    return known


@dataclass(frozen=True)
class _Suppressions:
    whole: frozenset[str]
    ignores: tuple[Ignore, ...]

    def covers(self, finding: Finding, line: int) -> bool:
        if finding.rule in self.whole:
            return True
        return any(finding.rule in i.rules and i.first_line <= line <= i.last_line for i in self.ignores)


def apply_suppressions(
    findings: Iterable[Finding],
    documents: Mapping[str, Document],
    known: Mapping[str, str] | None = None,
) -> tuple[list[Finding], list[ReadError]]:
    """Mark the findings an article ignores as ``suppressed``; bad ignores become input errors.

    A finding is suppressed when any of its evidence spans starts on a line an
    ignore of its rule covers (so either article of a cross-source finding can
    acknowledge it), or lies in a document whose ``ignore:`` names the rule.
    """
    known = known_rules() if known is None else known
    errors: list[ReadError] = []
    table: dict[str, _Suppressions] = {}
    for doc_id, document in documents.items():
        whole, whole_errors = _document_ignores(document, known)
        ignores, inline_errors = find_ignores(document, known)
        errors += whole_errors + inline_errors
        if whole or ignores:
            table[doc_id] = _Suppressions(whole, tuple(ignores))
    marked = []
    for finding in findings:
        hit = any(
            evidence.document in table
            and table[evidence.document].covers(finding, position(documents[evidence.document].text, evidence.start)[0])
            for evidence in finding.evidence
        )
        marked.append(finding.model_copy(update={"suppressed": True}) if hit and not finding.suppressed else finding)
    return marked, errors


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
