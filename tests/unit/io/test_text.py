"""Plain text: the whole file is the body, the id is the file stem, no metadata."""

from factcheck.io import read_text


def test_plain_text_is_all_body(tmp_path):
    path = tmp_path / "talks-1998.txt"
    path.write_text("The talks, held on Wednesday, Feb. 3, 1998, ended.\n\nSecond paragraph.\n", encoding="utf-8")

    document = read_text(path)

    assert document.id == "talks-1998"
    assert document.text == "The talks, held on Wednesday, Feb. 3, 1998, ended.\n\nSecond paragraph.\n"
    assert (document.path, document.line) == (str(path), 1)
    assert document.published is None
    assert document.meta == {}


def test_front_matter_in_a_text_file_is_just_text(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("---\nid: other\n---\nBody\n", encoding="utf-8")

    document = read_text(path)

    assert document.id == "note"
    assert document.text.startswith("---\nid: other")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")

    assert read_text(path).text == ""
