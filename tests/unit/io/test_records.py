"""Reading bytes as text: BOM, CRLF and invalid UTF-8, the same for every format."""

import pytest

from factcheck import Document, InputError
from factcheck.io import load_documents, read_markdown, read_text
from factcheck.io._records import read_text_file


def test_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfThe talks ended.")

    assert read_text_file(path) == "The talks ended."


def test_crlf_and_cr_become_lf(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"one\r\ntwo\rthree\n")

    assert read_text_file(path) == "one\ntwo\nthree\n"


def test_markdown_with_bom_and_crlf_still_has_front_matter(tmp_path):
    path = tmp_path / "windows.md"
    path.write_bytes(b"\xef\xbb\xbf---\r\nid: win\r\npublished: 2025-09-28\r\n---\r\n\r\nLine one\r\nLine two\r\n")

    document = read_markdown(path)

    assert document.id == "win"
    assert document.text == "Line one\nLine two\n"
    assert document.line == 6
    assert str(document.published) == "2025-09-28"


def test_jsonl_with_bom_and_crlf(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "x"}\r\n{"id": "b", "text": "y"}\r\n')

    loaded = load_documents([path])

    assert [(d.id, d.line) for d in loaded.documents] == [("a", 1), ("b", 2)]
    assert loaded.errors == []


@pytest.mark.parametrize("reader", [read_text, read_markdown], ids=["txt", "md"])
def test_invalid_utf8_is_an_error_naming_the_line(tmp_path, reader):
    path = tmp_path / "latin1.txt"
    path.write_bytes("first line\nsecond line\nthird: caf\xe9\n".encode("latin-1"))

    with pytest.raises(InputError, match="UTF-8") as caught:
        reader(path)

    assert caught.value.path == str(path)
    assert caught.value.line == 3


def test_invalid_utf8_in_one_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "a-good.txt").write_text("Fine.", encoding="utf-8")
    (tmp_path / "b-bad.txt").write_bytes(b"ok\n\xff\n")
    (tmp_path / "c-good.md").write_text("---\nid: c\n---\nFine too.", encoding="utf-8")

    loaded = load_documents([tmp_path])

    assert [d.id for d in loaded.documents] == ["a-good", "c"]
    assert [(e.path, e.line) for e in loaded.errors] == [(str(tmp_path / "b-bad.txt"), 2)]
    assert all(isinstance(d, Document) for d in loaded.documents)


def test_unreadable_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read") as caught:
        read_text_file(tmp_path / "missing.txt")

    assert caught.value.path == str(tmp_path / "missing.txt")
