"""The one place YAML is parsed: a safe loader with limits on size and aliases.

Front matter, fixture cases and KB files are untrusted input. PyYAML's safe
loader never builds arbitrary objects; on top of it, a document over
``MAX_BYTES`` or with more than ``MAX_ALIASES`` alias references (the
"billion laughs" shape) is refused before anything expands it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import InputError

__all__ = ["MAX_ALIASES", "MAX_BYTES", "load_yaml"]

MAX_BYTES = 10_000_000
MAX_ALIASES = 100


class _LimitedLoader(yaml.SafeLoader):
    """SafeLoader that counts alias references while composing."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.aliases_seen = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            self.aliases_seen += 1
            if self.aliases_seen > MAX_ALIASES:
                raise yaml.YAMLError(f"more than {MAX_ALIASES} alias references; refusing to expand them")
        return super().compose_node(parent, index)


def load_yaml(text: str, path: str | Path | None, first_line: int = 1) -> Any:
    """Parse one YAML document safely.

    ``first_line`` is the file line on which ``text`` starts, so that errors
    inside front matter name the line of the file, not of the fragment.
    """
    if len(text) > MAX_BYTES:
        raise InputError(path, f"YAML of {len(text)} characters is over the {MAX_BYTES} limit", first_line)
    loader = _LimitedLoader(text)
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = first_line + mark.line if mark is not None else first_line
        problem = err.problem or err.context or "invalid YAML"
        raise InputError(path, f"cannot parse YAML: {problem}", line) from None
    except yaml.YAMLError as err:
        raise InputError(path, f"cannot parse YAML: {err}", first_line) from None
    finally:
        loader.dispose()
