"""Claims about a named thing's time line: elapsed years, anniversaries, ages, stated dates.

Each claim keeps its subject phrase; which KB entity and which of its dates it
is about is decided at check time (``factcheck.link``). The patterns look for
the claim's frame ("N years since", "the Nth anniversary of", "the N-year-old",
"founded in") and take the subject up to the end of the clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence

from factcheck.extract._near import WordStarts, finditer_near, literal_words, windows, word_starts
from factcheck.extract.numerals import count_value
from factcheck.extract.patterns import NUMBER
from factcheck.lexicon.hedges import CLAIM_BOUNDS
from factcheck.lexicon.numbers import NUMBER_WORDS, ORDINALS
from factcheck.lexicon.verbs import BEGIN_VERBS, END_VERBS
from factcheck.model import AgeClaim, AnniversaryClaim, DatedEventClaim, DateFact, ElapsedClaim
from factcheck.text import sentence_bounds

__all__ = ["BEGIN_VERBS", "END_VERBS", "Claim", "ordinal_value", "scan_claims"]

_VERB = re.compile(
    r"\b(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted((*BEGIN_VERBS, *END_VERBS), key=len,
                                                                            reverse=True)) + r")\b",
    re.IGNORECASE,
)  # fmt: skip
_BOUND = "|".join(sorted(map(re.escape, CLAIM_BOUNDS), key=len, reverse=True))
_SUBJECT = r"(?P<subject>[^.;:!?,()\n]{3,160})"
"""A subject phrase: up to the end of the clause."""

_ORDINAL_UNITS = {w: int(v) for w, v in ORDINALS.items() if v < 20}
_ORDINAL_TENS = {w: int(v) for w, v in ORDINALS.items() if 20 <= v <= 100}
_TENS = {w: v for w, v in NUMBER_WORDS.items() if 20 <= v < 100}
ORDINAL = (
    r"(?:\d{1,4}(?:st|nd|rd|th)|(?:"
    + "|".join(_TENS)
    + r")[- ](?:"
    + "|".join(_ORDINAL_UNITS)
    + r")|"
    + "|".join(sorted((*_ORDINAL_UNITS, *_ORDINAL_TENS), key=len, reverse=True))
    + r")"
)


def ordinal_value(text: str) -> int | None:
    """ "80th" → 80, "seventy-sixth" → 76, "hundredth" → 100."""
    text = text.lower()
    if text[:1].isdigit():
        return int(re.sub(r"\D", "", text))
    total = 0
    for word in re.split(r"[- ]", text):
        value = _TENS.get(word) or _ORDINAL_UNITS.get(word) or _ORDINAL_TENS.get(word)
        if value is None:
            return None
        total += value
    return total


def _verb_in(phrase: str) -> str | None:
    match = _VERB.search(phrase)
    return re.sub(r"\s+", " ", match.group().lower()) if match else None


class _Dates:
    """The document's dates by where they start, looked up by bisection: a claim asks about its own stretch of
    text, so an article of thousands of claims and dates costs a logarithm per claim, not a pass over all dates."""

    def __init__(self, dates: Sequence[DateFact]) -> None:
        self.dates = sorted(dates, key=lambda d: d.start)
        self.starts = [d.start for d in self.dates]

    def between(self, start: int, end: int) -> list[DateFact]:
        """The dates that start in ``[start, end)``, in text order."""
        return self.dates[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def _year_near(dates: _Dates, start: int, end: int, anchor_year: int | None) -> int | None:
    """The year a dated sentence places its claim in: a date near the publication year, if any."""
    for fact in dates.between(start, end):
        if fact.value[:4].isdigit():
            year = int(fact.value[:4])
            if anchor_year is None or abs(year - anchor_year) <= 1:
                return year
    return None


Claim = ElapsedClaim | AnniversaryClaim | AgeClaim | DatedEventClaim
_Builder = Callable[[re.Match[str], str, _Dates, int | None], Claim | None]
_CLAIMS: list[tuple[re.Pattern[str], re.Pattern[str] | WordStarts, _Builder]] = []


def claim(pattern: str, *, near: str | WordStarts, flags: int = re.IGNORECASE) -> Callable[[_Builder], _Builder]:
    """Declare a claim frame; like the date families, it runs only around its trigger words.

    Frames that find a name by its capitals pass ``flags=0``.
    """

    def register(build: _Builder) -> _Builder:
        _CLAIMS.append((re.compile(pattern, flags), near if isinstance(near, WordStarts) else re.compile(near), build))
        return build

    return register


def _subject(m: re.Match[str]) -> dict[str, object]:
    subject = m.group("subject").strip()
    start = m.start("subject") + (len(m.group("subject")) - len(m.group("subject").lstrip()))
    return {"subject": subject, "subject_start": start, "subject_end": start + len(subject), "verb": _verb_in(subject)}


@claim(
    rf"\b(?P<cal>(?:this|the)\s+year\s+marks|(?:today|this\s+\w+)\s+marks|marks)\s+(?:(?P<bound>{_BOUND})\s+)?"
    rf"(?P<n>{NUMBER})\s+years?\s+(?:since|after|of)\s+{_SUBJECT}",
    near=word_starts(["marks"]),
)
def _marks_years(m: re.Match[str], text: str, dates: _Dates, anchor_year: int | None) -> Claim | None:
    """ "This year marks 76 years since the two countries established diplomatic relations"."""
    years = count_value(m["n"])
    if years is None:
        return None
    return ElapsedClaim(text=m.group(), start=m.start(), end=m.end(), years=years, calendar=True,
                        bound=CLAIM_BOUNDS.get((m["bound"] or "").lower(), "exact"), **_subject(m))  # fmt: skip


@claim(
    rf"\b(?:(?P<bound>{_BOUND})\s+)?(?P<n>{NUMBER})\s+years\s+(?:since|after)\s+{_SUBJECT}",
    near=literal_words(["years since", "years after"]),
)
def _years_since(m: re.Match[str], text: str, dates: _Dates, anchor_year: int | None) -> Claim | None:
    """ "76 years since the two countries established diplomatic relations" (completed years)."""
    if re.search(r"\bmarks\s+(?:\w+\s+)?$", text[max(0, m.start() - 20) : m.start()], re.IGNORECASE):
        return None  # the "marks" frame above, counted by calendar year
    years = count_value(m["n"])
    if years is None:
        return None
    start, _end = sentence_bounds(text, m.start(), m.end())
    return ElapsedClaim(text=m.group(), start=m.start(), end=m.end(), years=years,
                        bound=CLAIM_BOUNDS.get((m["bound"] or "").lower(), "exact"),
                        year=_year_near(dates, start, m.start(), None), **_subject(m))  # fmt: skip


@claim(
    r"\b(?P<subject>[^.;:!?\n]{2,120}?),?\s+(?:which\s+was\s+|that\s+was\s+)?(?P<verb>founded|established|created|formed"
    rf"|launched|signed|adopted|opened)\s+(?:(?P<bound>{_BOUND})\s+)?(?P<n>{NUMBER})\s+years\s+ago\b",
    near=literal_words(["years ago"]),
)
def _founded_years_ago(m: re.Match[str], text: str, dates: _Dates, anchor_year: int | None) -> Claim | None:
    """ "the party, founded 80 years ago, ..." (completed years, or the anniversary to come this year)."""
    years = count_value(m["n"])
    if years is None:
        return None
    parts = _subject(m)
    parts["verb"] = m["verb"].lower()
    return ElapsedClaim(text=m.group(), start=m.start(), end=m.end(), years=years,
                        bound=CLAIM_BOUNDS.get((m["bound"] or "").lower(), "exact"), **parts)  # fmt: skip


@claim(
    rf"\b(?:the\s+)?(?P<ord>{ORDINAL})\s+anniversary\s+of\s+(?:the\s+)?{_SUBJECT}",
    near=word_starts(["anniversary"]),
)
def _anniversary(m: re.Match[str], text: str, dates: _Dates, anchor_year: int | None) -> Claim | None:
    """ "the 80th anniversary of the ruling Workers' Party of Korea (on October 10)"."""
    ordinal = ordinal_value(m["ord"])
    if ordinal is None:
        return None
    start, end = sentence_bounds(text, m.start(), m.end())
    return AnniversaryClaim(text=m.group(), start=m.start(), end=m.end(), ordinal=ordinal,
                            year=_year_near(dates, start, end, anchor_year), **_subject(m))  # fmt: skip


@claim(
    rf"\b(?P<subject>(?:[A-Z][\w'’\-]*[ \t]+){{0,5}}[A-Z][\w\-]*)['’]s\s+(?P<ord>{ORDINAL})\s+"
    r"(?P<what>[Aa]nniversary|[Bb]irthday)\b",
    near=word_starts(["anniversary", "birthday"]),
    flags=0,
)
def _possessive_anniversary(m: re.Match[str], text: str, dates: _Dates, anchor_year: int | None) -> Claim | None:
    """ "the WPK's 80th anniversary", "Kim's 40th birthday"."""
    ordinal = ordinal_value(m["ord"])
    if ordinal is None:
        return None
    start, end = sentence_bounds(text, m.start(), m.end())
    parts = _subject(m)
    if m["what"].lower() == "birthday":
        parts["verb"] = "born"
    return AnniversaryClaim(text=m.group(), start=m.start(), end=m.end(), ordinal=ordinal,
                            year=_year_near(dates, start, end, anchor_year), **parts)  # fmt: skip


@claim(
    r"\b(?P<n>\d{1,3})-year-old\s+(?P<subject>(?:[a-z]+[ \t]+){0,3}(?:[A-Z][\w'’\-]*[ \t]*){1,4})",
    near=literal_words(["-year-old"]),
    flags=0,
)
def _year_old(m: re.Match[str], text: str, dates: _Dates, anchor_year: int | None) -> Claim | None:
    """ "the 76-year-old Choe Son-hui"."""
    parts = _subject(m)
    parts["verb"] = "born"
    return AgeClaim(text=m.group().rstrip(), start=m.start(), end=m.start() + len(m.group().rstrip()),
                    years=int(m["n"]), **parts)  # fmt: skip


@claim(
    r"\b(?P<subject>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3}),\s+(?P<n>\d{1,3}),",
    near=r",\s*\d{1,3},",
    flags=0,
)
def _name_comma_age(m: re.Match[str], text: str, dates: _Dates, anchor_year: int | None) -> Claim | None:
    """ "Choe Son-hui, 57, said": a name with an age set off by commas."""
    parts = _subject(m)
    parts["verb"] = "born"
    return AgeClaim(text=m.group().rstrip(","), start=m.start(), end=m.end() - 1, years=int(m["n"]), **parts)


_DATED_VERBS = (
    "founded", "established", "created", "formed", "launched", "opened", "signed", "concluded", "adopted",
    "began", "started", "born", "ended", "took office", "taking office", "inaugurated",
)  # fmt: skip


_INTRO = re.compile(
    r"(?:(?:ever\s+)?since\s+|after\s+|when\s+|until\s+|as\s+)?"
    r"(?:(?:it|they|he|she)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:(?:first|originally|officially|formally)\s+)?",
    re.IGNORECASE,
)
"""What may open a sentence before a dated verb whose subject comes after it: "Founded in 1893, the union",
"Since it was founded in 1893, the union", "Originally established in 1957, the MBU"."""
_MAIN_CLAUSE = re.compile(r"\s*,\s*(?P<main>[^.;:!?,()\n]{3,160})")


@claim(
    r"\b(?P<verb>" + "|".join(v.replace(" ", r"\s+") for v in _DATED_VERBS) + r")\s+(?:in|on)\s+(?P<when>\S)",
    near=word_starts(["founded", "established", "created", "formed", "launched", "opened", "signed", "concluded",
                        "adopted", "began", "started", "born", "ended", "office", "inaugurated"]),
)  # fmt: skip
def _dated_event(m: re.Match[str], text: str, dates: _Dates, anchor_year: int | None) -> Claim | None:
    """ "the WPK, founded in 1945, ...", "since taking office in June 2022": a stated date of an event.

    When the dated clause opens the sentence ("Founded in 1893, the union has ..."; "Since it was founded
    in 1893, the union ..."), the subject is the main clause after it: it then starts after the claim.
    """
    when = m.start("when")
    stated = next((d for d in dates.between(when, when + 1) if not d.relative), None)
    if stated is None or not stated.value[:4].isdigit():
        return None
    left, _ = sentence_bounds(text, m.start(), m.end())
    subject = text[left : m.start()].strip()
    if _INTRO.fullmatch(subject + " " if subject else ""):
        main = _MAIN_CLAUSE.match(text, stated.end)
        if main is None:
            return None
        subject, subject_start = main["main"].strip(), main.start("main")
    elif not subject:
        return None
    else:
        subject_start = text.index(subject, left)
    return DatedEventClaim(
        text=text[m.start() : stated.end], start=m.start(), end=stated.end, subject=subject,
        subject_start=subject_start, subject_end=subject_start + len(subject),
        verb=re.sub(r"\s+", " ", m["verb"].lower()), value=stated.value, date_start=stated.start,
        date_end=stated.end, date_text=stated.text,
    )  # fmt: skip


def scan_claims(text: str, dates: Sequence[DateFact], anchor_year: int | None) -> Iterator[Claim]:
    """Every claim in ``text``; ``dates`` are the document's date facts (for "on October 10", "in 1945")."""
    indexed = _Dates(dates)
    for pattern, trigger, build in _CLAIMS:
        for match in finditer_near(pattern, text, windows(trigger, text, reach=200)):
            found = build(match, text, indexed, anchor_year)
            if found is not None:
                yield found
