"""The settings in force for a run, each with where it came from: the file, the command line or the default.

One function (``in_force``) merges a configuration file with the command line for
every command that takes both, and ``shown`` prints the result for
``factcheck check --show-settings``: when a rule is silent or a file is skipped,
the first question is "which settings, from which file?".
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from factcheck.config.discovery import discover
from factcheck.config.model import Config, read_config

__all__ = ["COMMAND_LINE", "DEFAULT", "KEYS", "InForce", "in_force", "shown"]

KEYS = (
    "select",
    "ignore",
    "severity",
    "fail_on",
    "kb",
    "baseline",
    "exclude",
    "extend_exclude",
    "force_exclude",
    "per_file_ignores",
)
"""The settings ``--show-settings`` prints, in this order (field names)."""
DEFAULT, COMMAND_LINE = "default", "command line"


@dataclass(frozen=True)
class InForce:
    """A run's settings, the configuration file they were read from, and each setting's source."""

    config: Config
    file: Path | None
    sources: Mapping[str, str]
    """Field name → ``DEFAULT``, ``COMMAND_LINE``, the file as shown, or the file ``+ command line``."""


def in_force(
    paths: Sequence[str | Path],
    options: Mapping[str, object],
    config_file: str | Path | None = None,
    cwd: Path | None = None,
) -> InForce:
    """The settings of a run over ``paths``: ``config_file`` (else the discovered one), then ``options``.

    ``options`` holds what the command line gave, by field name; ``ignore`` is added to the file's list,
    every other option replaces the file's value.
    """
    cwd = cwd or Path.cwd()
    file = Path(config_file) if config_file is not None else discover(paths, cwd)
    if file is None:
        base, keys = Config(), frozenset[str]()
    else:
        base, keys = read_config(file, required=config_file is not None)
    origin = _shown(file, cwd) if file is not None else DEFAULT
    sources = {key: origin if key in keys else DEFAULT for key in KEYS}
    update: dict[str, object] = {}
    for key, value in options.items():
        if key == "ignore":
            update[key] = [*base.ignore, *value] if isinstance(value, list) else value
            sources[key] = f"{origin} + {COMMAND_LINE}" if key in keys else COMMAND_LINE
        else:
            update[key] = value
            sources[key] = COMMAND_LINE
    return InForce(base.model_copy(update=update), file, sources)


def _shown(path: str | Path, cwd: Path) -> str:
    """A path as short as it is unambiguous: relative below the current folder, else absolute."""
    relative = os.path.relpath(path, cwd)
    return os.path.normpath(Path(path).absolute()) if relative.startswith(os.pardir) else relative


def _value(value: object, cwd: Path, path: bool = False) -> str:
    """A value written as TOML would have it (``none`` for an absent baseline, which TOML cannot write)."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return _value(value.value, cwd)
    if isinstance(value, str):
        return json.dumps(_shown(value, cwd) if path else value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_value(item, cwd, path) for item in value) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{_key(str(k))} = {_value(v, cwd)}" for k, v in value.items()) + " }"
    return str(value)


def _key(key: str) -> str:
    bare = key.replace("-", "").replace("_", "").isalnum() and key.isascii()
    return key if bare else json.dumps(key, ensure_ascii=False)


def shown(settings: InForce, paths: Sequence[str | Path], cwd: Path | None = None) -> str:
    """``--show-settings``: the paths, the configuration file, then one ``key = value  # source`` line a key."""
    cwd = cwd or Path.cwd()
    config = settings.config
    lines = [f"# settings for: {' '.join(str(p) for p in paths)}"]
    if settings.file is None:
        lines.append("# configuration file: none (defaults and the command line)")
    else:
        lines.append(f"# configuration file: {_shown(settings.file, cwd)}")
        lines.append(f"# patterns are relative to: {_shown(config.root or cwd, cwd)}")
    rows = [
        (key.replace("_", "-"), _value(getattr(config, key), cwd, path=key in ("kb", "baseline")), source)
        for key in KEYS
        for source in (settings.sources[key],)
    ]
    width = max(len(key) for key, _, _ in rows)
    values = max(len(value) for _, value, _ in rows)
    lines += [f"{key:<{width}} = {value:<{values}}  # {source}" for key, value, source in rows]
    return "\n".join(lines) + "\n"
