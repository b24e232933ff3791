"""``factcheck rules CODE``: one rule explained in a terminal, as ``ruff rule F401`` does.

Nothing here is written twice: the text is the rule's docstring (what its
catalogue page shows), the facts come from the registry, and the examples are
the page's own section (``factcheck.catalogue.render_examples``), rendered
from the rule's fixtures when they are at hand (a checkout); an installed copy
points at the published page instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.kblint import LINT_CHECKS, LintCheck
from factcheck.model import KnowledgeBase
from factcheck.rules import FAMILIES, RuleSpec, registry

__all__ = ["Explained", "explain", "find_rules", "fixture_kb"]

_FAMILY_NAMES = {"temporal": "temporal", "reference": "reference", "cross_source": "cross-source", "hygiene": "hygiene"}


def find_rules(names: Sequence[str]) -> list[RuleSpec | LintCheck]:
    """The rule (or KB lint code) each of ``names`` names by code, name or alias, in any case; all or an error."""
    found: list[RuleSpec | LintCheck] = []
    for raw in names:
        name = raw.strip()
        match = next((spec for spec in registry if _names(spec, name)), None) or next(
            (check for check in LINT_CHECKS.values() if name.upper() == check.code or name.lower() == check.name),
            None,
        )
        if match is None:
            raise FactcheckError(f"no rule {raw!r}: give a code, name or alias that `factcheck rules` lists")
        found.append(match)
    return found


def fixture_kb(project: Path) -> list[str]:
    """The KB the fixtures are tested with (the pytest plugin's ``factcheck_kb`` in ``project/pyproject.toml``), so
    that a reference rule's examples are checked as its page shows them; none outside a checkout."""
    import tomllib

    try:
        pyproject = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    paths = pyproject.get("tool", {}).get("pytest", {}).get("ini_options", {}).get("factcheck_kb", [])
    if not isinstance(paths, list):
        return []
    root = project.resolve()
    # As the plugin reads the option: a checkout's configuration names files of its own project only
    # (``/etc/passwd`` or ``../secrets.yaml`` would read, and quote, the files of whoever runs it).
    return [
        str(project / path)
        for path in paths
        if isinstance(path, str) and not Path(path).is_absolute() and (root / path).resolve().is_relative_to(root)
    ]


def _names(spec: RuleSpec, name: str) -> bool:
    return name.upper() == spec.code.upper() or name.lower() == spec.name or name.lower() in spec.aliases


def family(rule: RuleSpec | LintCheck) -> str:
    """``temporal (FC1xx)``; a plugin's rule and the KB lint codes say where they come from."""
    if isinstance(rule, LintCheck):
        return "kb-lint (factcheck kb lint)"
    digit = rule.code[2:3]
    if rule.code.startswith("FC") and digit in FAMILIES:
        return f"{_FAMILY_NAMES[FAMILIES[digit]]} (FC{digit}xx)"
    return "plugin"


@dataclass(frozen=True)
class Explained:
    """One rule as ``factcheck rules CODE`` shows it: the same fields in text and JSON."""

    code: str
    name: str
    family: str
    severity: str
    summary: str
    body: str
    scope: str | None
    reads: tuple[str, ...]
    aliases: tuple[str, ...]
    url: str | None
    examples: tuple[str, ...]

    def text(self) -> str:
        facts = [("Family", self.family), ("Severity", f"{self.severity} (the default)")]
        facts += [("Scope", self.scope)] if self.scope else []
        facts += [("Reads", f"{', '.join(self.reads)} facts")] if self.reads else []
        facts += [("Also known as", ", ".join(self.aliases))] if self.aliases else []
        width = max(len(label) for label, _ in facts) + 2
        lines = [f"{self.code} {self.name}", "", self.summary, ""]
        lines += [f"{label + ':':<{width}}{value}" for label, value in facts] + [""]
        lines += [self.body, ""] if self.body else []
        lines += list(self.examples)
        lines += [f"Page: {self.url}", ""] if self.url else []
        return "\n".join(lines)

    def row(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "family": self.family,
            "severity": self.severity,
            "summary": self.summary,
            "body": self.body,
            "scope": self.scope,
            "reads": list(self.reads),
            "aliases": list(self.aliases),
            "url": self.url,
        }


def explain(rule: RuleSpec | LintCheck, fixtures: Path, kb: KnowledgeBase) -> Explained:
    """``rule`` explained; its examples are rendered from ``fixtures/<CODE>`` when that folder exists."""
    from factcheck.report import rule_url

    if isinstance(rule, LintCheck):
        return Explained(
            rule.code, rule.name, family(rule), rule.severity.value, rule.summary, "", None, (), (), None, ()
        )
    from factcheck.catalogue import find_cases, render_examples

    summary, _, body = rule.doc.partition("\n")
    builtin = rule.code.startswith("FC")
    examples = render_examples(rule, find_cases(fixtures / rule.code), kb) if builtin else []
    return Explained(
        code=rule.code,
        name=rule.name,
        family=family(rule),
        severity=rule.severity.value,
        summary=summary.strip(),
        body=body.strip(),
        scope=rule.scope,
        reads=tuple(rule.requires),
        aliases=tuple(rule.aliases),
        url=rule_url(rule.code) if builtin else None,
        examples=tuple(examples),
    )
