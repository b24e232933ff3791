"""The typed model: documents in, facts, reference knowledge, findings and reports out."""

from factcheck.model.baseline import Baseline, BaselineEntry
from factcheck.model.claims import AgeClaim, AnniversaryClaim, ClaimBase, DatedEventClaim, ElapsedClaim, EventFact
from factcheck.model.document import Document, Span
from factcheck.model.facts import (
    Bound,
    DateFact,
    DurationFact,
    Fact,
    FactBase,
    Granularity,
    MoneyFact,
    NumberFact,
    QuantityFact,
)
from factcheck.model.findings import (
    DocumentFacts,
    DocumentRef,
    Evidence,
    ExtractReport,
    Finding,
    ReadError,
    Report,
    Severity,
    ToolInfo,
    fingerprint,
)
from factcheck.model.kb import Entity, EntityType, Figure, KnowledgeBase, parse_figure_period, parse_kb_date

__all__ = [
    "AgeClaim",
    "AnniversaryClaim",
    "Baseline",
    "BaselineEntry",
    "Bound",
    "ClaimBase",
    "DateFact",
    "DatedEventClaim",
    "Document",
    "DocumentFacts",
    "DocumentRef",
    "DurationFact",
    "ElapsedClaim",
    "Entity",
    "EntityType",
    "EventFact",
    "Evidence",
    "ExtractReport",
    "Fact",
    "FactBase",
    "Figure",
    "Finding",
    "Granularity",
    "KnowledgeBase",
    "MoneyFact",
    "NumberFact",
    "QuantityFact",
    "ReadError",
    "Report",
    "Severity",
    "Span",
    "ToolInfo",
    "fingerprint",
    "parse_figure_period",
    "parse_kb_date",
]
