"""Expanding paths: files as given, directories recursively in sorted order, missing paths as errors."""

import os
from pathlib import Path

from factcheck import InputError
from factcheck.io import expand_paths


def touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")


def test_directory_is_expanded_recursively_and_sorted(tmp_path):
    touch(tmp_path, "b.md", "a.txt", "sub/z.jsonl", "sub/deeper/c.markdown", "a/m.md", "C.md")

    found = [p.relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path])]

    assert found == sorted(found, key=lambda p: Path(p).parts)
    assert set(found) == {"b.md", "a.txt", "sub/z.jsonl", "sub/deeper/c.markdown", "a/m.md", "C.md"}


def test_directory_order_does_not_depend_on_creation_order(tmp_path):
    touch(tmp_path / "one", "z.md", "a.md", "m/b.md")
    touch(tmp_path / "two", "m/b.md", "a.md", "z.md")

    first = [p.relative_to(tmp_path / "one") for p in expand_paths([tmp_path / "one"])]
    second = [p.relative_to(tmp_path / "two") for p in expand_paths([tmp_path / "two"])]

    assert first == second == sorted(first)


def test_only_accepted_suffixes_and_no_hidden_files(tmp_path):
    touch(tmp_path, "keep.md", "data.csv", "image.png", ".hidden.md", ".git/config.md", "notes.txt")

    found = sorted(p.name for p in expand_paths([tmp_path]))

    assert found == ["keep.md", "notes.txt"]


def test_files_are_kept_as_given_in_argument_order(tmp_path):
    touch(tmp_path, "b.md", "a.md")

    assert list(expand_paths([tmp_path / "b.md", tmp_path / "a.md"])) == [tmp_path / "b.md", tmp_path / "a.md"]


def test_missing_path_is_an_error_in_its_place(tmp_path):
    touch(tmp_path, "a.md", "z.md")

    found = list(expand_paths([tmp_path / "a.md", tmp_path / "missing.md", str(tmp_path / "z.md")]))

    assert found[0] == tmp_path / "a.md"
    assert isinstance(found[1], InputError)
    assert found[1].path == str(tmp_path / "missing.md")
    assert "no such file" in found[1].detail
    assert found[2] == tmp_path / "z.md"


def test_empty_directory_yields_nothing(tmp_path):
    assert list(expand_paths([tmp_path])) == []


def test_a_symlink_loop_is_an_error_in_its_place(tmp_path):
    touch(tmp_path, "a/one.md", "b/two.md")
    (tmp_path / "a" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "a" / "self").symlink_to(tmp_path / "a", target_is_directory=True)

    found = list(expand_paths([tmp_path]))

    assert [p.relative_to(tmp_path).as_posix() if isinstance(p, Path) else Path(p.path).name for p in found] == [
        "loop",
        "a/one.md",
        "self",
        "b/two.md",
    ]
    assert all("symbolic link loop" in e.detail for e in found if isinstance(e, InputError))


def test_a_symlink_to_a_folder_inside_is_not_read_twice(tmp_path):
    touch(tmp_path, "real/one.md")
    (tmp_path / "alias").symlink_to(tmp_path / "real", target_is_directory=True)

    assert list(expand_paths([tmp_path])) == [tmp_path / "real" / "one.md"]


def test_a_symlink_out_of_the_folder_is_an_error(tmp_path):
    touch(tmp_path, "inside/a.md", "outside/secret.md")
    (tmp_path / "inside" / "out").symlink_to(tmp_path / "outside", target_is_directory=True)
    (tmp_path / "inside" / "secret.md").symlink_to(tmp_path / "outside" / "secret.md")

    found = list(expand_paths([tmp_path / "inside"]))

    assert found[0] == tmp_path / "inside" / "a.md"
    assert [(Path(e.path).name, "out of" in e.detail) for e in found[1:]] == [("out", True), ("secret.md", True)]


def test_an_unreadable_folder_is_an_error(tmp_path, monkeypatch):
    touch(tmp_path, "a.md", "locked/b.md")
    scandir = os.scandir

    def refuse(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)

    found = list(expand_paths([tmp_path]))

    assert found[0] == tmp_path / "a.md"
    assert isinstance(found[1], InputError)
    assert (found[1].path, found[1].detail) == (str(tmp_path / "locked"), "cannot read folder: Permission denied")


def test_issue17_fifo_named_md_in_a_walked_folder_is_skipped_never_opened(tmp_path, monkeypatch):
    touch(tmp_path, "a.md", "sub/b.md")
    os.mkfifo(tmp_path / "pipe.md")
    os.mkfifo(tmp_path / "sub" / "feed.jsonl")
    opened = []
    real_open = Path.open

    def spy(self, *args, **kwargs):
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)

    found = list(expand_paths([tmp_path]))

    assert found == [tmp_path / "a.md", tmp_path / "sub" / "b.md"]
    assert opened == []


def test_issue17_fifo_given_by_name_is_an_error_never_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.md")

    (error,) = expand_paths([tmp_path / "pipe.md"])

    assert isinstance(error, InputError)
    assert "not a regular file" in error.detail


def test_issue17_folder_walk_matches_suffixes_without_regard_to_case(tmp_path):
    touch(tmp_path, "UPPER.MD", "feed.JSONL", "note.Txt", "long.MarkDown", "data.CSV")

    found = sorted(p.name for p in expand_paths([tmp_path]))

    assert found == ["UPPER.MD", "feed.JSONL", "long.MarkDown", "note.Txt"]


def test_issue17_dot_files_and_dot_folders_are_skipped(tmp_path):
    touch(tmp_path, "keep.md", ".hidden.md", ".drafts/draft.md", "sub/.cache/c.jsonl", "sub/x.MD")

    found = [p.relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path])]

    assert found == ["keep.md", "sub/x.MD"]


def test_issue17_symlink_to_a_file_in_the_tree_is_read_once_as_its_target(tmp_path):
    touch(tmp_path, "news/a.md", "z.md")
    (tmp_path / "alias.md").symlink_to(tmp_path / "news" / "a.md")
    (tmp_path / "news" / "again.md").symlink_to("a.md")
    (tmp_path / "zz.md").symlink_to(tmp_path / "z.md")

    found = list(expand_paths([tmp_path]))

    assert found == [tmp_path / "news" / "a.md", tmp_path / "z.md"]


def test_issue17_symlink_to_a_hidden_file_in_the_tree_is_read_as_its_target(tmp_path):
    touch(tmp_path, ".drafts/d.md")
    (tmp_path / "published.md").symlink_to(tmp_path / ".drafts" / "d.md")

    assert list(expand_paths([tmp_path])) == [tmp_path / ".drafts" / "d.md"]


def test_issue17_symlink_through_a_linked_root_keeps_paths_under_the_root_given(tmp_path):
    touch(tmp_path, "real/a.md")
    (tmp_path / "real" / "b.md").symlink_to("a.md")
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)

    assert list(expand_paths([tmp_path / "link"])) == [tmp_path / "link" / "a.md"]


def test_issue17_dangling_symlink_is_an_error_naming_the_link(tmp_path):
    touch(tmp_path, "a.md")
    (tmp_path / "gone.md").symlink_to(tmp_path / "missing.md")

    found = list(expand_paths([tmp_path]))

    assert found[0] == tmp_path / "a.md"
    assert [(e.path, "does not exist" in e.detail) for e in found[1:]] == [(str(tmp_path / "gone.md"), True)]
