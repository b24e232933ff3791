"""Loading the reference knowledge base (INTERFACE section 2) from YAML or JSON."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from factcheck.errors import InputError
from factcheck.io import _yaml
from factcheck.io._records import describe_validation_error, read_text_file
from factcheck.io._yaml import load_yaml
from factcheck.model import Entity, KnowledgeBase

__all__ = ["inline_kb", "load_kb", "load_kbs", "parse_kb"]


def _yaml_entry_lines(text: str) -> list[int]:
    """The 1-based line of each item of the top-level ``entities`` list, best effort.

    Composes the text a second time, so it is called only when an entry is invalid.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value == "entities" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _json_entry_lines(text: str) -> list[int]:
    """The 1-based line of each item of the top-level ``entities`` array of valid JSON text.

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
            if char == "[" and depth == 2 and last_key == "entities":
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
    if not isinstance(data, dict) or not isinstance(data.get("entities", []), list):
        raise InputError(path, "a KB is a mapping with an 'entities' list", 1)
    unknown = sorted(set(data) - {"entities"})
    if unknown:
        raise InputError(path, f"unknown top-level key(s) {', '.join(map(repr, unknown))}", 1)
    lines: list[int] | None = None
    entities = []
    for index, entry in enumerate(data.get("entities") or []):
        try:
            entities.append(Entity.model_validate(entry))
        except ValidationError as err:
            name = entry.get("name") if isinstance(entry, dict) else None
            label = f"entity {name!r}" if name else f"entity #{index + 1}"
            if lines is None:
                lines = _json_entry_lines(text) if is_json else _yaml_entry_lines(text)
            line = lines[index] if index < len(lines) else None
            error = InputError(path, f"invalid {label}: {describe_validation_error(err)}", line)
            if errors is None:
                raise error from None
            errors.append(error)
    return KnowledgeBase(entities=entities)


def load_kb(path: str | Path, errors: list[InputError] | None = None) -> KnowledgeBase:
    """Read one KB file (``.json`` as JSON, anything else as YAML); ``errors`` as for ``parse_kb``."""
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
    return parse_kb(read_text_file(path), path, is_json=path.suffix.lower() == ".json", errors=errors)


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
