"""FC402 near-miss-spelling."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.model import Finding, Severity
from factcheck.rules._rule import DocumentContext, rule

_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")


def _one_edit_apart(a: str, b: str) -> bool:
    """True when one insertion, deletion, substitution or swap of neighbours inside the word turns ``a`` into ``b``.

    An edit of the last letter is not a typo but an inflection or another
    word ("Kenyan", "Cubans", "Elias"), so it does not count.
    """
    if a == b or abs(len(a) - len(b)) > 1 or a[:-1] == b[:-1] or a == b[:-1] or b == a[:-1]:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@rule("FC402", "near-miss-spelling", severity=Severity.INFO)
def near_miss_spelling(ctx: DocumentContext) -> Iterator[Finding]:
    """A word is one letter away from a name the knowledge base knows ("Beijiing").

    ## Why it matters
    Misspelt names are the typo readers notice first, and they hide the
    entity from every other check.

    ## Stays silent when
    - the word is itself a known name or alias, or shorter than five letters;
    - it is more than one edit (insertion, deletion, substitution, swap) away
      from a one-word name or alias, or the edit is at its end (an inflection:
      "Kenyan", "Cubans").
    """
    names = ctx.names
    if not names.one_word:
        return
    flagged: set[str] = set()
    for match in _WORD.finditer(ctx.document.text):
        word = match.group()
        if word in names.one_word or word in flagged or len(word) < 5 or names.named(word):
            continue
        near = [f for f in names.by_initial.get(word[0], ()) if _one_edit_apart(word, f)]
        if near:
            flagged.add(word)
            yield ctx.finding(
                evidence=[ctx.evidence_at(match.start(), match.end())],
                expected=near[0],
                actual=word,
                message=f'"{word}" is one letter away from "{near[0]}"',
            )
