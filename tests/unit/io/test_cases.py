"""``factcheck.io.cases``: the case formats as pydantic models, their errors as the sentences a fixture author reads."""

from __future__ import annotations

import fnmatch
from pathlib import Path
from typing import Any

import pytest

from factcheck.errors import InputError
from factcheck.io.cases import CaseError, load_case, validate_article_expect, validate_story_expect


def test_article_entries_are_validated_strictly() -> None:
    (entry,) = validate_article_expect([{"rule": "FC101", "text": "Wednesday", "occurrence": 2}], "a.md:4")

    assert (entry.rule, entry.text, entry.occurrence, entry.severity, entry.message) == (
        "FC101",
        "Wednesday",
        2,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("FC101", "a.md:4: `expect:` must be a list of {rule, text} entries*"),
        ([{"rule": "FC101", "text": "x"}, 3], "a.md:4: expect #2 is a int, not a mapping with `rule` and `text`"),
        ([{"rule": "X", "text": "t", "zz": 1, "bogus": 2}], "a.md:4: expect #1: unknown key(s) 'bogus', 'zz' (*"),
        ([{"rule": "FC101"}], "a.md:4: expect #1: `rule` and `text` must both be non-empty strings"),
        ([{"rule": "X", "text": "t", "occurrence": True}], "a.md:4: expect #1: `occurrence` must be*, not True"),
        ([{"rule": "X", "text": "t", "occurrence": 1.0}], "a.md:4: expect #1: `occurrence` must be*, not 1.0"),
        ([{"rule": "X", "text": "t", "severity": "loud"}], "a.md:4: expect #1: `severity` must be one of*'loud'"),
        ([{"rule": "X", "text": "t", "message": 5}], "a.md:4: expect #1: `message` must be a string*"),
    ],
)
def test_a_bad_article_entry_is_one_sentence_naming_the_entry(raw: Any, message: str) -> None:
    with pytest.raises(CaseError) as caught:
        validate_article_expect(raw, "a.md:4")

    assert fnmatch.fnmatchcase(str(caught.value), message)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ([{"rule": "X", "document": "afp"}], "expect #1: `text` must be a non-empty string"),
        ([{"rule": "X", "document": 5, "text": "x"}], "expect #1: `document` must be the id of an article"),
        ([{"rule": "X", "evidence": [5]}], "expect #1: an evidence span is"),
        ([{"rule": "X", "evidence": [], "text": "y"}], "expect #1: give either `evidence: [...]` or"),
        ([{"rule": "X", "evidence": []}], "expect #1: `evidence` lists no span"),
    ],
)
def test_a_bad_story_entry_is_one_sentence_naming_the_entry(raw: Any, message: str) -> None:
    with pytest.raises(CaseError, match="^c.yaml:2: " + message.replace("[", r"\[").replace("]", r"\]")):
        validate_story_expect(raw, "c.yaml:2", ["afp", "daily"])


def test_an_inline_story_entry_is_one_span_compared_first_only() -> None:
    (entry,) = validate_story_expect([{"rule": "X", "document": "afp", "text": "Saturday"}], "c.yaml:2", ["afp"])

    assert entry.first_only
    assert [(s.document, s.text, s.occurrence) for s in entry.spans] == [("afp", "Saturday", 1)]


def test_load_case_reads_why_docs_and_keeps_expect_raw(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text("why: a reason\ndocs: true\nexpect: [FC101]\n", encoding="utf-8")

    case = load_case(path)

    assert (case.why, case.docs, case.expect, case.has_expect) == ("a reason", True, ["FC101"], True)


def test_load_case_without_expect_says_so(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text("why: a reason\n", encoding="utf-8")

    assert not load_case(path).has_expect


@pytest.mark.parametrize(
    ("text", "message"),
    [("- a list\n", "case.yaml must be a mapping"), ("why: [1]\n", "invalid case.yaml: why: Input should be")],
)
def test_load_case_refuses_what_is_not_a_case_naming_the_shown_path(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(InputError, match=f"cases/x/case.yaml:1: {message}"):
        load_case(path, "cases/x/case.yaml")
