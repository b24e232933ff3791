"""Marking the findings an article ignores, and finding the ignores that ignored nothing.

A finding is suppressed when any of its evidence spans starts where a
directive of its rule covers (so either article of a cross-source finding can
acknowledge it). A directive *uses* a rule when it covers a finding of that
rule, whether or not something else (another ignore, a baseline) also marks
that finding; a directive and rule that cover no finding in a run where the
rule ran are *unused* (ruff's ``RUF100``), and ``FC406`` reports them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping

from factcheck.model import Document, Finding, ReadError
from factcheck.suppress.directives import EVERY_RULE, UNUSED_IGNORE, Cover, Directive, find_directives, known_rules

__all__ = ["Use", "apply_suppressions", "unused_ignores", "uses_of"]

Use = tuple[Directive, str | None]
"""A directive and one rule it names (``None``: a bare ``off``, every rule)."""


def _table(
    documents: Mapping[str, Document], known: Mapping[str, str]
) -> tuple[dict[str, list[Cover]], list[ReadError]]:
    errors: list[ReadError] = []
    table: dict[str, list[Cover]] = {}
    for doc_id, document in documents.items():
        covers, found = find_directives(document, known)
        errors += found
        if covers:
            table[doc_id] = covers
    return table, errors


def _covering(finding: Finding, table: Mapping[str, list[Cover]]) -> Iterator[Cover]:
    for evidence in finding.evidence:
        for cover in table.get(evidence.document, ()):
            if cover.covers(finding.rule, evidence.start):
                yield cover


def apply_suppressions(
    findings: Iterable[Finding],
    documents: Mapping[str, Document],
    known: Mapping[str, str] | None = None,
) -> tuple[list[Finding], list[ReadError]]:
    """Mark the findings an article ignores as ``suppressed``; bad ignores become input errors.

    ``known`` (every rule code, name and alias → its code) defaults to the registry's.
    """
    known = known_rules() if known is None else known
    table, errors = _table(documents, known)
    marked = []
    for finding in findings:
        hit = not finding.suppressed and any(True for _ in _covering(finding, table))
        marked.append(finding.model_copy(update={"suppressed": True}) if hit else finding)
    return marked, errors


def uses_of(findings: Iterable[Finding], documents: Mapping[str, Document], known: Mapping[str, str]) -> set[Use]:
    """Each directive of ``documents`` and rule it names that covers one of ``findings``."""
    table, _ = _table(documents, known)
    if not table:
        return set()
    return {(cover.directive, cover.rule) for finding in findings for cover in _covering(finding, table)}


def unused_ignores(
    document: Document,
    findings: Iterable[Finding],
    known: Mapping[str, str],
    *,
    ran: Collection[str],
    later: Collection[str] = (),
    every_rule_ran: bool = False,
) -> tuple[list[Use], list[Use]]:
    """The directives of ``document`` (each with one rule it names) that cover none of ``findings``.

    ``ran``: the rules that ran to the end on the document (``findings`` are theirs); a directive of a rule
    that did not run is not unused, whatever it names. ``later``: rules still to run (a story's), whose
    directives are returned apart, undecided. A bare ``off`` is unused only when ``every_rule_ran``; it waits
    with the others when any rule is still to run. A directive naming ``UNUSED_IGNORE`` is never unused.
    Returns (unused, undecided), in text order.
    """
    covers, _ = find_directives(document, known)
    if not covers:
        return [], []
    used = uses_of(findings, {document.id: document}, known)
    unused: list[Use] = []
    undecided: list[Use] = []
    for cover in sorted(covers, key=lambda c: (c.directive.start, c.start)):
        use = (cover.directive, cover.rule)
        if use in used or cover.rule == UNUSED_IGNORE or use in unused or use in undecided:
            continue
        if cover.rule is EVERY_RULE:
            if every_rule_ran:
                (undecided if later else unused).append(use)
        elif cover.rule in ran:
            unused.append(use)
        elif cover.rule in later:
            undecided.append(use)
    return unused, undecided
