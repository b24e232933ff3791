"""``--factcheck-update``'s editor: replace the value of ``expect:`` and nothing else, or refuse.

The span to replace is taken from the YAML parser's own event marks (the
``expect`` key's start to the end of the last scalar or flow bracket of its
value), never from guesses about which lines look like keys: every other key,
comment, anchor, quoting style and line ending stays byte for byte. What cannot
be rewritten safely (an anchor or alias in ``expect``, an ``expect`` given
twice, a front matter that is not a mapping) is refused with a ``CaseError``
naming the file and line. The result is parsed again before it is returned:
unless every other key reads back to the same value and ``expect`` to the
entries meant, the rewrite is refused too.

Strings are written double-quoted with YAML escapes for every character YAML
would not read back as itself (line breaks such as NEL, ``\\u2028``, control
characters, a BOM), so an expectation always reads back to the text it quotes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from factcheck.io.cases import ARTICLE_KEYS, STORY_KEYS, CaseError

if TYPE_CHECKING:
    import yaml

__all__ = ["expect_lines", "flow", "quoted", "rewrite_expect_block", "scalar"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_KEY_ORDER = tuple(dict.fromkeys((*STORY_KEYS, *ARTICLE_KEYS)))
_SPAN_ORDER = ("document", "text", "occurrence")
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
"""Codes and severities, written unquoted (``rule: FC101``); quoted texts stay quoted."""
_NOT_PLAIN = {"null", "true", "false", "yes", "no", "on", "off", "y", "n", "nan", "inf"}
"""Words a YAML 1.1 reader takes for something other than a string."""
_ESCAPES = {
    "\0": "\\0",
    "\a": "\\a",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\v": "\\v",
    "\f": "\\f",
    "\r": "\\r",
    "\x1b": "\\e",
    '"': '\\"',
    "\\": "\\\\",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
}


def _printable(code: int) -> bool:
    """YAML's printable set, less the BOM: what a double-quoted scalar may hold as itself."""
    return (
        0x20 <= code <= 0x7E
        or 0xA0 <= code <= 0xD7FF
        or (0xE000 <= code <= 0xFFFD and code != 0xFEFF)
        or 0x10000 <= code <= 0x10FFFF
    )


def quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar that reads back to exactly ``text``."""
    out = ['"']
    for char in text:
        code = ord(char)
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif _printable(code):
            out.append(char)
        elif code <= 0xFF:
            out.append(f"\\x{code:02X}")
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04X}")
        else:
            out.append(f"\\U{code:08X}")
    out.append('"')
    return "".join(out)


def scalar(key: str, value: Any) -> str:
    """One value: a code or severity plain, other strings double-quoted, numbers as written, ``None`` as null."""
    if isinstance(value, str):
        plain = key in ("rule", "severity", "document") and _PLAIN.fullmatch(value)
        return value if plain and value.lower() not in _NOT_PLAIN else quoted(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{k}: {scalar(str(k), v)}" for k, v in _ordered(value)) + "}"
    if isinstance(value, Sequence):
        return "[" + ", ".join(scalar(key, item) for item in value) + "]"
    raise CaseError(f"cannot write {value!r} into expect:")


def _ordered(entry: Mapping[str, Any]) -> list[tuple[str, Any]]:
    order = _SPAN_ORDER if set(entry) <= set(_SPAN_ORDER) else _KEY_ORDER
    keys = [key for key in order if key in entry] + [key for key in entry if key not in order]
    return [(key, entry[key]) for key in keys]


def flow(value: Any) -> str:
    """``expect``'s value in flow style, for a front matter written as ``{...}``."""
    return scalar("expect", list(value))


def expect_lines(entries: Sequence[Mapping[str, Any]], indent: str = "") -> list[str]:
    """An ``expect:`` block in the house layout, each line prefixed with ``indent``."""
    if not entries:
        return [f"{indent}expect: []"]
    lines = [f"{indent}expect:"]
    for entry in entries:
        for number, (key, value) in enumerate(_ordered(entry)):
            lead = f"{indent}{'  - ' if number == 0 else '    '}"
            if key == "evidence" and isinstance(value, list):
                lines.append(f"{lead}evidence:")
                lines.extend(f"{indent}      - {scalar(key, span)}" for span in value)
            else:
                lines.append(f"{lead}{key}: {scalar(key, value)}")
    return lines


@dataclass(frozen=True)
class _Region:
    """Where the YAML sits in the file: ``source[start:end]``; ``line`` is the file line it starts on."""

    start: int
    end: int
    line: int


