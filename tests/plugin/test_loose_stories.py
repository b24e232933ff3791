"""Loose articles (no ``case.yaml``) that share a ``story:`` are checked together; each lists its own side."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.plugin._story_rule import story_rule  # noqa: F401 - an autouse fixture, used by being here


def configure(pytester: pytest.Pytester) -> None:
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\nfactcheck_paths = ["news"]\nfactcheck_select = ["XX903"]\n')


def article(pytester: pytest.Pytester, name: str, day: str, expect: str, *, story: str = "talks") -> Path:
    path = pytester.path / "news" / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"---\nid: {name}\npublished: 2025-09-29\nstory: {story}\nexpect: {expect}\n---\n"
        f"The ministers met on {day} in Beijing.\n",
        encoding="utf-8",
    )
    return path


def expect_of(path: Path) -> object:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])["expect"]


def test_each_article_lists_the_conflict_by_its_own_text(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "daily", "Sunday", '[{rule: XX903, text: "Sunday"}]')
    article(pytester, "wire", "Saturday", '[{rule: XX903, text: "Saturday"}]')

    pytester.runpytest().assert_outcomes(passed=2)


def test_a_conflict_fails_each_article_that_says_it_is_clean(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "daily", "Sunday", "[]")
    article(pytester, "wire", "Saturday", "[]")

    result = pytester.runpytest()

    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        [
            "*findings differ from expect: in news/daily.md:5 (daily): 0 missing, 1 unexpected",
            "*news/daily.md:7:22  XX903 weekday-differs *",
            "*Sunday in daily, Saturday in wire",
            '*also in news/wire.md:7:22: "Saturday"',
            "*- rule: XX903",
            '*text: "Sunday"',
        ]
    )
    result.stdout.fnmatch_lines(['*text: "Saturday"'])


def test_the_other_sides_text_does_not_match(pytester: pytest.Pytester) -> None:
    # An article's entry quotes its own evidence: "Saturday" is not in the daily's text.
    configure(pytester)
    article(pytester, "daily", "Sunday", '[{rule: XX903, text: "Sunday"}]')
    article(pytester, "wire", "Saturday", '[{rule: XX903, text: "Sunday"}]')

    result = pytester.runpytest()

    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(['*"Sunday" does not occur in the body*'])


def test_articles_of_other_stories_are_not_compared(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "daily", "Sunday", "[]", story="talks")
    article(pytester, "wire", "Saturday", "[]", story="parade")

    pytester.runpytest().assert_outcomes(passed=2)


def test_one_article_run_alone_still_meets_its_story(pytester: pytest.Pytester) -> None:
    configure(pytester)
    daily = article(pytester, "daily", "Sunday", "[]")
    article(pytester, "wire", "Saturday", "[]")

    result = pytester.runpytest(str(daily))

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*XX903 weekday-differs*"])


def test_story_folders_are_not_joined_with_loose_articles(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "daily", "Sunday", "[]")
    folder = pytester.path / "news" / "case-1"
    folder.mkdir()
    (folder / "afp.md").write_text(
        "---\nid: afp\npublished: 2025-09-29\nstory: talks\n---\nThe ministers met on Saturday.\n", encoding="utf-8"
    )
    (folder / "case.yaml").write_text("expect: []\n", encoding="utf-8")

    pytester.runpytest().assert_outcomes(passed=2)


def test_update_records_the_conflict_in_each_article(pytester: pytest.Pytester) -> None:
    configure(pytester)
    daily = article(pytester, "daily", "Sunday", "[]")
    wire = article(pytester, "wire", "Saturday", "[]")

    result = pytester.runpytest("--factcheck-update")

    result.assert_outcomes(failed=2)
    assert expect_of(daily) == [{"rule": "XX903", "text": "Sunday"}]
    assert expect_of(wire) == [{"rule": "XX903", "text": "Saturday"}]
    pytester.runpytest().assert_outcomes(passed=2)


def test_update_never_writes_an_empty_list_over_a_conflict(pytester: pytest.Pytester) -> None:
    configure(pytester)
    daily = article(pytester, "daily", "Sunday", '[{rule: XX903, text: "Sunday"}]')
    article(pytester, "wire", "Saturday", '[{rule: XX903, text: "Saturday"}]')

    pytester.runpytest("--factcheck-update").assert_outcomes(passed=2)
    assert expect_of(daily) == [{"rule": "XX903", "text": "Sunday"}]


def test_an_unreadable_sibling_fails_alone(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "daily", "Sunday", "[]")
    (pytester.path / "news" / "broken.md").write_text("---\nid: [\n---\nText.\n", encoding="utf-8")

    pytester.runpytest().assert_outcomes(passed=1, failed=1)


def test_two_articles_with_one_id_in_a_story_are_refused(pytester: pytest.Pytester) -> None:
    configure(pytester)
    article(pytester, "daily", "Sunday", "[]")
    other = pytester.path / "news" / "more" / "daily.md"
    other.parent.mkdir()
    other.write_text(
        "---\nid: daily\npublished: 2025-09-29\nstory: talks\nexpect: []\n---\nMet on Saturday.\n", encoding="utf-8"
    )

    result = pytester.runpytest()

    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["*story 'talks': news/daily.md and news/more/daily.md both have the id 'daily'*"])
