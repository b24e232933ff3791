"""The preparation every driver makes before its first document: the plan and the baseline.

One place, so that ``engine.run_check``, ``streaming.stream_check`` and
``distributed.check`` select the same rules, build the same entity index and
read the same baseline; the drivers differ only in how they move documents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from factcheck.config import Config, Exclusion, FileIgnores, resolve_severity
from factcheck.link.entities import EntityIndex
from factcheck.model import Baseline, Finding, KnowledgeBase, Severity, ToolInfo
from factcheck.rules import RuleSpec, registry
from factcheck.suppress import apply_baseline, known_rules

__all__ = ["Plan", "Prepared", "plan_of", "prepare", "tool_info"]


@cache
def tool_info() -> ToolInfo:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return ToolInfo(version=version("factcheck-news"))
    except PackageNotFoundError:
        return ToolInfo(version="0+unknown")


@dataclass(frozen=True)
class Plan:
    """How every document of one run is checked: the selected rules, the KB and its index, severities, names.

    It is all that ``check_document`` and ``check_story`` read besides their documents, and it pickles (the
    entity index with it), so that worker processes (``--jobs``) and Dask workers check a document exactly as
    this process does, without building the index again for each document.
    """

    rules: tuple[RuleSpec, ...]
    kb: KnowledgeBase
    severity: Mapping[str, Severity] = field(default_factory=dict)
    """Rule code → the severity its findings get (``[tool.factcheck.severity]``)."""
    known: Mapping[str, str] = field(default_factory=dict)
    """Every rule code, name and alias → its code: what an inline ignore may name."""
    file_ignores: FileIgnores | None = None
    """The configuration's ``per-file-ignores``: rules suppressed in the documents whose path matches."""
    index: EntityIndex = field(init=False, repr=False, compare=False)
    """The KB's names and aliases, compiled once per run (the link stage's)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", EntityIndex(self.kb))

    @property
    def kinds(self) -> set[str]:
        """The fact kinds the selected rules need: only those are extracted."""
        return {kind for spec in self.rules for kind in spec.requires}

    @property
    def has_story_rules(self) -> bool:
        return any(spec.scope == "story" for spec in self.rules)


def plan_of(config: Config | None = None, kb: KnowledgeBase | None = None) -> Plan:
    """The plan for a configuration: its selected rules and severities, with ``kb``."""
    config = config or Config()
    return Plan(
        rules=tuple(registry.select(config.select, config.ignore)),
        kb=kb or KnowledgeBase(),
        severity=resolve_severity(config, registry),
        known=known_rules(),
        file_ignores=FileIgnores.of(config, registry),
    )


@dataclass(frozen=True)
class Prepared:
    """A run, ready for its first document: its plan and the baseline its findings are marked against."""

    plan: Plan
    baseline: Baseline | None = None
    exclude: Exclusion | None = None
    """The configuration's ``exclude``: what the driver's folder walks leave out."""

    def counts(self) -> Counter[str] | None:
        """The baseline's counts, for a driver that marks its findings a few at a time (``baselined``)."""
        return self.baseline.counts() if self.baseline is not None else None

    def baselined(self, findings: Iterable[Finding], remaining: Counter[str] | None = None) -> list[Finding]:
        """``findings`` with as many of each fingerprint marked ``baselined`` as the baseline has left.

        ``remaining`` (from ``counts``) carries what is left from one call to the next; without it, the
        findings are the whole run's.
        """
        if self.baseline is None:
            return list(findings)
        return apply_baseline(findings, self.baseline, remaining=remaining)


def prepare(
    config: Config | None = None, kb: KnowledgeBase | None = None, baseline: Baseline | None = None
) -> Prepared:
    """The plan for ``config`` and ``kb``, and ``baseline`` (else the file ``config.baseline`` names, if any)."""
    config = config or Config()
    plan = plan_of(config, kb)
    if baseline is None and config.baseline is not None:
        from factcheck.io.baseline import load_baseline

        baseline = load_baseline(config.baseline)
    return Prepared(plan, baseline, Exclusion.of(config))
