"""JSON Lines: one document per line; a bad line is an error in its place and the others are kept."""

import json
import os
import threading
from datetime import date
from pathlib import Path

import pytest

from factcheck import Document, InputError
from factcheck.io import iter_jsonl, parse_jsonl
from factcheck.io._records import read_text_file

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


def _described(results):
    return [(r.id, r.line, r.text) if isinstance(r, Document) else (r.line, r.detail) for r in results]


def test_a_file_reads_as_its_text_parses(tmp_path):
    # The file is read a line at a time; BOM, CRLF, lone CR and blank lines must come out as read_text_file has them.
    path = tmp_path / "feed.jsonl"
    lines = [record(id="a", text="One."), "", record(id="b", text="Two."), "{bad", record(id="c", text="Three.")]
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines[:3]).encode() + b"\r" + "\n".join(lines[3:]).encode())

    assert _described(iter_jsonl(path)) == _described(parse_jsonl(read_text_file(path), str(path)))
    assert [r.line for r in iter_jsonl(path)] == [1, 3, 4, 5]


def test_a_line_that_is_not_utf8_is_an_error_in_its_place(tmp_path):
    path = tmp_path / "feed.jsonl"
    bad = b'{"id": "b", "text": "caf\xe9"}'
    data = b"\n".join([record(id="a", text="One.").encode(), bad, b'{"id": "c", "text": "x"}'])
    path.write_bytes(data)
    offset = data.index(bad) + bad.index(b"\xe9")

    results = list(iter_jsonl(path))

    assert [r.id for r in results if isinstance(r, Document)] == ["a", "c"]
    (error,) = [r for r in results if isinstance(r, InputError)]
    assert (error.line, error.detail) == (2, f"not valid UTF-8 (byte {offset}: invalid continuation byte)")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe (POSIX)")
def test_documents_come_as_their_lines_arrive(tmp_path):
    # A stream of any length is never held whole: the first document is read while the writer still writes.
    pipe = tmp_path / "feed.jsonl"
    os.mkfifo(pipe)
    first_read = threading.Event()

    def write():
        with pipe.open("w", encoding="utf-8") as out:
            out.write(record(id="a", text="One.") + "\n")
            out.flush()
            first_read.wait(timeout=10)
            out.write(record(id="b", text="Two.") + "\n")

    writer = threading.Thread(target=write)
    writer.start()
    documents = iter_jsonl(pipe)
    first = next(documents)
    first_read.set()
    rest = list(documents)
    writer.join()

    assert [first.id, *(d.id for d in rest)] == ["a", "b"]
