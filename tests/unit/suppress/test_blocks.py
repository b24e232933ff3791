"""``off``/``on`` blocks: what they cover, nested and overlapping, and the errors of a block that does nothing."""

import json

import pytest

from factcheck.engine import run_check
from factcheck.model import Document
from factcheck.suppress import Cover, find_directives

KNOWN = {
    "FC101": "FC101",
    "weekday-date-mismatch": "FC101",
    "FC402": "FC402",
    "near-miss-spelling": "FC402",
    "FC406": "FC406",
}
PLANTED = "The talks, held on Wednesday, Feb. 3, 1998, ended."


def doc(text, **fields):
    return Document(id=fields.pop("id", "a"), text=text, published="1998-02-10", **fields)


def errors_of(text, **fields):
    return find_directives(doc(text, **fields), KNOWN)[1]


def test_a_bare_off_covers_every_rule_from_the_comment_to_its_on():
    text = "before\n<!-- factcheck: off -->\ninside\n<!-- factcheck: on -->\nafter"

    [cover] = find_directives(doc(text), KNOWN)[0]

    assert cover.rule is None
    assert text[cover.start : cover.end] == "<!-- factcheck: off -->\ninside\n<!-- factcheck: on -->"
    assert cover.covers("FC101", text.index("inside"))
    assert cover.covers("FC402", text.index("inside"))
    assert not cover.covers("FC101", text.index("before"))
    assert not cover.covers("FC101", text.index("after"))


def test_a_bare_off_never_hides_the_unused_ignore_rule():
    [cover] = find_directives(doc("<!-- factcheck: off -->\ninside"), KNOWN)[0]

    assert not cover.covers("FC406", 0)


def test_named_off_covers_only_its_rules():
    text = "<!-- factcheck: off FC101 -->\ninside\n<!-- factcheck: on FC101 -->"

    [cover] = find_directives(doc(text), KNOWN)[0]

    assert cover.rule == "FC101"
    assert not cover.covers("FC402", text.index("inside"))


def test_each_rule_of_an_off_ends_at_its_own_on():
    text = "<!-- factcheck: off FC101, FC402 -->\none\n<!-- factcheck: on FC101 -->\ntwo\n<!-- factcheck: on FC402 -->"

    covers, errors = find_directives(doc(text), KNOWN)

    assert errors == []
    ends = {c.rule: text[: c.end] for c in covers}
    assert ends["FC101"].endswith("<!-- factcheck: on FC101 -->")
    assert ends["FC402"].endswith("<!-- factcheck: on FC402 -->")


def test_a_bare_on_ends_every_open_off():
    text = "<!-- factcheck: off FC101 -->\n<!-- factcheck: off near-miss-spelling -->\nx\n<!-- factcheck: on -->\nafter"

    covers, errors = find_directives(doc(text), KNOWN)

    assert errors == []
    assert {c.rule for c in covers} == {"FC101", "FC402"}
    assert all(not c.covers(c.rule, text.index("after")) for c in covers)


def test_nested_blocks_of_one_rule_end_together_at_its_on():
    text = "<!-- factcheck: off FC101 -->\n<!-- factcheck: off FC101 -->\nx\n<!-- factcheck: on FC101 -->\nafter"

    covers, errors = find_directives(doc(text), KNOWN)

    assert errors == []
    assert len(covers) == 2
    assert all(not c.covers("FC101", text.index("after")) for c in covers)


def test_overlapping_blocks_each_keep_their_own_stretch():
    text = (
        "<!-- factcheck: off FC101 -->\na\n<!-- factcheck: off -->\nb\n"
        "<!-- factcheck: on FC101 -->\nc\n<!-- factcheck: on -->\nd"
    )

    covers, errors = find_directives(doc(text), KNOWN)

    assert errors == []
    at = {name: text.index(f"\n{name}\n") + 1 for name in "abc"}
    fc101 = next(c for c in covers if c.rule == "FC101")
    every = next(c for c in covers if c.rule is None)
    assert [fc101.covers("FC101", at[name]) for name in "abc"] == [True, True, False]
    assert [every.covers("FC101", at[name]) for name in "abc"] == [False, True, True]
    assert not any(c.covers("FC101", text.index("\nd") + 1) for c in covers)


