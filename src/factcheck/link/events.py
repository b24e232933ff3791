"""Dated events: "Choe Son-hui met Wang Sunday" is a meeting, with its names and its day.

An event is a trigger word of a known type (met, talks, visit, parade,
election, attack, signed, ...) and the date nearest to it in its sentence.
A sentence that goes on about the event without a date of its own ("The
consensus was reached during a meeting between Wang Yi and Choe Son-hui")
adds its names to the event before it. Matching two reports' events (same
type, shared names) is the cross-source rules' job.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from factcheck.lexicon.predicates import EVENT_TYPES
from factcheck.model import DateFact, EventFact
from factcheck.text import sentence_spans

__all__ = ["EVENT_TYPES", "scan_events"]

_TYPE_OF = {word: kind for kind, words in EVENT_TYPES.items() for word in words}
_TRIGGER = re.compile(r"\b(?:" + "|".join(sorted(_TYPE_OF, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_ANAPHOR = re.compile(
    r"^\W*(?:The|That|This|Their|Her|His)\s+(?:\w+\s+)?(?:consensus|meeting|talks|agreement|visit|trip|summit|parade|"
    r"attack|bombing|blast|vote|election|ceremony)\b"
)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)?\b")
_DATED = ("day", "time", "month", "year")


def _is_dateline(fact: DateFact, text: str) -> bool:
    """ "BEIJING, Sept 29, 2025 (BSS/AFP) -": the publication line, not an event's date."""
    return fact.start < 80 and re.match(r"\s*\(", text[fact.end : fact.end + 3]) is not None


_NOT_EVENT_DATE = re.compile(
    r"\b(?:(?:said|says|announced|reported|told|stated|confirmed)\s+(?:on\s+)?|since\s+(?:\w+\s+){0,3})$",
    re.IGNORECASE,
)
"""A date that dates a report ("KCNA said Monday") or a starting point ("since taking office in June 2022")."""
_NOT_NAMES = {
    "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "Her", "His", "Their", "They", "We", "In",
    "On", "At", "By", "For", "But", "And", "As", "After", "Before", "While", "When", "A", "An",
}  # fmt: skip


def _names(sentence: str, dates: Sequence[DateFact], start: int) -> list[str]:
    """Capitalized words of a sentence that may name its participants (not dates, not function words).

    ``dates`` are in text order; a word is part of one when the furthest end among the dates that start at or
    before it lies past it (a look-up, not a pass over the dates, per word).
    """
    starts = [d.start - start for d in dates]
    reach = list(itertools.accumulate((d.end - start for d in dates), max))
    names = set()
    for m in _NAME.finditer(sentence):
        before = bisect_right(starts, m.start())
        if m.group() not in _NOT_NAMES and not (before and reach[before - 1] > m.start()):
            names.add(m.group())
    return sorted(names)


_BEFORE_REACH = 40
"""How far before its trigger a date may stand and still be the event's (characters)."""


def _date_for(
    trigger: re.Match[str], earlier: int, later: int, candidates: Sequence[DateFact], starts: Sequence[int]
) -> DateFact | None:
    """The date of an event: the first after its trigger and before the next one ("met Wang Sunday"),
    else the nearest before it that no earlier trigger owns ("On Friday, the talks ...").

    ``candidates`` are in text order and ``starts`` are their starts.
    """
    after = bisect_left(starts, trigger.end())
    if after < len(candidates) and candidates[after].start < later:
        return candidates[after]
    for index in range(bisect_right(starts, trigger.start()) - 1, -1, -1):
        if candidates[index].start < earlier:
            break
        if candidates[index].end <= trigger.start():
            # "On Friday, the talks ...": close before; "On Friday, when X set aside plans for the trip" is too far
            return candidates[index] if trigger.start() - candidates[index].end <= _BEFORE_REACH else None
    return None


def _within(facts: Sequence[DateFact], starts: Sequence[int], start: int, end: int) -> list[DateFact]:
    """The facts (in text order, ``starts`` their starts) that lie wholly in ``[start, end)``."""
    return [d for d in facts[bisect_left(starts, start) : bisect_left(starts, end)] if d.end <= end]


def scan_events(text: str, dates: Sequence[DateFact]) -> list[EventFact]:
    """The dated events of a document, in text order.

    A date right after a reporting verb ("KCNA said Monday") dates the report,
    not the event, and a dateline dates the article: neither is used.
    """
    usable = [
        d
        for d in dates
        if d.granularity in _DATED
        and "X" not in d.value
        and not _is_dateline(d, text)
        and not _NOT_EVENT_DATE.search(text, max(0, d.start - 40), d.start)
    ]
    events: list[EventFact] = []
    last_sentence: dict[str, int] = {}
    latest: dict[str, int] = {}  # event type → the index in ``events`` of its latest event
    dates = sorted(dates, key=lambda d: d.start)  # stable: text order, as the scanners give them
    usable.sort(key=lambda d: d.start)
    date_starts, usable_starts = [d.start for d in dates], [d.start for d in usable]
    for number, (start, end) in enumerate(sentence_spans(text)):
        sentence = text[start:end]
        in_sentence = _within(usable, usable_starts, start, end)
        names = _names(sentence, _within(dates, date_starts, start, end), start)
        in_sentence_starts = [d.start for d in in_sentence]
        anaphor = _ANAPHOR.match(sentence)
        triggers = list(_TRIGGER.finditer(text, start, end))
        for position, trigger in enumerate(triggers):
            kind = _TYPE_OF[trigger.group().lower()]
            earlier = end if position else start  # a date before the trigger is the previous trigger's
            later = triggers[position + 1].start() if position + 1 < len(triggers) else end
            date = _date_for(trigger, earlier, later, in_sentence, in_sentence_starts)
            if date is None:
                if anaphor and kind in latest and number - last_sentence.get(kind, -9) <= 3:
                    previous = events[latest[kind]]
                    merged = sorted({*previous.names, *names})
                    events[latest[kind]] = previous.model_copy(update={"names": merged})
                    last_sentence[kind] = number
                continue
            events.append(
                EventFact(
                    text=trigger.group(), start=trigger.start(), end=trigger.end(), event=kind, names=names,
                    subject=sentence.strip(), subject_start=start + len(sentence) - len(sentence.lstrip()),
                    subject_end=end - (len(sentence) - len(sentence.rstrip())), value=date.value,
                    granularity=date.granularity, date_start=date.start, date_end=date.end, date_text=date.text,
                )
            )  # fmt: skip
            latest[kind] = len(events) - 1
            last_sentence[kind] = number
    return events
