"""A KB file read for linting: every entry with where it is, so that a finding can name the file and line.

The reader of ``factcheck check`` (``factcheck.io.kb``) keeps only what it can use; the linter also needs
the entries it would drop (to say why) and the position of each name, date and member in the file. YAML and
JSON are composed once into nodes, whose marks give character offsets; a CSV table gives one row a line.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from factcheck.errors import InputError
from factcheck.io import _yaml
from factcheck.io._records import describe_validation_error, read_text_file
from factcheck.io.kb import TABLE_COLUMNS, parse_figure_table, parse_kb
from factcheck.model import Document, Entity, Figure

__all__ = ["Located", "Problem", "Source", "read_source"]

Span = tuple[int, int]


@dataclass(frozen=True)
class Located:
    """An entity or a figure of a KB file, and where its parts are in the file's text."""

    item: Entity | Figure
    document: str
    """The id of the file's document (its path)."""
    span: Span
    """The entry itself (its first line)."""
    parts: dict[str, Span] = field(default_factory=dict)
    """``name``, ``aliases.N``, ``members.N``, ``about.N``, ``dates.KEY``, ``period``, ``value``... → span."""

    def at(self, *keys: str) -> Span:
        """The span of the first of ``keys`` the entry has, else the entry's."""
        return next((self.parts[k] for k in keys if k in self.parts), self.span)


@dataclass(frozen=True)
class Problem:
    """An entry the reader of ``check`` would refuse (KB001), with where it is."""

    document: str
    span: Span
    message: str


@dataclass(frozen=True)
class Source:
    """One KB file: its text as a document (so the reports place findings in it), its entries, its problems."""

    document: Document
    entries: list[Located]
    problems: list[Problem]


def _line_span(text: str, line: int | None) -> Span:
    """The first non-blank character of a 1-based line, to the line's end."""
    starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    start = starts[min(max((line or 1) - 1, 0), len(starts) - 1)]
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while start < end and text[start] in " \t-":
        start += 1
    return (start, end) if start < end else (start, min(start + 1, len(text)))


def _node_span(node: yaml.Node, text: str) -> Span:
    start, end = node.start_mark.index, node.end_mark.index
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) or end <= start:
        return _line_span(text, node.start_mark.line + 1)
    return start, end


def _parts(node: yaml.Node, text: str) -> dict[str, Span]:
    """The spans of an entry's scalar fields and of the items of its list and mapping fields."""
    parts: dict[str, Span] = {}
    if not isinstance(node, yaml.MappingNode):
        return parts
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            continue
        if isinstance(value, yaml.SequenceNode):
            for index, item in enumerate(value.value):
                parts[f"{key.value}.{index}"] = _node_span(item, text)
        elif isinstance(value, yaml.MappingNode):
            for inner, inner_value in value.value:
                if isinstance(inner, yaml.ScalarNode):
                    parts[f"{key.value}.{inner.value}"] = _node_span(inner_value, text)
        else:
            parts[key.value] = _node_span(value, text)
            if key.value in ("about", "aliases", "members"):
                parts[f"{key.value}.0"] = parts[key.value]
    return parts


def _section_nodes(root: yaml.Node | None, section: str) -> list[yaml.Node]:
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode) and key.value == section and isinstance(value, yaml.SequenceNode):
                return list(value.value)
    return []


def _structured(path: Path, text: str, document: Document) -> Source:
    is_json = path.suffix.lower() == ".json"
    data: Any
    if is_json:
        parse_kb(text, path, is_json=True, errors=[])  # the same refusals as check: size, syntax, shape
        data = json.loads(text)
    else:
        parse_kb(text, path, errors=[])
        data = _yaml.load_yaml(text, path)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:  # JSON that YAML cannot read (a tab where YAML wants none): positions by line only
        root = None
    entries: list[Located] = []
    problems: list[Problem] = []
    for section, model in (("entities", Entity), ("figures", Figure)):
        items = (data or {}).get(section) or []
        nodes = _section_nodes(root, section)
        for index, raw in enumerate(items):
            node = nodes[index] if index < len(nodes) else None
            span = _node_span(node, text) if node is not None else _line_span(text, 1)
            parts = _parts(node, text) if node is not None else {}
            try:
                item: Entity | Figure = model.model_validate(raw)
            except ValidationError as err:
                kind = "entity" if model is Entity else "figure"
                name = raw.get("name") if isinstance(raw, dict) and model is Entity else None
                label = f"{kind} {name!r}" if isinstance(name, str) and name else f"{kind} #{index + 1}"
                problems.append(Problem(document.id, span, f"invalid {label}: {describe_validation_error(err)}"))
                continue
            entries.append(Located(item, document.id, span, parts))
    return Source(document, entries, problems)


def _table(path: Path, text: str, document: Document) -> Source:
    errors: list[InputError] = []
    parse_figure_table(text, path, errors=errors)  # refuses a table without its columns, before any row
    problems = [Problem(document.id, _line_span(text, e.line), e.detail) for e in errors]
    bad_lines = {e.line for e in errors}
    entries: list[Located] = []
    reader = csv.reader(io.StringIO(text))
    header = [cell.strip().lower() for cell in next(reader, [])]
    line = reader.line_num + 1
    for row in reader:
        if line not in bad_lines and any(cell.strip() for cell in row):
            record: dict[str, Any] = {}
            for column, cell in zip(header, row, strict=False):
                cell = cell.strip()
                if column in ("about", "aliases"):
                    record[column] = [item.strip() for item in cell.split(";") if item.strip()]
                elif cell:
                    record[column] = cell
            span = _line_span(text, line)
            parts = dict.fromkeys(TABLE_COLUMNS, span)
            entries.append(Located(Figure.model_validate(record), document.id, span, parts))
        line = reader.line_num + 1
    return Source(document, entries, problems)


def read_source(path: str | Path) -> Source:
    """One KB file for linting; ``InputError`` (file and line) when it is no KB at all."""
    path = Path(path)
    text = read_text_file(path)
    document = Document(id=str(path), text=text, path=str(path), line=1)
    if path.suffix.lower() == ".csv":
        return _table(path, text, document)
    return _structured(path, text, document)


def forms_of(entry: Located) -> Iterator[tuple[str, Span]]:
    """An entity's name and aliases with where each is written."""
    if isinstance(entry.item, Entity):
        yield entry.item.name, entry.at("name")
        for index, alias in enumerate(entry.item.aliases):
            yield alias, entry.at(f"aliases.{index}")
