"""Verbs (and their nouns) that date a beginning or an end of a thing's time line."""

from __future__ import annotations

__all__ = ["BEGIN_VERBS", "END_VERBS"]

BEGIN_VERBS = (
    "founded", "founding", "foundation", "established", "establishing", "establishment", "created", "creation",
    "formed", "formation", "launched", "launch", "opened", "opening", "signed", "signing", "concluded", "adopted",
    "adoption", "began", "beginning", "started", "start", "took office", "taking office", "take office",
    "inaugurated", "inauguration", "born", "birth",
)  # fmt: skip
"""Words that date a beginning: claims read them (``link.timeline``), and the KB linker picks a date key by them
(``link.claims``, which so never loads the claim scanner's patterns: ``factcheck rules`` starts faster)."""
END_VERBS = ("ended", "end", "ending", "closed", "dissolved", "died", "death", "collapse", "fall")
"""Words that date an end."""
