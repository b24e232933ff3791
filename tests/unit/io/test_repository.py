"""A repository's articles (git's index, else the folder walk) and the articles among the paths a hook is given."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from factcheck import InputError
from factcheck.io.repository import article_paths, is_article, repository_articles

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")


def git(root: Path, *args: str) -> None:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(root)}
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env)


def names(paths: list[Path], root: Path) -> list[str]:
    return [path.relative_to(root).as_posix() for path in paths]


@needs_git
def test_in_a_work_tree_the_tracked_articles_only(tmp_path):
    git(tmp_path, "init", "-q")
    touch(tmp_path, "news/b.md", "news/a.txt", "wire.jsonl", "draft.md", "build/out.md", ".github/notes.md")
    touch(tmp_path, "news/photo.jpg", "news/case.yaml", "news/.hidden.md", "kb/reference.yaml")
    (tmp_path / ".gitignore").write_text("build/\n", encoding="utf-8")
    git(tmp_path, "add", "news", "wire.jsonl", ".github", "kb", ".gitignore")

    found = repository_articles(tmp_path)

    # draft.md is untracked and build/ ignored: neither is part of the commit
    assert names(found, tmp_path) == ["news/a.txt", "news/b.md", "wire.jsonl"]


@needs_git
def test_paths_are_joined_to_the_root_as_given(tmp_path, monkeypatch):
    git(tmp_path, "init", "-q")
    touch(tmp_path, "news/a.md")
    git(tmp_path, "add", "news")
    monkeypatch.chdir(tmp_path)

    assert repository_articles(".") == [Path("news/a.md")]
    assert repository_articles("news") == [Path("news/a.md")]


@needs_git
def test_a_tracked_symbolic_link_is_not_followed(tmp_path):
    git(tmp_path, "init", "-q")
    touch(tmp_path, "news/a.md")
    (tmp_path / "news/link.md").symlink_to(tmp_path / "news/a.md")
    git(tmp_path, "add", "news")

    assert names(repository_articles(tmp_path), tmp_path) == ["news/a.md"]


def test_outside_a_work_tree_the_folder_walk(tmp_path):
    touch(tmp_path, "news/b.md", "news/a.txt", "news/photo.jpg", ".cache/c.md", "news/case.yaml")

    assert names(repository_articles(tmp_path), tmp_path) == ["news/a.txt", "news/b.md"]


def test_without_git_the_folder_walk(tmp_path, monkeypatch):
    touch(tmp_path, "news/b.md")
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))

    assert names(repository_articles(tmp_path), tmp_path) == ["news/b.md"]


def test_named_files_of_other_types_are_left_out(tmp_path):
    touch(tmp_path, "a.md", "B.MARKDOWN", "c.jsonl", "d.txt", "photo.jpg", "case.yaml", "kb.yaml", ".hidden.md")
    named = [tmp_path / name for name in ("a.md", "photo.jpg", "case.yaml", "B.MARKDOWN", "kb.yaml", ".hidden.md")]

    found = list(article_paths([*named, tmp_path / "c.jsonl", tmp_path / "d.txt"]))

    assert [path.name for path in found if isinstance(path, Path)] == ["a.md", "B.MARKDOWN", "c.jsonl", "d.txt"]


def test_a_named_folder_gives_its_articles_and_a_missing_path_is_an_error(tmp_path):
    touch(tmp_path, "news/a.md", "news/photo.jpg")

    first, second = article_paths([tmp_path / "news", tmp_path / "gone.md"])

    assert first == tmp_path / "news/a.md"
    assert isinstance(second, InputError)
    assert "no such file" in second.detail


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_like_an_article_is_not_one_and_is_never_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.md")

    assert not is_article(tmp_path / "pipe.md")
    [error] = article_paths([tmp_path / "pipe.md"])  # as check says of it: named, it is not readable
    assert isinstance(error, InputError)
    assert "not a regular file" in error.detail