def test_an_off_never_closed_runs_to_the_end_of_the_document():
    text = "a\n<!-- factcheck: off FC101 -->\n" + "line\n" * 50 + "last"

    [cover] = find_directives(doc(text), KNOWN)[0]

    assert cover.covers("FC101", len(text) - 1)


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- FactCheck: OFF -->",
        "<!--factcheck:off-->",
        "<!-- factcheck : Off fc101 -->",
        "<!-- factcheck: off\n  FC101 -->",
    ],
)
def test_comments_are_case_insensitive_and_may_span_lines(comment):
    text = f"{comment}\ninside"

    [cover] = find_directives(doc(text), KNOWN)[0]

    assert cover.covers("FC101", text.index("inside"))


def test_crlf_line_ends_cover_the_same_lines():
    text = "<!-- factcheck: ignore FC101 -->\r\none\r\ntwo"

    [cover] = find_directives(doc(text), KNOWN)[0]

    assert cover.covers("FC101", text.index("one"))
    assert not cover.covers("FC101", text.index("two"))


def test_offline_is_not_off():
    assert find_directives(doc("<!-- factcheck: offline -->"), KNOWN)[0] == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x\n<!-- factcheck: on -->", "closes no `off` before it"),
        ("<!-- factcheck: on FC101 -->", "closes no `off` naming FC101"),
        ("<!-- factcheck: off -->\n<!-- factcheck: on FC101 -->", "closes no `off` naming FC101"),
        ("<!-- factcheck: off FC101 -->\n<!-- factcheck: on -->\n<!-- factcheck: on -->", "closes no `off`"),
        ("<!-- factcheck: off FC999 -->", "no known rule 'FC999'"),
        ("<!-- factcheck: on bogus-rule -->", "no known rule 'bogus-rule'"),
        ("<!-- factcheck: disable FC101 -->", "is not a factcheck comment"),
    ],
)
def test_a_block_that_would_do_nothing_is_an_input_error(text, message):
    [error] = errors_of(text)

    assert error.code == "E004"
    assert message in error.message


def test_an_on_without_off_names_file_and_line(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(f"---\nid: a\n---\n{PLANTED}\n\n<!-- factcheck: on -->\n", encoding="utf-8")

    [error] = run_check([path]).report.errors

    assert (error.path, error.line, error.code) == (str(path), 6, "E004")


def test_jsonl_errors_point_at_the_record_line(tmp_path):
    record = {"id": "r", "text": f"x\ny\n{PLANTED} <!-- factcheck: on FC101 -->", "published": "1998-02-10"}
    (tmp_path / "feed.jsonl").write_text("\n\n" + json.dumps(record) + "\n", encoding="utf-8")

    [error] = run_check([tmp_path]).report.errors

    assert error.line == 3


def test_jsonl_blocks_cover_the_text_of_their_record(tmp_path):
    text = f"intro\n<!-- factcheck: off FC101 -->\n{PLANTED}\n<!-- factcheck: on FC101 -->\n{PLANTED}"
    record = {"id": "r", "text": text, "published": "1998-02-10"}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")

    report = run_check([tmp_path]).report

    assert [f.suppressed for f in report.findings if f.rule == "FC101"] == [True, False]


def test_a_block_suppresses_findings_in_between_and_keeps_them_in_the_report():
    text = f"{PLANTED}\n<!-- factcheck: off -->\n{PLANTED}\n\n{PLANTED}\n<!-- factcheck: on -->\n{PLANTED}"

    report = run_check([doc(text)]).report

    assert [f.suppressed for f in report.findings] == [False, True, True, False]
    assert not report.errors


def test_a_named_block_leaves_other_rules_alone():
    text = f"<!-- factcheck: off FC402 -->\n{PLANTED}\n<!-- factcheck: on FC402 -->"

    findings = [f for f in run_check([doc(text)]).report.findings if f.rule == "FC101"]

    assert [f.suppressed for f in findings] == [False]


def test_covers_are_plain_values():
    covers, _ = find_directives(doc("<!-- factcheck: off FC101 -->"), KNOWN)

    assert covers == find_directives(doc("<!-- factcheck: off FC101 -->"), KNOWN)[0]
    assert isinstance(covers[0], Cover)
