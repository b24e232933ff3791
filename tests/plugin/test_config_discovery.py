"""The plugin finds its configuration as the command line does (``factcheck.config.find_config``)."""

from __future__ import annotations

import pytest

WEEKDAY = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."  # FC101, an error


def article(pytester: pytest.Pytester) -> None:
    (pytester.path / "articles").mkdir()
    (pytester.path / "articles" / "a.md").write_text(
        f"---\nid: a\npublished: 1998-02-10\nexpect: []\n---\n{WEEKDAY}\n", encoding="utf-8"
    )


def test_a_factcheck_toml_beside_the_pyproject_configures_the_tests(pytester: pytest.Pytester) -> None:
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\nfactcheck_paths = ["articles"]\n')
    (pytester.path / "factcheck.toml").write_text('ignore = ["FC101"]\n', encoding="utf-8")
    article(pytester)

    result = pytester.runpytest()

    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["factcheck: configuration from factcheck.toml"])


def test_without_it_the_finding_fails_the_article(pytester: pytest.Pytester) -> None:
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\nfactcheck_paths = ["articles"]\n')
    article(pytester)

    pytester.runpytest().assert_outcomes(failed=1)
