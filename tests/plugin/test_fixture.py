"""The ``factcheck`` fixture and ``assert_consistent`` for hand-written tests."""

from __future__ import annotations

import pytest

from factcheck.model import Document
from factcheck.pytest_plugin import assert_consistent

PLANTED = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."
CLEAN = "The talks, held on Tuesday, Feb. 3, 1998, ended without agreement."


def test_assert_consistent_passes_clean_text_and_returns_the_report():
    report = assert_consistent(CLEAN, published="1998-02-10")

    assert report.findings == []


def test_assert_consistent_fails_quoting_each_finding():
    with pytest.raises(AssertionError) as info:
        assert_consistent(PLANTED, published="1998-02-10")

    message = str(info.value)
    assert message.splitlines()[:4] == [
        "expected consistent articles, found 1 finding:",
        'text:1:20: FC101 weekday-date-mismatch [error] "Wednesday, Feb. 3, 1998": '
        "1998-02-03 is a Tuesday, not a Wednesday",
        f"  | {PLANTED}",
        "  |                    ^^^^^^^^^^^^^^^^^^^^^^^",
    ]


def test_assert_consistent_takes_documents_mappings_paths_and_lists(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(f"---\nid: file\npublished: 1998-02-10\n---\n{CLEAN}\n", encoding="utf-8")
    document = Document(id="model", text=CLEAN, published="1998-02-10")

    assert_consistent(document)
    assert_consistent({"id": "mapping", "text": CLEAN})
    assert_consistent(path)
    report = assert_consistent([document, {"id": "mapping", "text": CLEAN}, path])

    assert [d.id for d in report.documents] == ["model", "mapping", "file"]


def test_assert_consistent_fail_on_lets_lower_severities_through():
    from factcheck.config import Config

    config = Config(severity={"FC101": "info"})

    assert_consistent(PLANTED, published="1998-02-10", config=config, fail_on="warning")
    with pytest.raises(AssertionError, match="found 1 finding"):
        assert_consistent(PLANTED, published="1998-02-10", config=config)


def test_assert_consistent_ignores_suppressed_findings():
    assert_consistent(f"{PLANTED} <!-- factcheck: ignore FC101 -->", published="1998-02-10")


def test_assert_consistent_fails_on_input_errors(tmp_path):
    (tmp_path / "bad.md").write_text("---\nid: bad\n", encoding="utf-8")

    with pytest.raises(AssertionError, match=r"E001 .*bad\.md:1: front matter opened with '---' is never closed"):
        assert_consistent(tmp_path)


def test_published_is_for_text_only():
    with pytest.raises(TypeError, match="published= applies to a str"):
        assert_consistent({"id": "a", "text": CLEAN}, published="1998-02-10")


def test_bad_fail_on():
    with pytest.raises(ValueError, match="fail_on must be one of"):
        assert_consistent(CLEAN, fail_on="fatal")


FIXTURE_TESTS = """
    import pytest

    PLANTED = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."

    def test_check(factcheck):
        report = factcheck.check(PLANTED, published="1998-02-10")
        assert [f.rule for f in report.findings] == ["FC101"]

    def test_extract(factcheck):
        facts = factcheck.extract(PLANTED, published="1998-02-10").documents[0].facts
        assert "1998-02-03" in [getattr(f, "value", None) for f in facts]

    def test_kb_comes_from_the_ini(factcheck):
        assert [e.name for e in factcheck.kb.entities] == ["Workers' Party of Korea"]

    def test_assert_consistent_passes(factcheck):
        factcheck.assert_consistent("Calm.")

    def test_assert_consistent_fails(factcheck):
        factcheck.assert_consistent(PLANTED, published="1998-02-10")
"""


def test_the_factcheck_fixture_in_a_hand_written_test(pytester: pytest.Pytester):
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\nfactcheck_kb = ["kb.yaml"]\n')
    pytester.makefile(".yaml", kb="entities:\n  - name: Workers' Party of Korea\n    dates: {founded: 1945-10-10}\n")
    pytester.makepyfile(test_hand=FIXTURE_TESTS)

    result = pytester.runpytest()

    result.assert_outcomes(passed=4, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*test_assert_consistent_fails*",
            ">       factcheck.assert_consistent(PLANTED, published=*",
            "E       AssertionError: expected consistent articles, found 1 finding:",
            "E       text:1:20: FC101 weekday-date-mismatch [[]error[]] *",
        ]
    )
    # The helper hides its own frames: the failure points at the test's line.
    result.stdout.no_fnmatch_line("*def assert_consistent*")


def test_the_fixture_uses_factcheck_select(pytester: pytest.Pytester):
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\nfactcheck_select = ["FC2"]\n')
    pytester.makepyfile(
        test_select="""
        def test_fc101_is_not_selected(factcheck):
            factcheck.assert_consistent("Held on Wednesday, Feb. 3, 1998.", published="1998-02-10")
        """
    )

    pytester.runpytest().assert_outcomes(passed=1)
