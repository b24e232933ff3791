"""The pytest plugin, run through pytester: articles as tests, their failures as readable text.

Most runs are in-process (pytester's default): the engine is imported once by
the outer session, so each inner run costs milliseconds, and the test rules
below can be added to the process-wide registry with ``monkeypatch``.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from factcheck.model import Evidence, Finding, Severity
from factcheck.rules import DocumentContext, RuleFunction, registry, rule

REPO = Path(__file__).resolve().parents[2]

PLANTED = """
    ---
    id: planted
    published: 1998-02-10
    expect:
      - rule: FC101
        text: "Wednesday, Feb. 3, 1998"
    ---
    The talks, held on Wednesday, Feb. 3, 1998, ended without agreement.
"""

CLEAN = """
    ---
    id: clean
    published: 1998-02-10
    expect: []
    ---
    The talks, held on Tuesday, Feb. 3, 1998, ended without agreement.
"""


@rule("XX901", "kb-entity-named", severity=Severity.INFO)
def kb_entity_named(ctx: DocumentContext) -> Iterator[Finding]:
    """A knowledge-base entity is named (a rule for the plugin tests only).

    ## Why it matters
    Its findings exist only when the plugin hands the KB to the engine.

    ## Stays silent when
    - no entity of the KB is named in the text.
    """
    for entity in ctx.kb.entities:
        start = ctx.document.text.find(entity.name)
        if start != -1:
            span = Evidence(document=ctx.document.id, start=start, end=start + len(entity.name), text=entity.name)
            yield ctx.finding(evidence=[span], message=f'"{entity.name}" is in the KB')


@rule("XX902", "engine-crash", severity=Severity.ERROR)
def engine_crash(ctx: DocumentContext) -> Iterator[Finding]:
    """A rule that crashes (a rule for the plugin tests only).

    ## Why it matters
    A crash inside the engine must keep its traceback.

    ## Stays silent when
    - never: it raises before yielding.
    """
    raise RuntimeError("the rule fell over")
    yield  # pragma: no cover - makes this a generator


def add_rule(monkeypatch: pytest.MonkeyPatch, function: RuleFunction) -> None:
    """Add a test rule to the process-wide registry, for in-process runs (undone after the test)."""
    spec = function.__factcheck_rule__  # type: ignore[attr-defined]
    monkeypatch.setitem(registry.rules, spec.code, spec)


@pytest.fixture
def kb_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    add_rule(monkeypatch, kb_entity_named)


def configure(pytester: pytest.Pytester, *, paths: str = '["articles"]', extra: str = "") -> None:
    pytester.makepyprojecttoml(f"[tool.pytest.ini_options]\nfactcheck_paths = {paths}\n{extra}")


def article(pytester: pytest.Pytester, name: str, source: str) -> Path:
    return pytester.makefile(".md", **{f"articles/{name}": source})


def test_clean_article_passes(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "pass-clean", CLEAN)
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["articles/pass-clean.md::clean PASSED*"])


def test_planted_fc101_with_its_expectation_passes(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "fail-planted", PLANTED)
    pytester.runpytest().assert_outcomes(passed=1)


def test_severity_and_message_narrow_an_expectation(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(
        pytester,
        "fail-planted",
        PLANTED.replace("FC101", "FC101\n        severity: error\n        message: is a Tuesday"),
    )
    pytester.runpytest().assert_outcomes(passed=1)
    article(pytester, "fail-planted", PLANTED.replace("FC101", "FC101\n        severity: warning"))
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(['    expected "Wednesday, Feb. 3, 1998" (severity warning)'])


def test_missing_finding_is_listed_with_position_rule_and_quoted_line(pytester: pytest.Pytester) -> None:
    configure(pytester)
    # The body says Tuesday, so FC101 is silent and the expectation anchored on that text is missing.
    article(
        pytester,
        "fail-expects-too-much",
        CLEAN.replace("expect: []", 'expect:\n      - rule: FC101\n        text: "Tuesday, Feb. 3, 1998"'),
    )
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "findings differ from expect: in articles/fail-expects-too-much.md:4 (clean): 1 missing, 0 unexpected",
            "missing (expected but not found):",
            "  articles/fail-expects-too-much.md:8:20  FC101 weekday-date-mismatch",
            '    expected "Tuesday, Feb. 3, 1998"',
            "    | The talks, held on Tuesday, Feb. 3, 1998, ended without agreement.",
            "    |                    ^^^^^^^^^^^^^^^^^^^^^",
        ]
    )
    result.stdout.no_fnmatch_line("*unexpected (found but not expected)*")
    result.stdout.no_fnmatch_line("*Traceback*")


def test_wrong_text_is_both_missing_and_unexpected(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "fail-planted", PLANTED.replace('text: "Wednesday, Feb. 3, 1998"', 'text: "Feb. 3, 1998"'))
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "missing (expected but not found):",
            "  articles/fail-planted.md:8:31  FC101 weekday-date-mismatch",
            '    expected "Feb. 3, 1998"',
            "unexpected (found but not expected):",
            "  articles/fail-planted.md:8:20  FC101 weekday-date-mismatch [[]error[]]",
        ]
    )


def test_unexpected_finding_fails_with_message_and_the_expect_entry_to_add(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "pass-not-really", CLEAN.replace("on Tuesday", "on Wednesday"))
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "unexpected (found but not expected):",
            "  articles/pass-not-really.md:6:20  FC101 weekday-date-mismatch [[]error[]]",
            '    "Wednesday, Feb. 3, 1998": 1998-02-03 is a Tuesday, not a Wednesday',
            "    | The talks, held on Wednesday, Feb. 3, 1998, ended without agreement.",
            "    |                    ^^^^^^^^^^^^^^^^^^^^^^^",
            "if they are right, add to expect:",
            "  - rule: FC101",
            '    text: "Wednesday, Feb. 3, 1998"',
        ]
    )
    result.stdout.no_fnmatch_line("*missing (expected but not found)*")
    result.stdout.no_fnmatch_line("*Traceback*")


def test_missing_expect_key_fails_and_says_what_to_add(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "pass-forgotten", CLEAN.replace("    expect: []\n", ""))
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["articles/pass-forgotten.md: no `expect:` key;*(add expect: [[]] for a clean article)"]
    )


@pytest.mark.parametrize(
    ("entry", "complaint"),
    [
        ('{rule: FC101, txt: "Wednesday"}', "expect #1: unknown key(s) 'txt'*"),
        ('{rule: FC101, text: "Friday"}', 'expect #1: "Friday" does not occur in the body*'),
        ('{rule: FC101, text: "Wednesday", occurrence: 0}', "expect #1: `occurrence` must be a whole number*"),
        ('{rule: FC101, text: "Wednesday", severity: fatal}', "expect #1: `severity` must be one of*"),
        ("FC101", "expect #1 is a str, not a mapping*"),
    ],
)
def test_a_malformed_expectation_fails_naming_the_expect_line(
    pytester: pytest.Pytester, entry: str, complaint: str
) -> None:
    configure(pytester)
    article(pytester, "fail-planted", PLANTED.replace("expect:\n", f"expect:\n      - {entry}\n"))
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([f"articles/fail-planted.md:4: {complaint}"])


TWICE = """
    ---
    id: twice
    published: 1998-02-10
    expect:
      {entries}
    ---
    The talks, held on Wednesday, Feb. 3, 1998, ended without agreement.
    The minutes also say Wednesday, Feb. 3, 1998.