def _region(source: str, where: str, yaml_file: bool) -> _Region:
    """The front matter between its ``---`` lines (as ``factcheck.io.markdown`` splits it), or the whole file."""
    offset = 1 if source.startswith("\ufeff") else 0
    if yaml_file:
        return _Region(offset, len(source), 1)
    breaks = list(_LINE_BREAK.finditer(source, offset))
    starts = [offset, *(m.end() for m in breaks)]
    ends = [m.start() for m in breaks] + [len(source)]
    if source[starts[0] : ends[0]].rstrip() != "---":
        raise CaseError(f"{where}: no front matter to write `expect:` into")
    for number in range(1, len(starts)):
        if source[starts[number] : ends[number]].rstrip() in ("---", "..."):
            return _Region(starts[1], starts[number], 2)
    raise CaseError(f"{where}: the front matter is never closed")


@dataclass(frozen=True)
class _Value:
    """A top-level key and its value's span in the region (``end``: after its last character)."""

    key: yaml.Event
    start: int
    end: int
    marked: bool
    """The value holds an anchor or an alias."""


class _Mark(Protocol):
    index: int
    line: int
    column: int


def _mark(event: yaml.Event, end: bool = False) -> _Mark:
    """An event's start (or end) mark; the parser always sets them."""
    mark = event.end_mark if end else event.start_mark
    assert mark is not None
    return mark


