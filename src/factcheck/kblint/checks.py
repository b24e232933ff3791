"""The KB lint checks (KB001-KB008): each reads every entry of every file given, and says where a problem is.

The files of one run are one knowledge base, as ``--kb`` given several times is: a form shared between two
files, or an entity listed in both with other dates, is found as if they were one file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from factcheck.kblint._source import Located, Problem, Span, forms_of
from factcheck.link.claims import event_meaning
from factcheck.model import Entity, Figure

__all__ = ["Hit", "run_checks"]


@dataclass(frozen=True)
class Hit:
    """One lint problem: which check, where (a span in a file's document, and any other place) and why."""

    code: str
    document: str
    span: Span
    message: str
    expected: str | None = None
    actual: str | None = None
    also: tuple[tuple[str, Span], ...] = ()
    """Other places the problem involves (the first entry of a duplicate, the other entity of a shared form)."""


def _key(form: str) -> str:
    """A form as the linker compares it (``factcheck.link.entities``): case, spacing, hyphens, apostrophes."""
    return re.sub(r"[\s\-‐–]+", " ", form.strip().lower()).replace("’", "'")


def _before(a: str, b: str) -> bool:
    """Whether date ``a`` is surely before ``b`` (``YYYY[-MM[-DD]]``), at the precision both give."""
    common = min(len(a), len(b))
    return a[:common] < b[:common]


def _first_day(period: str) -> str:
    """The first day of a figure's period, as ``YYYY-MM-DD``: ``2026-Q4`` → ``2026-10-01``."""
    if "-Q" in period:
        return f"{period[:4]}-{3 * int(period[-1]) - 2:02d}-01"
    return (period + "-01-01")[:10] if len(period) == 4 else (period + "-01")[:10]


def _number(value: float) -> str:
    """ "2,295,000,000", "12.5"."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def _entities(entries: Sequence[Located]) -> list[Located]:
    return [e for e in entries if isinstance(e.item, Entity)]


def _figures(entries: Sequence[Located]) -> list[Located]:
    return [e for e in entries if isinstance(e.item, Figure)]


def invalid_entries(problems: Sequence[Problem]) -> Iterator[Hit]:
    """KB001: entries the reader refuses (``check`` leaves them out and exits 2)."""
    for problem in problems:
        yield Hit("KB001", problem.document, problem.span, problem.message)


def _owners(entries: Sequence[Located]) -> dict[str, dict[str, Located]]:
    """Each form → the entities (by canonical name, first entry) it names."""
    owners: dict[str, dict[str, Located]] = {}
    for entry in _entities(entries):
        assert isinstance(entry.item, Entity)
        for form, _span in forms_of(entry):
            owners.setdefault(_key(form), {}).setdefault(_key(entry.item.name), entry)
    return owners


def shared_forms(entries: Sequence[Located]) -> Iterator[Hit]:
    """KB002: a name or alias that names several entities (it then links to none of them)."""
    owners = _owners(entries)
    reported: set[str] = set()
    for entry in _entities(entries):
        assert isinstance(entry.item, Entity)
        for form, span in forms_of(entry):
            named = owners[_key(form)]
            if len(named) < 2 or _key(form) in reported or next(iter(named.values())) is entry:
                continue
            reported.add(_key(form))
            others = [e for e in named.values() if e is not entry]
            names = ", ".join(e.item.name for e in named.values() if isinstance(e.item, Entity))
            yield Hit(
                "KB002", entry.document, span,
                f'"{form}" names {len(named)} entities ({names}): it links to none of them, so claims about it '
                "are not checked; give each entity a form of its own",
                actual=form, also=tuple((o.document, o.at("name")) for o in others),
            )  # fmt: skip


def conflicting_duplicates(entries: Sequence[Located]) -> Iterator[Hit]:
    """KB003: one entity (same name) listed twice with dates that disagree."""
    first: dict[str, Located] = {}
    for entry in _entities(entries):
        assert isinstance(entry.item, Entity)
        earlier = first.setdefault(_key(entry.item.name), entry)
        if earlier is entry:
            continue
        assert isinstance(earlier.item, Entity)
        for key, value in entry.item.dates.items():
            other = earlier.item.dates.get(key)
            common = min(len(value), len(other or ""))
            if other is None or value[:common] == other[:common]:
                continue
            yield Hit(
                "KB003", entry.document, entry.at(f"dates.{key}"),
                f"{entry.item.name} is listed twice: {key} {other} in the first entry, {value} here",
                expected=other, actual=value, also=((earlier.document, earlier.at(f"dates.{key}")),),
            )  # fmt: skip


_ORIGINS = {"birth": "born", "founding": "founded", "beginning": "begun"}
_AFTER_ORIGIN = {
    "birth": None,  # every other date of a person follows the birth
    "founding": {"end", "death", "office"},
    "beginning": {"end", "death", "office"},
}


def impossible_orders(entries: Sequence[Located]) -> Iterator[Hit]:
    """KB004: a date before the entity's birth, or an end (ended, died, took office) before its founding or
    beginning."""
    for entry in _entities(entries):
        assert isinstance(entry.item, Entity)
        dates = entry.item.dates
        meanings = {key: event_meaning(key) for key in dates}
        for origin, origin_meaning in meanings.items():
            if origin_meaning not in _ORIGINS:
                continue
            later = _AFTER_ORIGIN[origin_meaning]
            for key, value in dates.items():
                if key == origin or meanings[key] == origin_meaning:
                    continue
                if later is not None and meanings[key] not in later:
                    continue
                if _before(value, dates[origin]):
                    yield Hit(
                        "KB004", entry.document, entry.at(f"dates.{key}"),
                        f"{entry.item.name}: {key} {value} is before {origin} {dates[origin]}",
                        expected=f"after {dates[origin]}", actual=value,
                    )  # fmt: skip


def future_dates(entries: Sequence[Located], as_of: date) -> Iterator[Hit]:
    """KB005: a date after ``as_of`` (the day the lint runs, unless ``--as-of`` says otherwise)."""
    today = as_of.isoformat()
    for entry in _entities(entries):
        assert isinstance(entry.item, Entity)
        for key, value in entry.item.dates.items():
            if value > today[: len(value)]:
                yield Hit(
                    "KB005", entry.document, entry.at(f"dates.{key}"),
                    f"{entry.item.name}: {key} {value} is after {today}, the date the reference data is checked on",
                    expected=f"on or before {today}", actual=value,
                )  # fmt: skip
    for entry in _figures(entries):
        assert isinstance(entry.item, Figure)
        period = entry.item.period
        if period is not None and _first_day(period) > today:
            yield Hit(
                "KB005", entry.document, entry.at("period"),
                f"the {entry.item.what} figure is for {period}, after {today}",
                expected=f"on or before {today}", actual=period,
            )  # fmt: skip


def unknown_references(entries: Sequence[Located]) -> Iterator[Hit]:
    """KB006: ``members`` of a relation or ``about`` of a figure that name no entity, or several."""
    owners = _owners(entries)
    for entry in entries:
        item = entry.item
        field, names = ("members", item.members) if isinstance(item, Entity) else ("about", item.about)
        for index, name in enumerate(names):
            count = len(owners.get(_key(name), {}))
            if count == 1:
                continue
            why = "no entity of the knowledge base" if count == 0 else f"{count} entities"
            label = item.name if isinstance(item, Entity) else f"the {item.what} figure"
            yield Hit(
                "KB006", entry.document, entry.at(f"{field}.{index}"),
                f'{label}: {field} "{name}" names {why}; add the entity, or use its name', actual=name,
            )  # fmt: skip


def incomplete_figures(entries: Sequence[Located]) -> Iterator[Hit]:
    """KB007: a figure without a unit or a period, which no article can be compared with."""
    for entry in _figures(entries):
        assert isinstance(entry.item, Figure)
        missing = [name for name in ("period", "unit") if getattr(entry.item, name) is None]
        if missing:
            yield Hit(
                "KB007", entry.document, entry.span,
                f"the {entry.item.what} figure has no {' and no '.join(missing)}: it is never compared with an article",
            )  # fmt: skip


def conflicting_figures(entries: Sequence[Located]) -> Iterator[Hit]:
    """KB008: two figures of the same thing, entities, period and unit with different values."""
    owners = _owners(entries)
    first: dict[tuple[object, ...], Located] = {}
    for entry in _figures(entries):
        figure = entry.item
        assert isinstance(figure, Figure)
        about = frozenset(
            next(iter(owners[_key(a)])) if len(owners.get(_key(a), {})) == 1 else _key(a) for a in figure.about
        )
        key = (about, _key(figure.what), figure.period, (figure.unit or "").lower())
        earlier = first.setdefault(key, entry)
        if earlier is entry or not isinstance(earlier.item, Figure) or earlier.item.value == figure.value:
            continue
        yield Hit(
            "KB008", entry.document, entry.at("value"),
            f"the {figure.what} figure for {figure.period} is given twice: {_number(earlier.item.value)} and "
            f"{_number(figure.value)} {figure.unit or ''}".rstrip(),
            expected=_number(earlier.item.value), actual=_number(figure.value),
            also=((earlier.document, earlier.at("value")),),
        )  # fmt: skip


def run_checks(entries: Sequence[Located], problems: Sequence[Problem], as_of: date) -> list[Hit]:
    """Every check over the entries of all the files, in code order."""
    return [
        *invalid_entries(problems),
        *shared_forms(entries),
        *conflicting_duplicates(entries),
        *impossible_orders(entries),
        *future_dates(entries, as_of),
        *unknown_references(entries),
        *incomplete_figures(entries),
        *conflicting_figures(entries),
    ]
