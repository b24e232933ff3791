"""Planted cross-source changes in real news: silence on equivalent rewrites, recall on one changed fact.

    python benchmarks/cross_source_planted.py ../shared/corpora/aquaint/aquaint.docs.jsonl [--stories N] [--seed S]
                                              [--show] [--variants K] [--write DIR]

Built at run time from the real AQUAINT articles (no corpus text is kept in
the repository). For each article with at least one date, amount of money,
count or duration this script can rewrite, a second "report" of the same
story is written (another ``source``, same ``story`` and ``published``):

- dates in another form: "Feb. 6" / "February 6" / "6 February" / "Feb 6",
  and the weekday name when the date lies within the week before
  publication (a bare weekday in a sentence about the past becomes its date);
- amounts: "$2 billion" / "2 billion dollars" / "$2,000 million" / "$2bn" /
  "US$2 billion" / "dlrs 2 billion", "$500,000" / "$0.5 million";
- counts: "12 people" / "twelve people", "a dozen" / "12";
- durations: "four-day" / "4-day", "two weeks" / "14 days", "two decades" / "20 years";
- some sentences dropped and some paragraphs swapped.

Each second report comes in two families, each its own story beside a copy
of the original: ``equivalent`` (only the rewrites: a correct checker is
silent on them) and ``changed`` (the same rewrites plus exactly one fact
changed: a date shifted by 1-9 days, an amount or a count scaled by 10-60 %,
a duration's count changed: a correct checker flags it; ``--variants K``
makes up to K such variants per article, each changing another fact). The extractor is
used only to find where the facts are; the values are read and rewritten
here, deterministically from ``--seed``.

Scored like ``score_findings.py``: a change is caught when an error or
warning finding has evidence overlapping the changed span in either
document; an equivalent story is a false alarm when an error or warning
finding has evidence overlapping one of its rewritten spans. ``--write DIR``
also writes ``docs.jsonl`` and ``expected.jsonl`` in the metamorphic-dev
layout, for ``score_findings.py``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# ---------------------------------------------------------------------------------------------- words and numbers

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str | None:
    """``n`` in words as news writes it ("seventy-six", "two hundred", "five thousand"), or ``None``."""
    if 0 <= n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else "")
    if n < 1000 and n % 100 == 0:
        return f"{_ONES[n // 100]} hundred"
    if n < 100_000 and n % 1000 == 0:
        return f"{spell(n // 1000)} thousand"
    return None


_SPELLED = {spell(n): n for n in range(0, 100_000) if spell(n) is not None}
_SPELLED.update({"a dozen": 12, "dozen": 12})


def read_count(text: str) -> int | None:
    """ "12", "1,700", "twelve", "Seventy-six", "a dozen" → the integer; anything else → ``None``."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", text):
        return int(text.replace(",", ""))
    return _SPELLED.get(" ".join(text.lower().split()))


def digits(n: int) -> str:
    return f"{n:,}"


def capital(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


# ------------------------------------------------------------------------------------------------------- dates

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
_AP = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
_SHORT = {m: MONTHS[m - 1][:3] for m in range(1, 13)}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_WORDS = {name.lower(): i + 1 for i, name in enumerate(MONTHS)}
_MONTH_WORDS.update({name[:3].lower(): i + 1 for i, name in enumerate(MONTHS)})
_MONTH_WORDS["sept"] = 9
_MONTH = r"(?P<mon>" + "|".join(sorted((m.capitalize() for m in _MONTH_WORDS), key=len, reverse=True)) + r")"
_WEEKDAY = r"(?P<wd>" + "|".join(WEEKDAYS) + r")"
_MONTH_DAY = re.compile(
    rf"(?:{_WEEKDAY},\s+)?{_MONTH}\.?\s+(?P<day>[1-9]|[12]\d|3[01])(?:,\s+(?P<year>1\d{{3}}|20\d\d))?"
)
_DAY_MONTH = re.compile(rf"(?P<day>[1-9]|[12]\d|3[01])\s+{_MONTH}(?:\s+(?P<year>1\d{{3}}|20\d\d))?")
_BARE_WEEKDAY = re.compile(_WEEKDAY)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|'ll|plans?|planned|planning|scheduled|expected|expects|due|upcoming|next|is to|are to"
    r"|to be held|to begin|to start|until|by)\b",
    re.IGNORECASE,
)
"""Words that may put a bare weekday after publication: such a weekday is neither rewritten as a date nor shifted."""
_BOUND_WEEKDAY = re.compile(r"\b(?:earlier|later|early|late|last|next|this|that|every|each)\s+\Z", re.IGNORECASE)
_PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night)\b")
"""A weekday tied to the words around it ("Earlier Friday", "Friday night") keeps its name: "Earlier Jan. 7" is no
way to write it."""
DATE_FORMATS = ("ap", "full", "dmy", "short")


