"""JSON Lines: one document per line; a bad line is an error in its place and the others are kept."""

import json
from datetime import date
from pathlib import Path

from factcheck import Document, InputError
from factcheck.io import iter_jsonl, parse_jsonl

ROOT = Path(__file__).resolve().parents[3]


def record(**fields):
    return json.dumps(fields, ensure_ascii=False)


def test_good_lines_are_documents_with_their_line():
    text = "\n".join(
        [
            record(id="a", text="The talks were held on Tuesday, Feb. 3, 1998.", published="1998-02-10", source="AFP"),
            record(id="b", text="Second.", story="s", meta_key="kept"),
        ]
    )

    documents = list(parse_jsonl(text, "feed.jsonl"))

    assert [(d.id, d.line, d.path) for d in documents] == [("a", 1, "feed.jsonl"), ("b", 2, "feed.jsonl")]
    assert documents[0].published == date(1998, 2, 10)
    assert documents[0].source == "AFP"
    assert documents[1].meta == {"meta_key": "kept"}


def test_text_with_newlines_and_unicode_survives():
    text = record(id="a", text="Line one\nLine two — “quoted” 北京")

    (document,) = parse_jsonl(text, "feed.jsonl")

    assert document.text == "Line one\nLine two — “quoted” 北京"


def test_blank_lines_are_skipped_and_line_numbers_still_count_them():
    text = "\n" + record(id="a", text="x") + "\n   \n\n" + record(id="b", text="y") + "\n\n"

    documents = list(parse_jsonl(text, "feed.jsonl"))

    assert [(d.id, d.line) for d in documents] == [("a", 2), ("b", 5)]


def test_bad_json_line_is_an_error_and_the_others_are_kept():
    text = "\n".join([record(id="a", text="x"), '{"id": "broken", "text": ', record(id="c", text="z")])

    results = list(parse_jsonl(text, "feed.jsonl"))

    assert [type(r) for r in results] == [Document, InputError, Document]
    error = results[1]
    assert (error.path, error.line) == ("feed.jsonl", 2)
    assert "not valid JSON" in error.detail


def test_missing_text_is_an_error_naming_the_field():
    (error,) = parse_jsonl(record(id="a", published="1998-02-10"), "feed.jsonl")

    assert isinstance(error, InputError)
    assert error.line == 1
    assert "text" in error.detail


def test_missing_id_is_an_error():
    (error,) = parse_jsonl(record(text="x"), "feed.jsonl")

    assert isinstance(error, InputError)
    assert "id" in error.detail


def test_a_line_that_is_not_an_object_is_an_error():
    results = list(parse_jsonl('[1, 2]\n"text"\n', "feed.jsonl"))

    assert [(type(r), r.line) for r in results] == [(InputError, 1), (InputError, 2)]
    assert "not a mapping" in results[0].detail


def test_bad_published_is_an_error_on_its_line():
    text = record(id="a", text="x") + "\n" + record(id="b", text="y", published="2025-02-30")

    results = list(parse_jsonl(text, "feed.jsonl"))

    assert isinstance(results[1], InputError)
    assert results[1].line == 2
    assert "published" in results[1].detail


def test_mixed_fixture_keeps_the_good_documents():
    path = ROOT / "fixtures" / "malformed" / "mixed.jsonl"

    results = list(iter_jsonl(path))

    assert [r.id for r in results if isinstance(r, Document)] == ["jsonl-good-1", "jsonl-good-2"]
    assert [(r.path, r.line) for r in results if isinstance(r, InputError)] == [(str(path), 2), (str(path), 3)]


def test_deep_nesting_is_an_error_on_its_line_not_a_crash():
    deep = '{"id": "a", "text": "x", "m": ' + "[" * 100_000 + "]" * 100_000 + "}"

    results = list(parse_jsonl(record(id="z", text="fine") + "\n" + deep + "\n", "feed.jsonl"))

    assert isinstance(results[0], Document)
    assert isinstance(results[1], InputError)
    assert (results[1].line, results[1].detail) == (2, "not valid JSON: nested too deeply")
