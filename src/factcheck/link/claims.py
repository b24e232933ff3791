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
from factcheck.model import AgeClaim, ClaimBase, DatedEventClaim, Entity
from factcheck.text import sentence_bounds

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


_PRONOUN = re.compile(r"(?:its|their|his|her|it|they)\b", re.IGNORECASE)
_LEADING_WORDS = re.compile(r"(?:[Tt]he\s+|[Aa]n?\s+)?(?:[a-z][\w'’\-]*\s+){0,3}")
"""At most three lower-case words (a determiner, adjectives) before the name that heads a clause."""


def _heading(index: EntityIndex, text: str, start: int, end: int) -> list[Entity]:
    """The entity named at the head of ``text[start:end]`` ("the ruling Kestrel Party has ..."), or none."""
    found = index.scan(text, start, end)
    if not found or not isinstance(found[0], EntityMention):
        return []
    head, after = text[start : found[0].start], text[found[0].end : found[0].end + 2]
    if after in ("'s", "’s"):  # "the FBI's list": the head is the list, not the FBI
        return []
    return [found[0].entity] if _LEADING_WORDS.fullmatch(head) else []


def subjects_of(
    claim: ClaimBase, index: EntityIndex, mentions: Sequence[EntityMention], text: str = ""
) -> list[Entity]:
    """The entities the claim's subject phrase names (``mentions``: the entity mentions of its document,
    ``text`` its text).

    A stated date ("founded in 1945") belongs to the entity right before its
    verb, not to any entity of the clause: in "the WPK's honour roll,
    which began in 1961" the roll began in 1961, not the WPK; when the dated
    clause opens the sentence ("Founded in 1893, the union ..."), to the
    entity heading the main clause. Tenure ("since taking office in June
    2022") belongs to the person the sentence is about. A pronoun or
    possessive ("the 54th anniversary of its founding") points back to the
    entity that opens the sentence.
    """
    if isinstance(claim, DatedEventClaim) and claim.subject_start >= claim.end:
        return _heading(index, claim.subject, 0, len(claim.subject))
    if text and _PRONOUN.match(claim.subject):
        opening, _ = sentence_bounds(text, claim.start, claim.end)
        return _heading(index, text, opening, claim.start) if opening < claim.start else []
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
        verb = claim.verb
        if isinstance(claim, AgeClaim) and entity.type not in ("person", "other"):
            verb = None  # "the 131-year-old company", "the 49-year-old treaty": counted from its beginning
        key = date_key(entity, verb)
        if key is None:
            continue
        meaning = event_meaning(key)
        if (verb and event_meaning(verb) == "birth" and meaning != "birth") or (
            verb is None and isinstance(claim, AgeClaim) and meaning in ("end", "death")
        ):
            continue
        candidates.append(Reference(entity, key, entity.dates[key]))
    return candidates[0] if len(candidates) == 1 else None
