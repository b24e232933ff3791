"""The statement model: which predication each value fills, so that rules compare only like with like.

A value is said of something: "met Wang Sunday" dates a meeting, "claimed
responsibility Sunday for the arson" dates a claim, "90 people killed"
counts the dead. Two values may contradict each other only when they fill the
same role of the same predication: the same predicate (the verb or event noun
the value is attached to, up to synonyms), the same participants, and for
counts and amounts the same measured thing. Each fact of a document gets a
``Predication`` here, once, in the link stage; FC1xx, FC3xx and FC105 read it
from their context (``ctx.predications``) instead of guessing from the words
around a value.

The predicate is looked for in the value's clause (``factcheck.text.clause_bounds``),
never across a comma before "which" or "while": the nearest predicate word
before the value in its clause ("claimed responsibility Saturday"), else the
nearest after it ("On Sunday, the envoy met ..."). A date far from the
document's own days (another month or year, "two years ago") is
``background``: it dates another occurrence mentioned for context, and is
compared only with a statement of the same predication.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factcheck.extract._near import word_hits
from factcheck.lexicon.predicates import EVENT_WORDS, PREDICATE_CLASSES
from factcheck.model import DateFact, DurationFact, FactBase, MoneyFact, NumberFact
from factcheck.text import Matches, clause_bounds, matches_in, opens_sentence, sentence_bounds

__all__ = [
    "BACKGROUND_DAYS",
    "PREDICATE_CLASSES",
    "Predication",
    "names_agree",
    "predicate_of",
    "predications_of",
    "same_name",
    "same_predication",
]

_CLASS_OF = {word: kind for kind, words in PREDICATE_CLASSES.items() for word in words}
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_COMPOUND = re.compile(r"-(?:day|week|month|year|hour|minute)s?(?:-long)?\Z", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?")
_VERB_ED = re.compile(r"^[a-z]{3,}ed$")
_NOT_VERBS = frozenset({"red", "need", "speed", "seed", "feed", "bed", "hundred", "united", "limited", "armed",
                        "based", "called", "so-called", "alleged", "suspected", "detailed", "advanced"})  # fmt: skip
_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)?\b")
_NOT_NAMES = frozenset({
    "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "Her", "His", "Their", "They", "We", "In",
    "On", "At", "By", "For", "But", "And", "As", "After", "Before", "While", "When", "A", "An", "Mr", "Mrs", "Ms",
    "Dr", "President", "Minister", "Prime", "Foreign", "Secretary", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "Earlier", "Later", "Last", "Next", "Government", "State", "Department", "News", "Agency",
})  # fmt: skip
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|whose)\Z", re.IGNORECASE)
_ANTECEDENT = re.compile(r"((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\W*\Z")
_AGO = re.compile(r"^\W{0,2}(?:ago|earlier|before)\b", re.IGNORECASE)
_PAST_WORDS = re.compile(r"\b(?:last|next|previous|past)\s+(?:year|month|week|decade|summer|winter|spring|fall)\b",
                         re.IGNORECASE)  # fmt: skip
_MEASURED_STOP = re.compile(r"^(?:who|which|that|were|was|are|is|have|has|had|in|on|at|of|for|from|to|and|or|by|with)$")
BACKGROUND_DAYS = 10
"""A dated day more than this far from publication dates another occurrence than the story's own."""


@dataclass(frozen=True, slots=True)
class Predication:
    """One value with the predication it fills: what happened, to whom, and what is measured."""

    fact: FactBase
    predicate: str | None
    """The class of the predicate word ("meeting", "kill", "claim"), or the word itself when it has none."""
    word: str | None
    """The predicate word as written."""
    clause: tuple[int, int]
    participants: frozenset[str]
    """Names of the clause (and the antecedent of a relative clause): who the value is about."""
    measured: str | None
    """For counts and amounts, the measured noun ("people", "refugees"); for money its currency."""
    background: bool
    """A date that dates another occurrence than the story's own days (see ``BACKGROUND_DAYS``)."""
    event: str | None = None
    """The event type the clause names ("attack" for "the blasts ... that killed 84"), if any."""
    in_range: bool = False
    """A date that opens or closes a stated range ("Nov. 4-5", "from Dec. 3 to 9", "Tuesday and Wednesday"):
    the statement is about an interval, and a day inside it agrees with it."""
    day: str | None = None
    """For a clock time, the day its sentence names ("Friday's explosion occurred about 8:30 a.m."), which
    it belongs to rather than to the publication day; ``None`` when the sentence names no one day."""


def _predicate_class(word: str) -> str | None:
    lower = word.lower()
    if lower in _CLASS_OF:
        return _CLASS_OF[lower]
    if _VERB_ED.match(lower) and lower not in _NOT_VERBS:
        return lower
    return None


