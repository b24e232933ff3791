"""``load_documents``: every readable document, in sorted path order, and one error per bad input."""

from pathlib import Path

from factcheck import Document, InputError, load_documents
from factcheck.io import iter_documents

ROOT = Path(__file__).resolve().parents[3]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_each_format_by_suffix(tmp_path):
    write(tmp_path / "a.md", "---\nid: from-md\n---\nMarkdown body.")
    write(tmp_path / "b.jsonl", '{"id": "from-jsonl-1", "text": "x"}\n{"id": "from-jsonl-2", "text": "y"}\n')
    write(tmp_path / "c.txt", "Plain body.")
    write(tmp_path / "d.markdown", "---\nid: from-markdown\n---\nAlso Markdown.")

    loaded = load_documents([tmp_path])

    assert [d.id for d in loaded.documents] == ["from-md", "from-jsonl-1", "from-jsonl-2", "c", "from-markdown"]
    assert loaded.errors == []


def test_duplicate_id_is_an_error_naming_both_places(tmp_path):
    first = write(tmp_path / "a.md", "---\nid: same\n---\nFirst.")
    second = write(tmp_path / "b.jsonl", '{"id": "other", "text": "x"}\n{"id": "same", "text": "y"}\n')

    loaded = load_documents([tmp_path])

    assert [d.id for d in loaded.documents] == ["same", "other"]
    assert loaded.documents[0].text == "First."
    (error,) = loaded.errors
    assert (error.path, error.line) == (str(second), 2)
    assert "duplicate document id 'same'" in error.detail
    assert f"{first}:4" in error.detail


def test_same_file_given_twice_is_a_duplicate(tmp_path):
    path = write(tmp_path / "a.md", "---\nid: a\n---\nBody.")

    loaded = load_documents([path, path])

    assert len(loaded.documents) == 1
    assert "duplicate" in loaded.errors[0].detail


def test_bad_inputs_do_not_stop_the_good_ones(tmp_path):
    write(tmp_path / "a.md", "---\nid: a\n---\nGood.")
    write(tmp_path / "b.md", '---\nid: b\ntitle: "unclosed\n---\nBad.')
    write(tmp_path / "c.jsonl", '{"id": "c", "text": "ok"}\nnot json\n')
    write(tmp_path / "d.txt", "Good too.")

    loaded = load_documents([tmp_path, tmp_path / "missing"])

    assert [d.id for d in loaded.documents] == ["a", "c", "d"]
    assert [(Path(e.path).name, e.line) for e in loaded.errors] == [("b.md", 3), ("c.jsonl", 2), ("missing", None)]


def test_iter_documents_keeps_errors_in_order(tmp_path):
    write(tmp_path / "a.md", "---\nid: a\n")
    write(tmp_path / "b.md", "---\nid: b\n---\nGood.")

    results = list(iter_documents([tmp_path]))

    assert [type(r) for r in results] == [InputError, Document]


def test_malformed_fixtures_give_one_error_each_and_keep_the_good_records():
    loaded = load_documents([ROOT / "fixtures" / "malformed"])

    # README.md is a Markdown file like any other: a document without front matter.
    assert [d.id for d in loaded.documents] == ["README", "jsonl-good-1", "jsonl-good-2"]
    assert [(Path(e.path).name, e.line) for e in loaded.errors] == [
        ("bad-front-matter.md", 4),
        ("bad-published.md", 3),
        ("mixed.jsonl", 2),
        ("mixed.jsonl", 3),
    ]
