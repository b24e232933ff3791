"""Story folders: a ``case.yaml`` and the articles beside it are one test of their cross-source findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.plugin._story_rule import story_rule  # noqa: F401 - an autouse fixture, used by being here


def configure(pytester: pytest.Pytester) -> None:
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\nfactcheck_paths = ["cases"]\nfactcheck_select = ["XX903"]\n')


def story(pytester: pytest.Pytester, name: str, case: str, daily: str = "Sunday", afp: str = "Saturday") -> Path:
    folder = pytester.path / "cases" / name
    folder.mkdir(parents=True)
    for doc_id, day in (("afp", afp), ("daily", daily)):
        (folder / f"{doc_id}.md").write_text(
            f"---\nid: {doc_id}\npublished: 2025-09-29\nstory: s\n---\nThe ministers met on {day} in Beijing.\n",
            encoding="utf-8",
        )
    (folder / "case.yaml").write_text(case, encoding="utf-8")
    return folder


CASE = """why: one outlet moves the meeting to Saturday
expect:
  - rule: XX903
    evidence: [{document: afp, text: "Saturday"}, {document: daily, text: "Sunday"}]
"""


def test_a_story_folder_is_one_item_and_its_articles_are_not_collected(pytester: pytest.Pytester) -> None:
    configure(pytester)
    story(pytester, "fail-meeting-on-saturday", CASE)

    result = pytester.runpytest("--collect-only", "-q")

    result.stdout.fnmatch_lines(["cases/fail-meeting-on-saturday/case.yaml::fail-meeting-on-saturday", "", "1 test*"])


def test_matching_story_passes(pytester: pytest.Pytester) -> None:
    configure(pytester)
    story(pytester, "fail-meeting-on-saturday", CASE)

    pytester.runpytest().assert_outcomes(passed=1)


def test_clean_story_passes_with_expect_empty(pytester: pytest.Pytester) -> None:
    configure(pytester)
    story(pytester, "pass-same-day", "why: both say Sunday\nexpect: []\n", afp="Sunday")

    pytester.runpytest().assert_outcomes(passed=1)


def test_document_and_text_form_compares_the_first_span(pytester: pytest.Pytester) -> None:
    configure(pytester)
    story(pytester, "fail-short", 'expect:\n  - {rule: XX903, document: afp, text: "Saturday"}\n')

    pytester.runpytest().assert_outcomes(passed=1)


def test_unexpected_cross_source_finding_lists_both_spans_and_the_entry(pytester: pytest.Pytester) -> None:
    configure(pytester)
    story(pytester, "pass-not-really", "why: x\nexpect: []\n")

    result = pytester.runpytest()

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "findings differ from expect: in cases/pass-not-really/case.yaml:2: 0 missing, 1 unexpected",
            "unexpected (found but not expected):",
            "  XX903 weekday-differs [[]error[]] Saturday in afp, Sunday in daily",
            "    cases/pass-not-really/afp.md:6:22",
            "      | The ministers met on Saturday in Beijing.",
            "      |                      ^^^^^^^^",
            "    cases/pass-not-really/daily.md:6:22",
            "if they are right, add to expect:",
            "  - rule: XX903",
            "    evidence:",
            '      - {document: afp, text: "Saturday"}',
            '      - {document: daily, text: "Sunday"}',
        ]
    )


def test_missing_story_finding(pytester: pytest.Pytester) -> None:
    configure(pytester)
    case = (
        'expect:\n  - {rule: XX903, evidence: [{document: afp, text: "Sunday"}, {document: daily, text: "Sunday"}]}\n'
    )
    story(pytester, "fail-gone", case, afp="Sunday")

    result = pytester.runpytest()

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["missing (expected but not found):", "  XX903 weekday-differs", '    cases/fail-gone/afp.md:6:22  "Sunday"']
    )


@pytest.mark.parametrize(
    ("expect", "complaint"),
    [
        ('[{rule: XX903, evidence: [{document: reuters, text: "x"}]}]', "*`document` must be the id of an article*"),
        ('[{rule: XX903, evidence: [{document: afp, text: "Friday"}]}]', '*"Friday" does not occur in afp*'),
        ("[{rule: XX903, evidence: []}]", "*`evidence` lists no span*"),
        ("[{rule: XX903, spans: []}]", "*unknown key(s) 'spans'*"),
        ("{rule: XX903}", "*`expect:` must be a list*"),
    ],
)
def test_a_malformed_case_names_the_case_file(pytester: pytest.Pytester, expect: str, complaint: str) -> None:
    configure(pytester)
    story(pytester, "fail-bad", f"expect: {expect}\n")

    result = pytester.runpytest()

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([f"cases/fail-bad/case.yaml:1: {complaint}"])


def test_missing_expect_in_a_case(pytester: pytest.Pytester) -> None:
    configure(pytester)
    story(pytester, "fail-forgot", "why: x\n")

    result = pytester.runpytest()

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["cases/fail-forgot/case.yaml: no `expect:` key*"])


def test_a_bad_article_in_a_story_fails_naming_it(pytester: pytest.Pytester) -> None:
    configure(pytester)
    folder = story(pytester, "fail-broken", CASE)
    (folder / "afp.md").write_text("---\nid: afp\n", encoding="utf-8")

    result = pytester.runpytest()

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["E001 cases/fail-broken/afp.md:1: front matter opened with '---' is never closed"])


def test_update_rewrites_the_case_yaml(pytester: pytest.Pytester) -> None:
    configure(pytester)
    folder = story(pytester, "fail-stale", "why: the meeting moved\nexpect: []\ndocs: true\n")

    result = pytester.runpytest("--factcheck-update")

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["rewrote expect: in 1 article:", "  cases/fail-stale/case.yaml  (*)"])
    assert (folder / "case.yaml").read_text(encoding="utf-8") == (
        "why: the meeting moved\n"
        "expect:\n"
        "  - rule: XX903\n"
        "    evidence:\n"
        '      - {document: afp, text: "Saturday"}\n'
        '      - {document: daily, text: "Sunday"}\n'
        "docs: true\n"
    )
    pytester.runpytest().assert_outcomes(passed=1)
