"""What one pytest session knows: the ini options, the knowledge base read once, the update log.

Settings are resolved once in ``pytest_configure`` and kept on the config's
stash, so every item reads the same values; the KB is read on first use and
kept there too (an unreadable KB fails each article, never the session).

The project's ``[tool.factcheck]`` (the ``pyproject.toml`` at or above the
rootdir, read by ``factcheck.config`` as the command line reads it) gives
``select``, ``ignore``, ``severity``, ``kb`` and ``fail-on``; an ini option that
is set overrides its key, so one table configures the CLI and the tests alike.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from factcheck.config import Config
    from factcheck.errors import InputError
    from factcheck.model import Finding, KnowledgeBase

__all__ = [
    "ARTICLE_SUFFIXES",
    "RULE_CASES",
    "STORY_CASE",
    "UPDATED",
    "Settings",
    "add_options",
    "compared",
    "knowledge_base",
    "settings",
    "shown",
]

ARTICLE_SUFFIXES = (".md", ".jsonl")
"""Files the plugin claims under ``factcheck_paths``: one article, or one per JSON line."""
STORY_CASE = "case.yaml"
"""The file that makes a folder of articles one story case (cross-source fixtures)."""
RULE_CASES = "cases.yaml"
"""One rule's table of small cases (``factcheck.io.cases.RULE_CASES``)."""
UPDATED = "factcheck_updated"
"""The ``user_properties`` key an updated item reports its file under (it reaches the xdist controller)."""

_MISSING_EXPECT = ("error", "clean")
_RANKS = {"info": 1, "warning": 2, "error": 3}


@dataclass(frozen=True)
class Settings:
    """The ini options, resolved once per session."""

    paths: tuple[Path, ...]
    kb: tuple[Path, ...]
    select: tuple[str, ...]
    fail_on: str
    update: bool = False
    missing_expect: str = "error"
    ignore: tuple[str, ...] = ()
    """``[tool.factcheck] ignore``: rules never run."""
    severity: tuple[tuple[str, str], ...] = ()
    """``[tool.factcheck] severity``: (rule, severity) overrides, as the CLI applies them."""
    config_file: Path | None = None
    """The configuration file that applies (a ``pyproject.toml`` or a ``factcheck.toml``), if any."""

    def rule_config(self, select: Sequence[str] = ()) -> Config:
        """The engine's ``Config``: ``select`` (else the session's), the project's ``ignore`` and ``severity``."""
        from factcheck.config import Config

        return Config.model_validate(
            {"select": list(select or self.select), "ignore": list(self.ignore), "severity": dict(self.severity)}
        )


_SETTINGS = pytest.StashKey[Settings]()
_KB: pytest.StashKey[KnowledgeBase | InputError] = pytest.StashKey()


def add_options(parser: pytest.Parser) -> None:
    """``--factcheck-update`` and the ``factcheck_*`` ini options."""
    # pytest lists ini options under [pytest] ini-options in --help, whatever the group;
    # the group holds the command-line options.
    group = parser.getgroup("factcheck", "factcheck: articles as tests")
    group.addoption(
        "--factcheck-update",
        action="store_true",
        default=False,
        help="rewrite the expect: block of each article whose findings differ (the item still fails)",
    )
    parser.addini(
        "factcheck_missing_expect",
        "an article without expect: is an 'error' (default) or taken as 'clean' (expect: [])",
        "string",
        "error",
    )
    parser.addini("factcheck_paths", "folders or files (relative to rootdir) whose articles are tests", "linelist", [])
    parser.addini(
        "factcheck_kb", "knowledge-base files (relative to rootdir) the articles are checked against", "linelist", []
    )
    parser.addini(
        "factcheck_fail_on",
        "the lowest severity an article's expect: is compared at (info: every finding; error: errors only); "
        "default: [tool.factcheck] fail-on, else info",
        "string",
        "",
    )
    parser.addini(
        "factcheck_select",
        "rule codes, code prefixes or names to run (default: [tool.factcheck] select, else all)",
        "linelist",
        [],
    )


