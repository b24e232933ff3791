"""The lint codes, both ways: every fail-* fixture raises its folder's code and nothing else; every pass-* is clean."""

from datetime import date
from pathlib import Path

import pytest

from factcheck.kblint import LINT_CHECKS, lint
from factcheck.model import ToolInfo
from factcheck.text import position

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "fixtures" / "kb-lint"
AS_OF = date(2026, 1, 1)
CASES = sorted(p for p in FIXTURES.glob("KB*/*") if p.suffix in (".yaml", ".json", ".csv"))


def codes_of(path: Path) -> list[str]:
    files = [path, FIXTURES / "tables.yaml"] if path.suffix == ".csv" else [path]
    linted = lint(files, AS_OF, ToolInfo(version="test"))
    assert linted.report.errors == []
    return [f.rule for f in linted.report.findings]


@pytest.mark.parametrize("code", sorted(LINT_CHECKS))
def test_every_lint_code_has_failing_and_passing_fixtures(code):
    names = [p.name for p in (FIXTURES / code).iterdir()]

    assert any(n.startswith("fail-") for n in names)
    assert any(n.startswith("pass-") for n in names)


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_fixture_raises_its_code_when_it_fails_and_nothing_when_it_passes(path):
    codes = codes_of(path)

    if path.name.startswith("fail-"):
        assert codes
        assert set(codes) == {path.parent.name}
    else:
        assert codes == []


def test_the_project_kb_files_lint_clean():
    linted = lint(sorted((ROOT / "fixtures" / "kb").iterdir()), AS_OF, ToolInfo(version="test"))

    assert (linted.report.findings, linted.report.errors) == ([], [])


def test_a_finding_names_the_line_of_the_date_and_of_the_first_entry_of_a_duplicate():
    path = FIXTURES / "KB003" / "fail-founded-twice-differently.yaml"
    linted = lint([path], AS_OF, ToolInfo(version="test"))

    [finding] = linted.report.findings
    text = linted.documents[str(path)].text
    assert [(e.text, position(text, e.start)[0]) for e in finding.evidence] == [("1988", 9), ("1987-05", 5)]


def test_an_unreadable_file_is_an_error_and_the_other_files_are_still_linted(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("entities: [unclosed\n", encoding="utf-8")
    other = FIXTURES / "KB002" / "fail-alias-shared-by-two-organizations.yaml"

    report = lint([broken, other], AS_OF, ToolInfo(version="test")).report

    assert [(e.path, e.line is not None) for e in report.errors] == [(str(broken), True)]
    assert [f.rule for f in report.findings] == ["KB002"]


def test_files_are_one_knowledge_base_so_a_form_shared_between_two_files_is_found(tmp_path):
    first, second = tmp_path / "a.yaml", tmp_path / "b.json"
    first.write_text("entities:\n  - {name: Retail Merchants Association, aliases: [RMA]}\n", encoding="utf-8")
    second.write_text('{"entities": [{"name": "Regional Mining Authority", "aliases": ["RMA"]}]}', encoding="utf-8")

    [finding] = lint([first, second], AS_OF, ToolInfo(version="test")).report.findings

    assert (finding.rule, [e.document for e in finding.evidence]) == ("KB002", [str(second), str(first)])


def test_the_as_of_day_decides_what_is_in_the_future():
    path = FIXTURES / "KB005" / "fail-founding-in-the-future.yaml"

    assert lint([path], date(2031, 1, 1), ToolInfo(version="test")).report.findings == []