def render_date(day: date, form: str, year: bool) -> str:
    if form == "weekday":
        return WEEKDAYS[day.weekday()]
    month = {"ap": _AP.get(day.month, MONTHS[day.month - 1]), "full": MONTHS[day.month - 1],
             "short": _SHORT[day.month], "dmy": MONTHS[day.month - 1]}[form]  # fmt: skip
    if form == "dmy":
        return f"{day.day} {month}" + (f" {day.year}" if year else "")
    return f"{month} {day.day}" + (f", {day.year}" if year else "")


def date_form(text: str) -> str:
    """The form a month-day date is written in: ``dmy``, ``ap`` ("Feb."), ``full`` ("February"), ``short`` ("Feb")."""
    first = text.split(" ")[0]
    if first[:1].isdigit():
        return "dmy"
    if first.endswith("."):
        return "ap"
    return "full" if first in MONTHS else "short"


def nearest(month: int, day_of_month: int, published: date) -> date | None:
    """The date with this month and day nearest to publication (an article in January may speak of Dec. 30)."""
    found = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            found.append(date(year, month, day_of_month))
        except ValueError:
            continue
    return min(found, key=lambda d: abs(d - published)) if found else None


# ------------------------------------------------------------------------------------------------------- money

_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mln": 1e6, "bn": 1e9, "m": 1e6}
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_MAG = r"(?:\s?(?P<mag>million|billion|trillion|mln|bn|m)\b)?"
_MONEY = [
    re.compile(rf"(?:US)?\$\s?{_NUM}{_MAG}"),
    re.compile(rf"dlrs\s+{_NUM}{_MAG}"),
    re.compile(rf"{_NUM}(?:\s+(?P<mag>million|billion|trillion))?\s+(?:U\.S\.\s+|US\s+)?dollars"),
]
MONEY_FORMS = ("sign", "sign-mag", "dollars", "thousand-million", "us", "abbrev", "dlrs")


def _decimal(value: float, places: int = 3) -> str:
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return text if "." in text else f"{round(value):,}"


def money_form(text: str) -> str:
    if text.startswith("US$"):
        return "us"
    if text.startswith("dlrs"):
        return "dlrs"
    if text.endswith("dollars"):
        return "dollars"
    if re.search(r"\d(?:bn|m|mln)$", text):
        return "abbrev"
    if re.search(r"\d{1,3},000 million$", text):
        return "thousand-million"
    return "sign-mag" if re.search(r"(?:million|billion|trillion)$", text) else "sign"


