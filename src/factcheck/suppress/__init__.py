"""What the reader has already dealt with: inline ignores, ``off``/``on`` blocks and baselines.

The engine applies them after the rules and before any formatter, so a
formatter sees each finding already marked (``suppressed``, ``baselined``) and
never decides anything itself. Marked findings stay in the report (SARIF
keeps them with ``suppressions``); they never count for ``--fail-on``.

**Inline**, in the article (after bandit's ``nosec`` and ruff's ``noqa``)::

    The talks, held on Wednesday, Feb. 3, 1998 <!-- factcheck: ignore FC101 -->
    <!-- factcheck: ignore FC101, FC401 -->
    The talks, held on Wednesday, Feb. 3, 1998, ended.

A comment covers the line it is on and the line after it; it must name its
rules (codes or names), so that no comment silences a rule nobody meant.

**Blocks** (sqlfluff, Vale, eslint): ``<!-- factcheck: off -->`` ...
``<!-- factcheck: on -->`` suppresses every rule in between;
``<!-- factcheck: off FC101, FC402 -->`` ... ``<!-- factcheck: on FC101 -->``
only the rules named, each until an ``on`` that names it or a bare ``on``. An
``off`` never closed runs to the end of the document; an ``on`` that closes
nothing is an input error.

**Front matter** (or a JSON Lines field) ``ignore: [FC402]`` covers the whole
document. A comment that names no rule, or a rule that does not exist, is an
input error (``E004``) naming the file and line, because an ignore that does
nothing would otherwise look like one that works; for the same reason
``FC406`` (``unused-ignore``) reports a directive that suppressed nothing.

**Baseline** (``suppress.baseline``): the findings a team has already seen.

The parts: ``directives`` reads the comments and the field, ``apply`` marks
findings and finds unused directives, ``baseline`` reads and writes baselines.
"""

from __future__ import annotations

from factcheck.model.baseline import BASELINE_VERSION, Baseline, BaselineEntry
from factcheck.suppress.apply import Use, apply_suppressions, unused_ignores, uses_of
from factcheck.suppress.baseline import apply_baseline, baseline_of, write_baseline
from factcheck.suppress.directives import (
    COMMENT,
    EVERY_RULE,
    IGNORE_COMMENT,
    SUPPRESSION_ERROR,
    UNUSED_IGNORE,
    Cover,
    Directive,
    Ignore,
    find_directives,
    find_ignores,
    known_rules,
)

__all__ = [
    "BASELINE_VERSION",
    "COMMENT",
    "EVERY_RULE",
    "IGNORE_COMMENT",
    "SUPPRESSION_ERROR",
    "UNUSED_IGNORE",
    "Baseline",
    "BaselineEntry",
    "Cover",
    "Directive",
    "Ignore",
    "Use",
    "apply_baseline",
    "apply_suppressions",
    "baseline_of",
    "find_directives",
    "find_ignores",
    "known_rules",
    "unused_ignores",
    "uses_of",
    "write_baseline",
]
