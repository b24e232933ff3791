"""The link stage's output: what a document says about what, handed to the rules on their context.

After its facts, each document is linked (``Linked``): its entity mentions
(every KB name and alias in the text) and its statements (each claim with the
entities its subject names and the one KB date it is checked against). Rules
read ``ctx.entities`` and ``ctx.statements``; they never link anything
themselves, so a claim is resolved once however many rules read it, and a
rule's precision depends on one linker, not on how each rule calls it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Generic, TypeVar

from factcheck.link.claims import Reference, reference_of, subjects_of
from factcheck.link.entities import AmbiguousMention, EntityIndex, EntityMention, KnownNames
from factcheck.link.figures import FigureStatement
from factcheck.link.predication import Predication, predications_of
from factcheck.model import (
    AgeClaim,
    AnniversaryClaim,
    DatedEventClaim,
    Document,
    ElapsedClaim,
    Entity,
    Fact,
    FactBase,
)

__all__ = ["LINKED_CLAIMS", "Claim", "Linked", "Statement"]

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


class Linked:
    """A document, linked: its entity mentions and its statements, in text order.

    Each is worked out when a rule first reads it, once, however many rules read it: every document is
    linked for its document rules, while the story rules, which compare facts between reports, may never
    read what a story's documents link to.
    """

    def __init__(self, document: Document, facts: Sequence[Fact], index: EntityIndex) -> None:
        self.document = document
        self.facts = facts
        self.index = index
        self._of_kind: dict[type, tuple[FactBase, ...]] = {}

    def facts_of(self, kind: type) -> tuple[FactBase, ...]:
        """The facts of one kind, in text order (a story asks once per other report it compares this one with)."""
        found = self._of_kind.get(kind)
        if found is None:
            found = self._of_kind[kind] = tuple(f for f in self.facts if isinstance(f, kind))
        return found

    @property
    def names(self) -> KnownNames:
        """The KB's names as a speller sees them (the run's index has them)."""
        return self.index.names

    @cached_property
    def _forms(self) -> tuple[EntityMention | AmbiguousMention, ...]:
        """Every KB form in the text, found in one pass for both ``entities`` and ``ambiguous``."""
        return tuple(self.index.scan(self.document.text)) if self.index.kb.entities else ()

    @cached_property
    def entities(self) -> tuple[EntityMention, ...]:
        """Every KB name and alias in the text that names one entity, in text order."""
        return tuple(m for m in self._forms if isinstance(m, EntityMention))

    @cached_property
    def figures(self) -> tuple[FigureStatement, ...]:
        """Each amount or count of the facts that states a reference figure, with the figure, in text order."""
        if not self.index.kb.figures:
            return ()
        return tuple(self.index.figures.statements(self.document.text, self.facts, self.entities))

    @cached_property
    def ambiguous(self) -> tuple[AmbiguousMention, ...]:
        """Every form in the text that names several KB entities (and so links to none), in text order."""
        return tuple(m for m in self._forms if isinstance(m, AmbiguousMention))

    @cached_property
    def predications(self) -> tuple[Predication, ...]:
        """Each date, duration, count and amount with the predication it fills (``link.predication``)."""
        return predications_of(self.document.text, self.facts, self.document.anchor)

    def predication(self, fact: FactBase) -> Predication | None:
        """The predication of one of the document's facts."""
        return self._by_fact.get(id(fact))

    @cached_property
    def _by_fact(self) -> dict[int, Predication]:
        return {id(p.fact): p for p in self.predications}

    @cached_property
    def statements(self) -> tuple[Statement[Claim], ...]:
        """A statement for each claim of the facts, in text order."""
        if not self.index.kb.entities:
            return tuple(Statement(f, (), None) for f in self.facts if isinstance(f, LINKED_CLAIMS))
        statements = []
        for fact in self.facts:
            if isinstance(fact, LINKED_CLAIMS):
                about = subjects_of(fact, self.index, self.entities, self.document.text)
                statements.append(Statement(fact, tuple(about), reference_of(fact, about)))
        return tuple(statements)
