"""The one place quantulum3 is imported, configured and memoized.

quantulum3 knows hundreds of units and how derived ones are built ("km/h" is
kilometre per hour; "sq mi" is mile squared). It is asked one thing only: what
unit a unit expression the quantity scanner found is ("1 km/h"), never to
search a document. Its pitfalls, handled here or by the caller, once:

- importing it costs seconds (it loads its unit tables and ``inflect``), so
  it is imported on the first quantity, never at start-up: ``factcheck
  rules`` and the CLI never load it; and ``inflect`` is imported with
  typeguard's instrumentation off, which cuts six seconds to one;
- it warns on import when its optional classifier (scikit-learn) is missing;
  the rule-based fallback is what a single unit expression needs, so that
  one warning is silenced, narrowly;
- it reads money badly ("$2bn" is "dollar bit newton", "francs" are Swiss):
  money never reaches it (``factcheck.normalize.money`` reads amounts);
- some plurals and abbreviations are not in its tables ("hectares",
  "nautical miles", "kms", "kmh", "miles an hour"): the caller rewrites
  those first (``factcheck.normalize.quantities``).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

__all__ = ["MAX_EXPRESSION_CHARS", "UnitReading", "read_unit"]

MAX_EXPRESSION_CHARS = 64
"""The longest unit expression handed to quantulum3. It tokenizes and matches its whole input against
hundreds of unit patterns, so its cost grows with the text; the quantity scanner's units are a few words
("square nautical miles per hour" has 30 characters), and only runs of blank space between them make one
longer."""


@dataclass(frozen=True, slots=True)
class UnitReading:
    """A unit as quantulum3 reads it: its name, what it measures, and the base units it is built from."""

    name: str
    """quantulum3's unit name: ``kilometre per hour``."""
    entity: str
    """``length``, ``mass``, ``area``, ``speed``, ``volume``, ...."""
    dimensions: tuple[tuple[str, float], ...]
    """(base unit name, power) pairs: ``(("kilometre", 1), ("hour", -1))``; empty for a base unit."""


def _unchecked(target: Any = None, **_options: Any) -> Any:
    """typeguard's ``@typechecked`` as it is under ``python -O``: the target unchanged."""
    return target if target is not None else _unchecked


@contextmanager
def _inflect_unchecked() -> Iterator[None]:
    """Import with typeguard's ``@typechecked`` a no-op, as ``python -O`` makes it.

    inflect, which quantulum3 imports for its plurals, decorates some thirty
    methods with ``@typechecked``, and typeguard re-parses and recompiles
    inflect's whole source for each: five of the six seconds quantulum3 takes
    to load, in every process (the CLI, each ``--jobs`` worker, each Dask
    worker). The checks only guard the types of callers' arguments, and
    quantulum3 passes strings, so nothing else changes.
    """
    try:
        import typeguard
    except ImportError:  # an inflect without typeguard has nothing to skip
        yield
        return
    original = typeguard.typechecked
    typeguard.typechecked = _unchecked
    try:
        yield
    finally:
        typeguard.typechecked = original


@cache
def _parse() -> Callable[[str], list[Any]]:
    with warnings.catch_warnings(), _inflect_unchecked():
        # UserWarning "Classifier dependencies not installed": the optional scikit-learn classifier only
        # disambiguates units inside running text, which quantulum3 is never given here.
        warnings.filterwarnings("ignore", message="Classifier dependencies not installed", category=UserWarning)
        from quantulum3 import parser  # type: ignore[import-untyped]

        parser.parse("1 km")  # loads the English tables, and inflect with them, inside this block
    parse: Callable[[str], list[Any]] = parser.parse
    return parse


@lru_cache(maxsize=1024)
def read_unit(expression: str) -> UnitReading | None:
    """The unit ``expression`` names ("km/h", "square miles"), or ``None`` when quantulum3 reads it otherwise.

    quantulum3 must read "1 <expression>" as exactly one quantity covering
    all of it; anything else (two quantities, a bare number) means it does
    not know the expression, and the caller stays silent. An expression over ``MAX_EXPRESSION_CHARS`` is
    refused unread.
    """
    if len(expression) > MAX_EXPRESSION_CHARS:
        return None
    text = f"1 {expression}"
    quantities = _parse()(text)
    if len(quantities) != 1 or quantities[0].surface != text or quantities[0].value != 1:
        return None
    unit = quantities[0].unit
    dimensions = tuple((str(d["base"]), float(d["power"])) for d in unit.dimensions if d["base"] != unit.name)
    return UnitReading(name=str(unit.name), entity=str(unit.entity.name), dimensions=dimensions)