def render_money(value: float, form: str) -> str | None:
    """``value`` dollars in ``form``, or ``None`` when that form does not suit the amount."""
    if value >= 1e9:
        number, word, abbrev = value / 1e9, "billion", "bn"
    elif value >= 1e6:
        number, word, abbrev = value / 1e6, "million", "m"
    elif value >= 1e5 and value % 1e4 == 0:
        number, word, abbrev = value / 1e6, "million", ""  # "$0.25 million", never "$0.139 million"
    else:
        number, word, abbrev = value, "", ""
    magnitude = f"{_decimal(number)} {word}" if word else None
    if form == "sign":
        return f"${round(value):,}" if value < 1e8 and value == int(value) else None
    if form == "sign-mag":
        return f"${magnitude}" if magnitude else None
    if form == "dollars":
        return f"{magnitude or f'{round(value):,}'} dollars"
    if form == "thousand-million":
        return f"${_decimal(value / 1e6)} million" if value >= 1e9 else None
    if form == "us":
        return f"US${magnitude}" if magnitude else None
    if form == "abbrev":
        return f"${_decimal(number)}{abbrev}" if abbrev else None
    if form == "dlrs":
        return f"dlrs {magnitude}" if magnitude else None
    return None


# --------------------------------------------------------------------------------------------------- durations

_COUNT_WORD = "|".join(sorted((w for w in _SPELLED if w and " " not in w and _SPELLED[w] < 100), key=len, reverse=True))
_DURATION = re.compile(
    rf"(?<![\w/.,-])(?P<count>\d+|(?i:{_COUNT_WORD}))(?P<sep>-| )(?P<unit>minute|hour|day|week|month|year|decade)"
    r"(?P<plural>s?)(?![\w-])"
)
_HEDGE = re.compile(r"\b(?:about|around|roughly|some|nearly|almost|approximately|an estimated|estimated|close to)\s+\Z",
                    re.IGNORECASE)  # fmt: skip


def hedged(text: str, start: int) -> bool:
    return bool(_HEDGE.search(text, max(0, start - 24), start))


def render_duration(count: int, unit: str, hyphen: bool, words: bool, like: str) -> str:
    number = (spell(count) if words and count < 100 else None) or str(count)
    if hyphen:
        return capital(f"{number}-{unit}", like)
    return capital(f"{number} {unit}{'s' if count != 1 else ''}", like)


# ------------------------------------------------------------------------------------------------------- plans


@dataclass
class Fact:
    """One fact of the original this script can rewrite or change: where it is, and how to write it otherwise."""

    kind: str
    """``date``, ``weekday``, ``money``, ``count`` or ``duration``."""
    start: int
    end: int
    text: str
    forms: list[tuple[str, str]]
    """(rewrite kind, text) for each equivalent form other than the original."""
    change: Callable[[random.Random, str], tuple[str, str] | None]
    """Given the rng and the rewrite kind chosen, (change kind with its note, changed text), or ``None``."""


