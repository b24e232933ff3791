"""Loading the reference knowledge base (INTERFACE section 2) from YAML or JSON."""

from __future__ import annotations

import csv
import io
import json
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import ValidationError

from factcheck.errors import InputError
from factcheck.io import _yaml
from factcheck.io._records import describe_validation_error, read_text_file
from factcheck.io._yaml import load_yaml
from factcheck.model import Entity, Figure, KnowledgeBase

__all__ = ["TABLE_COLUMNS", "inline_kb", "load_kb", "load_kbs", "parse_figure_table", "parse_kb"]


def _yaml_entry_lines(text: str, section: str = "entities") -> list[int]:
    """The 1-based line of each item of the top-level ``section`` list, best effort.

    Composes the text a second time, so it is called only when an entry is invalid.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value == section and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _json_entry_lines(text: str, section: str = "entities") -> list[int]:
    """The 1-based line of each item of the top-level ``section`` array of valid JSON text.

    One linear pass over the characters, tracking strings and depth; nothing is built. PyYAML used to
    parse the whole file again for these lines (13.6 MB of JSON took 1.15 GB).
    """
    lines: list[int] = []
    depth, line, in_string, escaped = 0, 1, False, False
    key_start, last_key, in_entities, expect_item = -1, "", False, False
    for index, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
                if depth == 1:
                    last_key = text[key_start + 1 : index]
            continue
        if char == "\n":
            line += 1
        elif char in " \t\r":
            continue
        elif expect_item and char != "]":
            lines.append(line)
            expect_item = False
        if char == '"':
            in_string, key_start = True, index
        elif char in "[{":
            depth += 1
            if char == "[" and depth == 2 and last_key == section:
                in_entities, expect_item = True, True
        elif char in "]}":
            depth -= 1
            if in_entities and depth == 1:
                return lines
        elif char == "," and depth == 1:
            last_key = ""
        elif char == "," and in_entities and depth == 2:
            expect_item = True
    return lines


def parse_kb(
    text: str, path: str | Path, *, is_json: bool = False, errors: list[InputError] | None = None
) -> KnowledgeBase:
    """A knowledge base from the text of a KB file, or ``InputError`` naming the entry's line.

    With ``errors``, an invalid entry (an impossible date, a missing name) is appended there and left out,
    so that the other entries are still used; without, it is raised. A file that is not a KB at all is
    raised either way.
    """
    data: Any
    if is_json:
        if len(text) > _yaml.MAX_BYTES:
            raise InputError(path, f"JSON of {len(text)} characters is over the {_yaml.MAX_BYTES} limit", 1)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise InputError(path, f"not valid JSON: {err.msg}", err.lineno) from None
        except RecursionError:
            raise InputError(path, "not valid JSON: nested too deeply", 1) from None
    else:
        data = load_yaml(text, path)
    if data is None:
        return KnowledgeBase()
    if not isinstance(data, dict) or not all(isinstance(data.get(k) or [], list) for k in _SECTIONS):
        raise InputError(path, "a KB is a mapping with an 'entities' list (and a 'figures' list)", 1)
    unknown = sorted(set(data) - set(_SECTIONS))
    if unknown:
        raise InputError(path, f"unknown top-level key(s) {', '.join(map(repr, unknown))}", 1)
    entities = _entries(Entity, data.get("entities") or [], text, path, is_json, errors)
    figures = _entries(Figure, data.get("figures") or [], text, path, is_json, errors)
    return KnowledgeBase(entities=entities, figures=figures)


_SECTIONS = {"entities": "entity", "figures": "figure"}
M = TypeVar("M", Entity, Figure)


def _entries(
    model: type[M], items: list[Any], text: str, path: str | Path, is_json: bool, errors: list[InputError] | None
) -> list[M]:
    """The valid items of one section; an invalid one raised, or appended to ``errors`` and left out."""
    section = "entities" if model is Entity else "figures"
    lines: list[int] | None = None
    valid: list[M] = []
    for index, entry in enumerate(items):
        try:
            valid.append(model.model_validate(entry))
        except ValidationError as err:
            name = entry.get("name") if isinstance(entry, dict) and model is Entity else None
            label = f"{_SECTIONS[section]} {name!r}" if name else f"{_SECTIONS[section]} #{index + 1}"
            if lines is None:
                lines = _json_entry_lines(text, section) if is_json else _yaml_entry_lines(text, section)
            line = lines[index] if index < len(lines) else None
            error = InputError(path, f"invalid {label}: {describe_validation_error(err)}", line)
            if errors is None:
                raise error from None
            errors.append(error)
    return valid


TABLE_COLUMNS = ("about", "what", "period", "value", "unit")
"""The columns a figure table must have; ``aliases`` and ``source`` may be added (INTERFACE section 2)."""
_TABLE_OPTIONAL = ("aliases", "source")


def parse_figure_table(text: str, path: str | Path, errors: list[InputError] | None = None) -> KnowledgeBase:
    """The figures of a CSV table (``--kb figures.csv``): one figure a row, ``;`` between list items.

    An empty ``period`` or ``unit`` cell loads as missing (``factcheck kb lint`` reports it); a row that is
    no figure is an error naming its line, raised, or appended to ``errors`` and left out.
    """
    if len(text) > _yaml.MAX_BYTES:
        raise InputError(path, f"a table of {len(text)} characters is over the {_yaml.MAX_BYTES} limit", 1)
    reader = csv.reader(io.StringIO(text))
    try:
        header = [cell.strip().lower() for cell in next(reader, [])]
    except csv.Error as err:
        raise InputError(path, f"not a CSV table: {err}", 1) from None
    missing = [c for c in TABLE_COLUMNS if c not in header]
    unknown = [c for c in header if c not in (*TABLE_COLUMNS, *_TABLE_OPTIONAL)]
    if missing or unknown:
        wrong = f"missing column(s) {', '.join(missing)}" if missing else f"unknown column(s) {', '.join(unknown)}"
        raise InputError(path, f"a figure table has the columns {','.join(TABLE_COLUMNS)}[,aliases,source]: {wrong}", 1)
    figures = []
    for number, row in enumerate(_rows(reader, path), start=2):
        line, cells = row
        if not any(cell.strip() for cell in cells):
            continue
        record: dict[str, Any] = {}
        for column, cell in zip(header, cells, strict=False):
            cell = cell.strip()
            if column in ("about", "aliases"):
                record[column] = [item.strip() for item in cell.split(";") if item.strip()]
            elif cell:
                record[column] = cell
        try:
            if len(cells) != len(header):
                raise ValueError(f"{len(cells)} cells where the header has {len(header)}")
            figures.append(Figure.model_validate(record))
        except (ValidationError, ValueError) as err:
            detail = describe_validation_error(err) if isinstance(err, ValidationError) else str(err)
            error = InputError(path, f"invalid figure (row {number - 1}): {detail}", line)
            if errors is None:
                raise error from None
            errors.append(error)
    return KnowledgeBase(figures=figures)


def _rows(reader: Any, path: str | Path) -> Iterable[tuple[int, list[str]]]:
    """Each row of ``reader`` with the 1-based line it starts on."""
    line = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            raise InputError(path, f"not a CSV table: {err}", reader.line_num) from None
        yield line, row
        line = reader.line_num + 1


def load_kb(path: str | Path, errors: list[InputError] | None = None) -> KnowledgeBase:
    """Read one KB file (``.json`` as JSON, ``.csv`` as a figure table, anything else as YAML); ``errors`` as for
    ``parse_kb``."""
    path = Path(path)
    try:
        status = path.stat()
    except OSError:
        status = None  # read_text_file names the problem
    # UTF-8 takes at most 4 bytes a character: a file this large is over the cap whatever it holds. A named
    # pipe (`--kb <(generate)`) has no size and is read as it comes.
    if status is not None and stat.S_ISREG(status.st_mode) and status.st_size > 4 * _yaml.MAX_BYTES:
        size = status.st_size
        raise InputError(path, f"a KB file of {size} bytes is over the {_yaml.MAX_BYTES} character limit", 1)
    text = read_text_file(path)
    if path.suffix.lower() == ".csv":
        return parse_figure_table(text, path, errors=errors)
    return parse_kb(text, path, is_json=path.suffix.lower() == ".json", errors=errors)


def load_kbs(paths: Iterable[str | Path], errors: list[InputError] | None = None) -> KnowledgeBase:
    """Several KB files merged in order.

    With ``errors``, nothing stops the reading: a file that cannot be read or parsed and an invalid entry
    are appended there, and the rest of the knowledge is used (``factcheck check`` reports them and exits 2,
    with every document still checked).
    """
    kb = KnowledgeBase()
    for path in paths:
        try:
            kb = kb.merged(load_kb(path, errors))
        except InputError as err:
            if errors is None:
                raise
            errors.append(err)
    return kb


def inline_kb(meta: Mapping[str, Any], path: str | Path) -> KnowledgeBase | None:
    """The knowledge base a fixture article carries in its front matter (``kb:``), or ``None``.

    A fixture that needs reference data the shared fixture KB must not hold (two entities sharing an alias,
    for FC205) states it beside its text, as a rule's ``cases.yaml`` may; it is used instead of the session's.
    """
    raw = meta.get("kb")
    if raw is None:
        return None
    try:
        return KnowledgeBase.model_validate(raw)
    except ValidationError as err:
        raise InputError(path, f"invalid kb: {describe_validation_error(err)}", 1) from None