def _events(text: str, path: str, first_line: int) -> list[yaml.Event]:
    import yaml

    try:
        return list(yaml.parse(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = first_line + mark.line if mark is not None else first_line
        raise CaseError(f"{path}:{line}: cannot parse the YAML; not rewritten") from None


def _node_end(events: list[yaml.Event], index: int) -> int:
    """The index of the last event of the node starting at ``events[index]``."""
    import yaml

    depth = 0
    while True:
        event = events[index]
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if depth == 0:
            return index
        index += 1


def _exact_end(events: Sequence[yaml.Event], text: str, floor: int) -> int:
    """After the last character of a node: its last scalar, alias or flow bracket, less trailing space."""
    import yaml

    end = floor
    for event in events:
        if isinstance(event, yaml.ScalarEvent | yaml.AliasEvent):
            end = max(end, _mark(event, end=True).index)
        elif isinstance(event, yaml.CollectionEndEvent) and _mark(event).index != _mark(event, end=True).index:
            end = max(end, _mark(event, end=True).index)  # a flow bracket; a block end is zero-width and may lie beyond
    return len(text[:end].rstrip(" \t\r\n\x85\u2028\u2029"))


def _top_level(events: list[yaml.Event], text: str) -> tuple[yaml.Event | None, list[tuple[yaml.Event, _Value]]]:
    """The root mapping's start event (``None`` for an empty document) and each scalar key with its value."""
    import yaml

    root = next((e for e in events if isinstance(e, yaml.NodeEvent)), None)
    if root is None or (isinstance(root, yaml.ScalarEvent) and root.value == "" and root.implicit[0]):
        return None, []
    if not isinstance(root, yaml.MappingStartEvent):
        raise ValueError("not a mapping")
    pairs: list[tuple[yaml.Event, _Value]] = []
    index = events.index(root) + 1
    while not isinstance(events[index], yaml.MappingEndEvent):
        key_end = _node_end(events, index)
        value_first = key_end + 1
        value_last = _node_end(events, value_first)
        key, body = events[index], events[value_first : value_last + 1]
        marked = any(isinstance(e, yaml.AliasEvent) or getattr(e, "anchor", None) for e in body)
        value = _Value(key, _mark(body[0]).index, _exact_end(body, text, _mark(key, end=True).index), marked)
        pairs.append((key, value))
        index = value_last + 1
    return root, pairs


def _newline(source: str, at: int) -> str:
    """The line break that ends the line at ``at`` (else the file's first, else ``\\n``)."""
    found = _LINE_BREAK.search(source, at) or _LINE_BREAK.search(source)
    return found.group() if found else "\n"


def rewrite_expect_block(
    source: str, entries: Sequence[Mapping[str, Any]], where: str = "<article>", *, yaml_file: bool = False
) -> str:
    """``source`` (a Markdown article, or a ``case.yaml``) with the value of ``expect:`` replaced by ``entries``.

    Without an ``expect:`` key, the block goes last in the front matter (in a
    YAML file: last in the file). ``CaseError`` when it cannot be done safely.
    """
    import yaml

    region = _region(source, where, yaml_file)
    text = source[region.start : region.end]
    path = where.rsplit(":", 1)[0] if re.search(r":\d+$", where) else where
    try:
        root, pairs = _top_level(_events(text, path, region.line), text)
    except ValueError:
        raise CaseError(f"{path}:{region.line}: the YAML is not a mapping of keys; not rewritten") from None
    found = [(key, value) for key, value in pairs if isinstance(key, yaml.ScalarEvent) and key.value == "expect"]
    lines = ", ".join(str(region.line + _mark(key).line) for key, _ in found)
    if len(found) > 1:
        raise CaseError(f"{path}:{lines}: `expect:` is given {len(found)} times; not rewritten, keep one")
    if found and found[0][1].marked:
        raise CaseError(
            f"{path}:{lines}: `expect:` holds an anchor or an alias, which a rewrite would break; "
            "not rewritten, write its entries out by hand"
        )
    flow_style = isinstance(root, yaml.MappingStartEvent) and bool(root.flow_style)
    if found:
        key, value = found[0]
        if flow_style:
            start, new = value.start, flow(entries)
        else:
            start = _mark(key).index
            indent = " " * _mark(key).column
            block = expect_lines(entries, indent)
            block[0] = text[_mark(key).index : _mark(key, end=True).index] + block[0][len(indent) + len("expect") :]
            new = _newline(text, start).join(block)
        rewritten = text[:start] + new + text[value.end :]
    elif flow_style:
        assert root is not None  # a flow mapping was found
        last = pairs[-1][1].end if pairs else _mark(root).index + 1
        rewritten = text[:last] + (", " if pairs else "") + f"expect: {flow(entries)}" + text[last:]
    else:
        rewritten = _append(text, entries, pairs, yaml_file)
    result = source[: region.start] + rewritten + source[region.end :]
    _verify(source, result, entries, f"{path}:{region.line}", yaml_file)
    return result


def _append(text: str, entries: Sequence[Mapping[str, Any]], pairs: list[tuple[Any, _Value]], yaml_file: bool) -> str:
    """``text`` with an ``expect:`` block added after its last key (before a ``...`` or ``---`` that ends it)."""
    column = pairs[0][0].start_mark.column if pairs else 0
    newline = _newline(text, 0)
    block = newline.join(expect_lines(entries, " " * column))
    at = len(text)
    if yaml_file and pairs:
        after = pairs[-1][1].end
        marker = re.search(r"^(\.\.\.|---)", text[after:], re.MULTILINE)
        if marker:
            at = after + marker.start()
    head = text[:at]
    if head and not head.endswith(("\n", "\r")):
        head += newline
    return head + block + newline + text[at:]


def _loaded(source: str, where: str, yaml_file: bool, what: str) -> tuple[dict[Any, Any], str]:
    """The mapping the plugin would read from ``source``, and the body after the front matter."""
    from factcheck.errors import InputError
    from factcheck.io._yaml import load_yaml
    from factcheck.io.markdown import split_front_matter

    text = source.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    try:
        if yaml_file:
            front: str | None = text
            body = ""
        else:
            front, body, _ = split_front_matter(text, where)
        data = load_yaml(front or "", where)
    except InputError as err:
        raise CaseError(f"{where}: {what} would not parse ({err.detail}); not rewritten") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise CaseError(f"{where}: the YAML is not a mapping of keys; not rewritten")
    return data, body


def _verify(before: str, after: str, entries: Sequence[Mapping[str, Any]], where: str, yaml_file: bool) -> None:
    """Refuse a rewrite that changes anything but ``expect``, or whose ``expect`` reads back differently."""
    old, old_body = _loaded(before, where, yaml_file, "the file as it is")
    new, new_body = _loaded(after, where, yaml_file, "the rewrite")
    others = [key for key in (*old, *new) if key != "expect"]
    # repr, not ==: a `.nan` value is never equal to itself, yet it is kept
    changed = sorted({str(key) for key in others if repr(old.get(key, KeyError)) != repr(new.get(key, KeyError))})
    if changed or old_body != new_body:
        what = f"key(s) {', '.join(changed)}" if changed else "the body"
        raise CaseError(f"{where}: rewriting `expect:` would change {what}; not rewritten, edit it by hand")
    if new.get("expect") != [dict(entry) for entry in entries]:
        raise CaseError(f"{where}: `expect:` would not read back as written; not rewritten, edit it by hand")
