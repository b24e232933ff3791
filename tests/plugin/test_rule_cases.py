"""A rule's ``cases.yaml``: a table of short texts, each one test of that rule alone (sqlfluff's rule-case files)."""

from __future__ import annotations

import pytest

TABLE = """\
rule: FC101
cases:
  - name: fail-wednesday
    text: "The talks, held on Wednesday, Feb. 3, 1998, ended."
    published: 1998-02-10
    expect: ["Wednesday, Feb. 3, 1998"]
  - name: pass-tuesday
    text: "The talks, held on Tuesday, Feb. 3, 1998, ended."
    expect: []
"""


def configure(pytester: pytest.Pytester) -> None:
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\nfactcheck_paths = ["rules"]\n')


def table(pytester: pytest.Pytester, text: str) -> None:
    folder = pytester.path / "rules" / "FC101"
    folder.mkdir(parents=True)
    (folder / "cases.yaml").write_text(text, encoding="utf-8")


def test_each_case_is_a_test_named_after_it(pytester: pytest.Pytester) -> None:
    configure(pytester)
    table(pytester, TABLE)

    result = pytester.runpytest("-v")

    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(
        ["rules/FC101/cases.yaml::fail-wednesday PASSED*", "rules/FC101/cases.yaml::pass-tuesday PASSED*"]
    )


def test_a_case_that_differs_fails_naming_its_line(pytester: pytest.Pytester) -> None:
    configure(pytester)
    table(pytester, TABLE.replace("expect: []", 'expect: [{text: "Tuesday", severity: error}]'))

    result = pytester.runpytest()

    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["findings differ from expect: in rules/FC101/cases.yaml:7 (pass-tuesday): 1 missing, 0 unexpected"]
    )


def test_only_the_rule_of_the_file_runs(pytester: pytest.Pytester) -> None:
    configure(pytester)
    # without a publication date FC403 (missing anchor) would warn about "next week"; FC101 says nothing
    table(pytester, 'rule: FC101\ncases:\n  - name: pass-relative\n    text: "They meet next week."\n    expect: []\n')

    pytester.runpytest().assert_outcomes(passed=1)


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        (TABLE.replace("pass-tuesday", "fail-wednesday"), "*cases.yaml:1: invalid cases.yaml*used more than once*"),
        (TABLE.replace("rule: FC101", "rules: FC101"), "*cases.yaml:1: invalid cases.yaml: rule: Field required*"),
        (TABLE.replace("name: pass-tuesday", "name: Pass Tuesday"), "*cases.yaml:7: invalid cases.yaml: cases.1.name*"),
    ],
)
def test_a_malformed_table_fails_as_one_unreadable_item(pytester: pytest.Pytester, text: str, complaint: str) -> None:
    configure(pytester)
    table(pytester, text)

    result = pytester.runpytest()

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([complaint])


def test_a_malformed_expectation_names_the_case_line(pytester: pytest.Pytester) -> None:
    configure(pytester)
    table(pytester, TABLE.replace("expect: []", "expect: [{txt: Tuesday}]"))

    result = pytester.runpytest()

    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["rules/FC101/cases.yaml:7: expect #1: unknown key(s) 'txt'*"])


def test_update_leaves_a_table_as_written(pytester: pytest.Pytester) -> None:
    configure(pytester)
    table(pytester, TABLE.replace('expect: ["Wednesday, Feb. 3, 1998"]', "expect: []"))
    path = pytester.path / "rules" / "FC101" / "cases.yaml"
    before = path.read_bytes()

    result = pytester.runpytest("--factcheck-update")

    result.assert_outcomes(passed=1, failed=1)
    assert path.read_bytes() == before
    result.stdout.no_fnmatch_line("*rewrote expect:*")


AGES = """\
rule: FC203
kb:
  entities:
    - {name: Mira Castell, type: person, dates: {born: "1961-03-14"}}
cases:
  - name: fail-mira-castell-65
    text: "The talks were chaired by Mira Castell, 65, a veteran."
    published: 2025-09-28
    expect: ["Mira Castell, 65"]
  - name: pass-mira-castell-64
    text: "The talks were chaired by Mira Castell, 64, a veteran."
    published: 2025-09-28
    expect: []
"""


def test_a_table_may_hold_its_own_kb_instead_of_the_sessions(pytester: pytest.Pytester) -> None:
    configure(pytester)
    table(pytester, AGES)

    pytester.runpytest().assert_outcomes(passed=2)


def test_an_invalid_inline_kb_fails_as_one_unreadable_item(pytester: pytest.Pytester) -> None:
    configure(pytester)
    table(pytester, AGES.replace("type: person", "type: planet"))

    result = pytester.runpytest()

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*rules/FC101/cases.yaml:1: invalid kb: *"])