def predicate_of(text: str, start: int, end: int) -> tuple[str | None, str | None, tuple[int, int]]:
    """The predicate (class, word) of the value at ``text[start:end]`` and its clause.

    The nearest predicate word before the value in its clause, else the nearest after it.
    """
    clause = clause_bounds(text, start, end)
    modified = _NOUN_AFTER.match(text, end) if _COMPOUND.search(text, start, end) else None
    for noun in modified.groups() if modified else ():
        if noun and _predicate_class(noun):
            return _predicate_class(noun), noun, clause  # "a four-day visit", "a two-day state visit"
    words = matches_in(_WORD, text)
    for index in (*reversed(words.within(clause[0], start)), *words.within(end, clause[1])):
        word = words.texts[index]
        kind = _predicate_class(word)
        if kind:
            return kind, word, clause
    return None, None, clause


def _opens(text: str, clause: tuple[int, int], offset: int) -> bool:
    return not text[clause[0] : offset].strip(" \t\n'\"`“‘") or opens_sentence(text, offset)


def _participants(text: str, clause: tuple[int, int], fact: FactBase) -> frozenset[str]:
    found = matches_in(_NAME, text)
    names = {
        found.texts[i]
        for i in found.within(*clause)
        if found.texts[i] not in _NOT_NAMES
        and not fact.start <= found.starts[i] < fact.end
        and not (found.texts[i].endswith("ing") and _opens(text, clause, found.starts[i]))  # "Citing the ...": a verb
    }
    opening = _RELATIVE_OPEN.search(text, max(0, clause[0] - 12), clause[0])
    if opening:
        # "The lawyer Ana Petrov, who was sentenced ...": the relative clause is about the names just before it
        antecedent = _ANTECEDENT.search(text, max(0, opening.start() - 60), opening.start())
        if antecedent:
            names = {n for n in antecedent.group(1).split() if n not in _NOT_NAMES}
    return frozenset(names)


_PASSIVE = re.compile(r"(?:\s+[a-z]+){1,3}?\s+(?:(?:were|was|are|is|have been|has been|had been)\s+)?([a-z]+ed)\b")
"""A count's noun phrase followed by its participle: the predicate the count is the subject of."""
_ANAPHOR = re.compile(r"\s*(?:The|That|This|Their|Her|His)\s+(\w+)(?:\s+(\w+))?")


def _anaphor_names(text: str, clause: tuple[int, int], kind: str | None) -> frozenset[str]:
    """The names of the next sentence when it goes on about the same occurrence ("... agreed on Sunday. The
    consensus was reached during a meeting between A and B"): it names who took part."""
    if kind is None:
        return frozenset()
    end = sentence_bounds(text, clause[0], clause[1])[1]
    follows = _ANAPHOR.match(text, end + 1) or _ANAPHOR.match(text, end)
    if not follows or kind not in {_CLASS_OF.get((w or "").lower()) for w in follows.groups()}:
        return frozenset()
    start, stop = sentence_bounds(text, follows.start(1), follows.end(1))
    return frozenset(m.group() for m in _NAME.finditer(text, start, stop) if m.group() not in _NOT_NAMES)


def _measured(text: str, fact: FactBase) -> str | None:
    """The noun a count measures: the fact's unit, else the last word of the noun phrase after it."""
    if isinstance(fact, MoneyFact):
        return fact.currency
    if isinstance(fact, DurationFact):
        noun = _NOUN_AFTER.match(text, fact.end) if _COMPOUND.search(text, fact.start, fact.end) else None
        return noun.group(1).lower() if noun else None  # "a 90-minute meeting" measures the meeting
    if isinstance(fact, NumberFact) and fact.unit:
        return fact.unit.lower()
    if not isinstance(fact, NumberFact):
        return None
    words = []
    for m in _WORD.finditer(text, fact.end, min(len(text), fact.end + 60)):
        if text[fact.end : m.start()].count(",") or _MEASURED_STOP.match(m.group().lower()):
            break
        words.append(m.group().lower())
        if len(words) == 4:
            break
    return words[-1] if words else None


def _background(text: str, fact: DateFact, published: date | None) -> bool:
    """Whether a date dates something other than the story's own days."""
    if _AGO.match(text[fact.end : fact.end + 12]) or _PAST_WORDS.search(fact.text):
        return True
    if fact.granularity in ("year", "decade", "century") or published is None:
        return fact.granularity not in ("day", "time")
    day = fact.day
    if day is not None:
        return abs((day - published).days) > BACKGROUND_DAYS
    return fact.value[:7] != published.isoformat()[:7]


_COLLECTIVE = frozenset({"talks", "negotiations", "polls", "consensus"})


