"""Reading what an article ignores: inline ignores, ``off``/``on`` blocks and the ``ignore:`` field.

Each becomes a ``Directive`` (what the writer wrote, and where) and one
``Cover`` for each rule it names: the stretch of text, in offsets, in which
a finding of that rule is suppressed. Offsets rather than lines, so that a
finding is placed with a bisection rather than by counting lines again; an
inline ignore's stretch still runs from the start of its first line to the
end of the line after it.

Anything that would do nothing — a comment that names no rule, an unknown
rule, an ``on`` that closes no ``off``, a verb other than ``ignore``, ``off``
and ``on`` — is an input error (``E004``) naming the file and line, because an
ignore that does nothing would otherwise look like one that works.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from factcheck.model import Document, ReadError
from factcheck.text import line_starts, position

__all__ = [
    "COMMENT",
    "EVERY_RULE",
    "IGNORE_COMMENT",
    "SUPPRESSION_ERROR",
    "UNUSED_IGNORE",
    "Cover",
    "Directive",
    "Ignore",
    "find_directives",
    "find_ignores",
    "known_rules",
]

IGNORE_COMMENT = re.compile(r"<!--\s*factcheck\s*:\s*ignore\b(?P<rules>.*?)-->", re.IGNORECASE | re.DOTALL)
"""An inline ignore: ``<!-- factcheck: ignore FC101, weekday-date-mismatch -->``."""

COMMENT = re.compile(r"<!--\s*factcheck\s*:\s*(?P<verb>[\w-]*)(?P<rules>.*?)-->", re.IGNORECASE | re.DOTALL)
"""Any factcheck comment: ``ignore``, ``off`` or ``on``, with the rules it names."""

SUPPRESSION_ERROR = "E004"
"""The code of an input error in an ignore comment or an ``ignore:`` field."""

UNUSED_IGNORE = "FC406"
"""The rule that reports an ignore that suppressed nothing; a bare ``off`` never hides its findings."""

EVERY_RULE: None = None
"""What a bare ``off`` names: every rule (but ``UNUSED_IGNORE``)."""

_SEPARATORS = re.compile(r"[\s,]+")
_TO_THE_END = sys.maxsize
Kind = Literal["ignore", "off", "front matter"]


@dataclass(frozen=True)
class Ignore:
    """One inline ignore: the codes of the rules it names and the text lines (1-based) it covers."""

    rules: frozenset[str]
    first_line: int
    last_line: int


@dataclass(frozen=True)
class Directive:
    """One suppression as written: an inline ignore, an ``off`` comment, or the document's ``ignore:`` field."""

    document: str
    kind: Kind
    text: str
    """The comment as written, or ``ignore: [FC402]`` for the field."""
    start: int
    """Offset of the comment in the text; the field, which is not in the text, is at 0 with ``end`` 0."""
    end: int


@dataclass(frozen=True)
class Cover:
    """Where a directive suppresses one rule (``None``: every rule): from ``start`` to ``end``, offsets."""

    directive: Directive
    rule: str | None
    start: int
    end: int

    def covers(self, rule: str, offset: int) -> bool:
        named = self.rule == rule or (self.rule is EVERY_RULE and rule != UNUSED_IGNORE)
        return named and self.start <= offset <= self.end


def _file_line(document: Document, text_line: int) -> int | None:
    """The line of the file a line of ``document.text`` is on (JSON Lines: the record's line)."""
    if document.line is None:
        return None
    if document.path is not None and document.path.endswith(".jsonl"):
        return document.line
    return document.line + text_line - 1


def _error(document: Document, line: int | None, message: str) -> ReadError:
    return ReadError(path=document.path or document.id, line=line, code=SUPPRESSION_ERROR, message=message)


def _names(raw: str) -> list[str]:
    return [part for part in _SEPARATORS.split(raw.strip()) if part]


def _code(name: str, known: Mapping[str, str]) -> str | None:
    """The code a rule code, name or alias stands for, if any rule has it."""
    return known.get(name.upper()) or known.get(name.lower())


def _unknown(names: Iterable[str], known: Mapping[str, str]) -> list[str]:
    return [name for name in names if _code(name, known) is None]


def _codes(names: Iterable[str], known: Mapping[str, str]) -> list[str]:
    """The codes ``names`` stand for, once each, in the order written."""
    return list(dict.fromkeys(code for code in (_code(name, known) for name in names) if code is not None))


def known_rules() -> dict[str, str]:
    """Every code, name and alias of the registered rules → its code."""
    from factcheck.rules import registry

    known: dict[str, str] = {}
    for spec in registry:
        known.update(
            {spec.code.upper(): spec.code, spec.name: spec.code, **{a.lower(): spec.code for a in spec.aliases}}
        )
    return known


