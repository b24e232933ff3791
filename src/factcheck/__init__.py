"""factcheck: find the dates, durations and amounts in news that cannot all be true.

>>> import factcheck
>>> report = factcheck.check([{"id": "a", "text": "On Wednesday, Feb. 3, 1998, talks ended."}])
>>> [f.rule for f in report.findings]
['FC101']
"""

from typing import TYPE_CHECKING, Any

from factcheck.config import Config
from factcheck.errors import ConfigError, FactcheckError, InputError, RuleError
from factcheck.io import load_documents, load_kb
from factcheck.io.baseline import load_baseline
from factcheck.model import (
    Baseline,
    DateFact,
    Document,
    DurationFact,
    Entity,
    Evidence,
    ExtractReport,
    Fact,
    Finding,
    KnowledgeBase,
    MoneyFact,
    NumberFact,
    QuantityFact,
    ReadError,
    Report,
    Severity,
    Span,
)

if TYPE_CHECKING:
    from factcheck.engine import check, extract
else:
    # `check` and `extract` come from the engine, which imports every scanner and compiles its patterns (half a
    # second): they are imported on first use, so `factcheck rules`, `--help` and code that only reads the models
    # never pay for it. `factcheck.extract` also names the scanners' subpackage, whose import binds that name
    # here: it is imported now and the name handed back, so that it always means the function, as it always has.
    import factcheck.extract as _scanners  # noqa: F401

    del globals()["extract"]


def __getattr__(name: str) -> Any:
    if name in ("check", "extract"):
        from factcheck import engine

        globals()[name] = value = getattr(engine, name)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Baseline",
    "Config",
    "ConfigError",
    "DateFact",
    "Document",
    "DurationFact",
    "Entity",
    "Evidence",
    "ExtractReport",
    "Fact",
    "FactcheckError",
    "Finding",
    "InputError",
    "KnowledgeBase",
    "MoneyFact",
    "NumberFact",
    "QuantityFact",
    "ReadError",
    "Report",
    "RuleError",
    "Severity",
    "Span",
    "check",
    "extract",
    "load_baseline",
    "load_documents",
    "load_kb",
]
