"""Which KB date a claim is about: its subject's entity and the date its verb names.

An entity with a single date takes any beginning verb for it ("founded",
"established", "took office", ...), and an end verb only if the date is an
end ("ended"); with several dates, the verb chooses the key by meaning, and an
unclear choice is silence (``None``), never a guess (INTERFACE section 2).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factcheck.lexicon.verbs import BEGIN_VERBS, END_VERBS
from factcheck.link.entities import EntityIndex, EntityMention
from factcheck.model import ClaimBase, DatedEventClaim, Entity

__all__ = ["Reference", "date_key", "event_meaning", "reference_of", "subjects_of"]

# Verbs that name the same event, by the stem a KB key would share with them.
_MEANINGS = {
    "found": "founding", "estab": "founding", "creat": "founding", "form": "founding", "launc": "founding",
    "open": "opening", "sign": "signing", "concl": "signing", "adopt": "adoption",
    "began": "beginning", "begin": "beginning", "start": "beginning", "inaug": "office", "offic": "office",
    "born": "birth", "birth": "birth",
    "end": "end", "ended": "end", "endin": "end", "ends": "end", "close": "end", "disso": "end", "colla": "end",
    "fall": "end", "died": "death", "death": "death",
}  # fmt: skip
_BEGIN = {re.sub(r"\s+", " ", v) for v in BEGIN_VERBS}
_END = set(END_VERBS)


def event_meaning(words: str) -> str | None:
    """The event a verb or a KB key names: "established" → founding, "took office as minister" → office.

    One of founding, opening, signing, adoption, beginning, office, birth, end, death; ``None`` when unclear.
    """
    for word in re.findall(r"[a-z]+", words.lower()):
        for stem in (word[:5], word[:4]):
            if stem in _MEANINGS:
                return _MEANINGS[stem]
    return None


def date_key(entity: Entity, verb: str | None) -> str | None:
    """The key of ``entity.dates`` that ``verb`` is about, or ``None`` when it is unclear."""
    if not entity.dates:
        return None
    keys = list(entity.dates)
    meaning = event_meaning(verb) if verb else None
    if len(keys) == 1:
        key = keys[0]
        if verb is None or meaning is None:
            return key
        key_meaning = event_meaning(key)
        is_end = meaning in ("end", "death")
        key_is_end = key_meaning in ("end", "death")
        return key if is_end == key_is_end else None
    if meaning is None:
        return None
    matching = [k for k in keys if event_meaning(k) == meaning]
    return matching[0] if len(matching) == 1 else None


@dataclass(frozen=True)
class Reference:
    """The KB date a claim is checked against."""

    entity: Entity
    key: str
    value: str
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""

    @property
    def year(self) -> int:
        return int(self.value[:4])

    @property
    def month(self) -> int | None:
        return int(self.value[5:7]) if len(self.value) >= 7 else None

    @property
    def day(self) -> date | None:
        return date.fromisoformat(self.value) if len(self.value) == 10 else None

    def describe(self) -> str:
        """ "China–North Korea diplomatic relations established 1949-10-06"."""
        return f"{self.entity.name} {self.key} {self.value}"


# What may stand between a dated event's subject and its verb: "The WPK, founded in", "the WPK was founded in".
_SUBJECT_TO_VERB = re.compile(
    r"^[\s,]*(?:(?:which|that|who)\s+)?(?:(?:was|were|is|are|has\s+been|had\s+been)\b\s*)?"
    r"(?:(?:first|originally|officially|formally)\b\s*)?$",
    re.IGNORECASE,
)


def subjects_of(claim: ClaimBase, index: EntityIndex, mentions: Sequence[EntityMention]) -> list[Entity]:
    """The entities the claim's subject phrase names (``mentions``: the entity mentions of its document).

    A stated date ("founded in 1945") belongs to the entity right before its
    verb, not to any entity of the clause: in "the FBI's most wanted list,
    which began in 1950" the list began in 1950, not the FBI. Tenure ("since
    taking office in June 2022") belongs to the person the sentence is about.
    """
    if isinstance(claim, DatedEventClaim) and event_meaning(claim.verb or "") != "office":
        found = index.scan(claim.subject)
        if not found or not isinstance(found[-1], EntityMention):
            return []  # no name before the verb, or one that names several entities
        if not _SUBJECT_TO_VERB.match(claim.subject[found[-1].end :]):
            return []
        return [found[-1].entity]
    return index.resolve(claim.subject, mentions)


def reference_of(claim: ClaimBase, subjects: Sequence[Entity]) -> Reference | None:
    """The one KB date a claim about ``subjects`` is about; ``None`` when none, several, or no clear date match."""
    candidates = []
    for entity in subjects:
        key = date_key(entity, claim.verb)
        if key is not None:
            candidates.append(Reference(entity, key, entity.dates[key]))
    if claim.verb and event_meaning(claim.verb) == "birth":
        candidates = [c for c in candidates if event_meaning(c.key) == "birth"]
    return candidates[0] if len(candidates) == 1 else None
