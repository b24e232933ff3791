"""The rule registry: built-in rules are discovered, third-party ones come from entry points.

Built-in rules live one per module in the family packages below; adding a rule
touches one new module. The registry imports rule modules only when first
asked, and never the normalizers' heavy libraries.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable, Iterator
from importlib.metadata import entry_points

from factcheck.errors import RuleError
from factcheck.rules._rule import DocumentContext, RuleFunction, RuleSpec, StoryContext, UnusedIgnore, rule

__all__ = [
    "FAMILIES",
    "DocumentContext",
    "Registry",
    "RuleFunction",
    "RuleSpec",
    "StoryContext",
    "UnusedIgnore",
    "registry",
    "rule",
]

FAMILIES = {"1": "temporal", "2": "reference", "3": "cross_source", "4": "hygiene"}
"""Family digit of a built-in code → its package."""


def _specs_in(module: object) -> Iterator[RuleSpec]:
    for value in vars(module).values():
        spec = getattr(value, "__factcheck_rule__", None)
        if isinstance(spec, RuleSpec) and getattr(value, "__module__", None) == getattr(module, "__name__", None):
            yield spec


class Registry:
    """All known rules by code, loaded once."""

    def __init__(self) -> None:
        self._rules: dict[str, RuleSpec] | None = None

    def _add(self, rules: dict[str, RuleSpec], spec: RuleSpec, origin: str) -> None:
        if spec.code in rules:
            raise RuleError(f"{origin}: rule code {spec.code} is declared twice")
        rules[spec.code] = spec

    def _load(self) -> dict[str, RuleSpec]:
        rules: dict[str, RuleSpec] = {}
        for digit, family in sorted(FAMILIES.items()):
            package_name = f"{__name__}.{family}"
            try:
                package = importlib.import_module(package_name)
            except ModuleNotFoundError:
                continue
            for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
                if info.name.startswith("_"):
                    continue
                module = importlib.import_module(f"{package_name}.{info.name}")
                for spec in _specs_in(module):
                    if not spec.code.startswith(f"FC{digit}"):
                        raise RuleError(f"{module.__name__}: {spec.code} does not belong to family {family}")
                    if info.name != spec.module_name:
                        raise RuleError(f"{module.__name__}: rule {spec.code} must live in {spec.module_name}.py")
                    self._add(rules, spec, module.__name__)
        for entry in sorted(entry_points(group="factcheck.rules"), key=lambda e: e.name):
            plugin = getattr(entry.load(), "__factcheck_rule__", None)
            if not isinstance(plugin, RuleSpec):
                raise RuleError(f"entry point {entry.name!r} is not a function declared with @rule")
            if plugin.code.startswith("FC"):
                raise RuleError(f"entry point {entry.name!r}: FC codes are reserved for built-in rules")
            self._add(rules, plugin, entry.name)
        return dict(sorted(rules.items()))

    @property
    def rules(self) -> dict[str, RuleSpec]:
        if self._rules is None:
            self._rules = self._load()
        return self._rules

    def __iter__(self) -> Iterator[RuleSpec]:
        return iter(self.rules.values())

    def __getitem__(self, code: str) -> RuleSpec:
        return self.rules[code]

    def select(self, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[RuleSpec]:
        """The rules named by ``select`` (all when empty) and by no ``ignore`` selector.

        A selector is a code (``FC101``), a code prefix (``FC1``) or a rule name.
        A selector that names no rule is an error, so a typo never silently
        disables a check.
        """
        select, ignore = list(select), list(ignore)
        for selector in (*select, *ignore):
            if not any(spec.matches(selector) for spec in self):
                raise RuleError(f"no rule matches {selector!r} (see `factcheck rules`)")
        return [
            spec
            for spec in self
            if (not select or any(spec.matches(s) for s in select)) and not any(spec.matches(s) for s in ignore)
        ]


registry = Registry()
"""The process-wide registry."""