"""
FIRST = '- {rule: FC101, text: "Wednesday, Feb. 3, 1998"}'
SECOND = '- {rule: FC101, text: "Wednesday, Feb. 3, 1998", occurrence: 2}'
THIRD = '- {rule: FC101, text: "Wednesday, Feb. 3, 1998", occurrence: 3}'


def test_occurrence_picks_the_nth_copy_of_a_repeated_text(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "fail-twice", TWICE.format(entries=f"{FIRST}\n      {SECOND}"))
    pytester.runpytest().assert_outcomes(passed=1)


def test_occurrence_two_alone_leaves_the_first_copy_unexpected(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "fail-twice", TWICE.format(entries=SECOND))
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "unexpected (found but not expected):",
            "  articles/fail-twice.md:7:20  FC101 weekday-date-mismatch [[]error[]]",
        ]
    )
    result.stdout.no_fnmatch_line("*fail-twice.md:8:*")


def test_occurrence_of_a_later_unexpected_copy_is_in_the_hint(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "fail-twice", TWICE.format(entries=FIRST))
    result = pytester.runpytest()
    result.stdout.fnmatch_lines(
        ["  articles/fail-twice.md:8:22  FC101*", "  - rule: FC101", "*text:*", "    occurrence: 2"]
    )


def test_occurrence_beyond_the_copies_in_the_body_is_a_case_error(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "fail-twice", TWICE.format(entries=THIRD))
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["articles/fail-twice.md:4: expect #1: *occurs 2 time(s) in the body*occurrence 3"])


def test_malformed_front_matter_names_file_and_line_and_the_others_still_run(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "pass-clean", CLEAN)
    article(pytester, "bad-front-matter", (REPO / "fixtures/malformed/bad-front-matter.md").read_text())
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "articles/bad-front-matter.md::unreadable-line-4 FAILED*",
            "articles/pass-clean.md::clean PASSED*",
            "E001 articles/bad-front-matter.md:4: cannot parse YAML:*",
        ]
    )
    result.stdout.no_fnmatch_line("*Traceback*")
    result.stdout.no_fnmatch_line("*error during collection*")


def test_a_file_that_is_not_utf8_fails_alone(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "pass-clean", CLEAN)
    (pytester.path / "articles/latin1.md").write_bytes(b"---\nid: x\nexpect: []\n---\nCaf\xe9.\n")
    result = pytester.runpytest()
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["E001 articles/latin1.md:5: not valid UTF-8*"])


def test_jsonl_gives_one_item_per_document_sorted_by_id(pytester: pytest.Pytester) -> None:
    configure(pytester)
    pytester.makefile(
        ".jsonl",
        **{
            "articles/wire": (
                '{"id": "wire-b", "text": "Talks ended on Tuesday, Feb. 3, 1998.", "published": "1998-02-10",'
                ' "expect": []}\n'
                '{"id": "wire-a", "text": "Talks ended on Wednesday, Feb. 3, 1998.", "published": "1998-02-10",'
                ' "expect": [{"rule": "FC101", "text": "Wednesday, Feb. 3, 1998"}]}'
            )
        },
    )
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["articles/wire.jsonl::wire-a PASSED*", "articles/wire.jsonl::wire-b PASSED*"])


def test_a_bad_jsonl_line_fails_alone(pytester: pytest.Pytester) -> None:
    configure(pytester)
    pytester.makefile(".jsonl", **{"articles/wire": '{"id": "ok", "text": "Calm.", "expect": []}\n{"id": "broken", '})
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["articles/wire.jsonl::unreadable-line-2 FAILED*", "E001 articles/wire.jsonl:2: not valid JSON*"]
    )


def test_only_files_under_factcheck_paths_are_collected(pytester: pytest.Pytester) -> None:
    configure(pytester, paths='["articles/kept", "single.md"]')
    pytester.makefile(".md", **{"articles/kept/a": CLEAN, "articles/other/b": CLEAN, "single": CLEAN, "notes": "# hi"})
    result = pytester.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(["articles/kept/a.md::clean", "single.md::clean", "", "2 tests collected*"])


def test_nothing_is_collected_without_factcheck_paths(pytester: pytest.Pytester) -> None:
    pytester.makepyprojecttoml("[tool.pytest.ini_options]\n")
    article(pytester, "pass-clean", CLEAN)
    assert pytester.runpytest().ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_ini_options_work_from_an_ini_file_too(pytester: pytest.Pytester) -> None:
    pytester.makeini(
        """
        [pytest]
        factcheck_paths =
            articles
        factcheck_select = FC1, weekday-date-mismatch
        factcheck_fail_on = warning
        """
    )
    article(pytester, "fail-planted", PLANTED)
    pytester.runpytest("--strict-config").assert_outcomes(passed=1)


KB = """
    entities:
      - name: Workers' Party of Korea
        type: organization
        dates: {founded: 1945-10-10}
