"""The rule catalogue, both ways: every rule has failing and passing fixtures; every fixture folder has a rule."""

import re
from pathlib import Path

import pytest

from factcheck.rules import registry
from factcheck.rules._rule import REQUIRED_HEADINGS

ROOT = Path(__file__).resolve().parents[3]
RULE_FIXTURES = ROOT / "fixtures" / "rules"
CASE_NAME = re.compile(r"^(fail|pass)-[a-z0-9]+(?:-[a-z0-9]+)*$")
SPECS = list(registry)


def cases(code: str, kind: str) -> list[Path]:
    """``fail-*.md`` files, and story folders ``fail-*/`` holding a ``case.yaml``."""
    folder = RULE_FIXTURES / code
    files = folder.glob(f"{kind}-*.md")
    stories = (p for p in folder.glob(f"{kind}-*") if p.is_dir() and (p / "case.yaml").is_file())
    return sorted([*files, *stories])


def test_there_are_rules_to_check():
    assert SPECS


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.code)
def test_every_rule_has_a_failing_fixture(spec):
    assert cases(spec.code, "fail"), f"fixtures/rules/{spec.code}/ needs at least one fail-*.md"


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.code)
def test_every_rule_has_a_passing_fixture(spec):
    assert cases(spec.code, "pass"), f"fixtures/rules/{spec.code}/ needs at least one pass-*.md"


def test_no_fixture_folder_names_an_unknown_code():
    known = {spec.code for spec in SPECS}
    folders = {p.name for p in RULE_FIXTURES.iterdir() if p.is_dir()}

    assert folders - known == set()


@pytest.mark.parametrize("folder", sorted(p for p in RULE_FIXTURES.iterdir() if p.is_dir()), ids=lambda p: p.name)
def test_fixture_names_are_fail_or_pass_in_kebab_case(folder):
    for case in folder.iterdir():
        if case.name == "cases.yaml":  # the rule's table of short cases, collected by the plugin
            continue
        stem = case.name.removesuffix(".md") if case.is_file() else case.name
        assert CASE_NAME.match(stem), f"{case.relative_to(ROOT)}: name it fail-… or pass-…, kebab-case"
        assert case.is_dir() or case.suffix == ".md", f"{case.relative_to(ROOT)}: a case is a .md file or a folder"


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.code)
def test_docstring_has_the_required_headings_in_order(spec):
    positions = [spec.doc.find(heading) for heading in REQUIRED_HEADINGS]

    assert -1 not in positions
    assert positions == sorted(positions)
    assert 0 < len(spec.summary) <= 80
