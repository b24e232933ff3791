"""The link stage's output: what a document says about what, handed to the rules on their context.

After its facts, each document is linked once (``link``): its entity mentions
(every KB name and alias in the text) and its statements (each claim with the
entities its subject names and the one KB date it is checked against). Rules
read ``ctx.entities`` and ``ctx.statements``; they never link anything
themselves, so a claim is resolved once however many rules read it, and a
rule's precision depends on one linker, not on how each rule calls it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from factcheck.link.claims import Reference, reference_of, subjects_of
from factcheck.link.entities import EntityIndex, EntityMention
from factcheck.model import AgeClaim, AnniversaryClaim, DatedEventClaim, Document, ElapsedClaim, Entity, Fact

__all__ = ["LINKED_CLAIMS", "Claim", "Linked", "Statement", "link"]

Claim = ElapsedClaim | AnniversaryClaim | AgeClaim | DatedEventClaim
"""The claims checked against the KB (events are matched between reports instead)."""
LINKED_CLAIMS = (ElapsedClaim, AnniversaryClaim, AgeClaim, DatedEventClaim)
C = TypeVar("C", bound=Claim)


@dataclass(frozen=True, slots=True)
class Statement(Generic[C]):
    """A claim linked: what it is about and the KB date it is checked against."""

    claim: C
    about: tuple[Entity, ...]
    """The entities its subject names (one, several, or none)."""
    reference: Reference | None
    """The one KB date it is about; ``None`` when no entity, several, or no clear date (silence, never a guess)."""


@dataclass(frozen=True)
class Linked:
    """A document, linked: its entity mentions and its statements, in text order."""

    entities: tuple[EntityMention, ...] = ()
    statements: tuple[Statement[Claim], ...] = ()


def link(document: Document, facts: Sequence[Fact], index: EntityIndex) -> Linked:
    """The entity mentions of ``document`` and a statement for each of its claims (``facts`` in text order)."""
    if not index.kb.entities:
        return Linked(statements=tuple(Statement(f, (), None) for f in facts if isinstance(f, LINKED_CLAIMS)))
    entities = index.find(document.text)
    statements = []
    for fact in facts:
        if isinstance(fact, LINKED_CLAIMS):
            about = subjects_of(fact, index, entities)
            statements.append(Statement(fact, tuple(about), reference_of(fact, about)))
    return Linked(tuple(entities), tuple(statements))