"""
NAMES_KB_ENTITY = """
    ---
    id: kb-case
    published: 2025-09-28
    expect:
      - {rule: XX901, text: "Workers' Party of Korea"}
    ---
    The Workers' Party of Korea was founded in 1945.
"""


@pytest.mark.usefixtures("kb_rule")
def test_factcheck_kb_is_handed_to_the_engine(pytester: pytest.Pytester) -> None:
    configure(pytester, extra='factcheck_kb = ["kb/wpk.yaml"]\n')
    pytester.makefile(".yaml", **{"kb/wpk": KB})
    article(pytester, "kb-case", NAMES_KB_ENTITY)
    pytester.runpytest_inprocess().assert_outcomes(passed=1)


@pytest.mark.usefixtures("kb_rule")
def test_without_factcheck_kb_the_kb_finding_is_missing(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "kb-case", NAMES_KB_ENTITY)
    result = pytester.runpytest_inprocess()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["  articles/kb-case.md:7:5  XX901 kb-entity-named"])


def test_an_unreadable_kb_fails_each_article_naming_the_kb_file(pytester: pytest.Pytester) -> None:
    configure(pytester, extra='factcheck_kb = ["kb/broken.yaml"]\n')
    pytester.makefile(".yaml", **{"kb/broken": "entities:\n  - name: [unclosed\n"})
    article(pytester, "pass-clean", CLEAN)
    article(pytester, "fail-planted", PLANTED)
    result = pytester.runpytest()
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["E001 kb/broken.yaml:*: cannot parse YAML*"] * 2)


@pytest.mark.usefixtures("kb_rule")
@pytest.mark.parametrize(
    ("select", "outcome"),
    [
        ('["XX901"]', {"passed": 2}),  # FC101 does not run, so its finding is not unexpected
        ('["FC1, kb-entity-named"]', {"passed": 1, "failed": 1}),  # commas split a line; FC101 runs too
        ("[]", {"passed": 1, "failed": 1}),  # all rules
        ('["FC101"]', {"failed": 2}),  # the KB rule does not run: its expected findings are missing
    ],
)
def test_factcheck_select_chooses_the_rules(pytester: pytest.Pytester, select: str, outcome: dict[str, int]) -> None:
    configure(pytester, extra=f'factcheck_kb = ["kb/wpk.yaml"]\nfactcheck_select = {select}\n')
    pytester.makefile(".yaml", **{"kb/wpk": KB})
    article(pytester, "kb-case", NAMES_KB_ENTITY)
    article(pytester, "kb-and-weekday", NAMES_KB_ENTITY.replace("in 1945.", "on Wednesday, Feb. 3, 1998."))
    pytester.runpytest_inprocess().assert_outcomes(**outcome)


def test_a_select_that_names_no_rule_fails_with_the_registry_message(pytester: pytest.Pytester) -> None:
    configure(pytester, extra='factcheck_select = ["FC999"]\n')
    article(pytester, "pass-clean", CLEAN)
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["E003*no rule matches 'FC999'*"])
    result.stdout.no_fnmatch_line("*Traceback*")


def test_an_engine_crash_keeps_its_traceback(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    add_rule(monkeypatch, engine_crash)
    configure(pytester, extra='factcheck_select = ["XX902"]\n')
    article(pytester, "pass-clean", CLEAN)
    result = pytester.runpytest_inprocess()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*RuntimeError: the rule fell over"])
    result.stdout.fnmatch_lines(["*raise RuntimeError*"])


def test_reportinfo_points_at_the_expect_key_or_the_jsonl_record(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "fail-planted", PLANTED)
    article(pytester, "pass-forgotten", CLEAN.replace("    expect: []\n", ""))
    pytester.makefile(
        ".jsonl",
        **{"articles/wire": '{"id": "v", "text": "Calm.", "expect": []}\n{"id": "w", "text": "Calm.", "expect": []}'},
    )
    items, _ = pytester.inline_genitems()
    # pytest counts these lines from 0: expect: is on line 4 of the Markdown, the records on lines 1 and 2.
    assert [item.location for item in items] == [
        ("articles/fail-planted.md", 3, "factcheck: planted"),
        ("articles/pass-forgotten.md", 0, "factcheck: clean"),
        ("articles/wire.jsonl", 0, "factcheck: v"),
        ("articles/wire.jsonl", 1, "factcheck: w"),
    ]


@pytest.mark.parametrize("autoload", ["1", ""])
def test_loading_the_plugin_by_name_does_not_register_it_twice(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, autoload: str
) -> None:
    if autoload:
        monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", autoload)
    else:
        monkeypatch.delenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    configure(pytester)
    article(pytester, "pass-clean", CLEAN)
    pytester.runpytest("-p", "factcheck").assert_outcomes(passed=1)


def test_the_repository_fixtures_are_collected_but_not_the_malformed_ones(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest(
        "--collect-only", "-q", "-c", str(REPO / "pyproject.toml"), "--rootdir", str(REPO), str(REPO / "fixtures")
    )
    # A story folder (with a case.yaml) is one item, collected from its case.yaml; its articles are not items.
    # A rule's cases.yaml is one item per case.
    files = [p for folder in ("seeds", "rules") for p in (REPO / "fixtures" / folder).rglob("*.md")]
    tables = sorted((REPO / "fixtures" / "rules").rglob("cases.yaml"))
    expected = sorted(
        [p for p in files if not (p.parent / "case.yaml").is_file()]
        + [p for folder in ("seeds", "rules") for p in (REPO / "fixtures" / folder).rglob("case.yaml")]
        + tables
    )
    collected = [line for line in result.stdout.lines if "::" in line]
    assert sorted({line.split("::")[0] for line in collected}) == [str(p.relative_to(REPO)) for p in expected]
    cases = sum(len(yaml.safe_load(p.read_text(encoding="utf-8"))["cases"]) for p in tables)
    assert len(collected) == len(expected) - len(tables) + cases
    result.stdout.no_fnmatch_line("*malformed*")


def test_the_plugin_module_imports_nothing_beyond_pytest_and_the_package() -> None:
    # pytest imports the plugin in every run; the engine must wait for the first article.
    code = (
        "import sys, pytest, factcheck\n"
        "before = set(sys.modules)\n"
        "import factcheck.pytest_plugin\n"
        "print(sorted(set(sys.modules) - before))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == (
        "['factcheck.pytest_plugin', 'factcheck.pytest_plugin.fixture', 'factcheck.pytest_plugin.session']"
    )


def test_fail_on_leaves_findings_below_it_out_of_the_comparison(pytester):
    pytester.makeini("[pytest]\nfactcheck_paths = articles\nfactcheck_kb = kb.yaml\nfactcheck_fail_on = warning\n")
    pytester.makefile(".yaml", kb="entities:\n  - name: China\n    aliases: [Beijing]\n    type: country\n")
    pytester.mkdir("articles")
    article = "---\nid: a\npublished: 2025-09-29\nexpect: []\n---\nLeaders met in Beijiing this month.\n"
    (pytester.path / "articles" / "a.md").write_text(article, encoding="utf-8")
    pytester.runpytest().assert_outcomes(passed=1)  # the FC402 info is below "warning"


def test_fail_on_must_be_a_severity(pytester):
    pytester.makeini("[pytest]\nfactcheck_paths = articles\nfactcheck_fail_on = loud\n")
    result = pytester.runpytest()
    result.stderr.fnmatch_lines(["*factcheck_fail_on must be one of info, warning, error, not 'loud'*"])