def _sentence_at(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = min(i for i in (text.find(". ", end), text.find("\n", end), len(text)) if i >= 0)
    return text[left + 1 : right]


def _date_fact(text: str, start: int, end: int, published: date) -> Fact | None:
    span = text[start:end]
    if m := _BARE_WEEKDAY.fullmatch(span):
        if _FUTURE.search(_sentence_at(text, start, end)) or _BOUND_WEEKDAY.search(text, max(0, start - 12), start):
            return None
        if _PART_OF_DAY.match(text, end):
            return None
        weekday = WEEKDAYS.index(m["wd"])
        day = published - timedelta(days=(published.weekday() - weekday) % 7)
        forms = [(f"weekday-date/{form}", render_date(day, form, False)) for form in DATE_FORMATS]

        def shift_weekday(rng: random.Random, kind: str) -> tuple[str, str]:
            by = rng.choice([k for k in range(-9, 10) if k and k % 7])
            form = kind.rsplit("/", 1)[-1]
            return f"date-shift {by:+d} days", render_date(day + timedelta(days=by), form, False)

        return Fact("weekday", start, end, span, forms, shift_weekday)
    m = _MONTH_DAY.fullmatch(span) or _DAY_MONTH.fullmatch(span)
    if m is None:
        return None
    month = _MONTH_WORDS[m["mon"].lower()]
    year = m["year"] is not None
    day_of_month = int(m["day"])
    try:
        day = date(int(m["year"]), month, day_of_month) if year else nearest(month, day_of_month, published)
    except ValueError:
        return None
    if day is None:
        return None
    prefix = span[: m.start("mon") if m.re is _MONTH_DAY else 0]
    offset = len(prefix)
    own = date_form(span[offset:])
    forms = [(f"date-format/{form}", render_date(day, form, year)) for form in DATE_FORMATS if form != own]
    forms = [(kind, value) for kind, value in forms if value != span[offset:]]
    weekday_prefix = bool(m.re is _MONTH_DAY and m["wd"])
    if not year and not weekday_prefix and timedelta(0) <= published - day <= timedelta(days=6):
        forms.append(("date-weekday", render_date(day, "weekday", False)))

    def shift(rng: random.Random, kind: str) -> tuple[str, str]:
        by = rng.choice([k for k in range(-9, 10) if k])
        moved = day + timedelta(days=by)
        form = kind.rsplit("/", 1)[-1] if "/" in kind else own
        if form not in DATE_FORMATS:
            form = "ap"
        return f"date-shift {by:+d} days", render_date(moved, form, year)

    return Fact("date", start + offset, end, span[offset:], forms, shift)


def _money_fact(text: str, start: int, end: int) -> Fact | None:
    span = text[start:end]
    for pattern in _MONEY:
        if m := pattern.fullmatch(span):
            break
    else:
        return None
    value = float(m["num"].replace(",", "")) * _SCALE_WORDS.get(m["mag"] or "", 1.0)
    own = money_form(span)
    forms = [(f"money-format/{form}", render_money(value, form)) for form in MONEY_FORMS if form != own]
    good = [(kind, value_text) for kind, value_text in forms if value_text and value_text != span]
    approx = hedged(text, start)

    def scale(rng: random.Random, kind: str) -> tuple[str, str] | None:
        form = kind.rsplit("/", 1)[-1]
        low = 0.25 if approx else 0.1
        for _ in range(50):
            factor = 1 + rng.choice([-1, 1]) * rng.uniform(low, 0.6)
            for places in ("3g", "2g"):
                new = float(f"{value * factor:.{places}}")
                ratio = new / value
                if (low - 0.01) <= abs(ratio - 1) <= 0.61 and (written := render_money(new, form)):
                    return f"money-scale x{ratio:.2f}", written
        return None

    return Fact("money", start, end, span, [(k, v) for k, v in good if v], scale)


def _count_fact(text: str, start: int, end: int) -> Fact | None:
    span = text[start:end]
    n = read_count(span)
    if n is None or n < 2:
        return None
    written_in_words = not span[:1].isdigit()
    forms = []
    if written_in_words:
        forms.append(("count-format/digits", digits(n)))
    elif (word := spell(n)) is not None:
        forms.append(("count-format/words", capital(word, span)))
    approx = hedged(text, start)

    def scale(rng: random.Random, kind: str) -> tuple[str, str] | None:
        low = 0.25 if approx else 0.1
        options = [m for m in range(2, int(n * 1.6) + 2) if m != n and low - 1e-9 <= abs(m / n - 1) <= 0.6]
        if not options:
            return None
        new = rng.choice(options)
        words = kind.endswith("words") or (kind == "" and written_in_words)
        word = spell(new) if words else None
        return f"count-scale {n}->{new}", capital(word, span) if word else digits(new)

    return Fact("count", start, end, span, forms, scale)


def _duration_fact(text: str, start: int, end: int) -> Fact | None:
    span = text[start:end]
    m = _DURATION.search(span)
    if m is None:
        return None
    n = read_count(m["count"])
    hyphen = m["sep"] == "-"
    if n is None or n < 1 or (hyphen and m["plural"]) or (not hyphen and bool(m["plural"]) != (n != 1)):
        return None
    unit, words = m["unit"], not m["count"][:1].isdigit()
    at, to = start + m.start(), start + m.end()
    forms = [("duration-format/" + ("digits" if words else "words"),
              render_duration(n, unit, hyphen, not words, m.group()))]  # fmt: skip
    if unit == "week":
        forms.append(("duration-unit/days", render_duration(7 * n, "day", hyphen, words, m.group())))
    elif unit == "day" and n % 7 == 0:
        forms.append(("duration-unit/weeks", render_duration(n // 7, "week", hyphen, words, m.group())))
    elif unit == "decade":
        forms.append(("duration-unit/years", render_duration(10 * n, "year", hyphen, words, m.group())))
    forms = [(k, v) for k, v in forms if v != m.group()]
    approx = hedged(text, at) or hedged(text, start)

    def recount(rng: random.Random, kind: str) -> tuple[str, str] | None:
        base, write = n, lambda k: render_duration(k, unit, hyphen, words, m.group())
        if kind.startswith("duration-format"):
            write = lambda k: render_duration(k, unit, hyphen, not words, m.group())  # noqa: E731
        elif kind == "duration-unit/days":
            write = lambda k: render_duration(7 * k, "day", hyphen, words, m.group())  # noqa: E731
        elif kind == "duration-unit/weeks":
            base, write = n // 7, lambda k: render_duration(k, "week", hyphen, words, m.group())
        elif kind == "duration-unit/years":
            write = lambda k: render_duration(10 * k, "year", hyphen, words, m.group())  # noqa: E731
        low = 0.25 if approx else 0.0
        options = [k for k in range(1, base + 4) if k != base and abs(k / base - 1) >= low and abs(k - base) <= 3]
        if not options:
            return None
        new = rng.choice(options)
        return f"duration-count {base}->{new}", write(new)

    return Fact("duration", at, to, m.group(), forms, recount)


def candidate_facts(doc: dict[str, Any], extracted: list[Any]) -> list[Fact]:
    """The facts of one article this script can rewrite or change, from the extractor's positions."""
    text, published = doc["text"], date.fromisoformat(str(doc["published"])[:10])
    found: list[Fact] = []
    for fact in extracted:
        made: Fact | None = None
        if fact.kind == "date":
            made = _date_fact(text, fact.start, fact.end, published)
        elif fact.kind == "money":
            made = _money_fact(text, fact.start, fact.end)
        elif fact.kind == "number" and fact.unit and not fact.ordinal:
            made = _count_fact(text, fact.start, fact.end)
        elif fact.kind == "duration":
            made = _duration_fact(text, fact.start, fact.end)
        if made is not None and not any(f.start < made.end and made.start < f.end for f in found):
            found.append(made)
    return found


# --------------------------------------------------------------------------------------------------- sentences

_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "gen", "sen",
                  "rep", "gov", "st", "jr", "sr", "lt", "col", "capt", "sgt", "inc", "co", "corp", "no", "vs", "ft",
                  "mt", "rev", "prof", "adm", "maj", "cmdr", "ltd", "bros", "p.m", "a.m", "u.s", "u.n"}  # fmt: skip
_BOUNDARY = re.compile(r"[.!?]['\"’”]*\s+(?=[A-Z`\"“‘(])")


def sentences(text: str) -> list[list[tuple[int, int]]]:
    """Paragraphs of sentences, as spans of ``text``."""
    paragraphs = []
    for para in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text):
        spans, begin = [], para.start()
        for m in _BOUNDARY.finditer(text, para.start(), para.end()):
            word = re.search(r"([\w.]+)\Z", text[begin : m.start()])
            token = word.group(1).lower() if word else ""
            if token in _ABBREVIATIONS or len(token.rstrip(".")) == 1:
                continue
            end = m.start() + len(m.group().rstrip())
            spans.append((begin, end))
            begin = m.end()
        spans.append((begin, para.end()))
        paragraphs.append(spans)
    return paragraphs


# -------------------------------------------------------------------------------------------------------- build


@dataclass
class Plan:
    """How one article becomes its second report: what is kept, in which order, and what is written otherwise."""

    keep: list[list[tuple[int, int]]]
    rewrites: dict[int, tuple[str, str]] = field(default_factory=dict)
    """Index into ``facts`` → (rewrite kind, text)."""
    changes: list[tuple[int, str, str]] = field(default_factory=list)
    """One per changed variant: (index into ``facts``, change kind and note, changed text)."""


CHANGE_KINDS = ("date", "money", "count", "duration")


def _kind(fact: Fact) -> str:
    return fact.kind.replace("weekday", "date")


def make_plan(text: str, facts: list[Fact], rng: random.Random, order: list[str], variants: int = 1) -> Plan | None:
    """The plan for one article: up to ``variants`` changes, each of another fact, kinds taken in ``order``."""
    rewritable = [i for i, f in enumerate(facts) if f.forms]
    if not rewritable:
        return None
    changes: list[tuple[int, str, str]] = []
    chosen: dict[int, tuple[str, str]] = {}
    options = {kind: [i for i, f in enumerate(facts) if _kind(f) == kind] for kind in order}
    for kind in order:
        rng.shuffle(options[kind])
    while len(changes) < variants and any(options.values()):
        for kind in order:
            while options[kind]:
                index = options[kind].pop()
                rewrite = rng.choice(facts[index].forms) if facts[index].forms else None
                made = facts[index].change(rng, rewrite[0] if rewrite else "")
                if made is not None:
                    changes.append((index, *made))
                    if rewrite:
                        chosen[index] = rewrite
                    break
            if len(changes) == variants:
                break
    vital = {i for i, _, _ in changes}
    keep: list[list[tuple[int, int]]] = []
    for number, para in enumerate(sentences(text)):
        kept = []
        for span in para:
            holds = {i for i, f in enumerate(facts) if span[0] <= f.start and f.end <= span[1]}
            if number == 0 or holds & vital or rng.random() >= 0.15:
                kept.append(span)
        if kept:
            keep.append(kept)
    for _ in range(2):
        if len(keep) > 3:
            at = rng.randrange(1, len(keep) - 1)
            keep[at], keep[at + 1] = keep[at + 1], keep[at]
    plan = Plan(keep=keep, changes=changes)
    kept_spans = [span for para in keep for span in para]
    for i in rewritable:
        fact = facts[i]
        if any(s <= fact.start and fact.end <= e for s, e in kept_spans):
            plan.rewrites[i] = chosen.get(i) or rng.choice(fact.forms)
    return plan


def render(
    text: str, facts: list[Fact], plan: Plan, change: tuple[int, str, str] | None
) -> tuple[str, dict[int, tuple[int, int, str]]]:
    """The second report's text and, for each fact written otherwise, its span there."""
    replace: dict[int, str] = {i: v for i, (_, v) in plan.rewrites.items()}
    if change is not None:
        replace[change[0]] = change[2]
    out: list[str] = []
    length = 0
    spans: dict[int, tuple[int, int, str]] = {}
    for p, para in enumerate(plan.keep):
        if p:
            out.append("\n\n")
            length += 2
        for s, (begin, end) in enumerate(para):
            if s:
                out.append(" ")
                length += 1
            cursor = begin
            for i in sorted((i for i in replace if begin <= facts[i].start and facts[i].end <= end),
                            key=lambda i: facts[i].start):  # fmt: skip
                fact = facts[i]
                out.append(text[cursor : fact.start])
                length += fact.start - cursor
                spans[i] = (length, length + len(replace[i]), replace[i])
                out.append(replace[i])
                length += len(replace[i])
                cursor = fact.end
            out.append(text[cursor:end])
            length += end - cursor
    return "".join(out), spans


def _span(start: int, end: int, text: str) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text}


def build(
    docs: list[dict[str, Any]], stories: int | None, seed: int, variants: int = 1
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(documents, expected rows) for both families, from the articles that have a fact to rewrite."""
    from factcheck.engine import extract

    extracted = extract(docs, kinds=["date", "duration", "money", "number"])
    documents: list[dict[str, Any]] = []
    expected: list[dict[str, Any]] = []
    built = 0
    made: Counter[str] = Counter()
    """Changes made so far by kind: each article's changes are of the rarest kinds it allows."""
    for doc, facts_of_doc in zip(docs, extracted.documents, strict=True):
        if stories is not None and built >= stories:
            break
        facts = candidate_facts(doc, list(facts_of_doc.facts))
        rng = random.Random(f"{seed}:{doc['id']}")
        order = sorted(CHANGE_KINDS, key=lambda kind: (made[kind], CHANGE_KINDS.index(kind)))
        plan = make_plan(doc["text"], facts, rng, order, variants)
        if plan is None or not plan.rewrites:
            continue
        built += 1
        made.update(_kind(facts[i]) for i, _, _ in plan.changes)
        families: list[tuple[str, tuple[int, str, str] | None]] = [("e", None)]
        families += [(f"c{n + 1}" if variants > 1 else "c", change) for n, change in enumerate(plan.changes)]
        for suffix, change in families:
            story = f"xsp-{built:04d}-{suffix}"
            text_b, spans = render(doc["text"], facts, plan, change)
            common = {"published": doc["published"], "story": story}
            documents.append(
                {"id": f"{story}-A", "text": doc["text"], "source": doc.get("source") or "A-wire", **common}
            )
            documents.append({"id": f"{story}-B", "text": text_b, "source": "B-daily", **common})
            rewrites = [
                {"kind": plan.rewrites[i][0], "a": _span(facts[i].start, facts[i].end, facts[i].text),
                 "b": _span(*spans[i])}
                for i in sorted(plan.rewrites) if i in spans and not (change and change[0] == i)
            ]  # fmt: skip
            row: dict[str, Any] = {"family": "B" if change else "A2", "story": story, "source_doc": doc["id"],
                                   "a": f"{story}-A", "b": f"{story}-B", "must_flag": change is not None,
                                   "kind": "none", "note": "", "change": None, "rewrites": rewrites}  # fmt: skip
            if change is not None:
                index, note, _ = change
                fact = facts[index]
                row["kind"], row["note"] = note.split(" ", 1)[0], note
                row["change"] = {"a": _span(fact.start, fact.end, fact.text), "b": _span(*spans[index])}
            expected.append(row)
    return documents, expected


# -------------------------------------------------------------------------------------------------------- score


def _overlaps(found: list[tuple[Any, Any]], span: dict[str, Any]) -> list[Any]:
    return [f for f, e in found if e.start < span["end"] and span["start"] < e.end]


def _where(finding: Any, row: dict[str, Any]) -> str:
    """Where a finding's evidence lies: " within A" (the original article alone), " within B", or across both."""
    documents = {e.document for e in finding.evidence}
    return " within A" if documents == {row["a"]} else " within B" if documents == {row["b"]} else ""


def score(expected: list[dict[str, Any]], report: Any, show: bool) -> None:
    evidence: dict[str, list[tuple[Any, Any]]] = defaultdict(list)
    for finding in report.findings:
        if finding.severity.value in ("error", "warning"):
            for ev in finding.evidence:
                evidence[ev.document].append((finding, ev))
    caught: dict[str, list[bool]] = defaultdict(list)
    rules: dict[str, Counter[str]] = defaultdict(Counter)
    alarms: list[bool] = []
    by_rewrite: dict[str, list[bool]] = defaultdict(list)
    stray: list[tuple[dict[str, Any], dict[str, Any], Any]] = []
    misses, wrong = [], []
    for row in expected:
        hits_per_rewrite = [
            (r, (_overlaps(evidence[row["a"]], r["a"]) + _overlaps(evidence[row["b"]], r["b"])))
            for r in row["rewrites"]
        ]
        if row["must_flag"]:
            c = row["change"]
            hits = _overlaps(evidence[row["a"]], c["a"]) + _overlaps(evidence[row["b"]], c["b"])
            ok = bool(hits)
            caught[row["kind"]].append(ok)
            rules[row["kind"]].update({f.rule for f in hits})
            if not ok:
                misses.append(row)
            stray.extend((row, r, hits[0]) for r, hits in hits_per_rewrite if hits)
        else:
            for r, hits in hits_per_rewrite:
                by_rewrite[r["kind"].split("/")[0]].append(bool(hits))
            found = [(r, hits[0]) for r, hits in hits_per_rewrite if hits]
            alarms.append(bool(found))
            if found:
                wrong.append((row, found))
    limit = None if show else 8
    print(f"== misses ({len(misses)}) ==")
    for row in misses[:limit]:
        c = row["change"]
        print(f"{row['story']} {row['source_doc']} {row['note']}: A {c['a']['text']!r} -> B {c['b']['text']!r}")
    print(f"== false alarms ({len(wrong)}) ==")
    for row, found in wrong[:limit]:
        for r, f in found:
            print(f"{row['story']} {row['source_doc']} {r['kind']}: A {r['a']['text']!r} -> B {r['b']['text']!r}  "
                  f"[{f.rule} {f.severity.value}{_where(f, row)}: {f.message[:120]}]")  # fmt: skip
    if stray:
        print(f"== findings on rewritten spans of changed stories ({len(stray)}) ==")
        for row, r, f in stray[:limit]:
            what = f"A {r['a']['text']!r} -> B {r['b']['text']!r}"
            print(f"{row['story']} {r['kind']}: {what}  [{f.rule}{_where(f, row)}: {f.message[:100]}]")
    print("== recall (must flag) ==")
    for kind, values in sorted(caught.items()):
        by = ", ".join(f"{rule} {n}" for rule, n in sorted(rules[kind].items()))
        print(f"{kind:24s} {sum(values)}/{len(values)} = {sum(values) / len(values):.3f}   (caught by {by or 'none'})")
    print("== false alarms (must not flag) ==")
    for kind, values in sorted(by_rewrite.items()):
        print(f"  rewrites {kind:15s} {sum(values)}/{len(values)} = {sum(values) / len(values):.3f}")
    print(f"{'equivalent stories':24s} {sum(alarms)}/{len(alarms)} = {sum(alarms) / max(1, len(alarms)):.3f}")
    n_flag = sum(len(v) for v in caught.values())
    recall = sum(sum(v) for v in caught.values()) / max(1, n_flag)
    rate = sum(alarms) / max(1, len(alarms))
    print(
        f"recall {recall:.3f} on {n_flag} must-flag cases; false alarms {rate:.3f} on {len(alarms)} must-not-flag cases"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("corpus", type=Path, help="aquaint.docs.jsonl")
    parser.add_argument("--stories", type=int, default=None, help="at most this many articles (default: all usable)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--variants", type=int, default=1, help="changed variants per article, each of another fact")
    parser.add_argument("--show", action="store_true", help="print every miss and false alarm")
    parser.add_argument("--write", type=Path, help="also write docs.jsonl and expected.jsonl here")
    args = parser.parse_args()
    import factcheck

    docs = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    documents, expected = build(docs, args.stories, args.seed, args.variants)
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        for name, rows in (("docs.jsonl", documents), ("expected.jsonl", expected)):
            (args.write / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    kinds = Counter(r["kind"].split("/")[0] for row in expected if not row["must_flag"] for r in row["rewrites"])
    changes = Counter(row["kind"] for row in expected if row["must_flag"])
    articles = sum(1 for row in expected if not row["must_flag"])
    print(f"{articles} articles of {len(docs)} rewritten (seed {args.seed}); rewrites: "
          + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
          + "; changes: " + ", ".join(f"{k} {v}" for k, v in sorted(changes.items())))  # fmt: skip
    score(expected, factcheck.check(documents), args.show)


if __name__ == "__main__":
    main()
