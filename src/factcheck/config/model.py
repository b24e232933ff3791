"""The settings of a run (``Config``) and how one configuration file is read into them.

::

    [tool.factcheck]
    select = ["FC1", "FC2"]              # codes, code prefixes or names; empty = all
    ignore = ["FC401"]
    severity = { FC402 = "warning", weekday-date-mismatch = "warning" }
    fail-on = "warning"                  # error | warning | info | never
    kb = ["kb/reference.yaml"]           # relative to this file
    baseline = ".factcheck-baseline.json"
    exclude = ["drafts/", "*.tmp.md"]    # gitignore patterns, relative to this file's folder
    per-file-ignores = { "wire/*.md" = ["FC402"] }

A ``pyproject.toml`` holds them in its ``[tool.factcheck]`` table; any other
TOML file (``factcheck.toml``, ``.factcheck.toml``, a file named with
``--config``) at its top level. Which file a run reads is ``discovery``'s.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcheck.errors import ConfigError
from factcheck.model import Severity

if TYPE_CHECKING:
    from factcheck.rules import RuleSpec

__all__ = ["Config", "FailOn", "Loaded", "load_config", "read_config", "resolve_severity"]

FailOn = Literal["error", "warning", "info", "never"]


class Config(BaseModel):
    """Which rules run, how severe their findings are and when a run fails."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    select: list[str] = Field(default_factory=list)
    """Codes, code prefixes (``FC1``) or names to run; empty means all."""
    ignore: list[str] = Field(default_factory=list)
    """Codes, code prefixes or names never to run."""
    severity: dict[str, Severity] = Field(default_factory=dict)
    """Per-rule severity overrides, by code or name: ``{"FC401": "warning"}``."""
    fail_on: FailOn = "error"
    """The lowest severity that makes ``factcheck check`` exit 1."""
    kb: list[str] = Field(default_factory=list)
    """Knowledge-base files, relative to the configuration file."""
    baseline: str | None = None
    """A baseline file (``factcheck baseline``), relative to the configuration file."""
    exclude: list[str] = Field(default_factory=list)
    """gitignore-style patterns, relative to ``root``: files and folders a folder walk leaves out."""
    extend_exclude: list[str] = Field(default_factory=list)
    """More such patterns, added to ``exclude`` (the key ruff users reach for; factcheck has no default list)."""
    force_exclude: bool = False
    """Leave out excluded files even when they are named on the command line (the pre-commit hook names them)."""
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict)
    """gitignore-style pattern → rules (codes, prefixes or names) whose findings in matching documents are
    suppressed, as a front-matter ``ignore:`` would."""
    root: str | None = None
    """The folder the patterns are relative to: the configuration file's (set when it is read, never a key of
    the file); ``None``, the current folder."""

    @property
    def fail_severity(self) -> Severity | None:
        return None if self.fail_on == "never" else Severity(self.fail_on)


def _describe(err: ValidationError) -> str:
    """Pydantic's errors as ``key: message`` pairs, one line."""
    parts = []
    for item in err.errors():
        key = ".".join(str(part) for part in item["loc"]).replace("_", "-") or "table"
        parts.append(f"{key}: {item['msg']}")
    return "; ".join(parts)


class Loaded(NamedTuple):
    """A configuration file read: its settings, and the keys it sets (for ``--show-settings``)."""

    config: Config
    keys: frozenset[str]
    """The fields the file sets, by field name (``fail_on``)."""


def load_config(pyproject: Path, *, required: bool = False) -> Config:
    """The ``[tool.factcheck]`` table of a ``pyproject.toml``, or the top level of another TOML file.

    A ``pyproject.toml`` without the table gives the defaults, unless ``required``
    (a file named with ``--config`` must configure factcheck).
    """
    return read_config(pyproject, required=required).config


def read_toml(path: Path, what: str) -> dict[str, Any]:
    """A TOML file's data; a file that cannot be read or parsed is a ``ConfigError`` saying ``what`` was wanted."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ConfigError(f"{path}: cannot read {what}: {err.strerror or err}") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: cannot read {what}: {err}") from None


def read_config(pyproject: Path, *, required: bool = False) -> Loaded:
    """``load_config``, with the keys the file sets."""
    where = "[tool.factcheck]" if pyproject.name == "pyproject.toml" else "factcheck configuration"
    data = read_toml(pyproject, where)
    if pyproject.name == "pyproject.toml":
        if required and "factcheck" not in data.get("tool", {}):
            raise ConfigError(f"{pyproject}: has no [tool.factcheck] table")
        table = data.get("tool", {}).get("factcheck", {})
    else:
        table = data
    if not isinstance(table, dict):
        raise ConfigError(f"{pyproject}: {where} must be a table")
    table = {key.replace("-", "_"): value for key, value in table.items()}
    if "root" in table:
        raise ConfigError(f"{pyproject}: invalid {where}: root: not a key (patterns are relative to this file)")
    try:
        config = Config.model_validate(table)
    except ValidationError as err:
        raise ConfigError(f"{pyproject}: invalid {where}: {_describe(err)}") from None
    keys = frozenset(config.model_fields_set)
    update: dict[str, object] = {
        "kb": [_project_path(pyproject, "kb", path) for path in config.kb],
        "root": str(pyproject.parent),
    }
    if config.baseline is not None:
        update["baseline"] = _project_path(pyproject, "baseline", config.baseline)
    return Loaded(config.model_copy(update=update), keys)


def _project_root(config_file: Path) -> Path:
    """The project a configuration file belongs to: the folder of the nearest ``pyproject.toml`` at or above
    it (``ci/factcheck.toml`` belongs to the repository around ``ci/``), else the file's own folder."""
    folder = config_file.resolve().parent
    return next((f for f in (folder, *folder.parents) if (f / "pyproject.toml").is_file()), folder)


def _project_path(config_file: Path, key: str, value: str) -> str:
    """A path of the configuration, relative to the file's folder, which may not lead out of its project.

    A configuration travels with a repository and runs on whoever checks it out: ``kb = ["../../etc/passwd"]``,
    an absolute path or a symbolic link out of the project would read that person's files (and quote them in
    error messages). A file outside the project is named on the command line (``--kb``, ``--baseline``).
    """
    if Path(value).is_absolute():
        raise ConfigError(
            f"{config_file}: {key} = {value!r}: a configuration may not name an absolute path; "
            f"give the file on the command line (--{key}) instead"
        )
    root = _project_root(config_file)
    if not (config_file.parent / value).resolve().is_relative_to(root):
        raise ConfigError(
            f"{config_file}: {key} = {value!r} leads out of the project {root}; a configuration may name files "
            f"inside its project only: give the file on the command line (--{key}) instead"
        )
    return str(config_file.parent / value)


def resolve_severity(config: Config, specs: Iterable[RuleSpec]) -> dict[str, Severity]:
    """The ``severity`` table by rule code; a key that names no rule is a ``ConfigError``.

    Keys may be codes (``FC401``) or names (``entity-name-variant``), so that a
    table reads like the ``select``/``ignore`` lists. Prefixes are not taken:
    a severity is a statement about one rule.
    """
    by_name = {name: spec.code for spec in specs for name in (spec.code.upper(), spec.name, *spec.aliases)}
    resolved: dict[str, Severity] = {}
    for key, severity in config.severity.items():
        code = by_name.get(key.upper()) or by_name.get(key.lower())
        if code is None:
            raise ConfigError(f"severity: no rule is called {key!r} (see `factcheck rules`)")
        resolved[code] = severity
    return resolved
