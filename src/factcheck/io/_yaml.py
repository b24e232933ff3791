"""The one place YAML is parsed: a safe loader with limits on size, aliases and depth.

Front matter, fixture cases and KB files are untrusted input. PyYAML's safe
loader never builds arbitrary objects; on top of it, a document over
``MAX_BYTES``, with more than ``MAX_ALIASES`` alias references, whose aliases
would add more than ``MAX_ALIAS_EXPANSION`` nodes once expanded (the "billion
laughs" shape: nine lines of nine aliases each stand for 9**9 strings, far
under any alias count limit), that refers to itself, or that nests deeper
than Python's recursion limit, is refused before anything expands it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import InputError

__all__ = ["MAX_ALIASES", "MAX_ALIAS_EXPANSION", "MAX_BYTES", "load_yaml"]

MAX_BYTES = 10_000_000
MAX_ALIASES = 100
MAX_ALIAS_EXPANSION = 100_000
"""How many nodes aliases may add to a document when it is expanded (serialized, validated, copied)."""


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _check_expansion(root: yaml.Node) -> None:
    """Refuse a node graph that refers to itself or whose aliases expand past the limit.

    Sizes are memoized per node, so the walk costs the composed size, never the
    expanded one.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    total_nodes = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            open_nodes.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            total_nodes += 1
            if sizes[key] - total_nodes > MAX_ALIAS_EXPANSION:
                raise yaml.YAMLError(f"aliases expand to more than {MAX_ALIAS_EXPANSION} extra nodes; refusing them")
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise yaml.YAMLError("an alias refers to the node that contains it; refusing a recursive structure")
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(_children(node)) if id(child) not in sizes)


class _LimitedLoader(yaml.SafeLoader):
    """SafeLoader that counts alias references while composing and checks their expansion."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.aliases_seen = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            self.aliases_seen += 1
            if self.aliases_seen > MAX_ALIASES:
                raise yaml.YAMLError(f"more than {MAX_ALIASES} alias references; refusing to expand them")
        return super().compose_node(parent, index)

    def compose_mapping_node(self, anchor: Any) -> yaml.MappingNode:  # the anchor name (the stubs say a dict)
        """A mapping, refused when it repeats a key: PyYAML would silently keep the last value.

        Checked on the composed node, before merge keys (``<<: *base``) are flattened into it, so that
        overriding a merged value stays allowed.
        """
        node: yaml.MappingNode = super().compose_mapping_node(anchor)
        first: dict[tuple[str, str], yaml.Node] = {}
        for key, _value in node.value:
            if not isinstance(key, yaml.ScalarNode) or key.tag == "tag:yaml.org,2002:merge":
                continue
            earlier = first.setdefault((key.tag, key.value), key)
            if earlier is not key:
                raise yaml.composer.ComposerError(
                    f"key {key.value!r} first given", earlier.start_mark, f"repeated key {key.value!r}", key.start_mark
                )
        return node

    def compose_document(self) -> yaml.Node | None:
        node = super().compose_document()
        if node is not None and self.aliases_seen:
            _check_expansion(node)
        return node


def _timestamp_or_text(loader: _LimitedLoader, node: yaml.ScalarNode) -> object:
    """A YAML timestamp, or its text when it names no real day (``2025-02-30``).

    PyYAML raises a bare ``ValueError`` for an impossible day, with no line;
    kept as text, the value reaches the model's validation, which names the
    field (front matter) or the entry (KB) and its line.
    """
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_LimitedLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


def _error_line(err: yaml.MarkedYAMLError, first_line: int) -> int:
    """The file line to blame for a YAML error.

    Where the parser noticed the problem, except when the text ended inside an
    unfinished construct (an unclosed quote or bracket): then where it began,
    which is the line a person has to fix.
    """
    problem, context = err.problem_mark, err.context_mark
    rest = problem.buffer[problem.index :] if problem is not None and problem.buffer is not None else ""
    ended_inside = problem is None or not rest.strip("\0 \t\r\n")
    mark = context if context is not None and ended_inside else problem
    return first_line + mark.line if mark is not None else first_line


def _describe(err: yaml.MarkedYAMLError, first_line: int) -> str:
    """``found unexpected end of stream (while scanning a quoted scalar on line 4)``."""
    problem = err.problem or err.context or "invalid YAML"
    if err.problem and err.context and err.context_mark is not None:
        return f"{problem} ({err.context} on line {first_line + err.context_mark.line})"
    return problem


def load_yaml(text: str, path: str | Path | None, first_line: int = 1) -> Any:
    """Parse one YAML document safely.

    ``first_line`` is the file line on which ``text`` starts, so that errors
    inside front matter name the line of the file, not of the fragment.
    """
    if len(text) > MAX_BYTES:
        raise InputError(path, f"YAML of {len(text)} characters is over the {MAX_BYTES} limit", first_line)
    try:
        # The reader checks every character when it is built: a control character raises here already.
        loader = _LimitedLoader(text)
    except yaml.reader.ReaderError as err:
        raise InputError(
            path, f"cannot parse YAML: {_describe_reader(err)}", _reader_line(err, text, first_line)
        ) from None
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as err:
        raise InputError(
            path, f"cannot parse YAML: {_describe(err, first_line)}", _error_line(err, first_line)
        ) from None
    except yaml.reader.ReaderError as err:
        raise InputError(
            path, f"cannot parse YAML: {_describe_reader(err)}", _reader_line(err, text, first_line)
        ) from None
    except yaml.YAMLError as err:
        raise InputError(path, f"cannot parse YAML: {err}", first_line) from None
    except RecursionError:
        raise InputError(path, "cannot parse YAML: nested too deeply", first_line) from None
    finally:
        loader.dispose()


def _describe_reader(err: yaml.reader.ReaderError) -> str:
    """``character U+001F is not allowed (special characters are not allowed)``: YAML refuses control characters."""
    if isinstance(err.character, int):
        return f"character U+{err.character:04X} is not allowed ({err.reason})"
    return str(err.reason)


def _reader_line(err: yaml.reader.ReaderError, text: str, first_line: int) -> int:
    """The file line of the character the YAML reader refused (it reports an offset, not a line)."""
    return first_line + text.count("\n", 0, err.position)
