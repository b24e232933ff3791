"""The distribution name, as pyproject.toml gives it, is the one every install command of ours names.

``factcheck`` on the package index is an unrelated project (a QuickCheck port): an example that says
``pip install factcheck`` installs it, and the ``factcheck`` command is then missing. These tests read
each ``pip install`` in the README, the docs, the example workflow, the pre-commit hooks and the
package's own messages, and hold every requirement of ours to ``[project] name``.
"""

from __future__ import annotations

import re
import shlex
import tomllib
from importlib.metadata import distribution
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
NAME = PYPROJECT["project"]["name"]
EXTRAS = set(PYPROJECT["project"]["optional-dependencies"])

_INSTALL = re.compile(r"pip3? install((?:[ \t]+[^\s`;&|)]+)+)")
_REQUIREMENT = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[([^\]]*)\])?")


def _documents() -> list[Path]:
    found = [ROOT / "README.md", ROOT / ".pre-commit-hooks.yaml", ROOT / "tox.ini"]
    found += sorted((ROOT / "docs").rglob("*.md"))
    found += sorted((ROOT / ".github").rglob("*.yml"))
    found += sorted((ROOT / "src").rglob("*.py"))
    return [path for path in found if path.is_file()]


def _requirements(text: str) -> list[str]:
    """The requirement arguments of every ``pip install`` in ``text`` (options and local paths left out)."""
    requirements = []
    for match in _INSTALL.finditer(text):
        try:
            words = shlex.split(match.group(1))
        except ValueError:  # an unbalanced quote: the command runs on past the line; take its words as they are
            words = match.group(1).split()
        requirements += [word for word in words if not word.startswith(("-", ".", "/", "<"))]
    return requirements


def _ours(requirement: str) -> bool:
    match = _REQUIREMENT.match(requirement)
    return match is not None and "factcheck" in match.group(1).lower()


INSTALLS = [(path, req) for path in _documents() for req in _requirements(path.read_text("utf-8")) if _ours(req)]


def test_the_distribution_is_not_called_factcheck():
    # The index's factcheck is a QuickCheck port; the import name and the command stay factcheck.
    assert NAME != "factcheck"
    assert NAME == "factcheck-news"


def test_the_docs_do_install_it():
    shown = {path.relative_to(ROOT).as_posix() for path, _ in INSTALLS}
    assert "docs/getting-started.md" in shown
    assert ".github/workflows/factcheck-example.yml" in shown


@pytest.mark.parametrize(("path", "requirement"), INSTALLS, ids=lambda v: v.name if isinstance(v, Path) else v)
def test_every_install_names_the_distribution(path, requirement):
    match = _REQUIREMENT.match(requirement)
    assert match is not None
    assert match.group(1) == NAME, f"{path.relative_to(ROOT)}: pip install {requirement}: our distribution is {NAME}"
    extras = {extra.strip() for extra in (match.group(2) or "").split(",") if extra.strip()}
    assert extras <= EXTRAS, f"{path.relative_to(ROOT)}: {requirement} names an extra pyproject.toml lacks"


def test_local_installs_name_real_extras():
    for path in _documents():
        for extras in re.findall(r"""pip3? install[^\n`]*?-e\s+["']?\.\[([^\]]*)\]""", path.read_text("utf-8")):
            assert {e.strip() for e in extras.split(",")} <= EXTRAS, f"{path.relative_to(ROOT)}: .[{extras}]"


def test_the_extras_refer_to_the_distribution_by_its_name():
    for extra, requirements in PYPROJECT["project"]["optional-dependencies"].items():
        for requirement in requirements:
            match = _REQUIREMENT.match(requirement)
            assert match is not None
            assert "factcheck" not in match.group(1) or match.group(1) == NAME, f"[{extra}] {requirement}"


def test_the_installed_metadata_is_found_under_the_name():
    # What --version and the report's tool.version read.
    installed = distribution(NAME)
    assert installed.version == PYPROJECT["project"]["version"]
    assert any(ep.name == "factcheck" and ep.group == "console_scripts" for ep in installed.entry_points)
    assert any(ep.value == "factcheck.pytest_plugin" and ep.group == "pytest11" for ep in installed.entry_points)


def test_the_finder_sees_a_wrong_name():
    # The test above could not fail if the pattern missed the commands it is about.
    text = 'Run `pip install factcheck` or `pip install -q "factcheck[dask]"`; then `pip install -e ".[test]"`.'
    assert [r for r in _requirements(text) if _ours(r)] == ["factcheck", "factcheck[dask]"]