def _front_matter(document: Document, known: Mapping[str, str]) -> tuple[list[Cover], list[ReadError]]:
    """The whole document, for each rule the front matter's (or record's) ``ignore:`` field names."""
    raw = document.meta.get("ignore")
    if raw is None:
        return [], []
    if isinstance(raw, str):
        raw = _names(raw)
    if not isinstance(raw, list) or not raw or not all(isinstance(item, str) and item.strip() for item in raw):
        message = "`ignore:` must be a list of rule codes or names, e.g. ignore: [FC402]"
        return [], [_error(document, None, message)]
    unknown = _unknown(raw, known)
    if unknown:
        message = f"`ignore:` names no known rule {', '.join(map(repr, unknown))} (see `factcheck rules`)"
        return [], [_error(document, None, message)]
    directive = Directive(document.id, "front matter", f"ignore: [{', '.join(raw)}]", 0, 0)
    return [Cover(directive, code, 0, _TO_THE_END) for code in _codes((i.strip() for i in raw), known)], []


@dataclass
class _Blocks:
    """The ``off`` comments still open while the text is read, by the rule they name."""

    open: dict[str | None, list[Directive]]
    covers: list[Cover]

    def off(self, directive: Directive, codes: list[str]) -> None:
        named: list[str | None] = [*codes] if codes else [EVERY_RULE]
        for code in named:
            self.open.setdefault(code, []).append(directive)

    def on(self, codes: list[str], end: int) -> list[str | None]:
        """Close the ``off`` comments of ``codes`` (none: all) at ``end``; the codes that had none open."""
        closing: list[str | None] = [*codes] if codes else list(self.open)
        missing = [code for code in closing if not self.open.get(code)]
        if not codes and not self.open:
            missing = [EVERY_RULE]
        for code in closing:
            for directive in self.open.pop(code, []):
                self.covers.append(Cover(directive, code, directive.start, end))
        return missing

    def close(self) -> None:
        """An ``off`` never closed runs to the end of the document (as in Vale)."""
        self.on([], _TO_THE_END)


def _message(comment: str, verb: str, names: list[str], unknown: list[str]) -> str | None:
    if verb not in ("ignore", "off", "on"):
        return f"{comment!r} is not a factcheck comment: write `ignore RULES`, `off [RULES]` or `on [RULES]`"
    if verb == "ignore" and not names:
        return f"{comment!r} names no rule; write the rules it ignores: <!-- factcheck: ignore FC101 -->"
    if unknown:
        return f"{comment!r} names no known rule {', '.join(map(repr, unknown))} (see `factcheck rules`)"
    return None


def find_directives(document: Document, known: Mapping[str, str]) -> tuple[list[Cover], list[ReadError]]:
    """What a document ignores, rule by rule, and an error for each comment that would do nothing.

    ``known`` maps every code (upper case), name and alias (lower case) of the registered rules to its code.
    """
    covers, errors = _front_matter(document, known)
    text = document.text
    if "<!--" not in text:  # the common case, without a regex scan
        return covers, errors
    starts = line_starts(text)

    def line_of(offset: int) -> int:
        return bisect_right(starts, offset)

    blocks = _Blocks({}, [])
    for match in COMMENT.finditer(text):
        verb, names = match["verb"].lower(), _names(match["rules"])
        first = line_of(match.start())
        line = _file_line(document, first)
        message = _message(match[0], verb, names, _unknown(names, known))
        if message is not None:
            errors.append(_error(document, line, message))
            continue
        codes = _codes(names, known)
        directive = Directive(document.id, "off" if verb == "off" else "ignore", match[0], match.start(), match.end())
        if verb == "ignore":
            last = line_of(match.end())  # the comment's last line; it covers the next one too
            end = starts[last + 1] - 1 if last + 1 < len(starts) else len(text)
            covers += [Cover(directive, code, starts[first - 1], end) for code in codes]
        elif verb == "off":
            blocks.off(directive, codes)
        else:
            for code in blocks.on(codes, match.end()):
                what = "`off`" if code is EVERY_RULE else f"`off` naming {code}"
                errors.append(_error(document, line, f"{match[0]!r} closes no {what} before it"))
    blocks.close()
    return covers + blocks.covers, errors


def find_ignores(document: Document, known: Mapping[str, str]) -> tuple[list[Ignore], list[ReadError]]:
    """The inline ignores of a document (``ignore`` comments only), and the errors of all its comments."""
    covers, errors = find_directives(document, known)
    text = document.text
    ignores: dict[Directive, set[str]] = {}
    for cover in covers:
        if cover.directive.kind == "ignore" and cover.rule is not None:
            ignores.setdefault(cover.directive, set()).add(cover.rule)
    lines = [(position(text, d.start)[0], position(text, d.end)[0] + 1) for d in ignores]
    return [Ignore(frozenset(rules), *span) for rules, span in zip(ignores.values(), lines, strict=True)], errors
