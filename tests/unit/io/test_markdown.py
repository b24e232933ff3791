"""Markdown with YAML front matter: fields, body, lines, and errors that name the file and line."""

from datetime import date
from pathlib import Path

import pytest

from factcheck import InputError
from factcheck.io import parse_markdown, read_markdown, split_front_matter

ROOT = Path(__file__).resolve().parents[3]

ARTICLE = """\
---
id: fc101-fail-wednesday-feb-3-1998
published: 1998-02-10
source: Wire
story: talks-1998
title: Talks end
url: https://example.org/talks
timezone: Asia/Seoul
language: en-GB
docs: true
why: Feb. 3, 1998 was a Tuesday
expect:
  - rule: FC101
    text: "Wednesday, Feb. 3, 1998"
---


The talks, held on Wednesday, Feb. 3, 1998, ended without agreement.
A second line.
"""


def parse(text, path="article.md", default_id="stem"):
    return parse_markdown(text, path, default_id)


def raises_at(text, line, match):
    with pytest.raises(InputError, match=match) as caught:
        parse(text)
    assert caught.value.path == "article.md"
    assert caught.value.line == line
    return caught.value


def test_front_matter_fields():
    document = parse(ARTICLE)

    assert document.id == "fc101-fail-wednesday-feb-3-1998"
    assert document.published == date(1998, 2, 10)
    assert (document.source, document.story, document.title) == ("Wire", "talks-1998", "Talks end")
    assert (document.url, document.timezone, document.language) == ("https://example.org/talks", "Asia/Seoul", "en-GB")
    assert document.path == "article.md"


def test_body_is_the_text_after_the_closing_fence_without_leading_blank_lines():
    document = parse(ARTICLE)

    assert document.text == "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement.\nA second line.\n"


def test_line_is_the_file_line_on_which_the_body_starts():
    document = parse(ARTICLE)

    assert document.line == 18
    assert ARTICLE.split("\n")[document.line - 1] == document.text.split("\n")[0]


def test_body_right_after_the_fence_starts_on_the_next_line():
    document = parse("---\nid: a\n---\nBody.\n")

    assert (document.text, document.line) == ("Body.\n", 4)


def test_unknown_keys_go_to_meta():
    document = parse(ARTICLE)

    assert document.meta == {
        "docs": True,
        "why": "Feb. 3, 1998 was a Tuesday",
        "expect": [{"rule": "FC101", "text": "Wednesday, Feb. 3, 1998"}],
    }


def test_missing_id_is_the_file_stem(tmp_path):
    path = tmp_path / "wang-meets-choe.md"
    path.write_text("---\npublished: 2025-09-28\n---\nBody.\n", encoding="utf-8")

    document = read_markdown(path)

    assert document.id == "wang-meets-choe"
    assert document.path == str(path)


def test_numeric_id_is_text():
    assert parse("---\nid: 2025\n---\nBody.").id == "2025"


def test_no_front_matter_is_all_body():
    document = parse("Just an article.\n\nWith paragraphs.\n")

    assert (document.id, document.text, document.line, document.meta) == (
        "stem",
        "Just an article.\n\nWith paragraphs.\n",
        1,
        {},
    )


def test_empty_front_matter():
    document = parse("---\n---\nBody.")

    assert (document.id, document.text, document.line) == ("stem", "Body.", 3)


def test_yaml_document_end_marker_closes_front_matter():
    assert parse("---\nid: a\n...\nBody.").text == "Body."


def test_split_front_matter():
    assert split_front_matter("---\nid: a\nx: 1\n---\n\nBody\n") == ("id: a\nx: 1", "Body\n", 6)
    assert split_front_matter("Body\n") == (None, "Body\n", 1)


def test_unclosed_front_matter_is_an_error_on_line_1():
    raises_at("---\nid: a\npublished: 2025-09-28\n\nBody without a closing fence.\n", 1, "never closed")


def test_bad_yaml_names_the_line_of_the_problem():
    raises_at("---\nid: a\nsource: @wire\n---\nBody.", 3, "cannot parse YAML")


def test_unclosed_quote_names_the_line_the_quote_opens():
    error = raises_at('---\nid: a\ntitle: "an unclosed quote\nsource: x\nstory: y\n---\nBody.', 3, "cannot parse YAML")

    assert "line 3" in error.detail


def test_unclosed_bracket_names_its_line():
    raises_at("---\nid: a\nsource: [a, b\n---\nBody.", 3, "flow sequence")


def test_bad_front_matter_fixture_names_file_and_line():
    path = ROOT / "fixtures" / "malformed" / "bad-front-matter.md"

    with pytest.raises(InputError) as caught:
        read_markdown(path)

    assert caught.value.path == str(path)
    assert caught.value.line == 4  # title: "an unclosed quote
    assert f"{path}:4" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "line", "field"),
    [
        ("---\nid: a\nsource: Wire\npublished: the day after tomorrow\n---\nBody.", 4, "published"),
        ("---\nid: a\nsource: Wire\ntitle: t\nlanguage: 5\n---\nBody.", 5, "language"),
        ("---\nsource: Wire\nid: ''\n---\nBody.", 3, "id"),
        ("---\nid: a\npublished: 2025-02-30\n---\nBody.", 3, "published"),
    ],
    ids=["published", "language", "empty-id", "impossible-day"],
)
def test_bad_field_names_the_line_of_that_field(text, line, field):
    error = raises_at(text, line, field)

    assert error.detail.startswith("invalid front matter")


def test_bad_published_fixture_names_its_line():
    with pytest.raises(InputError, match="published") as caught:
        read_markdown(ROOT / "fixtures" / "malformed" / "bad-published.md")

    assert caught.value.line == 3


def test_text_in_front_matter_is_refused_at_its_line():
    raises_at("---\nid: a\nsource: Wire\ntext: Another body\n---\nBody.", 4, "text")


def test_front_matter_that_is_not_a_mapping_is_refused():
    raises_at("---\n- a\n- b\n---\nBody.", 2, "not a mapping")


def test_impossible_date_outside_the_known_fields_stays_text():
    # PyYAML would raise a bare ValueError for 2025-02-30; it is kept as written.
    assert parse("---\nid: a\nwhy: 2025-02-30\n---\nBody.").meta == {"why": "2025-02-30"}


def test_error_message_has_code_path_and_line():
    with pytest.raises(InputError) as caught:
        parse("---\nid: a\n")

    assert str(caught.value) == "E001 article.md:1: front matter opened with '---' is never closed"
