"""``--factcheck-update`` and ``factcheck_missing_expect``, through pytester (in-process unless xdist is involved)."""

from __future__ import annotations

import stat
import textwrap
from pathlib import Path

import pytest

from factcheck.io import atomic
from factcheck.pytest_plugin import CaseError, rewrite_expect_block

PLANTED_BODY = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."

STALE = """
    ---
    id: stale
    published: 1998-02-10
    why: the body changed but not its expectation  # a comment after the value stays
    expect:
      - rule: FC101
        text: "Tuesday"
    docs: true
    ---
    The talks, held on Wednesday, Feb. 3, 1998, ended without agreement.
"""


def configure(pytester: pytest.Pytester, extra: str = "") -> None:
    pytester.makepyprojecttoml(f'[tool.pytest.ini_options]\nfactcheck_paths = ["articles"]\n{extra}')


def article(pytester: pytest.Pytester, name: str, source: str) -> Path:
    return pytester.makefile(".md", **{f"articles/{name}": source})


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# rewriting the block (pure)


def test_rewrite_replaces_only_the_expect_block() -> None:
    source = textwrap.dedent(STALE).lstrip()

    rewritten = rewrite_expect_block(source, [{"rule": "FC101", "text": "Wednesday, Feb. 3, 1998"}])

    assert rewritten == source.replace(
        '  - rule: FC101\n    text: "Tuesday"', '  - rule: FC101\n    text: "Wednesday, Feb. 3, 1998"'
    )


def test_rewrite_to_clean_is_an_empty_list() -> None:
    source = textwrap.dedent(STALE).lstrip()

    rewritten = rewrite_expect_block(source, [])

    assert "expect: []\ndocs: true\n" in rewritten
    assert "Tuesday" not in rewritten


def test_rewrite_adds_a_missing_block_last_in_the_front_matter() -> None:
    source = "---\nid: a\n---\nBody.\n"

    assert rewrite_expect_block(source, []) == "---\nid: a\nexpect: []\n---\nBody.\n"


def test_rewrite_handles_items_at_column_zero_flow_style_and_trailing_comments() -> None:
    source = "---\nexpect:\n- rule: FC101\n  text: x\n\n# the next key\nid: a\n---\nx\n"
    flow = "---\nexpect: [\n  {rule: FC101, text: x}\n]\n---\nx\n"

    assert rewrite_expect_block(source, []) == "---\nexpect: []\n\n# the next key\nid: a\n---\nx\n"
    assert rewrite_expect_block(flow, []) == "---\nexpect: []\n---\nx\n"


def test_rewrite_keeps_crlf_and_quotes_strings() -> None:
    source = '---\r\nid: a\r\nexpect: []\r\n---\r\nSaid "no" on Wednesday.\r\n'
    entries = [{"rule": "FC101", "text": 'Said "no"', "occurrence": 2, "severity": "error"}]

    rewritten = rewrite_expect_block(source, entries)

    assert rewritten.split("\r\n")[2:7] == [
        "expect:",
        "  - rule: FC101",
        '    text: "Said \\"no\\""',
        "    occurrence: 2",
        "    severity: error",
    ]


def test_rewrite_without_front_matter_is_a_case_error() -> None:
    with pytest.raises(CaseError, match="no front matter"):
        rewrite_expect_block("Just text.\n", [], "a.md")


# --factcheck-update through pytest


def test_update_rewrites_a_stale_expectation_fails_the_item_and_lists_it(pytester: pytest.Pytester) -> None:
    configure(pytester)
    path = article(pytester, "fail-stale", STALE)
    before = read(path)

    result = pytester.runpytest("--factcheck-update")

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "articles/fail-stale.md: rewrote expect: from the current findings (1 entry); review the change*",
            "*factcheck --factcheck-update*",
            "rewrote expect: in 1 article:",
            "  articles/fail-stale.md  (articles/fail-stale.md::stale)",
        ]
    )
    assert read(path) == before.replace('text: "Tuesday"', 'text: "Wednesday, Feb. 3, 1998"')
    pytester.runpytest().assert_outcomes(passed=1)


def test_update_leaves_passing_articles_alone(pytester: pytest.Pytester) -> None:
    configure(pytester)
    source = STALE.replace('"Tuesday"', '"Wednesday, Feb. 3, 1998"')
    path = article(pytester, "fail-fine", source)
    before = read(path)

    result = pytester.runpytest("--factcheck-update")

    result.assert_outcomes(passed=1)
    assert read(path) == before
    result.stdout.no_fnmatch_line("*rewrote expect:*")


