"""factcheck: find the dates, durations and amounts in news that cannot all be true.

>>> import factcheck
>>> report = factcheck.check([{"id": "a", "text": "On Wednesday, Feb. 3, 1998, talks ended."}])
>>> [f.rule for f in report.findings]
['FC101']
"""

from factcheck.config import Config
from factcheck.engine import check, extract
from factcheck.errors import ConfigError, FactcheckError, InputError, RuleError
from factcheck.io import load_documents, load_kb
from factcheck.io.baseline import load_baseline
from factcheck.model import (
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
from factcheck.suppress import Baseline

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
