"""The ``expect:`` rewriter on hostile front matter (issue 17, items 1 and 19): keep every other byte, or refuse."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from factcheck.io.markdown import split_front_matter
from factcheck.pytest_plugin import CaseError, rewrite_expect_block

NEW = [{"rule": "FC101", "text": "Wednesday, Feb. 3, 1998"}]
NEW_YAML = 'expect:\n  - rule: FC101\n    text: "Wednesday, Feb. 3, 1998"'


def front(source: str) -> dict[str, Any]:
    text = source.replace("\r\n", "\n").replace("\r", "\n")
    matter, _, _ = split_front_matter(text)
    loaded = yaml.safe_load(matter or "")
    assert isinstance(loaded, dict)
    return loaded


def assert_only_expect_changed(before: str, after: str, entries: list[dict[str, Any]]) -> None:
    old, new = front(before), front(after)
    assert {k: v for k, v in new.items() if k != "expect"} == {k: v for k, v in old.items() if k != "expect"}
    assert list(new) == list(old) + (["expect"] if "expect" not in old else [])
    assert new["expect"] == entries


def article(*lines: str, newline: str = "\n") -> str:
    return newline.join(["---", *lines, "---", "Body.", ""])


@pytest.mark.parametrize(
    "key",
    ['"quoted key": kept', "élan: kept", "2nd-source: kept", "$ref: kept"],
    ids=["quoted key", "élan", "2nd-source", "$ref"],
)
def test_a_key_after_expect_that_does_not_look_like_a_key_is_kept(key: str) -> None:
    source = article("id: a", "expect:", "  - rule: FC101", '    text: "Tuesday"', key)

    rewritten = rewrite_expect_block(source, NEW)

    assert rewritten == article("id: a", NEW_YAML, key)
    assert_only_expect_changed(source, rewritten, NEW)


def test_why_after_expect_in_mixed_crlf_and_lf_front_matter_is_kept() -> None:
    source = '---\r\nid: a\r\nexpect:\r\n  - rule: FC101\n    text: "Tuesday"\r\nwhy: the reason\n---\r\nBody.\r\n'

    rewritten = rewrite_expect_block(source, NEW)

    assert rewritten == (
        "---\r\nid: a\r\nexpect:\r\n  - rule: FC101\r\n"
        '    text: "Wednesday, Feb. 3, 1998"\r\nwhy: the reason\n---\r\nBody.\r\n'
    )
    assert_only_expect_changed(source, rewritten, NEW)


def test_a_quoted_expect_key_is_rewritten_and_keeps_its_quotes() -> None:
    source = article("id: a", '"expect": []', "why: x")

    rewritten = rewrite_expect_block(source, NEW)

    assert rewritten == article("id: a", '"expect":' + NEW_YAML.removeprefix("expect:"), "why: x")
    assert_only_expect_changed(source, rewritten, NEW)


@pytest.mark.parametrize(
    "lines",
    [
        ("base: &b []", "expect: *b"),
        ("expect: &e []", "other: *e"),
        ("expect:", "  - &one {rule: FC101, text: x}", "again: *one"),
    ],
    ids=["alias as value", "anchor on expect", "anchor inside expect"],
)
def test_an_anchor_or_alias_on_expect_is_refused_naming_file_and_line(lines: tuple[str, ...]) -> None:
    source = article("id: a", *lines)
    line = 3 + next(n for n, text in enumerate(lines) if text.startswith("expect:"))

    with pytest.raises(CaseError, match=rf"^a\.md:{line}: `expect:` holds an anchor or an alias"):
        rewrite_expect_block(source, NEW, "a.md")


@pytest.mark.parametrize(
    "why",
    [('why: "a long reason that goes on', 'expect: is part of why"'), ("why: a long reason", "  expect:part of why")],
    ids=["quoted at column 0", "plain"],
)
def test_a_continuation_line_starting_expect_is_not_taken_for_the_key(why: tuple[str, str]) -> None:
    source = article("id: a", *why, "expect: []", "docs: true")

    rewritten = rewrite_expect_block(source, NEW)

    assert rewritten == article("id: a", *why, NEW_YAML, "docs: true")
    assert_only_expect_changed(source, rewritten, NEW)


def test_a_continuation_line_starting_expect_without_an_expect_key_adds_one() -> None:
    source = article("id: a", 'why: "a long reason', 'expect: part of why"')

    rewritten = rewrite_expect_block(source, [])

    assert rewritten == article("id: a", 'why: "a long reason', 'expect: part of why"', "expect: []")
    assert_only_expect_changed(source, rewritten, [])


def test_flow_style_front_matter_is_rewritten_in_flow_style() -> None:
    source = article("{id: a, expect: [], why: x}")

    rewritten = rewrite_expect_block(source, NEW)

    assert rewritten == article('{id: a, expect: [{rule: FC101, text: "Wednesday, Feb. 3, 1998"}], why: x}')
    assert_only_expect_changed(source, rewritten, NEW)


def test_flow_style_front_matter_without_expect_gets_it_last() -> None:
    source = article("{id: a, why: x}")

    rewritten = rewrite_expect_block(source, [])

    assert rewritten == article("{id: a, why: x, expect: []}")


def test_a_dot_dot_dot_end_marker_closes_the_front_matter_and_stays() -> None:
    source = "---\nid: a\nexpect: []\nwhy: x\n...\nBody.\n"

    rewritten = rewrite_expect_block(source, NEW)

    assert rewritten == f"---\nid: a\n{NEW_YAML}\nwhy: x\n...\nBody.\n"
    assert_only_expect_changed(source, rewritten, NEW)


def test_a_dot_dot_dot_end_marker_in_a_case_file_keeps_expect_inside_the_document() -> None:
    source = "why: x\n...\n# trailing comment\n"

    rewritten = rewrite_expect_block(source, [], "case.yaml", yaml_file=True)

    assert rewritten == "why: x\nexpect: []\n...\n# trailing comment\n"
    assert yaml.safe_load(rewritten) == {"why": "x", "expect": []}


def test_a_repeated_expect_key_is_refused() -> None:
    source = article("expect: []", "id: a", "expect: []")

    with pytest.raises(CaseError, match=r"^a\.md:2, 4: `expect:` is given 2 times"):
        rewrite_expect_block(source, NEW, "a.md")


def test_a_front_matter_that_is_not_a_mapping_is_refused() -> None:
    with pytest.raises(CaseError, match=r"^a\.md:2: the YAML is not a mapping"):
        rewrite_expect_block(article("- a list"), NEW, "a.md")


def test_comments_anchors_and_quoting_elsewhere_stay_byte_for_byte() -> None:
    lines = ("# a comment", "id: 'single'  # why", "base: &b {x: 1}", "copy: *b", "expect: [] # old", "tail: |", "  x")
    source = article(*lines)

    rewritten = rewrite_expect_block(source, NEW)

    assert rewritten == article(*lines[:4], NEW_YAML + " # old", *lines[5:])


def test_a_block_scalar_inside_expect_is_replaced_up_to_its_last_line() -> None:
    source = article("expect:", "  - rule: FC101", "    text: |", "      Tuesday", "", "why: x")

    rewritten = rewrite_expect_block(source, NEW)

    assert rewritten == article(NEW_YAML, "", "why: x")


def test_a_nel_inside_quoted_evidence_reads_back_to_the_same_text() -> None:
    text = "Wednesday,\x85Feb. 3,\u2028 1998\u2029\ufeff\x07"
    entries = [{"rule": "FC101", "text": text}]
    source = article("id: nel", "expect: []")

    rewritten = rewrite_expect_block(source, entries)

    assert front(rewritten)["expect"] == entries
    assert "\x85" not in rewritten
    assert '"Wednesday,\\NFeb. 3,\\L 1998\\P\\uFEFF\\a"' in rewritten


def test_a_null_severity_kept_from_an_entry_reads_back_as_null() -> None:
    entries = [{"rule": "FC101", "text": "x", "severity": None}, {"rule": "null", "text": "y"}]

    rewritten = rewrite_expect_block(article("expect: []"), entries)

    assert front(rewritten)["expect"] == entries


def test_an_explicit_expect_key_is_refused_when_the_rewrite_would_not_parse() -> None:
    source = article("id: a", "? expect", ": []")

    with pytest.raises(CaseError, match=r"^a\.md:2: the rewrite would not parse .*; not rewritten"):
        rewrite_expect_block(source, NEW, "a.md")