def test_update_keeps_matching_entries_as_written(pytester: pytest.Pytester) -> None:
    configure(pytester)
    source = f"""
        ---
        id: two
        published: 1998-02-10
        expect:
          - rule: FC101
            text: "Wednesday, Feb. 3, 1998"
            message: "is a Tuesday"
        ---
        {PLANTED_BODY}
        The minutes also say Monday, Feb. 3, 1998.
    """
    path = article(pytester, "fail-two", source)

    pytester.runpytest("--factcheck-update").assert_outcomes(failed=1)

    assert "\n".join(read(path).split("\n")[3:11]) == "\n".join(
        [
            "expect:",
            "  - rule: FC101",
            '    text: "Wednesday, Feb. 3, 1998"',
            '    message: "is a Tuesday"',
            "  - rule: FC101",
            '    text: "Monday, Feb. 3, 1998"',
            "---",
            PLANTED_BODY,
        ]
    )
    pytester.runpytest().assert_outcomes(passed=1)


def test_update_writes_occurrence_for_a_repeated_text(pytester: pytest.Pytester) -> None:
    configure(pytester)
    source = (
        f"---\nid: twice\npublished: 1998-02-10\nexpect: []\n---\n{PLANTED_BODY}\nAgain: Wednesday, Feb. 3, 1998.\n"
    )
    path = article(pytester, "fail-twice", source)

    pytester.runpytest("--factcheck-update").assert_outcomes(failed=1)

    assert "    occurrence: 2\n" in read(path)
    pytester.runpytest().assert_outcomes(passed=1)


def test_update_adds_a_missing_expect_and_fixes_a_malformed_one(pytester: pytest.Pytester) -> None:
    configure(pytester)
    missing = article(pytester, "fail-missing", f"---\nid: missing\npublished: 1998-02-10\n---\n{PLANTED_BODY}\n")
    malformed = article(
        pytester, "fail-malformed", f"---\nid: malformed\npublished: 1998-02-10\nexpect: [FC101]\n---\n{PLANTED_BODY}\n"
    )

    result = pytester.runpytest("--factcheck-update")

    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["rewrote expect: in 2 articles:"])
    for path in (missing, malformed):
        assert 'expect:\n  - rule: FC101\n    text: "Wednesday, Feb. 3, 1998"\n---\n' in read(path)
    pytester.runpytest().assert_outcomes(passed=2)


def test_update_writes_expect_empty_for_a_clean_article_without_one(pytester: pytest.Pytester) -> None:
    configure(pytester)
    path = article(pytester, "pass-bare", "---\nid: bare\npublished: 1998-02-10\n---\nCalm.\n")

    pytester.runpytest("--factcheck-update").assert_outcomes(failed=1)

    assert read(path) == "---\nid: bare\npublished: 1998-02-10\nexpect: []\n---\nCalm."  # makefile strips the end


def test_update_never_rewrites_jsonl(pytester: pytest.Pytester) -> None:
    configure(pytester)
    record = '{"id": "w", "text": "On Wednesday, Feb. 3, 1998.", "published": "1998-02-10", "expect": []}\n'
    path = pytester.makefile(".jsonl", **{"articles/wire": record})
    before = read(path)

    result = pytester.runpytest("--factcheck-update")

    result.assert_outcomes(failed=1)
    assert read(path) == before
    result.stdout.fnmatch_lines(["unexpected (found but not expected):"])


def test_suppressed_findings_are_not_expected(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(
        pytester,
        "pass-ignored",
        f"---\nid: ignored\npublished: 1998-02-10\nexpect: []\n---\n{PLANTED_BODY} <!-- factcheck: ignore FC101 -->\n",
    )
    article(
        pytester,
        "pass-ignored-front",
        f"---\nid: front\npublished: 1998-02-10\nignore: [FC101]\nexpect: []\n---\n{PLANTED_BODY}\n",
    )

    pytester.runpytest().assert_outcomes(passed=2)


def test_a_bad_ignore_comment_fails_the_case_naming_the_line(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "pass-bad", "---\nid: bad\nexpect: []\n---\nCalm.\n<!-- factcheck: ignore -->\n")

    result = pytester.runpytest()

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["E004 articles/pass-bad.md:6: '<!-- factcheck: ignore -->' names no rule*"])


# factcheck_missing_expect


def test_missing_expect_is_an_error_by_default(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "archive", "---\nid: archive\n---\nCalm.\n")

    result = pytester.runpytest()

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*no `expect:` key*"])


