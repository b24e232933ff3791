"""Dated events: "Choe Son-hui met Wang Sunday" is a meeting, with its names and its day.

An event is a trigger word of a known type (met, talks, visit, parade,
election, attack, signed, ...) and the date nearest to it in its sentence.
A sentence that goes on about the event without a date of its own ("The
consensus was reached during a meeting between Wang Yi and Choe Son-hui")
adds its names to the event before it. Matching two reports' events (same
type, shared names) is the cross-source rules' job.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract.tense import SENTENCE_END
from factcheck.model import DateFact, EventFact

__all__ = ["EVENT_TYPES", "scan_events", "sentence_spans"]

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "meeting": ("met", "meet", "meets", "meeting", "meetings", "talks", "agreed", "consensus", "summit",
                "negotiations", "conference"),
    "visit": ("visit", "visits", "visited", "visiting", "trip", "arrived", "arrives", "arrival", "tour"),
    "parade": ("parade", "parades"),
    "election": ("election", "elections", "referendum", "polls"),
    "attack": ("attack", "attacks", "attacked", "bombing", "bombings", "blast", "blasts", "explosion", "exploded"),
    "signing": ("signed", "signing"),
    "ceremony": ("ceremony", "funeral", "inauguration", "commemoration"),
}  # fmt: skip
_TYPE_OF = {word: kind for kind, words in EVENT_TYPES.items() for word in words}
_TRIGGER = re.compile(r"\b(?:" + "|".join(sorted(_TYPE_OF, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_ANAPHOR = re.compile(
    r"^\W*(?:The|That|This|Their|Her|His)\s+(?:\w+\s+)?(?:consensus|meeting|talks|agreement|visit|trip|summit|parade|"
    r"attack|bombing|blast|vote|election|ceremony)\b"
)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)?\b")
_DATED = ("day", "time", "month", "year")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of ``text``."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        if text[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


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
    """Capitalized words of a sentence that may name its participants (not dates, not function words)."""
    spans = [(d.start - start, d.end - start) for d in dates]
    return sorted(
        {
            m.group()
            for m in _NAME.finditer(sentence)
            if m.group() not in _NOT_NAMES and not any(a <= m.start() < b for a, b in spans)
        }
    )


def _date_for(trigger: re.Match[str], earlier: int, later: int, candidates: Sequence[DateFact]) -> DateFact | None:
    """The date of an event: the first after its trigger and before the next one ("met Wang Sunday"),
    else the nearest before it that no earlier trigger owns ("On Friday, the talks ...")."""
    after = [d for d in candidates if trigger.end() <= d.start < later]
    if after:
        return after[0]
    before = [d for d in candidates if d.end <= trigger.start() and d.start >= earlier]
    return before[-1] if before else None


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
    for number, (start, end) in enumerate(sentence_spans(text)):
        sentence = text[start:end]
        in_sentence = [d for d in usable if start <= d.start and d.end <= end]
        all_dates = [d for d in dates if start <= d.start and d.end <= end]
        names = _names(sentence, all_dates, start)
        anaphor = _ANAPHOR.match(sentence)
        triggers = list(_TRIGGER.finditer(text, start, end))
        for position, trigger in enumerate(triggers):
            kind = _TYPE_OF[trigger.group().lower()]
            earlier = end if position else start  # a date before the trigger is the previous trigger's
            later = triggers[position + 1].start() if position + 1 < len(triggers) else end
            date = _date_for(trigger, earlier, later, in_sentence)
            if date is None:
                previous = next((e for e in reversed(events) if e.event == kind), None)
                if anaphor and previous is not None and number - last_sentence.get(kind, -9) <= 3:
                    merged = sorted({*previous.names, *names})
                    events[events.index(previous)] = previous.model_copy(update={"names": merged})
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
            last_sentence[kind] = number
    return events
