"""KB names and aliases found in text in one pass, and claim subjects resolved to entities.

Every surface form of every entity goes into one compiled alternation (never
a loop over entities), tolerant of what varies in news copy: case, "the",
possessive "'s", hyphen or space ("Kim Jong-un" = "Kim Jong Un") and curly
apostrophes. A relation entity ("China–North Korea diplomatic relations") is
also found through its members: a phrase about "relations" or "ties" of
"the two countries", or "between Beijing and Pyongyang", when both members
are named in the document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from factcheck.model import Entity, KnowledgeBase

if TYPE_CHECKING:
    from factcheck.link.figures import FigureIndex

__all__ = ["AmbiguousMention", "EntityIndex", "EntityMention", "KnownNames"]


@dataclass(frozen=True, slots=True)
class EntityMention:
    start: int
    end: int
    text: str
    entity: Entity


@dataclass(frozen=True, slots=True)
class AmbiguousMention:
    """A form the KB gives to several entities ("RMA" for two organizations): it links to none of them."""

    start: int
    end: int
    text: str
    entities: tuple[Entity, ...]
    """Every entity the form names, in KB order."""


def _form_pattern(form: str) -> str:
    """A surface form as a pattern: words joined by space or hyphen, apostrophes of either kind."""
    words = re.split(r"[\s\-‐–]+", form.strip())
    escaped = [re.sub("['’]", "['’]", re.escape(w)) for w in words if w]
    return r"[\s\-‐–]*".join(escaped)


_RELATION_NOUN = re.compile(r"\b(?:relations|ties|relationship|diplomatic)\b", re.IGNORECASE)
_BOTH_PARTIES = re.compile(r"\b(?:the\s+two|both)\s+(?:countries|nations|sides|neighbou?rs|states|governments)\b", re.I)


@dataclass(frozen=True)
class KnownNames:
    """The KB's names as a speller sees them (FC402): its one-word names, and every form it knows.

    Built once per run with the index, not once per document.
    """

    one_word: frozenset[str] = frozenset()
    """Surface forms of five letters or more that are one word of letters ("Beijing", "Pyongyang")."""
    by_initial: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """``one_word`` by first letter, sorted: a word is compared only with the names it could be a typo of."""
    keys: frozenset[str] = frozenset()
    """Every surface form, lower case, hyphens and runs of spaces as one space, straight apostrophes."""

    def named(self, word: str) -> bool:
        """Whether a single word (letters only) is itself a name or an alias of the KB, in any case."""
        return word.lower() in self.keys


class EntityIndex:
    """Every surface form of a KB's entities, compiled once per run (it lives on the run's plan and pickles
    with it, so that a worker process or a Dask worker links exactly as this process does)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        forms: dict[str, dict[str, Entity]] = {}
        for entity in kb.entities:
            for form in entity.surface_forms:
                forms.setdefault(self._key(form), {}).setdefault(entity.name, entity)
        # A form that names several entities links to none of them (INTERFACE section 2): picking the first
        # in the file would check a claim against the wrong entity's dates with full confidence.
        self._by_key = {key: next(iter(named.values())) for key, named in forms.items() if len(named) == 1}
        self._ambiguous = {key: tuple(named.values()) for key, named in forms.items() if len(named) > 1}
        alternation = "|".join(
            _form_pattern(form) for form in sorted(forms, key=lambda f: (-len(f), f)) if form.strip()
        )
        self._pattern = re.compile(rf"(?<![\w'’])(?:{alternation})(?![\w])", re.IGNORECASE) if alternation else None
        one_word = frozenset(form for e in kb.entities for form in e.surface_forms if len(form) >= 5 and form.isalpha())
        by_initial: dict[str, list[str]] = {}
        for form in sorted(one_word):
            by_initial.setdefault(form[0], []).append(form)
        self.names = KnownNames(one_word, {k: tuple(v) for k, v in by_initial.items()}, frozenset(forms))

    @cached_property
    def figures(self) -> FigureIndex:
        """The KB's figures that can be compared with an article's amounts (built once, when first needed)."""
        from factcheck.link.figures import FigureIndex  # figures link through this index

        return FigureIndex(self.kb.figures, self)

    def entity_named(self, name: str) -> Entity | None:
        """The entity a name or alias stands for (``None`` when it names none, or several)."""
        return self._by_key.get(self._key(name))

    def _key(self, text: str) -> str:
        key = re.sub(r"[\s\-‐–]+", " ", text.strip().lower()).replace("’", "'")
        # "the Varnel pact" is named "the Varnel pact" and "Varnel pact" alike (frames take "the" before the subject);
        # "The Times" keeps its article: one word alone would be a common noun.
        rest = key[4:]
        return rest if key.startswith("the ") and " " in rest else key

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[EntityMention]:
        """The entity mentions in ``text[start:end]``, longest first where forms overlap.

        A form that names several entities is no mention of any (``find_ambiguous`` has them).
        """
        return [m for m in self.scan(text, start, end) if isinstance(m, EntityMention)]

    def find_ambiguous(self, text: str, start: int = 0, end: int | None = None) -> list[AmbiguousMention]:
        """The forms in ``text[start:end]`` that name several entities, in text order."""
        return [m for m in self.scan(text, start, end) if isinstance(m, AmbiguousMention)]

    def scan(self, text: str, start: int = 0, end: int | None = None) -> list[EntityMention | AmbiguousMention]:
        """Every KB form in ``text[start:end]``: a mention of its entity, or an ambiguous mention."""
        if self._pattern is None:
            return []
        found: list[EntityMention | AmbiguousMention] = []
        for match in self._pattern.finditer(text, start, len(text) if end is None else end):
            key = self._key(match.group())
            entity = self._by_key.get(key)
            if entity is not None:
                found.append(EntityMention(match.start(), match.end(), match.group(), entity))
            elif key in self._ambiguous:
                found.append(AmbiguousMention(match.start(), match.end(), match.group(), self._ambiguous[key]))
        return found

    def relations_of(self, members: set[str]) -> list[Entity]:
        """The relation entities whose members are all among ``members`` (entity names)."""
        found = []
        for entity in self.kb.entities:
            if entity.type != "relation" or len(entity.members) < 2:
                continue
            names = {self._member_name(m) for m in entity.members}
            if None not in names and names <= members:
                found.append(entity)
        return found

    def _member_name(self, member: str) -> str | None:
        entity = self._by_key.get(self._key(member))
        return entity.name if entity is not None else None

    def resolve(self, subject: str, mentions: Sequence[EntityMention]) -> list[Entity]:
        """The entities a claim's subject phrase can be about.

        Named ones first ("the ruling Workers' Party of Korea"); else, for a
        phrase about relations or ties between parties ("the two countries
        established diplomatic relations", "ties between Beijing and
        Pyongyang"), the relation entities whose members are named in the
        phrase or, for "the two countries", in the document (``mentions``: the document's entity mentions).
        """
        named = self.find(subject)
        direct = [m.entity for m in named if m.entity.type != "country" or not _RELATION_NOUN.search(subject)]
        if _RELATION_NOUN.search(subject):
            in_subject = {m.entity.name for m in named}
            members = in_subject
            if _BOTH_PARTIES.search(subject) or len(in_subject) < 2:
                members = in_subject | {m.entity.name for m in mentions}
            relations = self.relations_of(members)
            if relations:
                return relations
        return list({entity.name: entity for entity in direct}.values())
