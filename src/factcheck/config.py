"""Configuration: ``[tool.factcheck]`` in ``pyproject.toml``, overridden by the command line."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcheck.errors import ConfigError
from factcheck.model import Severity

__all__ = ["Config", "FailOn", "find_pyproject", "load_config"]

FailOn = Literal["error", "warning", "info", "never"]


class Config(BaseModel):
    """Which rules run, how severe their findings are and when a run fails."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    select: list[str] = Field(default_factory=list)
    """Codes, code prefixes (``FC1``) or names to run; empty means all."""
    ignore: list[str] = Field(default_factory=list)
    """Codes, code prefixes or names never to run."""
    severity: dict[str, Severity] = Field(default_factory=dict)
    """Per-rule severity overrides, by code: ``{"FC401": "warning"}``."""
    fail_on: FailOn = "error"
    """The lowest severity that makes ``factcheck check`` exit 1."""
    kb: list[str] = Field(default_factory=list)
    """Knowledge-base files, relative to the configuration file."""

    @property
    def fail_severity(self) -> Severity | None:
        return None if self.fail_on == "never" else Severity(self.fail_on)


def load_config(pyproject: Path) -> Config:
    """The ``[tool.factcheck]`` table of a ``pyproject.toml`` (defaults when absent)."""
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"{pyproject}: cannot read [tool.factcheck]: {err}") from None
    table = data.get("tool", {}).get("factcheck", {})
    table = {key.replace("-", "_"): value for key, value in table.items()}
    try:
        config = Config.model_validate(table)
    except ValidationError as err:
        raise ConfigError(f"{pyproject}: invalid [tool.factcheck]: {err}") from None
    base = pyproject.parent
    return config.model_copy(update={"kb": [str(base / path) for path in config.kb]})


def find_pyproject(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` with a ``[tool.factcheck]`` table, from ``start`` upwards."""
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                return None
            return candidate if "factcheck" in data.get("tool", {}) else None
    return None
