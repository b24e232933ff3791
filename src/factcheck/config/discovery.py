"""Which configuration file a run reads: the one nearest to the files it checks, as ruff finds its own.

In each folder, from the checked file's upwards, the first of ``.factcheck.toml``,
``factcheck.toml`` and a ``pyproject.toml`` *with* a ``[tool.factcheck]`` table
configures it (a ``pyproject.toml`` without the table is passed over, so a Python
project inside a newsroom repository does not hide the repository's settings).

One run has one configuration, because its run-wide settings (the KB, the
baseline, ``fail-on``) and the cross-source rules, which compare documents of
several folders, cannot take two. So when the paths of one command line fall
under two configurations, or a folder being checked holds a configuration of
its own below it, the run is refused with a message naming both, rather than
checking some articles under settings that are not theirs without a word.
A path with no configuration above it takes the run's. When no path has one,
the configuration above the current folder applies (as ruff falls back to it).
``--config FILE`` names the one configuration and turns discovery off.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from factcheck.config.model import load_config, read_toml
from factcheck.config.patterns import Exclusion
from factcheck.errors import ConfigError

__all__ = ["CONFIG_FILES", "config_in", "discover", "find_config", "find_pyproject"]

CONFIG_FILES = (".factcheck.toml", "factcheck.toml", "pyproject.toml")
"""The names a configuration file has, the first in a folder winning (ruff: ``.ruff.toml``, ``ruff.toml``,
``pyproject.toml``)."""


def _configures(pyproject: Path) -> bool:
    """Whether a ``pyproject.toml`` has a ``[tool.factcheck]`` table; an unreadable one is an error.

    A broken ``pyproject.toml`` may hold the very table the run needs: passing over it would check
    with other settings than the project's, silently.
    """
    data = read_toml(pyproject, "it to look for [tool.factcheck]")
    tool = data.get("tool", {})
    return isinstance(tool, dict) and "factcheck" in tool


def config_in(folder: Path, names: Sequence[str] | None = None) -> Path | None:
    """The configuration file of one folder, if it has one (``names``: the folder's listing, when known)."""
    for name in CONFIG_FILES:
        candidate = folder / name
        present = name in names if names is not None else candidate.is_file()
        if present and (name != "pyproject.toml" or _configures(candidate)):
            return candidate
    return None


def find_config(start: Path) -> Path | None:
    """The nearest configuration file at or above the folder ``start``."""
    start = Path(os.path.normpath(Path(start).absolute()))
    for folder in (start, *start.parents):
        found = config_in(folder)
        if found is not None:
            return found
    return None


find_pyproject = find_config
"""The name of the first release, when only ``pyproject.toml`` was looked for."""


def _shown(path: Path | str, cwd: Path) -> str:
    relative = os.path.relpath(path, cwd)
    return str(path) if relative.startswith("..") else relative


def _nested(folder: Path, exclusion: Exclusion | None) -> Path | None:
    """The first configuration file strictly below ``folder``, in the folders a walk reads (not dot-folders, not
    excluded ones), in sorted order."""
    for current, dirs, files in os.walk(folder):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and not (exclusion and exclusion.matches(Path(current) / d, folder=True))
        )
        if Path(current) != folder:
            found = config_in(Path(current), files)
            if found is not None:
                return found
    return None


def discover(paths: Sequence[str | Path], cwd: Path | None = None) -> Path | None:
    """The configuration file of a run that checks ``paths`` (relative to ``cwd``), or ``None`` for the defaults.

    Two configurations for one run raise ``ConfigError`` (see the module); a configuration in a folder the run
    leaves out (``exclude``) is none of its business.
    """
    cwd = Path(os.path.normpath((cwd or Path.cwd()).absolute()))
    owners: dict[Path, str] = {}
    for raw in paths:
        path = Path(os.path.normpath(cwd / raw))
        found = find_config(path if path.is_dir() else path.parent)
        if found is not None:
            owners.setdefault(found, str(raw))
    if len(owners) > 1:
        (first, one), (second, other) = list(owners.items())[:2]
        raise ConfigError(
            f"{one} falls under the configuration {_shown(first, cwd)} and {other} under {_shown(second, cwd)}; "
            "one run has one configuration: check them in separate runs, or name one for all with --config FILE"
        )
    chosen = next(iter(owners), None) or find_config(cwd)
    exclusion = Exclusion.of(load_config(chosen)) if chosen is not None else None
    for raw in paths:
        folder = Path(os.path.normpath(cwd / raw))
        if not folder.is_dir():
            continue
        walked = exclusion
        if exclusion is not None and exclusion.matches(folder, folder=True):
            if exclusion.force:
                continue  # not read at all
            walked = None  # named, so read in full
        nested = _nested(folder, walked)
        if nested is not None:
            used = f"the configuration {_shown(chosen, cwd)}" if chosen else "no configuration"
            raise ConfigError(
                f"{_shown(nested, cwd)} configures the files below it, but this run checks {raw} with {used}; "
                f"one run has one configuration: check {_shown(nested.parent, cwd)} in a run of its own, exclude "
                "it, or name one configuration for all with --config FILE"
            )
    return chosen