def _event(word: str) -> str:
    """An event type with its number: "the attack" is one occurrence, "the attacks" a set of them (a count of
    the dead of one attack is not the count of all)."""
    lower = word.lower()
    many = lower.endswith("s") and lower not in _COLLECTIVE and not lower.endswith("ss")
    return f"{_CLASS_OF[lower]}:{'many' if many else 'one'}"


_RANGE_BEFORE = re.compile(r"\b(?:from|between)\s+(?:\w+\.?\s+){0,2}\Z", re.IGNORECASE)
_RANGE_AFTER = re.compile(
    r"\s*(?:[-–]\s*\d|(?:to|through|until|till|and)\s+(?:the\s+)?(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))"
)


def _bounds_range(text: str, fact: FactBase) -> bool:
    """Whether a date opens or closes a range: "from" or "between" before it, or a dash, "to" or "and" and
    another day after it ("Nov. 4-5", "Dec. 3 to 9", "Tuesday and Wednesday"; not "Sunday to discuss")."""
    return bool(_RANGE_BEFORE.search(text, max(0, fact.start - 25), fact.start) or _RANGE_AFTER.match(text, fact.end))


def _day_named(text: str, time: DateFact, facts: Sequence[FactBase]) -> str | None:
    """The one day (ISO) a clock time's sentence names besides the time itself."""
    start, end = sentence_bounds(text, time.start, time.end)
    days = {
        f.value[:10]
        for f in facts
        if isinstance(f, DateFact) and f is not time and f.granularity == "day" and start <= f.start < end
    }
    return days.pop() if len(days) == 1 else None


def _event_words(text: str) -> Matches:
    """The event nouns of ``text`` ("attack", "talks"), found in the document's word index (one look-up per
    event word, where a case-insensitive alternation of them was a scan of the whole text)."""
    spans = list(word_hits(EVENT_WORDS, text))
    return Matches(tuple(a for a, _ in spans), tuple(b for _, b in spans), tuple(text[a:b] for a, b in spans))


def predications_of(text: str, facts: Sequence[FactBase], published: date | None) -> tuple[Predication, ...]:
    """A predication for each date, duration, count and amount, in the order given."""
    found = []
    events = _event_words(text)
    for fact in facts:
        if not isinstance(fact, DateFact | DurationFact | NumberFact | MoneyFact):
            continue
        kind, word, clause = predicate_of(text, fact.start, fact.end)
        measured = _measured(text, fact)
        if isinstance(fact, NumberFact) and measured in _CLASS_OF:
            kind, word = _CLASS_OF[measured], measured  # "36,000 refugees", "400 wounded": the noun says what
        elif isinstance(fact, NumberFact):
            governing = _PASSIVE.match(text, fact.end)
            if governing and _predicate_class(governing.group(1)):  # "96 people were injured", "90 people killed"
                kind, word = _predicate_class(governing.group(1)), governing.group(1)
        background = isinstance(fact, DateFact) and _background(text, fact, published)
        event = next((_event(events.texts[i]) for i in events.within(*clause)), None)
        participants = _participants(text, clause, fact)
        if isinstance(fact, DateFact):
            participants |= _anaphor_names(text, clause, kind)
        day = _day_named(text, fact, facts) if isinstance(fact, DateFact) and fact.granularity == "time" else None
        in_range = isinstance(fact, DateFact) and (fact.value_end is not None or _bounds_range(text, fact))
        found.append(Predication(fact, kind, word, clause, participants, measured, background, event, in_range, day))
    return tuple(found)


def same_name(first: str, second: str) -> bool:
    """Two spellings of one name: equal, or one letter apart in names of five letters or more."""
    if first == second:
        return True
    if min(len(first), len(second)) < 5 or abs(len(first) - len(second)) > 1:
        return False
    shorter, longer = sorted((first, second), key=len)
    if len(shorter) == len(longer):
        return sum(a != b for a, b in zip(first, second, strict=True)) <= 1
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def names_agree(first: frozenset[str], second: frozenset[str], least: int = 1) -> bool:
    """Whether two sets of participants name the same people: at least ``least`` names in common (spelled
    alike or one letter apart), and no more unshared names than shared ones."""
    shared = {a for a in first if any(same_name(a, b) for b in second)}
    unshared = len(first) - len(shared) + len({b for b in second if not any(same_name(a, b) for a in first)})
    return len(shared) >= least and unshared <= len(shared)


def _known(kind: str | None) -> bool:
    return kind in PREDICATE_CLASSES


def same_predication(first: Predication, second: Predication) -> bool:
    """Whether two values worded alike fill the same role: no two predicates of different known classes
    ("claimed" and "the bombing"), and the same measured thing when both name one."""
    if first.predicate != second.predicate and _known(first.predicate) and _known(second.predicate):
        return False
    return first.measured is None or second.measured is None or first.measured == second.measured