def configure(config: pytest.Config) -> None:
    """Resolve the options onto the stash; under ``--factcheck-update``, register the update log."""
    project, config_file = _project_config(config)
    # One selector per line, or several on a line separated by commas or spaces.
    select = tuple(s for line in config.getini("factcheck_select") for s in re.split(r"[\s,]+", line) if s)
    kb = _project_paths(config, "factcheck_kb")
    fail_on = _choice(config, "factcheck_fail_on", tuple(_RANKS)) if config.getini("factcheck_fail_on") else None
    if project is not None and fail_on is None and "fail_on" in project.model_fields_set and project.fail_on != "never":
        fail_on = project.fail_on  # "never" is a policy for the exit code; expect: still lists every finding
    config.stash[_SETTINGS] = Settings(
        paths=_project_paths(config, "factcheck_paths"),
        kb=kb or tuple(Path(path).resolve() for path in (project.kb if project else ())),
        select=select or tuple(project.select if project else ()),
        fail_on=fail_on or "info",
        update=bool(config.getoption("factcheck_update")),
        missing_expect=_choice(config, "factcheck_missing_expect", _MISSING_EXPECT),
        ignore=tuple(project.ignore if project else ()),
        severity=tuple((rule, level.value) for rule, level in (project.severity if project else {}).items()),
        config_file=config_file,
    )
    if config.stash[_SETTINGS].update:
        config.pluginmanager.register(UpdateLog(config), "factcheck-update-log")


def settings(config: pytest.Config) -> Settings:
    return config.stash[_SETTINGS]


def _project_config(config: pytest.Config) -> tuple[Config | None, Path | None]:
    """The configuration nearest the rootdir, found by the CLI's own discovery (``factcheck.config.find_config``):
    ``.factcheck.toml``, ``factcheck.toml`` or a ``pyproject.toml`` with ``[tool.factcheck]``."""
    from factcheck.config import find_config, load_config
    from factcheck.errors import ConfigError

    try:
        found = find_config(config.rootpath.resolve())
        if found is None:
            return None, None
        return load_config(found), found
    except ConfigError as err:
        raise pytest.UsageError(f"factcheck: {err}") from None


def report_header(config: pytest.Config) -> list[str]:
    """Where the project's configuration came from, so that a run says what it checked with."""
    found = settings(config).config_file
    if found is None:
        return []
    table = "[tool.factcheck]" if found.name == "pyproject.toml" else "configuration"
    return [f"factcheck: {table} from {shown(found, config)}"]


def _project_paths(config: pytest.Config, name: str) -> tuple[Path, ...]:
    """The ini option ``name``'s paths, resolved against the rootdir, which they may not leave.

    The ini options travel with a repository: ``factcheck_kb = /etc/passwd`` or ``../../secrets.yaml`` would
    read the files of whoever runs its tests. Refused before anything is read, naming the option.
    """
    root = config.rootpath.resolve()
    paths = []
    for value in config.getini(name):
        path = (root / value).resolve()
        if Path(value).is_absolute() or not path.is_relative_to(root):
            raise pytest.UsageError(
                f"{name}: {value!r} is not inside the rootdir {root}; name files and folders of the project, "
                "relative to it"
            )
        paths.append(path)
    return tuple(paths)


def _choice(config: pytest.Config, name: str, allowed: tuple[str, ...]) -> str:
    value = str(config.getini(name)).strip().lower()
    if value not in allowed:
        raise pytest.UsageError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def compared(findings: Sequence[Finding], fail_on: str) -> list[Finding]:
    """The findings an expectation list is compared with: not suppressed, at or above ``factcheck_fail_on``."""
    return [f for f in findings if not f.suppressed and _RANKS[f.severity.value] >= _RANKS[fail_on]]


def shown(path: str | Path, config: pytest.Config) -> str:
    """A path as the user would type it: relative to where pytest was invoked."""
    try:
        return os.path.relpath(path, config.invocation_params.dir)
    except ValueError:  # another drive on Windows
        return str(path)


def knowledge_base(config: pytest.Config) -> KnowledgeBase:
    """The KB, read once per session; an unreadable KB fails each article, never the session."""
    from factcheck.errors import InputError
    from factcheck.io import load_kbs

    if _KB not in config.stash:
        try:
            config.stash[_KB] = load_kbs(config.stash[_SETTINGS].kb)
        except InputError as err:
            config.stash[_KB] = InputError(shown(err.path, config) if err.path else None, err.detail, err.line)
    loaded = config.stash[_KB]
    if isinstance(loaded, InputError):
        raise InputError(loaded.path, loaded.detail, loaded.line)  # a fresh exception: no shared traceback
    return loaded


class UpdateLog:
    """Collects the files ``--factcheck-update`` rewrote, from this process or from xdist workers."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.updated: dict[str, str] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        for key, value in report.user_properties:
            if key == UPDATED:
                self.updated[report.nodeid] = str(value)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if not self.updated:
            return
        terminalreporter.section("factcheck --factcheck-update")
        count = len(self.updated)
        terminalreporter.write_line(f"rewrote expect: in {count} article{'s' if count != 1 else ''}:")
        for nodeid, where in sorted(self.updated.items()):
            terminalreporter.write_line(f"  {where}  ({nodeid})")
        terminalreporter.write_line("review the diff, then run pytest again without --factcheck-update")