def test_missing_expect_clean_takes_an_archive_article_as_clean(pytester: pytest.Pytester) -> None:
    configure(pytester, 'factcheck_missing_expect = "clean"')
    article(pytester, "archive-calm", "---\nid: calm\n---\nCalm.\n")
    article(pytester, "archive-wrong", f"---\nid: wrong\npublished: 1998-02-10\n---\n{PLANTED_BODY}\n")

    result = pytester.runpytest("-v")

    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*archive-wrong.md::wrong FAILED*", "unexpected (found but not expected):"])


def test_missing_expect_clean_with_update_writes_only_what_differs(pytester: pytest.Pytester) -> None:
    configure(pytester, 'factcheck_missing_expect = "clean"')
    calm = article(pytester, "archive-calm", "---\nid: calm\n---\nCalm.\n")
    wrong = article(pytester, "archive-wrong", f"---\nid: wrong\npublished: 1998-02-10\n---\n{PLANTED_BODY}\n")
    before = read(calm)

    pytester.runpytest("--factcheck-update").assert_outcomes(passed=1, failed=1)

    assert read(calm) == before
    assert "expect:\n  - rule: FC101" in read(wrong)


def test_missing_expect_rejects_other_values(pytester: pytest.Pytester) -> None:
    configure(pytester, 'factcheck_missing_expect = "ignore"')
    article(pytester, "a", "---\nid: a\nexpect: []\n---\nCalm.\n")

    result = pytester.runpytest()

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*factcheck_missing_expect must be one of error, clean, not 'ignore'*"])


def test_update_option_is_in_the_help(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--help")

    result.stdout.fnmatch_lines(["factcheck: articles as tests:", "*--factcheck-update*", "*factcheck_missing_expect*"])


# pytest -n (xdist): each article is its own file, so workers never write the same one


def test_xdist_runs_the_articles_and_the_update_summary_reaches_the_controller(pytester: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    configure(pytester)
    paths = [article(pytester, f"fail-stale-{n}", STALE.replace("id: stale", f"id: stale-{n}")) for n in range(4)]
    for n in range(4):
        article(pytester, f"pass-clean-{n}", f"---\nid: clean-{n}\nexpect: []\n---\nCalm.\n")

    updated = pytester.runpytest_subprocess("-n", "2", "--factcheck-update", "-p", "no:cacheprovider")

    updated.assert_outcomes(passed=4, failed=4)
    updated.stdout.fnmatch_lines(["*2 workers*", "rewrote expect: in 4 articles:"])
    for n, path in enumerate(paths):
        assert f"  {path.relative_to(pytester.path)}  (articles/fail-stale-{n}.md::stale-{n})" in updated.stdout.lines
        assert 'text: "Wednesday, Feb. 3, 1998"' in read(path)
    again = pytester.runpytest_subprocess("-n", "2", "-p", "no:cacheprovider")
    again.assert_outcomes(passed=8)


# safety: atomic writes and refusals (issue 17, items 1 and 2)


def test_an_update_interrupted_while_writing_leaves_the_fixture_intact(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(pytester)
    path = article(pytester, "fail-stale", STALE)
    before = path.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    result = pytester.runpytest("--factcheck-update")

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*No space left on device*"])
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["fail-stale.md"]


def test_an_update_that_cannot_be_done_safely_is_refused_naming_the_line(pytester: pytest.Pytester) -> None:
    configure(pytester)
    source = f"---\nid: anchored\npublished: 1998-02-10\nexpect: &none []\nalso: *none\n---\n{PLANTED_BODY}\n"
    path = article(pytester, "fail-anchored", source)
    before = read(path)

    result = pytester.runpytest("--factcheck-update")

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["articles/fail-anchored.md:4: `expect:` holds an anchor or an alias*not rewritten*"])
    assert read(path) == before
    result.stdout.no_fnmatch_line("*rewrote expect: in*")


def test_an_update_keeps_the_mode_of_the_fixture(pytester: pytest.Pytester) -> None:
    configure(pytester)
    path = article(pytester, "fail-stale", STALE)
    path.chmod(0o640)

    pytester.runpytest("--factcheck-update").assert_outcomes(failed=1)

    assert 'text: "Wednesday, Feb. 3, 1998"' in read(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_an_update_that_does_not_read_back_from_disk_is_undone(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(pytester)
    path = article(pytester, "fail-stale", STALE)
    before = path.read_bytes()
    real = atomic.write_atomic
    writes: list[bytes] = []

    def lossy(target: Path, content: bytes) -> None:
        writes.append(content)
        real(target, content[:-10] if len(writes) == 1 else content)  # the first write loses its end

    monkeypatch.setattr(atomic, "write_atomic", lossy)
    result = pytester.runpytest("--factcheck-update")

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["articles/fail-stale.md: the rewritten file did not read back as written; restored*"])
    assert path.read_bytes() == before
    assert writes[1] == before
