"""The plugin reads ``[tool.factcheck]`` as the command line does; a set ini option overrides its key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WEEKDAY = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."  # FC101, an error
TYPO = "Leaders met in Beijiing this month."  # FC402 (info) with a KB that knows Beijing


def project(pytester: pytest.Pytester, factcheck: str = "", ini: str = "") -> None:
    pytester.makepyprojecttoml(
        f'[tool.pytest.ini_options]\nfactcheck_paths = ["articles"]\n{ini}\n[tool.factcheck]\n{factcheck}\n'
    )


def article(pytester: pytest.Pytester, body: str, expect: str = "[]", name: str = "a") -> None:
    (pytester.path / "articles").mkdir(exist_ok=True)
    (pytester.path / "articles" / f"{name}.md").write_text(
        f"---\nid: {name}\npublished: 1998-02-10\nexpect: {expect}\n---\n{body}\n", encoding="utf-8"
    )


def kb(pytester: pytest.Pytester) -> None:
    (pytester.path / "kb").mkdir()
    (pytester.path / "kb" / "places.yaml").write_text(
        "entities:\n  - name: China\n    aliases: [Beijing]\n    type: country\n", encoding="utf-8"
    )


def test_ignore_applies(pytester: pytest.Pytester) -> None:
    project(pytester, 'ignore = ["FC101"]')
    article(pytester, WEEKDAY)
    pytester.runpytest().assert_outcomes(passed=1)


def test_without_the_table_the_finding_is_there(pytester: pytest.Pytester) -> None:
    # The test above could not fail if the article gave no finding at all.
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\nfactcheck_paths = ["articles"]\n')
    article(pytester, WEEKDAY)
    pytester.runpytest().assert_outcomes(failed=1)


def test_select_applies_and_the_ini_overrides_it(pytester: pytest.Pytester) -> None:
    project(pytester, 'select = ["FC4"]')
    article(pytester, WEEKDAY)
    pytester.runpytest().assert_outcomes(passed=1)
    pytester.runpytest("-o", "factcheck_select=FC1").assert_outcomes(failed=1)


def test_severity_applies(pytester: pytest.Pytester) -> None:
    project(pytester, 'severity = { weekday-date-mismatch = "warning" }')
    article(pytester, WEEKDAY, '[{rule: FC101, text: "Wednesday, Feb. 3, 1998", severity: warning}]')
    pytester.runpytest().assert_outcomes(passed=1)


def test_kb_applies_relative_to_the_pyproject(pytester: pytest.Pytester) -> None:
    kb(pytester)
    project(pytester, 'kb = ["kb/places.yaml"]')
    article(pytester, TYPO, '[{rule: FC402, text: "Beijiing"}]')
    pytester.runpytest().assert_outcomes(passed=1)


def test_the_ini_kb_overrides_the_table(pytester: pytest.Pytester) -> None:
    kb(pytester)
    (pytester.path / "kb" / "empty.yaml").write_text("entities: []\n", encoding="utf-8")
    project(pytester, 'kb = ["kb/places.yaml"]', 'factcheck_kb = ["kb/empty.yaml"]')
    article(pytester, TYPO, '[{rule: FC402, text: "Beijiing"}]')
    pytester.runpytest().assert_outcomes(failed=1)  # no Beijing in the KB: no FC402


def test_fail_on_applies_and_the_ini_overrides_it(pytester: pytest.Pytester) -> None:
    kb(pytester)
    project(pytester, 'kb = ["kb/places.yaml"]\nfail-on = "warning"')
    article(pytester, TYPO)  # the FC402 info is below "warning": expect: [] holds
    pytester.runpytest().assert_outcomes(passed=1)
    pytester.runpytest("-o", "factcheck_fail_on=info").assert_outcomes(failed=1)


def test_fail_on_never_still_compares_every_finding(pytester: pytest.Pytester) -> None:
    # "never" is a policy for the command's exit status; an article's expect: still lists what it holds.
    kb(pytester)
    project(pytester, 'kb = ["kb/places.yaml"]\nfail-on = "never"')
    article(pytester, TYPO)
    pytester.runpytest().assert_outcomes(failed=1)


def test_the_fixture_uses_the_table(pytester: pytest.Pytester) -> None:
    project(pytester, 'ignore = ["FC101"]')
    pytester.makepyfile(
        test_it=f"def test_it(factcheck):\n    factcheck.assert_consistent({WEEKDAY!r}, published='1998-02-10')\n"
    )
    pytester.runpytest("-p", "no:cacheprovider", "test_it.py").assert_outcomes(passed=1)


def test_a_bad_table_stops_the_session_naming_the_file(pytester: pytest.Pytester) -> None:
    project(pytester, 'fail-on = "loud"')
    article(pytester, WEEKDAY)
    result = pytester.runpytest()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*pyproject.toml: invalid [[]tool.factcheck]: fail-on*"])


def test_the_header_says_where_the_configuration_came_from(pytester: pytest.Pytester) -> None:
    project(pytester, 'ignore = ["FC101"]')
    article(pytester, WEEKDAY)
    pytester.runpytest().stdout.fnmatch_lines(["factcheck: [[]tool.factcheck] from pyproject.toml"])


def test_every_ini_option_is_documented() -> None:
    from factcheck.pytest_plugin import session

    class Recorder:
        names: list[str] = []  # noqa: RUF012 - one throwaway recorder

        def addini(self, name: str, *args: object, **kwargs: object) -> None:
            self.names.append(name)

        def getgroup(self, *args: object, **kwargs: object) -> Recorder:
            return self

        def addoption(self, *args: object, **kwargs: object) -> None:
            pass

    recorder = Recorder()
    session.add_options(recorder)  # type: ignore[arg-type]
    page = (ROOT / "docs" / "pytest.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^(factcheck_\w+) = ", page, flags=re.MULTILINE))
    assert "factcheck_fail_on" in recorder.names
    assert set(recorder.names) == documented
