"""Predicate words: the verbs and event nouns a value of a sentence is said of, by kind of occurrence.

The statement model (``link.predication``) compares two values only when they fill the same role of the
same predication; these tables say which words name the same kind of happening ("met", "talks", "summit"
are one meeting). ``EVENT_TYPES`` are the occurrences an event scan dates (``link.events``);
``PREDICATE_CLASSES`` adds the verbs that values are stated with (killed, sentenced, said).
"""

from __future__ import annotations

__all__ = ["EVENT_TYPES", "EVENT_WORDS", "PREDICATE_CLASSES"]

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
"""Event nouns and verbs by event type: words of one type name the same kind of event."""
EVENT_WORDS = frozenset(word for words in EVENT_TYPES.values() for word in words)
"""Every word of ``EVENT_TYPES`` (lower case)."""

PREDICATE_CLASSES: dict[str, tuple[str, ...]] = {
    **EVENT_TYPES,
    "kill": ("killed", "killing", "kills", "dead", "died", "deaths", "death", "toll", "fatalities", "lives"),
    "injure": ("injured", "injuring", "injuries", "wounded", "wounding", "hurt"),
    "sentence": ("sentenced", "sentence", "sentences", "jailed", "imprisoned", "prison", "received", "receive",
                 "given", "handed", "serve", "serving"),
    "claim": ("claimed", "claim", "claims", "claiming", "responsibility"),
    "release": ("released", "release", "releases", "published", "issued", "unveiled"),
    "leave": ("left", "leave", "leaves", "leaving", "departed", "departs", "departure"),
    "return": ("returned", "return", "returns", "returning"),
    "begin": ("began", "begin", "begins", "beginning", "started", "start", "starts", "opened", "opens", "resume",
              "resumed", "resumes"),
    "end": ("ended", "end", "ends", "closed", "concluded", "finished"),
    "say": ("said", "says", "say", "told", "announced", "announcement", "reported", "stated", "interview",
            "statement", "repeated", "declared", "confirmed"),
    "arrest": ("arrested", "arrest", "arrests", "detained", "custody", "charged", "indicted"),
    "vote": ("voted", "vote", "votes", "voting", "approved", "rejected", "passed"),
    "amount": ("exceeded", "exceeds", "reached", "reaches", "totaled", "totalled", "totals", "amounted", "stood",
               "topped", "surpassed", "worth", "valued"),
    "flee": ("fled", "flee", "fleeing", "refugees", "displaced", "homeless", "evacuated"),
}  # fmt: skip
"""Predicate words by occurrence: words of one class name the same kind of happening ("met", "talks")."""
